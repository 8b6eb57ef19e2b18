use leptos::prelude::*;

use crate::ui::set_title;

/// `Aims and targets`: the service's aims, each measured by targets on readings or on outcome statuses.
#[component]
pub fn ServiceAimsPage() -> impl IntoView {
    set_title("Aims and targets");
    view! { <h1>"Aims and targets"</h1> }
}
