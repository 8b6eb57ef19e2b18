use leptos::prelude::*;

use super::{DraftState, OutcomeEditor};
use crate::domain::OutcomeDraft;
use crate::ui::clock::today;

/// Step 4, "Outcomes": the personal outcomes agreed, as many as the person wants.
#[component]
pub fn OutcomesStep(
    /// The draft being filled in.
    state: DraftState,
) -> impl IntoView {
    let draft = state.draft;
    let count = Memo::new(move |_| draft.with(|d| d.outcomes.len()));
    let add = move |_| {
        draft.update(|d| {
            let from = d.date().unwrap_or_else(today);
            d.outcomes.push(OutcomeDraft::new(from));
        })
    };
    view! {
        <p class="lead">
            "Agree the outcomes: the changes the person wants in their life, in their own words. "
            "A service (a care plan, a weekly visit) is not an outcome; ask what will be "
            "different because of it."
        </p>
        {move || match count.get() {
            0 => view! { <p>"No outcomes yet. Add one when you have agreed it."</p> }.into_any(),
            n => (0..n)
                .map(|index| view! { <OutcomeEditor state=state index=index/> })
                .collect_view()
                .into_any(),
        }}
        <button type="button" class="button-secondary" on:click=add>"Add another outcome"</button>
    }
}
