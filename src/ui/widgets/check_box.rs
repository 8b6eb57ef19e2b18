use leptos::prelude::*;

/// A labelled checkbox with a big touch target. Taking signals and callbacks (not closures)
/// keeps one copy of its code in the download, however many checkboxes a page has.
#[component]
pub fn CheckBox(
    /// The label, which is also the accessible name.
    #[prop(into)]
    label: String,
    /// Whether it is ticked.
    checked: Signal<bool>,
    /// Called with the new state.
    on_change: Callback<bool>,
) -> impl IntoView {
    view! {
        <label class="choice">
            <input
                type="checkbox"
                prop:checked=checked
                on:change=move |ev| on_change.run(event_target_checked(&ev))
            />
            {label}
        </label>
    }
}
