use leptos::prelude::*;

use super::OutcomeCard;
use crate::domain::Outcome;

/// The person's outcomes: those being worked on first, then those that have ended, each in
/// the order they were agreed.
#[component]
pub fn OutcomeList(
    /// Every outcome in the record.
    outcomes: Vec<Outcome>,
) -> impl IntoView {
    let empty = outcomes.is_empty();
    let (ended, current): (Vec<Outcome>, Vec<Outcome>) =
        outcomes.into_iter().partition(|o| o.status.is_ended());
    view! {
        <section aria-labelledby="outcomes-heading">
            <h2 id="outcomes-heading">"Outcomes"</h2>
            {empty.then(|| view! { <p class="muted">"No outcomes agreed yet."</p> })}
            {(!empty).then(|| view! {
                <ul class="outcome-list">
                    {current
                        .into_iter()
                        .chain(ended)
                        .map(|outcome| view! { <OutcomeCard outcome=outcome/> })
                        .collect_view()}
                </ul>
            })}
        </section>
    }
}
