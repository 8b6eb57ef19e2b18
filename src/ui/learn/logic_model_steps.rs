use leptos::prelude::*;

use crate::domain::LogicModel;

/// A logic model as four steps in order, inputs → processes → outputs → outcomes: side by
/// side on a wide screen, one under another on a phone.
#[component]
pub fn LogicModelSteps(
    /// The model shown.
    model: LogicModel,
    /// What an empty column says.
    empty: &'static str,
) -> impl IntoView {
    let columns = model
        .columns()
        .map(|(heading, items)| {
            let items = if items.is_empty() {
                view! { <p class="muted">{empty}</p> }.into_any()
            } else {
                let items = items
                    .iter()
                    .map(|item| view! { <li>{item.clone()}</li> })
                    .collect_view();
                view! { <ul>{items}</ul> }.into_any()
            };
            view! {
                <li class="logic-step">
                    <h3>{heading}</h3>
                    {items}
                </li>
            }
        })
        .into_iter()
        .collect_view();
    view! {
        <ol class="logic-steps" aria-label=model.name.clone()>
            {columns}
        </ol>
    }
}
