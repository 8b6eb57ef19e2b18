use leptos::prelude::*;

use super::CsvDownloads;
use crate::ui::dashboard::ServiceRecords;
use crate::ui::set_title;
use crate::ui::widgets::Link;

/// `Export CSV`: everyone's ratings, outcomes and unplanned outcomes as three tidy files for
/// a spreadsheet. A page of its own, so the dashboard's download does not carry the CSV code.
#[component]
pub fn ServiceExportPage() -> impl IntoView {
    set_title("Export CSV");
    let records = ServiceRecords::load();
    let everyone = records.caseload.with_value(|c| c.records().len());
    view! {
        <h1>"Export CSV"</h1>
        {records.problems.get_value().into_iter().map(|p| view! {
            <p class="notice notice-warning" role="alert">{p}</p>
        }).collect_view()}
        <p class="lead">{format!("{everyone} people recorded in this browser.")}</p>
        <CsvDownloads caseload=records.caseload decks=records.decks/>
        <p><Link to="/service/dashboard">"Back to the dashboard"</Link></p>
    }
}
