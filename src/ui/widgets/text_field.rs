use leptos::prelude::*;

/// A labelled text input or text area, with an optional hint and an error message that are
/// linked to it with `aria-describedby`.
#[component]
pub fn TextField(
    /// The input's HTML id.
    #[prop(into)]
    id: String,
    /// The visible label, which is also the accessible name.
    #[prop(into)]
    label: String,
    /// The current text.
    #[prop(into)]
    value: Signal<String>,
    /// Called with the new text on every keystroke.
    on_input: Callback<String>,
    /// The field's error, if any.
    #[prop(optional, into)]
    error: MaybeProp<String>,
    /// A line of help under the label.
    #[prop(optional)]
    hint: Option<&'static str>,
    /// A text area instead of a single line.
    #[prop(optional)]
    multiline: bool,
    /// The input type (`text`, `date`).
    #[prop(default = "text")]
    input_type: &'static str,
    /// The latest date allowed, for date inputs.
    #[prop(optional, into)]
    max: Option<String>,
    /// The browser's autocomplete hint.
    #[prop(default = "off")]
    autocomplete: &'static str,
) -> impl IntoView {
    let error_id = format!("{id}-error");
    let hint_id = hint.map(|_| format!("{id}-hint"));
    let described_by = {
        let (error_id, hint_id) = (error_id.clone(), hint_id.clone());
        move || {
            let error = error.get().is_some().then(|| error_id.clone());
            let ids: Vec<String> = hint_id.iter().cloned().chain(error).collect();
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    let invalid = move || error.get().is_some().then_some("true");
    let input = move |ev| on_input.run(event_target_value(&ev));

    let control = if multiline {
        view! {
            <textarea
                id=id.clone()
                rows="6"
                prop:value=value
                aria-invalid=invalid
                aria-describedby=described_by
                on:input=input
            ></textarea>
        }
        .into_any()
    } else {
        view! {
            <input
                id=id.clone()
                type=input_type
                max=max
                autocomplete=autocomplete
                prop:value=value
                aria-invalid=invalid
                aria-describedby=described_by
                on:input=input
            />
        }
        .into_any()
    };

    view! {
        <div class="field" class:field-invalid=move || error.get().is_some()>
            <label for=id>{label}</label>
            {hint.map(|hint| view! { <p class="hint" id=hint_id.clone()>{hint}</p> })}
            {move || {
                error.get().map(|message| view! {
                    <p class="error-message" id=error_id.clone()>{message}</p>
                })
            }}
            {control}
        </div>
    }
}
