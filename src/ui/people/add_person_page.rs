use leptos::prelude::*;

use super::PersonForm;
use crate::domain::{LoadError, Person, PersonDraft, SaveError, ValidPerson};
use crate::route::Route;
use crate::ui::clock::{new_person_id, today};
use crate::ui::records::{load_person, save_person};
use crate::ui::router::use_navigator;
use crate::ui::set_title;
use crate::ui::state::use_app_state;

/// `Add person`: the form for a new person; saving opens their page.
#[component]
pub fn AddPersonPage() -> impl IntoView {
    set_title("Add person");
    let state = use_app_state();
    let navigator = use_navigator();
    let save = Callback::new(move |valid: ValidPerson| -> Result<(), SaveError> {
        let mut id = new_person_id();
        while !matches!(load_person(&id), Err(LoadError::NotFound)) {
            id = new_person_id();
        }
        let saved = save_person(state, &Person::create(id, valid))?;
        navigator.go(&Route::Person(saved.id).path());
        Ok(())
    });
    view! {
        <h1>"Add person"</h1>
        <PersonForm
            initial=PersonDraft::new(today())
            submit_label="Save person"
            cancel_href="/"
            on_save=save
        />
    }
}
