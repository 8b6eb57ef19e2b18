use leptos::prelude::*;

use crate::domain::{format_uk_date, Deck, PersonId, Reading};
use crate::route::Route;
use crate::ui::widgets::Link;

/// Every reading of the person, newest first, with date, respondent and deck, each openable
/// to see it in full or correct it.
#[component]
pub fn ReadingList(
    /// Whose readings.
    person: PersonId,
    /// Their readings.
    readings: Vec<Reading>,
    /// The decks, to name each reading's deck.
    decks: Vec<Deck>,
) -> impl IntoView {
    let page = Route::TakeReading(person).path();
    let mut readings = readings;
    readings.sort_by_key(|r| std::cmp::Reverse(r.date));
    if readings.is_empty() {
        return view! { <p>"No readings yet."</p> }.into_any();
    }
    view! {
        <h3>"Every reading"</h3>
        <ul class="reading-list">
            {readings.into_iter().map(|r| {
                let deck = decks.iter().find(|d| d.id() == &r.deck);
                let deck_name = deck.map_or("A deck that is no longer here", |d| d.name());
                let state = match (r.complete, r.corrections.len(), deck) {
                    (false, _, Some(deck)) => {
                        let (done, of) = r.progress(deck);
                        format!("Not finished: {done} of {of} answered")
                    }
                    (false, _, None) => "Not finished".to_owned(),
                    (true, 0, _) => "Finished".to_owned(),
                    (true, 1, _) => "Finished, corrected once".to_owned(),
                    (true, n, _) => format!("Finished, corrected {n} times"),
                };
                let text = format!(
                    "{}, {}, {}",
                    format_uk_date(r.date),
                    r.respondent.label(),
                    deck_name
                );
                view! {
                    <li>
                        <p><strong>{text.clone()}</strong></p>
                        <p class="muted">{state}</p>
                        <Link to=format!("{page}?open={}", r.id) class="button-secondary">
                            "Open" <span class="visually-hidden">{format!(" the reading: {text}")}</span>
                        </Link>
                    </li>
                }
            }).collect_view()}
        </ul>
    }
    .into_any()
}
