use leptos::prelude::*;

use super::{StatusTable, TargetResultView, UnplannedTable};
use crate::domain::{Dashboard, METHOD};
use crate::ui::widgets::Link;

/// Every figure of the dashboard: people counted, reviews due, each aim's targets, outcome
/// statuses by domain and by term, unplanned outcomes, and how the figures are worked out.
#[component]
pub fn DashboardFigures(
    /// The figures under the filters chosen.
    dashboard: Dashboard,
) -> impl IntoView {
    let Dashboard {
        people,
        aims,
        statuses_by_domain,
        statuses_by_term,
        unplanned,
        unplanned_by_domain,
        reviews,
        unreadable_readings,
    } = dashboard;
    let counted = people.open + people.closed;
    let no_aims = aims.is_empty();
    view! {
        <section aria-labelledby="people-heading" class="dashboard-section">
            <h2 id="people-heading">"People"</h2>
            <dl class="summary-figures">
                <div><dt>"People counted"</dt><dd>{counted}</dd></div>
                <div><dt>"Open cases"</dt><dd>{people.open}</dd></div>
                <div><dt>"Closed cases"</dt><dd>{people.closed}</dd></div>
                <div><dt>"Reviews due soon"</dt><dd>{reviews.due}</dd></div>
                <div><dt>"Reviews overdue"</dt><dd>{reviews.overdue}</dd></div>
            </dl>
            <p class="hint">
                {format!(
                    "Reviews are counted among the {} open cases with a first conversation, as of today.",
                    reviews.scheduled
                )}
            </p>
            {(unreadable_readings > 0).then(|| view! {
                <p class="notice notice-warning">
                    {format!(
                        "The readings of {unreadable_readings} people could not be read, so they are left out of the readings targets. Their records are kept as they are."
                    )}
                </p>
            })}
        </section>
        <section aria-labelledby="aims-heading" class="dashboard-section">
            <h2 id="aims-heading">"Aims and targets"</h2>
            {no_aims.then(|| view! {
                <p>
                    "The service has no aims yet. "
                    <Link to="/service/aims">"Set the service's aims and targets"</Link>
                    " to see them measured here."
                </p>
            })}
            {aims.into_iter().enumerate().map(|(k, aim)| {
                let aim_id = aim.aim.clone();
                view! {
                    <article class="aim-result">
                        <h3 class="aim-words">{format!("Aim {}: {}", k + 1, aim.words)}</h3>
                        {aim.targets.into_iter().enumerate().map(|(t, result)| view! {
                            <TargetResultView id=format!("{aim_id}-{t}") result=result/>
                        }).collect_view()}
                    </article>
                }
            }).collect_view()}
        </section>
        <section aria-labelledby="statuses-heading" class="dashboard-section">
            <h2 id="statuses-heading">"Outcome statuses"</h2>
            <p>"Every outcome agreed in these filters, by where it stands now."</p>
            <StatusTable caption="Outcomes by domain" group="Domain" rows=statuses_by_domain/>
            <StatusTable caption="Outcomes by term" group="Term" rows=statuses_by_term/>
        </section>
        <section aria-labelledby="unplanned-heading" class="dashboard-section">
            <h2 id="unplanned-heading">"Unplanned outcomes"</h2>
            <p>"Changes nobody planned, for the better or the worse."</p>
            <UnplannedTable rows=unplanned_by_domain total=unplanned/>
        </section>
        <section aria-labelledby="method-heading" class="dashboard-section">
            <h2 id="method-heading">"How the figures are worked out"</h2>
            <p>{METHOD}</p>
        </section>
    }
}
