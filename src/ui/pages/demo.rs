use leptos::prelude::*;

use crate::ui::set_title;

/// `Demo`: entering, resetting and leaving the demonstration service.
#[component]
pub fn DemoPage() -> impl IntoView {
    set_title("Demo");
    view! { <h1>"Demo"</h1> }
}
