use leptos::prelude::*;

use crate::domain::{both_views, format_uk_date, Deck, Reading};

/// "Both views": the person's and the worker's latest readings of one deck, card by card,
/// side by side; when the two were taken in the same conversation or close in time, a
/// difference of 2 points or more is marked as something to talk about (in words, not only
/// colour). A sentence says which readings are shown and whether they are compared.
#[component]
pub fn BothViewsList(
    /// The person's readings.
    readings: Vec<Reading>,
    /// The deck compared.
    deck: Deck,
) -> impl IntoView {
    let views = both_views(&readings, &deck);
    let scale = deck.scale().clone();
    let when = |date: Option<chrono::NaiveDate>| {
        date.map_or("no finished reading yet".to_owned(), format_uk_date)
    };
    // With only one side there is nothing to compare: the dates say what is missing.
    let caption = views.explain().unwrap_or_else(|| {
        format!(
            "The person ({}) and the worker ({})",
            when(views.person_date),
            when(views.worker_date)
        )
    });
    // Readings that do not pair stand out, so nobody reads the side-by-side answers as a
    // comparison.
    let not_compared = views.pairing.is_some() && !views.comparable();
    let answer = move |a: Option<crate::domain::Answer>| {
        a.map_or("No answer".to_owned(), |a| a.label(&scale).to_owned())
    };
    view! {
        <h3>{format!("Both views: {}", deck.name())}</h3>
        <p class=if not_compared { "notice notice-info" } else { "muted" }>{caption}</p>
        <ul class="both-views">
            {views.rows.into_iter().map(|row| {
                let differ = row.difference.map(|d| format!("They differ by {} points: talk about this.", d.unsigned_abs()));
                view! {
                    <li class:both-views-discuss=row.discuss>
                        <p class="summary-statement">{row.statement}</p>
                        <div class="view-pair">
                            <p>"The person: " <strong>{answer(row.person_answer)}</strong></p>
                            <p>"The worker: " <strong>{answer(row.worker_answer)}</strong></p>
                        </div>
                        {row.discuss.then(|| view! { <p class="discuss">{differ}</p> })}
                    </li>
                }
            }).collect_view()}
        </ul>
    }
}
