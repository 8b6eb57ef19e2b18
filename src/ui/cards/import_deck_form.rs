use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::Refused;
use crate::domain::{DeckFileError, MAX_DECK_FILE_BYTES};
use crate::ui::files::{chosen_file, read_text};

/// Importing a deck from a deck file: choose the file, then "Import deck". The file's text is
/// handed to `on_import`; a refusal (a bad file, a failed save) is shown and nothing changes.
#[component]
pub fn ImportDeckForm(
    /// Imports the deck file's text.
    on_import: Callback<String, Result<(), Refused>>,
) -> impl IntoView {
    let error = RwSignal::new(None::<String>);
    let input = NodeRef::<leptos::html::Input>::new();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(element) = input.get_untracked() else {
            return;
        };
        let element: web_sys::HtmlInputElement = element.unchecked_into();
        let Some(file) = chosen_file(&element) else {
            error.set(Some("Choose a deck file first.".to_owned()));
            return;
        };
        // Refuse a huge file before reading it into memory.
        let size = file.size() as usize;
        if size > MAX_DECK_FILE_BYTES {
            error.set(Some(DeckFileError::TooLarge(size).to_string()));
            return;
        }
        leptos::task::spawn_local(async move {
            let result = match read_text(&file).await {
                Ok(text) => on_import.run(text),
                Err(message) => Err(Refused::message(message)),
            };
            match result {
                Ok(()) => {
                    error.set(None);
                    element.set_value("");
                }
                Err(refused) => error.set(Some(refused.message)),
            }
        });
    };
    view! {
        <form class="form" novalidate on:submit=submit>
            <div class="field" class:field-invalid=move || error.with(Option::is_some)>
                <label for="deck-file">"Deck file"</label>
                <p class="hint" id="deck-file-hint">"A JSON deck file exported from Outcome Focus."</p>
                <p class="error-message" id="deck-file-error" role="alert">{move || error.get()}</p>
                <input
                    id="deck-file"
                    type="file"
                    accept=".json,application/json"
                    aria-describedby="deck-file-hint deck-file-error"
                    node_ref=input
                />
            </div>
            <div class="actions">
                <button type="submit" class="button-primary">"Import deck"</button>
            </div>
        </form>
    }
}
