use leptos::html;
use leptos::prelude::*;

use crate::domain::FormError;

/// The box at the top of a form that lists every problem, each a link that moves the focus
/// to its field, plus a save error; announced as an alert. Give it `node_ref` to focus it
/// after a failed submit.
#[component]
pub fn ErrorSummary(
    /// The problems with the fields.
    #[prop(into)]
    errors: Signal<Vec<FormError>>,
    /// Why saving failed, if it did.
    #[prop(into)]
    save_error: Signal<Option<String>>,
    /// Lets the form focus the summary.
    node_ref: NodeRef<html::Div>,
) -> impl IntoView {
    let has_problem = move || save_error.with(Option::is_some) || errors.with(|e| !e.is_empty());
    view! {
        <div class="error-summary" role="alert" tabindex="-1" node_ref=node_ref>
            <Show when=has_problem>
                <h2>"There is a problem"</h2>
                {move || save_error.get().map(|message| view! { <p>{message}</p> })}
                <ul>
                    <For
                        each=move || errors.get()
                        key=|error| (error.field.clone(), error.message.clone())
                        let:error
                    >
                        <li>
                            <a
                                href=format!("#{}", error.field)
                                target="_self"
                                on:click={
                                    let field = error.field.clone();
                                    move |ev| {
                                        ev.prevent_default();
                                        focus_by_id(&field);
                                    }
                                }
                            >
                                {error.message.clone()}
                            </a>
                        </li>
                    </For>
                </ul>
            </Show>
        </div>
    }
}

/// The message for the field with this HTML id, if it has a problem.
pub fn error_for(errors: RwSignal<Vec<FormError>>, field: String) -> Signal<Option<String>> {
    Signal::derive(move || {
        errors.with(|errors| {
            errors
                .iter()
                .find(|e| e.field == field)
                .map(|e| e.message.clone())
        })
    })
}

/// Moves the focus to the error summary after a failed submit, so a screen reader reads it
/// and a keyboard user starts from it.
pub fn focus_summary(summary: NodeRef<html::Div>) {
    if let Some(summary) = summary.get_untracked() {
        let _ = summary.focus();
    }
}

/// Moves the focus to the element with this id, if there is one.
pub fn focus_by_id(id: &str) {
    use wasm_bindgen::JsCast;
    let element = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(element) = element {
        let _ = element.focus();
    }
}
