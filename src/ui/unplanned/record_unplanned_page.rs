use leptos::ev::SubmitEvent;
use leptos::html;
use leptos::prelude::*;

use super::UnplannedFields;
use crate::domain::{FormError, Person, PersonId, UnplannedDraft};
use crate::route::Route;
use crate::ui::clock::today;
use crate::ui::records::{person_or_unavailable, save_person_and_return};
use crate::ui::router::use_navigator;
use crate::ui::set_title;
use crate::ui::state::use_app_state;
use crate::ui::widgets::{focus_summary, ErrorSummary, Link};

/// `Record an unplanned outcome` for a person: a change nobody planned, for the better or the
/// worse.
#[component]
pub fn RecordUnplannedPage(
    /// Whose record it goes in.
    id: PersonId,
) -> impl IntoView {
    set_title("Record an unplanned outcome");
    person_or_unavailable(&id, |person| {
        view! { <UnplannedForm person=person/> }.into_any()
    })
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
                    let message = if changes_the_plan {
                        "Unplanned outcome recorded. It changes the plan: start a review to update the outcomes."
                    } else {
                        "Unplanned outcome recorded."
                    };
                    let saved = save_person_and_return(
                        state,
                        navigator,
                        &changed,
                        &person_href,
                        message.into(),
                    );
                    if let Err(error) = saved {
                        save_error.set(Some(error.to_string()));
                        focus_summary(summary);
                    }
                }
            }
        }
    };

    view! {
        <h1>"Record an unplanned outcome"</h1>
        <p class="lead">{lead}</p>
        <form class="unplanned-form" novalidate on:submit=submit>
            <ErrorSummary errors=errors save_error=save_error node_ref=summary/>
            <UnplannedFields
                prefix="unplanned-"
                value=draft.into()
                on_change=Callback::new(move |d| draft.set(d))
                errors=errors
            />
            <div class="actions">
                <button type="submit" class="button-primary">"Save"</button>
                <Link to=person_href class="button-secondary">"Cancel"</Link>
            </div>
        </form>
    }
}
