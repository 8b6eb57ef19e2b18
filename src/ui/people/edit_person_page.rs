use leptos::prelude::*;

use super::PersonForm;
use crate::domain::{PersonDraft, PersonId, SaveError, ValidPerson};
use crate::route::Route;
use crate::ui::records::{person_or_unavailable, save_person_and_return};
use crate::ui::router::use_navigator;
use crate::ui::set_title;
use crate::ui::state::use_app_state;

/// `Edit details` of a person. The record is read once when the page opens: a save made
/// meanwhile in another tab is detected on saving, never silently overwritten.
#[component]
pub fn EditPersonPage(
    /// Whose details are edited.
    id: PersonId,
) -> impl IntoView {
    set_title("Edit details");
    let state = use_app_state();
    let navigator = use_navigator();
    person_or_unavailable(&id, |opened| {
        let person_href = Route::Person(opened.id.clone()).path();
        let initial = PersonDraft::from_person(&opened);
        let save = {
            let person_href = person_href.clone();
            Callback::new(move |valid: ValidPerson| -> Result<(), SaveError> {
                let mut person = opened.clone();
                person.apply(valid);
                save_person_and_return(
                    state,
                    navigator,
                    &person,
                    &person_href,
                    "Details saved.".into(),
                )?;
                Ok(())
            })
        };
        view! {
            <h1>"Edit details"</h1>
            <PersonForm
                initial=initial
                submit_label="Save changes"
                cancel_href=person_href
                on_save=save
            />
        }
        .into_any()
    })
}
