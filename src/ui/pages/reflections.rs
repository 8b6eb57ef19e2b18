use leptos::prelude::*;

use crate::ui::set_title;

/// `Reflections`: what the service has learnt, dated, with the dashboard's figures of that day.
#[component]
pub fn ReflectionsPage() -> impl IntoView {
    set_title("Reflections");
    view! { <h1>"Reflections"</h1> }
}
