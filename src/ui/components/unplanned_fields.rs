use leptos::prelude::*;

use super::{error_for, RadioGroup, TextField};
use crate::domain::{iso_date, FormError, UnplannedDraft, UnplannedField, DIRECTIONS};
use crate::ui::clock::today;

/// The fields of one unplanned outcome (date, positive or negative, what happened, whether
/// it changes the plan), on its own page or inside a review, where `prefix` keeps the ids of
/// several apart.
#[component]
pub fn UnplannedFields(
    /// The start of the fields' HTML ids (see [`UnplannedField::id_in`]).
    #[prop(into)]
    prefix: String,
    /// The unplanned outcome as typed.
    value: Signal<UnplannedDraft>,
    /// Called with the whole unplanned outcome after each change.
    on_change: Callback<UnplannedDraft>,
    /// The form's problems.
    errors: RwSignal<Vec<FormError>>,
) -> impl IntoView {
    // Every field edits a copy of the whole draft: one setter type instead of one per field.
    let edit = move |change: Box<dyn FnOnce(&mut UnplannedDraft)>| {
        let mut draft = value.get_untracked();
        change(&mut draft);
        on_change.run(draft);
    };
    let id = |field: UnplannedField| field.id_in(&prefix);
    let direction_id = id(UnplannedField::Direction);
    let plan_id = id(UnplannedField::ChangesThePlan);
    let plan_for = plan_id.clone();
    view! {
        <TextField
            id=id(UnplannedField::Date)
            label="Date"
            hint="When it happened or came to light."
            input_type="date"
            max=iso_date(today())
            value=Signal::derive(move || value.with(|d| d.date.clone()))
            on_input=Callback::new(move |v| edit(Box::new(move |d| d.date = v)))
            error=error_for(errors, id(UnplannedField::Date))
        />
        <RadioGroup
            id=direction_id.clone()
            legend="Was it a positive or a negative change?"
            options=DIRECTIONS.map(|d| d.label().to_owned()).to_vec()
            selected=Signal::derive(move || value.with(|d| {
                let direction = d.direction?;
                DIRECTIONS.iter().position(|x| *x == direction)
            }))
            on_select=Callback::new(move |k: usize| {
                edit(Box::new(move |d| d.direction = DIRECTIONS.get(k).copied()))
            })
            error=error_for(errors, format!("{direction_id}-0"))
            class="inline"
        />
        <TextField
            id=id(UnplannedField::Note)
            label="What happened"
            hint="For example: made a new friend at the café; a neighbour is asking for money."
            multiline=true
            value=Signal::derive(move || value.with(|d| d.note.clone()))
            on_input=Callback::new(move |v| edit(Box::new(move |d| d.note = v)))
            error=error_for(errors, id(UnplannedField::Note))
        />
        <div class="field">
            <label class="choice" for=plan_for>
                <input
                    type="checkbox"
                    id=plan_id
                    prop:checked=move || value.with(|d| d.changes_the_plan)
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        edit(Box::new(move |d| d.changes_the_plan = on));
                    }
                />
                <span>"This changes the plan"</span>
            </label>
            <p class="hint">"Tick if the outcomes you agreed need to change because of it."</p>
        </div>
    }
}
