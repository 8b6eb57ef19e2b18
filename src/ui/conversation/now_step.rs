use leptos::prelude::*;

use super::DraftState;
use crate::domain::iso_date;
use crate::ui::clock::today;
use crate::ui::widgets::bind;
use crate::ui::widgets::TextField;

/// Step 1, "Now": when the conversation took place, who took part, and the person's needs and
/// how they present now.
#[component]
pub fn NowStep(
    /// The draft being filled in.
    state: DraftState,
) -> impl IntoView {
    let draft = state.draft;
    let (date, set_date) = bind(draft, |d| d.date.clone(), |d, v| d.date = v);
    let (took_part, set_took_part) = bind(draft, |d| d.took_part.clone(), |d, v| d.took_part = v);
    let (presentation, set_presentation) =
        bind(draft, |d| d.presentation.clone(), |d, v| d.presentation = v);
    view! {
        <p class="lead">"Start with where the person is now."</p>
        <TextField
            id="conversation-date"
            label="Date of the conversation"
            input_type="date"
            max=iso_date(today())
            value=date
            on_input=set_date
            error=state.error_for("conversation-date".into())
        />
        <TextField
            id="conversation-took-part"
            label="Who took part"
            hint="For example: the person, their mum, and you."
            value=took_part
            on_input=set_took_part
        />
        <TextField
            id="conversation-presentation"
            label="What needs does the person have, and how do they present now?"
            hint="Filled in from their record at referral: change it to how things are today."
            multiline=true
            value=presentation
            on_input=set_presentation
        />
    }
}
