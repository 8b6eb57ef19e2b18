use leptos::prelude::*;

use super::{DashboardFigures, DashboardFilters, ServiceRecords};
use crate::domain::{Caseload, DashboardFilter};
use crate::ui::clock::today;
use crate::ui::router::use_navigator;
use crate::ui::set_title;
use crate::ui::state::use_app_state;
use crate::ui::widgets::Link;

/// `Service dashboard`: each aim's targets and the service's outcomes across everyone, under
/// filters kept in the address; links to the printable report and the CSV export.
#[component]
pub fn DashboardPage() -> impl IntoView {
    set_title("Service dashboard");
    let state = use_app_state();
    let records = ServiceRecords::load();
    let navigator = use_navigator();
    let filter = RwSignal::new(DashboardFilter::from_query(&navigator.query()));
    Effect::new(move |_| navigator.replace_query(&filter.with(DashboardFilter::to_query)));
    let figures = Memo::new(move |_| {
        let settings = state.settings.get();
        filter.with(|f| records.figures(&settings, f, today()))
    });
    let workers = records.caseload.with_value(Caseload::key_workers);
    let everyone = records.caseload.with_value(|c| c.records().len());
    let name = move || state.settings.with(|s| s.name.clone());
    let report = move || format!("/service/report{}", filter.with(DashboardFilter::to_query));

    view! {
        <h1>"Service dashboard"</h1>
        {move || Some(name()).filter(|n| !n.is_empty()).map(|n| view! { <p class="lead">{n}</p> })}
        {records.problems.get_value().into_iter().map(|p| view! {
            <p class="notice notice-warning" role="alert">{p}</p>
        }).collect_view()}
        <p>
            "How the service is doing against its "
            <Link to="/service/aims">"aims and targets"</Link>
            ", across everyone it supports. Change the filters and every figure follows."
        </p>
        <DashboardFilters filter=filter workers=workers/>
        <p role="status" class="based-on">
            {move || {
                let f = figures.get();
                let counted = f.people.open + f.people.closed;
                format!("Figures for {counted} of the {everyone} people recorded: {}.", filter.with(DashboardFilter::describe))
            }}
        </p>
        <div class="actions">
            {move || view! { <Link to=report() class="button-link">"Print service report"</Link> }}
            <Link to="/service/export" class="button-link">"Export CSV"</Link>
        </div>
        {move || view! { <DashboardFigures dashboard=figures.get()/> }}
    }
}
