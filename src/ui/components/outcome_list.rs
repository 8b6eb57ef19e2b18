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
    let mut outcomes = outcomes;
    // A stable sort keeps the agreed order within each group.
    outcomes.sort_by_key(|o| o.status.is_ended());
    view! {
        <section aria-labelledby="outcomes-heading">
            <h2 id="outcomes-heading">"Outcomes"</h2>
            {if outcomes.is_empty() {
                view! { <p class="muted">"No outcomes agreed yet."</p> }.into_any()
            } else {
                view! {
                    <ul class="outcome-list">
                        {outcomes
                            .into_iter()
                            .map(|outcome| view! { <OutcomeCard outcome=outcome/> })
                            .collect_view()}
                    </ul>
                }
                .into_any()
            }}
        </section>
    }
}
