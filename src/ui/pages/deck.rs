use leptos::prelude::*;

use crate::domain::DeckId;
use crate::ui::set_title;

/// One deck of trigger cards: its scale and cards, to see, copy or edit.
#[component]
pub fn DeckPage(
    /// Which deck.
    id: DeckId,
) -> impl IntoView {
    set_title("Deck");
    let _ = id;
    view! { <h1>"Deck"</h1> }
}
