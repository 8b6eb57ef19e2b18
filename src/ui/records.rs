//! One way for a page to load and save a record. Pages and their components read and write
//! one record through these rather than [`repository`](crate::storage::repository), so every
//! save is stamped with the clock in one place, a record that cannot be read is reported the
//! same way on every page, and a saved person is followed by the app's index. (Only reads of
//! everything at once, the index in [`AppState`], the dashboard's caseload and the cards in
//! use, still go to the repository themselves.)
//!
//! - a person: [`load_person`], [`person_or_unavailable`] (a page read once when it opens),
//!   [`save_person`], [`save_person_and_return`] (how a form about a person ends),
//!   [`save_reading`] and [`delete_person`];
//! - a shared service record (settings, aims, logic models, reflections, the service's
//!   decks): [`load_service_record`], [`reload_service_record`], [`save_service_record`];
//! - a return from a person's phone: [`check_return`], [`add_return`];
//! - an unfinished conversation or review ([`KeptDraft`]): [`load_draft`], [`save_draft`],
//!   [`discard_draft`].
//!
//! ```ignore
//! let (aims, problem) = load_service_record::<ServiceAims>();
//! let saved = save_service_record(&changed)?; // Err is the sentence the page shows
//! ```

use leptos::prelude::*;

use crate::domain::{
    AddedReturn, ConversationDraft, LoadError, Person, PersonId, Reading, ReturnPreview,
    ReviewDraft, SaveError, ServiceRecord,
};
use crate::storage::repository;
use crate::ui::clock::{now, today};
use crate::ui::person::RecordUnavailable;
use crate::ui::router::Navigator;
use crate::ui::state::AppState;

/// A person's record as stored, or why it cannot be read (not found, unreadable and kept as
/// it is, or storage out of reach), which the pages about one person show with
/// [`RecordUnavailable`].
pub fn load_person(id: &PersonId) -> Result<Person, LoadError> {
    repository().load_person(id)
}

/// A page about one person, read once when it opens: `show` draws it for the record as
/// stored, or [`RecordUnavailable`] says why it cannot be read.
pub fn person_or_unavailable(id: &PersonId, show: impl FnOnce(Person) -> AnyView) -> AnyView {
    match load_person(id) {
        Ok(person) => show(person),
        Err(error) => view! { <RecordUnavailable error=error/> }.into_any(),
    }
}

/// Saves a changed person. Once it is stored the app reads its index again, so names,
/// statuses and review dates everywhere follow; the person comes back as saved, with their
/// new revision. A failed save changes nothing stored, and says why for the page to show
/// beside the edit, which stays on screen.
pub fn save_person(state: AppState, person: &Person) -> Result<Person, SaveError> {
    let saved = repository().save_person(person, now())?;
    state.refresh();
    Ok(saved)
}

/// How a form about a person ends: saves the changed person and, once stored, the app reads
/// its index again and goes to `path`, where `message` is shown once. On failure it stays
/// where it is, as [`save_person`].
pub fn save_person_and_return(
    state: AppState,
    navigator: Navigator,
    person: &Person,
    path: &str,
    message: String,
) -> Result<Person, SaveError> {
    let saved = repository().save_person(person, now())?;
    state.return_after_save(navigator, path, message);
    Ok(saved)
}

/// Saves one reading into the person's record: a Likert tap writes only that person's key,
/// and the index is left alone (a reading never changes it). Returns the person as saved.
pub fn save_reading(person: &Person, reading: &Reading) -> Result<Person, SaveError> {
    repository().save_reading(person, reading, now())
}

/// Deletes a person's record, their index entry and any unfinished conversation or review.
pub fn delete_person(id: &PersonId) -> Result<(), SaveError> {
    repository().delete_person(id, now())
}

/// A shared service record (the settings, aims, logic models, reflections or the service's
/// own decks) as stored, or its default with the sentence saying why the stored one could
/// not be read (it is kept as it is, and a later save sets it aside first).
pub fn load_service_record<T: ServiceRecord>() -> (T, Option<String>) {
    match repository().load_service_record::<T>() {
        Ok(record) => (record, None),
        Err(error) => (T::default(), Some(error.to_string())),
    }
}

/// The shared record as stored now, after a save in another tab; `None` when it cannot be
/// read, and the page keeps what it shows.
pub fn reload_service_record<T: ServiceRecord>() -> Option<T> {
    repository().load_service_record::<T>().ok()
}

/// Saves a shared record: the record as saved (with its new revision) for the page to show,
/// or the sentence saying why it was not saved (a newer copy from another tab is never
/// overwritten).
pub fn save_service_record<T: ServiceRecord>(record: &T) -> Result<T, String> {
    repository()
        .save_service_record(record, now())
        .map_err(|e| e.to_string())
}

/// The return in `text` matched to the invitation it answers, to show before it is added,
/// or the sentence saying why it is refused. Saves nothing.
pub fn check_return(text: &str) -> Result<ReturnPreview, String> {
    repository().check_return(text).map_err(|e| e.to_string())
}

/// Adds the return in `text` once, as a reading by the person (see
/// [`Repository::add_return`](crate::domain::Repository::add_return)), or the sentence saying
/// why it is refused, nothing saved.
pub fn add_return(text: &str) -> Result<AddedReturn, String> {
    repository()
        .add_return(text, today(), now())
        .map_err(|e| e.to_string())
}

/// A long form kept under its own key while it is typed, so that leaving the page, a reload
/// or a lost tab never loses it: the first conversation, or a review. Removing one that
/// cannot be read keeps it aside instead.
pub trait KeptDraft: Sized {
    /// The unfinished form for this person, if there is one.
    fn load(id: &PersonId) -> Result<Option<Self>, LoadError>;
    /// Writes it; only its own key is written.
    fn save(&self, id: &PersonId) -> Result<(), SaveError>;
    /// Removes it.
    fn discard(id: &PersonId) -> Result<(), SaveError>;
}

impl KeptDraft for ConversationDraft {
    fn load(id: &PersonId) -> Result<Option<Self>, LoadError> {
        repository().load_draft(id)
    }
    fn save(&self, id: &PersonId) -> Result<(), SaveError> {
        repository().save_draft(id, self, now())
    }
    fn discard(id: &PersonId) -> Result<(), SaveError> {
        repository().discard_draft(id, now())
    }
}

impl KeptDraft for ReviewDraft {
    fn load(id: &PersonId) -> Result<Option<Self>, LoadError> {
        repository().load_review_draft(id)
    }
    fn save(&self, id: &PersonId) -> Result<(), SaveError> {
        repository().save_review_draft(id, self, now())
    }
    fn discard(id: &PersonId) -> Result<(), SaveError> {
        repository().discard_review_draft(id, now())
    }
}

/// The person's unfinished conversation or review (`D`), if there is one.
pub fn load_draft<D: KeptDraft>(id: &PersonId) -> Result<Option<D>, LoadError> {
    D::load(id)
}

/// Saves the person's unfinished conversation or review.
pub fn save_draft<D: KeptDraft>(id: &PersonId, draft: &D) -> Result<(), SaveError> {
    draft.save(id)
}

/// Removes the person's unfinished conversation or review (`D`).
pub fn discard_draft<D: KeptDraft>(id: &PersonId) -> Result<(), SaveError> {
    D::discard(id)
}
