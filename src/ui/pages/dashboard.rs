use leptos::prelude::*;

use crate::ui::set_title;

/// `Service dashboard`: each aim's targets and the service's outcomes across everyone, under filters.
#[component]
pub fn DashboardPage() -> impl IntoView {
    set_title("Service dashboard");
    view! { <h1>"Service dashboard"</h1> }
}
