use leptos::prelude::*;

/// A labelled `<select>` with an optional error linked by `aria-describedby`. The options
/// are (value, label) pairs; the one whose value is `selected` is chosen.
#[component]
pub fn SelectField(
    /// The select's HTML id.
    #[prop(into)]
    id: String,
    /// The visible label, which is also the accessible name.
    #[prop(into)]
    label: String,
    /// The choices: (value, label).
    #[prop(into)]
    options: Signal<Vec<(String, String)>>,
    /// The value chosen.
    #[prop(into)]
    selected: Signal<String>,
    /// Called with the value chosen.
    on_change: Callback<String>,
    /// The field's error, if any.
    #[prop(optional, into)]
    error: MaybeProp<String>,
) -> impl IntoView {
    let error_id = format!("{id}-error");
    let described_by = {
        let error_id = error_id.clone();
        move || error.get().is_some().then(|| error_id.clone())
    };
    view! {
        <div class="field" class:field-invalid=move || error.get().is_some()>
            <label for=id.clone()>{label}</label>
            {move || error.get().map(|message| view! {
                <p class="error-message" id=error_id.clone()>{message}</p>
            })}
            <select
                id=id
                aria-invalid=move || error.get().is_some().then_some("true")
                aria-describedby=described_by
                on:change=move |ev| on_change.run(event_target_value(&ev))
            >
                {move || {
                    let chosen = selected.get();
                    options
                        .get()
                        .into_iter()
                        .map(|(value, label)| {
                            let is_chosen = value == chosen;
                            view! { <option value=value selected=is_chosen>{label}</option> }
                        })
                        .collect_view()
                }}
            </select>
        </div>
    }
}
