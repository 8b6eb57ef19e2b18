use leptos::prelude::*;

use crate::domain::{output_hint, REWORDING_PROMPT};

/// A gentle warning under an outcome's words when they read like a service delivered rather
/// than a change in the person's life. It never blocks saving.
#[component]
pub fn OutputHintNote(
    /// The words as typed.
    #[prop(into)]
    words: Signal<String>,
) -> impl IntoView {
    let hint = Memo::new(move |_| words.with(|w| output_hint(w)));
    move || {
        hint.get().map(|hint| {
            view! {
                <p class="notice notice-warning">
                    "This reads like a service delivered, not a change in the person's life: "
                    {hint.why} ". Ask: \u{201c}" {REWORDING_PROMPT} "\u{201d}"
                </p>
            }
        })
    }
}
