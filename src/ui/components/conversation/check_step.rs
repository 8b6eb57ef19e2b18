use leptos::prelude::*;

use super::DraftState;
use crate::domain::OutcomeChecks;
use crate::ui::components::{CheckBox, OutputHintNote};

/// A quality's label, how to read its tick, and how to set it.
type Quality = (
    &'static str,
    fn(&OutcomeChecks) -> bool,
    fn(&mut OutcomeChecks, bool),
);

/// The qualities of a good outcome, as the check step asks about them.
const QUALITIES: [Quality; 5] = [
    (
        "Person-centred: in their words, about their life",
        |c| c.person_centred,
        |c, on| c.person_centred = on,
    ),
    ("Realistic", |c| c.realistic, |c, on| c.realistic = on),
    (
        "Wellbeing-focused",
        |c| c.wellbeing_focused,
        |c, on| c.wellbeing_focused = on,
    ),
    (
        "Collaborative: who contributes is named",
        |c| c.collaborative,
        |c, on| c.collaborative = on,
    ),
    (
        "Measurable or visible",
        |c| c.measurable,
        |c, on| c.measurable = on,
    ),
];

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
                            {QUALITIES
                                .into_iter()
                                .map(|(label, get, set)| {
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
