use leptos::prelude::*;

use crate::ui::set_title;

/// `Logic models`: inputs, processes, outputs and outcomes, for the service and for each piece of work.
#[component]
pub fn LogicModelsPage() -> impl IntoView {
    set_title("Logic models");
    view! { <h1>"Logic models"</h1> }
}
