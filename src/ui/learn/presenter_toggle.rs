use leptos::prelude::*;

use super::set_presenting;

/// The `Presenter view` toggle: a button that says whether it is pressed.
#[component]
pub fn PresenterToggle(
    /// Whether presenter view is on.
    on: RwSignal<bool>,
) -> impl IntoView {
    let toggle = move |_| {
        let now = !on.get_untracked();
        set_presenting(now);
        on.set(now);
    };
    view! {
        <button
            type="button"
            class="presenter-toggle"
            aria-pressed=move || if on.get() { "true" } else { "false" }
            on:click=toggle
        >
            "Presenter view"
        </button>
    }
}
