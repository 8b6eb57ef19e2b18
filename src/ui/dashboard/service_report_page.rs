use leptos::prelude::*;

use super::{DashboardFigures, ServiceRecords};
use crate::domain::{format_uk_date, DashboardFilter};
use crate::ui::clock::today;
use crate::ui::router::use_navigator;
use crate::ui::set_title;
use crate::ui::state::use_app_state;
use crate::ui::widgets::Link;

/// `Service report`: the dashboard under the filters in its address, laid out for A4, to
/// print or save as PDF from the browser's print dialog.
#[component]
pub fn ServiceReportPage() -> impl IntoView {
    set_title("Service report");
    let state = use_app_state();
    let records = ServiceRecords::load();
    let query = use_navigator().query();
    let filter = DashboardFilter::from_query(&query);
    let figures = state
        .settings
        .with_untracked(|settings| records.figures(settings, &filter, today()));
    let name = state.settings.with_untracked(|s| s.name.clone());
    let print = move |_| {
        if let Some(window) = web_sys::window() {
            let _ = window.print();
        }
    };
    view! {
        <div class="report-actions no-print">
            <button type="button" class="button-primary" on:click=print>"Print or save as PDF"</button>
            <Link to=format!("/service/dashboard{query}")>"Back to the dashboard"</Link>
        </div>
        <h1>{if name.is_empty() { "Service report".to_owned() } else { format!("{name}: service report") }}</h1>
        <p class="lead">
            {format!("Service outcomes on {}. {}.", format_uk_date(today()), filter.describe())}
        </p>
        {records.problems.get_value().into_iter().map(|p| view! {
            <p class="notice notice-warning">{p}</p>
        }).collect_view()}
        <DashboardFigures dashboard=figures/>
    }
}
