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
    let compared: Vec<_> = decks
        .iter()
        .filter(|deck| {
            person
                .readings
                .iter()
                .any(|r| r.complete && r.deck == *deck.id() && r.respondent != Respondent::Carer)
        })
        .cloned()
        .collect();
    view! {
        <section aria-labelledby="readings-heading">
            <h2 id="readings-heading">"Trigger-card readings"</h2>
            {problem.map(|message| view! { <p class="notice notice-error">{message}</p> })}
            {compared.into_iter().map(|deck| view! {
                <BothViewsList readings=person.readings.clone() deck=deck/>
            }).collect_view()}
            <ReadingList person=person decks=decks/>
        </section>
    }
}
