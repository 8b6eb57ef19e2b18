use leptos::prelude::*;

/// A group of radio buttons in a `<fieldset>` whose `<legend>` names the question; each
/// button is a real `<input type="radio">` inside its label (a large touch target), so the
/// arrow keys move between them.
#[component]
pub fn RadioGroup(
    /// The group's HTML id: the buttons take it as their `name`, and `id-0`, `id-1`… as ids.
    #[prop(into)]
    id: String,
    /// The question, as the group's accessible name.
    #[prop(into)]
    legend: String,
    /// The choices' labels, in order.
    options: Vec<String>,
    /// The position of the choice made, if any.
    #[prop(into)]
    selected: Signal<Option<usize>>,
    /// Called with the position of the choice made.
    on_select: Callback<usize>,
    /// The group's error, if any.
    #[prop(optional, into)]
    error: MaybeProp<String>,
    /// Extra CSS classes for the fieldset, such as `inline`.
    #[prop(optional)]
    class: &'static str,
    /// The id of text outside the group that describes it (a card's question).
    #[prop(optional)]
    described_by: Option<String>,
) -> impl IntoView {
    let error_id = format!("{id}-error");
    let described_by = {
        let error_id = error_id.clone();
        move || {
            let error = error.get().is_some().then(|| error_id.clone());
            let ids: Vec<String> = described_by.iter().cloned().chain(error).collect();
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    let buttons = options
        .into_iter()
        .enumerate()
        .map(|(k, label)| {
            view! {
                <label class="choice">
                    <input
                        type="radio"
                        id=format!("{id}-{k}")
                        name=id.clone()
                        prop:checked=move || selected.get() == Some(k)
                        on:change=move |_| on_select.run(k)
                    />
                    <span>{label}</span>
                </label>
            }
        })
        .collect_view();
    view! {
        <fieldset
            class=format!("choices {class}")
            class:field-invalid=move || error.get().is_some()
            aria-describedby=described_by
        >
            <legend>{legend}</legend>
            {move || error.get().map(|message| view! {
                <p class="error-message" id=error_id.clone()>{message}</p>
            })}
            {buttons}
        </fieldset>
    }
}
