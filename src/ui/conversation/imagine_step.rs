use leptos::prelude::*;

use super::DraftState;
use crate::ui::widgets::bind;
use crate::ui::widgets::TextField;

/// Step 3, "Imagine it has gone well": picture the work complete, and what is different.
#[component]
pub fn ImagineStep(
    /// The draft being filled in.
    state: DraftState,
) -> impl IntoView {
    let draft = state.draft;
    let (changed, set_changed) = bind(
        draft,
        |d| d.imagined.changed.clone(),
        |d, v| d.imagined.changed = v,
    );
    let (behaviour, set_behaviour) = bind(
        draft,
        |d| d.imagined.behaviour.clone(),
        |d, v| d.imagined.behaviour = v,
    );
    let (difference, set_difference) = bind(
        draft,
        |d| d.imagined.our_difference.clone(),
        |d, v| d.imagined.our_difference = v,
    );
    view! {
        <p class="lead">
            "Imagine the work is complete and it has gone well. Picture the person then."
        </p>
        <TextField
            id="imagine-changed"
            label="How has the person changed?"
            multiline=true
            value=changed
            on_input=set_changed
        />
        <TextField
            id="imagine-behaviour"
            label="What behaviour is different?"
            multiline=true
            value=behaviour
            on_input=set_behaviour
        />
        <TextField
            id="imagine-difference"
            label="What difference did our involvement make?"
            multiline=true
            value=difference
            on_input=set_difference
        />
    }
}
