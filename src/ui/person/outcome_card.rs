use leptos::prelude::*;

use crate::domain::{format_uk_date, Outcome, OutcomeStatus};

/// One personal outcome: its words, and its domain, term, status, target date, who works on
/// it and how everyone will know.
#[component]
pub fn OutcomeCard(
    /// The outcome.
    outcome: Outcome,
) -> impl IntoView {
    let ended = outcome.status != OutcomeStatus::Working;
    let how_we_know = match outcome.how_we_know.trim() {
        "" => "Not recorded".to_owned(),
        text => text.to_owned(),
    };
    // One row template for every detail keeps the download small.
    let rows = [
        ("Domain", outcome.domain),
        ("Term", outcome.term.label().to_owned()),
        ("Target date", format_uk_date(outcome.target_date)),
        ("Who works on it", outcome.contributors.describe()),
        ("How we will know", how_we_know),
    ];
    view! {
        <li class="outcome-card" class:outcome-ended=ended>
            <h3>{outcome.words}</h3>
            <span class="badge" class:badge-ended=ended>{outcome.status.label()}</span>
            <dl class="details">
                {rows
                    .into_iter()
                    .map(|(term, value)| view! {
                        <div><dt>{term}</dt><dd class="free-text">{value}</dd></div>
                    })
                    .collect_view()}
            </dl>
        </li>
    }
}
