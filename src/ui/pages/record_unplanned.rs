use leptos::ev::SubmitEvent;
use leptos::html;
use leptos::prelude::*;

use super::RecordUnavailable;
use crate::domain::{
    iso_date, FormError, Person, PersonId, UnplannedDraft, UnplannedField, DIRECTIONS,
};
use crate::route::Route;
use crate::storage::repository;
use crate::ui::clock::{now, today};
use crate::ui::components::{error_for, focus_summary, ErrorSummary, Link, RadioGroup, TextField};
use crate::ui::router::use_navigator;
use crate::ui::set_title;
use crate::ui::state::use_app_state;

/// `Record an unplanned outcome` for a person: a change nobody planned, for the better or the
/// worse.
#[component]
pub fn RecordUnplannedPage(
    /// Whose record it goes in.
    id: PersonId,
) -> impl IntoView {
    set_title("Record an unplanned outcome");
    match repository().load_person(&id) {
        Ok(person) => view! { <UnplannedForm person=person/> }.into_any(),
        Err(error) => view! { <RecordUnavailable error=error/> }.into_any(),
    }
}

/// The form itself, for a person whose record was read.
#[component]
fn UnplannedForm(person: Person) -> impl IntoView {
    let state = use_app_state();
    let navigator = use_navigator();
    let draft = RwSignal::new(UnplannedDraft::new(today()));
    let errors = RwSignal::new(Vec::<FormError>::new());
    let save_error = RwSignal::new(None::<String>);
    let summary = NodeRef::<html::Div>::new();
    let person_href = Route::Person(person.id.clone()).path();
    let lead = format!(
        "A change in {}'s life that nobody planned: good news, or a risk that has come to light.",
        person.name
    );
    let person = StoredValue::new(person);

    let submit = {
        let person_href = person_href.clone();
        move |ev: SubmitEvent| {
            ev.prevent_default();
            save_error.set(None);
            let valid = person.with_value(|p| draft.with_untracked(|d| d.validate(p, today())));
            match valid {
                Err(found) => {
                    errors.set(found);
                    focus_summary(summary);
                }
                Ok(valid) => {
                    errors.set(Vec::new());
                    let changes_the_plan = draft.with_untracked(|d| d.changes_the_plan);
                    let mut changed = person.get_value();
                    changed.record_unplanned(valid);
                    match repository().save_person(&changed, now()) {
                        Ok(_) => {
                            let message = if changes_the_plan {
                                "Unplanned outcome recorded. It changes the plan: start a review to update the outcomes."
                            } else {
                                "Unplanned outcome recorded."
                            };
                            state.refresh();
                            state.flash(&person_href, message.into());
                            navigator.go(&person_href);
                        }
                        Err(error) => {
                            save_error.set(Some(error.to_string()));
                            focus_summary(summary);
                        }
                    }
                }
            }
        }
    };
    let direction_id = UnplannedField::Direction.html_id();

    view! {
        <h1>"Record an unplanned outcome"</h1>
        <p class="lead">{lead}</p>
        <form class="unplanned-form" novalidate on:submit=submit>
            <ErrorSummary errors=errors save_error=save_error node_ref=summary/>
            <TextField
                id=UnplannedField::Date.html_id()
                label="Date"
                hint="When it happened or came to light."
                input_type="date"
                max=iso_date(today())
                value=Signal::derive(move || draft.with(|d| d.date.clone()))
                on_input=Callback::new(move |v| draft.update(|d| d.date = v))
                error=error_for(errors, UnplannedField::Date.html_id().to_owned())
            />
            <RadioGroup
                id=direction_id
                legend="Was it a positive or a negative change?"
                options=DIRECTIONS.map(|d| d.label().to_owned()).to_vec()
                selected=Signal::derive(move || draft.with(|d| {
                    let direction = d.direction?;
                    DIRECTIONS.iter().position(|x| *x == direction)
                }))
                on_select=Callback::new(move |k: usize| draft.update(|d| d.direction = DIRECTIONS.get(k).copied()))
                error=error_for(errors, format!("{direction_id}-0"))
                class="inline"
            />
            <TextField
                id=UnplannedField::Note.html_id()
                label="What happened"
                hint="For example: made a new friend at the café; a neighbour is asking for money."
                multiline=true
                value=Signal::derive(move || draft.with(|d| d.note.clone()))
                on_input=Callback::new(move |v| draft.update(|d| d.note = v))
                error=error_for(errors, UnplannedField::Note.html_id().to_owned())
            />
            <div class="field">
                <label class="choice" for=UnplannedField::ChangesThePlan.html_id()>
                    <input
                        type="checkbox"
                        id=UnplannedField::ChangesThePlan.html_id()
                        prop:checked=move || draft.with(|d| d.changes_the_plan)
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            draft.update(|d| d.changes_the_plan = on);
                        }
                    />
                    <span>"This changes the plan"</span>
                </label>
                <p class="hint">"Tick if the outcomes you agreed need to change because of it."</p>
            </div>
            <div class="actions">
                <button type="submit" class="button-primary">"Save"</button>
                <Link to=person_href class="button-secondary">"Cancel"</Link>
            </div>
        </form>
    }
}
