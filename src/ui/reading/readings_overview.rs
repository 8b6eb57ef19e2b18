use leptos::prelude::*;

use super::{all_decks, BothViewsList, ReadingList};
use crate::domain::{Person, Respondent};

/// The person page's trigger-card readings: both views (the person's and the worker's latest
/// readings of each deck side by side), then every reading.
#[component]
pub fn ReadingsOverview(
    /// Whose readings.
    person: Person,
) -> impl IntoView {
    let (decks, problem) = all_decks();
    let (readings, unreadable) = match person.readings.get() {
        Ok(readings) => (readings, None),
        Err(error) => (
            Vec::new(),
            Some(format!(
                "The readings could not be read ({error}). They have been kept exactly as they are."
            )),
        ),
    };
    let compared: Vec<_> = decks
        .iter()
        .filter(|deck| {
            readings
                .iter()
                .any(|r| r.complete && r.deck == *deck.id() && r.respondent != Respondent::Carer)
        })
        .cloned()
        .collect();
    view! {
        <section aria-labelledby="readings-heading">
            <h2 id="readings-heading">"Trigger-card readings"</h2>
            {problem.into_iter().chain(unreadable).map(|message| view! { <p class="notice notice-error">{message}</p> }).collect_view()}
            {compared.into_iter().map(|deck| view! {
                <BothViewsList readings=readings.clone() deck=deck/>
            }).collect_view()}
            <ReadingList person=person.id readings=readings decks=decks/>
        </section>
    }
}
