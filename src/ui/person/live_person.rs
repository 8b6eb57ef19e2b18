use leptos::prelude::*;

use super::RecordUnavailable;
use crate::domain::{Person, PersonId};
use crate::ui::records::load_person;
use crate::ui::state::use_app_state;

/// A page about one stored person, read again whenever the record changes (here or in
/// another tab): `show` draws it, or the reason it cannot be read is shown instead.
#[component]
pub fn LivePerson(
    /// Whose record.
    id: PersonId,
    /// Draws the page for the record as stored.
    show: fn(Person) -> AnyView,
) -> impl IntoView {
    let state = use_app_state();
    let record = Memo::new(move |_| {
        state.changes.track();
        load_person(&id)
    });
    move || match record.get() {
        Ok(person) => show(person),
        Err(error) => view! { <RecordUnavailable error=error/> }.into_any(),
    }
}
