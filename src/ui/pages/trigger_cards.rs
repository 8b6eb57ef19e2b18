use leptos::prelude::*;

use crate::ui::set_title;

/// `Trigger cards`: the built-in decks and the service's own.
#[component]
pub fn TriggerCardsPage() -> impl IntoView {
    set_title("Trigger cards");
    view! { <h1>"Trigger cards"</h1> }
}
