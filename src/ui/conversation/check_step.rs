use leptos::prelude::*;

use super::DraftState;
use crate::domain::OUTCOME_QUALITIES;
use crate::ui::widgets::{CheckBox, OutputHintNote};

/// Step 5, "Check": for each outcome, the qualities the person and the worker tick together,
/// and a warning where it reads like an output.
#[component]
pub fn CheckStep(
    /// The draft being filled in.
    state: DraftState,
) -> impl IntoView {
    let draft = state.draft;
    let outcomes = move || {
        draft.with(|d| {
            d.outcomes
                .iter()
                .map(|o| o.words.clone())
                .collect::<Vec<_>>()
        })
    };
    view! {
        <p class="lead">"Go through each outcome together and tick what is true of it."</p>
        {move || {
            let list = outcomes();
            if list.is_empty() {
                return view! { <p>"There are no outcomes to check yet."</p> }.into_any();
            }
            list.into_iter()
                .enumerate()
                .map(|(index, words)| {
                    let title = if words.trim().is_empty() {
                        format!("Outcome {} (not written yet)", index + 1)
                    } else {
                        format!("Outcome {}: {}", index + 1, words.trim())
                    };
                    view! {
                        <fieldset class="choices outcome-check">
                            <legend>{title}</legend>
                            <OutputHintNote words=Signal::derive(move || draft.with(|d| d.outcomes.get(index).map(|o| o.words.clone()).unwrap_or_default()))/>
                            {OUTCOME_QUALITIES
                                .into_iter()
                                .map(|quality| {
                                    let (label, get, set) = (quality.label, quality.is_ticked, quality.tick);
                                    let checked = Signal::derive(move || draft.with(|d| d.outcomes.get(index).is_some_and(|o| get(&o.checks))));
                                    let on_change = Callback::new(move |on| draft.update(|d| {
                                        if let Some(o) = d.outcomes.get_mut(index) {
                                            set(&mut o.checks, on)
                                        }
                                    }));
                                    view! { <CheckBox label=label checked=checked on_change=on_change/> }
                                })
                                .collect_view()}
                        </fieldset>
                    }
                })
                .collect_view()
                .into_any()
        }}
    }
}
