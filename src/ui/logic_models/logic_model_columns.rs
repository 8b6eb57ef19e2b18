use leptos::prelude::*;

use crate::domain::LogicModel;

/// One logic model: its name as a heading, then inputs → processes → outputs → outcomes as
/// four columns joined by arrows (a stack with downward arrows on a phone). Each column is a
/// list named by its heading ("Inputs, list, 4 items"); the arrows are decoration only.
#[component]
pub fn LogicModelColumns(
    /// The model to show.
    model: LogicModel,
    /// Makes the HTML ids of its headings unique on the page: `service`, `w-1-work`.
    #[prop(into)]
    id: String,
    /// The actions under the model (Edit).
    children: Children,
) -> impl IntoView {
    let heading_id = format!("lm-{id}");
    let columns: Vec<AnyView> = model
        .columns()
        .into_iter()
        .enumerate()
        .map(|(n, (heading, items))| {
            let column_id = format!("lm-{id}-{n}");
            let list = if items.is_empty() {
                view! { <p class="logic-model-empty">"None listed yet."</p> }.into_any()
            } else {
                let items: Vec<_> = items
                    .iter()
                    .map(|i| view! { <li>{i.clone()}</li> })
                    .collect();
                view! { <ul aria-labelledby=column_id.clone()>{items}</ul> }.into_any()
            };
            let arrow =
                (n > 0).then(|| view! { <div class="logic-model-arrow" aria-hidden="true"></div> });
            view! {
                {arrow}
                <div class="logic-model-column">
                    <h4 id=column_id>{heading}</h4>
                    {list}
                </div>
            }
            .into_any()
        })
        .collect();
    let labelled_by = heading_id.clone();
    view! {
        <article class="logic-model-block" aria-labelledby=labelled_by>
            <h3 id=heading_id>{model.name.clone()}</h3>
            <div class="logic-model">{columns}</div>
            <div class="actions">{children()}</div>
        </article>
    }
}
