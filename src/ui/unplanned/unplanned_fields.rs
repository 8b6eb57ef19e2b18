use leptos::prelude::*;

use crate::domain::{iso_date, FormError, UnplannedDraft, UnplannedField, DIRECTIONS};
use crate::ui::clock::today;
use crate::ui::widgets::{error_for, DomainOptions, RadioGroup, TextField};

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
    let domain_id = id(UnplannedField::Domain);
    let domain_hint = format!("{domain_id}-hint");
    let domain_error = error_for(errors, domain_id.clone());
    let domain_error_id = format!("{domain_id}-error");
    let domain_now = value.with_untracked(|d| d.domain.clone());
    let no_domain = domain_now.trim().is_empty();
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
            <label for=domain_id.clone()>"Domain (optional)"</label>
            <p class="hint" id=domain_hint.clone()>"The part of the person's life it touches, for the service's figures."</p>
            {
                let domain_error_id = domain_error_id.clone();
                move || domain_error.get().map(|message| view! {
                    <p class="error-message" id=domain_error_id.clone()>{message}</p>
                })
            }
            <select
                id=domain_id
                aria-describedby=move || match domain_error.with(Option::is_some) {
                    true => format!("{domain_hint} {domain_error_id}"),
                    false => domain_hint.clone(),
                }
                on:change=move |ev| {
                    let chosen = event_target_value(&ev);
                    edit(Box::new(move |d| d.domain = chosen));
                }
            >
                <option value="" selected=no_domain>"No domain"</option>
                <DomainOptions current=domain_now/>
            </select>
        </div>
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
