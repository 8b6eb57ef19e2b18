use leptos::html;
use leptos::prelude::*;

/// A labelled field for a short PIN: the phone's number pad (`inputmode="numeric"`), no
/// autocomplete, the digits shown as dots so that the person beside the worker cannot read
/// them. A text input, not a password one, so that no password manager offers to save the
/// PIN. An optional hint and the error are linked with `aria-describedby`.
#[component]
pub fn PinField(
    /// The input's HTML id.
    id: &'static str,
    /// The visible label, which is also the accessible name.
    label: &'static str,
    /// A line of help under the label.
    #[prop(optional)]
    hint: Option<&'static str>,
    /// The digits typed so far.
    value: RwSignal<String>,
    /// The field's error, if any.
    error: Signal<Option<String>>,
    /// The input, for a dialog to put the focus on it.
    #[prop(optional)]
    node_ref: NodeRef<html::Input>,
) -> impl IntoView {
    let error_id = format!("{id}-error");
    let hint_id = hint.map(|_| format!("{id}-hint"));
    let described_by = {
        let (error_id, hint_id) = (error_id.clone(), hint_id.clone());
        move || {
            let error = error.with(Option::is_some).then(|| error_id.clone());
            let ids: Vec<String> = hint_id.iter().cloned().chain(error).collect();
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    view! {
        <div class="field" class:field-invalid=move || error.with(Option::is_some)>
            <label for=id>{label}</label>
            {hint.map(|hint| view! { <p class="hint" id=hint_id.clone()>{hint}</p> })}
            {move || error.get().map(|message| view! {
                <p class="error-message" id=error_id.clone()>{message}</p>
            })}
            <input
                id=id
                node_ref=node_ref
                class="pin-input"
                type="text"
                inputmode="numeric"
                autocomplete="off"
                spellcheck="false"
                size="6"
                prop:value=move || value.get()
                aria-invalid=move || error.with(Option::is_some).then_some("true")
                aria-describedby=described_by
                on:input=move |ev| value.set(event_target_value(&ev))
            />
        </div>
    }
}
