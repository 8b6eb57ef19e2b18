use leptos::prelude::*;

use crate::ui::set_title;
use crate::ui::widgets::Link;

/// Shown for an address the app does not know, or a person who is not stored here.
#[component]
pub fn NotFoundPage(
    /// What was not found, in a sentence.
    #[prop(default = "There is no page at this address.")]
    message: &'static str,
) -> impl IntoView {
    set_title("Not found");
    view! {
        <h1>"Not found"</h1>
        <p>{message}</p>
        <p><Link to="/">"Go to the list of people"</Link></p>
    }
}
