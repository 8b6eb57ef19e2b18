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
    view! {
        <li class="outcome-card" class:outcome-ended=ended>
            <h3>{outcome.words.clone()}</h3>
            <span class="badge" class:badge-ended=ended>{outcome.status.label()}</span>
            <dl class="details">
                <div><dt>"Domain"</dt><dd>{outcome.domain.clone()}</dd></div>
                <div><dt>"Term"</dt><dd>{outcome.term.label()}</dd></div>
                <div><dt>"Target date"</dt><dd>{format_uk_date(outcome.target_date)}</dd></div>
                <div><dt>"Who works on it"</dt><dd>{outcome.contributors.describe()}</dd></div>
                <div><dt>"How we will know"</dt><dd class="free-text">{how_we_know}</dd></div>
            </dl>
        </li>
    }
}
