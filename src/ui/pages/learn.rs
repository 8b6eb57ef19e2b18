use leptos::prelude::*;

use crate::ui::set_title;

/// `Learn`: short pages on an outcome focus, and the exercises.
#[component]
pub fn LearnPage() -> impl IntoView {
    set_title("Learn");
    view! { <h1>"Learn"</h1> }
}
