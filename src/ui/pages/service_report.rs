use leptos::prelude::*;

use crate::ui::set_title;

/// `Service report`: the dashboard laid out for printing or saving as PDF.
#[component]
pub fn ServiceReportPage() -> impl IntoView {
    set_title("Service report");
    view! { <h1>"Service report"</h1> }
}
