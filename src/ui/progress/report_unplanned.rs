use leptos::prelude::*;

use crate::domain::{format_uk_date, UnplannedOutcome};

/// The changes nobody planned, for the report, oldest first.
#[component]
pub fn ReportUnplanned(
    /// The unplanned outcomes.
    unplanned: Vec<UnplannedOutcome>,
) -> impl IntoView {
    let mut unplanned = unplanned;
    unplanned.sort_by_key(|u| u.date);
    let empty = unplanned.is_empty();
    view! {
        <section aria-labelledby="report-unplanned-heading">
            <h2 id="report-unplanned-heading">"Unplanned outcomes"</h2>
            {empty.then(|| view! { <p class="muted">"None recorded."</p> })}
            <ul class="report-unplanned">
                {unplanned.into_iter().map(|u| view! {
                    <li>
                        <p>
                            <strong>{format!("{}: {}", format_uk_date(u.date), u.direction.label())}</strong>
                            {u.domain.map(|domain| format!(", {domain}"))}
                            {u.changes_the_plan.then_some(" (changed the plan)")}
                        </p>
                        <p class="free-text">{u.note}</p>
                    </li>
                }).collect_view()}
            </ul>
        </section>
    }
}
