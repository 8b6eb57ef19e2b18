use leptos::prelude::*;

use crate::domain::{deck_file_name, export_deck, Deck};
use crate::ui::files::{download_text, indent_json};

/// Saves a deck as a JSON deck file, to share or to keep.
#[component]
pub fn ExportDeckButton(
    /// The deck.
    #[prop(into)]
    deck: Signal<Option<Deck>>,
) -> impl IntoView {
    let error = RwSignal::new(None::<String>);
    let export = move |_| {
        let result = deck.with_untracked(|deck| match deck {
            Some(deck) => download_text(
                &deck_file_name(deck),
                &indent_json(&export_deck(deck)),
                "application/json",
            ),
            None => Ok(()),
        });
        error.set(result.err());
    };
    view! {
        <p class="error-message" role="alert">{move || error.get()}</p>
        <button type="button" class="button-secondary" on:click=export>
            "Export deck as a file"
        </button>
    }
}
