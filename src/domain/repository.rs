//! Reading and writing people's records through any [`KeyValueStore`], with the storage rules
//! of the design: one key per person plus an index, versioned envelopes, writes of only what
//! changed, nothing stored ever lost by a failed write, unreadable values kept aside, and no
//! stale copy overwriting a newer one.
//!
//! ```
//! use chrono::{NaiveDate, TimeZone, Utc};
//! use outcome_focus::domain::{MemoryStore, Person, PersonDraft, PersonId, Repository};
//!
//! let repo = Repository::new(MemoryStore::default());
//! let today = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
//! let now = Utc.with_ymd_and_hms(2026, 11, 22, 9, 0, 0).unwrap();
//! let mut draft = PersonDraft::new(today);
//! draft.name = "Alex".into();
//! let person = Person::create(PersonId::generate(1, 1), draft.validate(today).unwrap());
//! let saved = repo.save_person(&person, now).unwrap();
//! assert_eq!(repo.load_person(&saved.id).unwrap(), saved);
//! assert_eq!(repo.load_index().people.len(), 1);
//! ```

use chrono::{DateTime, Utc};
use serde::Serialize;
use thiserror::Error;

use super::cards::Reading;
use super::conversation_draft::ConversationDraft;
use super::envelope::{decode, encode, DecodeError, Migrate};
use super::keys::Keys;
use super::people::{IndexEntry, PeopleIndex};
use super::person::{Person, PersonId};
use super::review::ReviewDraft;
use super::store::{KeyValueStore, StoreError};

/// A stored value that could not be read; it stays in storage untouched.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StoredProblem {
    /// The storage key of the value.
    pub key: String,
    /// Why it could not be read, in words.
    pub reason: String,
}

/// What the app knows after reading the index.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Loaded {
    /// Everyone who can be listed.
    pub people: Vec<IndexEntry>,
    /// Values that could not be read.
    pub problems: Vec<StoredProblem>,
    /// Set when storage itself could not be reached.
    pub unavailable: Option<StoreError>,
}

/// Why a person's record could not be opened.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum LoadError {
    /// No record with this id (deleted, or a mistyped link).
    #[error("There is no record for this person in this browser. It may have been deleted, or the link may be wrong.")]
    NotFound,
    /// The stored value is damaged or from a newer app; it has been left untouched.
    #[error("This person's stored record could not be read: {0}. It has been kept exactly as it is, and nothing was deleted.")]
    Unreadable(DecodeError),
    /// Storage could not be reached.
    #[error("This browser did not let Outcome Focus read its storage ({0}). Allow this site to store data, then reload the page.")]
    Storage(StoreError),
}

/// Why a save did not happen. In every case what was stored before is still there, and the
/// UI keeps the edit on screen.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum SaveError {
    /// The browser's storage quota is used up.
    #[error("Storage is full, so this change was not saved. It is still on screen. Delete closed cases you no longer need to make room, then save again.")]
    QuotaExceeded,
    /// Storage is disabled or blocked.
    #[error("This browser is not letting Outcome Focus save (site data may be blocked, or this may be a private window). Your change is still on screen but not saved: allow this site to store data, then save again.")]
    Unavailable,
    /// Another tab saved a newer version of this record.
    #[error("This person's record was changed in another tab or window after you opened it, so it was not overwritten. Your changes are still on screen: copy what you need, reload the page to see the newer version, then add your changes again.")]
    Stale,
    /// Another tab deleted this record.
    #[error("This person was deleted in another tab or window, so your changes were not saved. They are still on screen: copy what you need before leaving this page.")]
    DeletedElsewhere,
    /// The stored copy cannot be read, so it must not be overwritten.
    #[error("The stored copy of this record could not be read ({0}), so it was kept exactly as it is and not overwritten.")]
    Unreadable(DecodeError),
    /// Anything else the browser reported.
    #[error("Saving failed ({0}). Your change is still on screen: try again.")]
    Other(String),
}

impl From<StoreError> for SaveError {
    fn from(error: StoreError) -> Self {
        match error {
            StoreError::QuotaExceeded => SaveError::QuotaExceeded,
            StoreError::Unavailable => SaveError::Unavailable,
            StoreError::Other(message) => SaveError::Other(message),
        }
    }
}

/// People's records in a key-value store.
#[derive(Debug)]
pub struct Repository<S> {
    store: S,
    keys: Keys,
}

impl<S: KeyValueStore> Repository<S> {
    /// A repository of the real records in `store`.
    pub fn new(store: S) -> Self {
        Repository::with_keys(store, Keys::default())
    }

    /// A repository under other keys (demo data, tests).
    pub fn with_keys(store: S, keys: Keys) -> Self {
        Repository { store, keys }
    }

    /// The keys this repository uses.
    pub fn keys(&self) -> &Keys {
        &self.keys
    }

    /// The store underneath, for tests that inspect it.
    pub fn store(&self) -> &S {
        &self.store
    }

    /// Reads the index of people. Person records the index does not list (a save whose index
    /// write failed) are found and listed; entries whose record is gone are dropped. Nothing
    /// is written.
    pub fn load_index(&self) -> Loaded {
        let mut loaded = Loaded::default();
        let keys = match self.store.keys() {
            Ok(keys) => keys,
            Err(error) => {
                loaded.unavailable = Some(error);
                return loaded;
            }
        };
        let person_ids: Vec<PersonId> = keys
            .iter()
            .filter_map(|k| self.keys.person_id_of(k))
            .collect();
        let index = match self.read_index() {
            Ok(index) => index,
            Err(problem) => {
                loaded.problems.push(problem);
                PeopleIndex::default()
            }
        };
        loaded.people = index
            .people
            .into_iter()
            .filter(|e| person_ids.contains(&e.id))
            .collect();
        loaded
            .problems
            .extend(keys.iter().filter(|k| self.keys.is_kept_aside(k)).map(|k| {
                StoredProblem {
                key: k.clone(),
                reason:
                    "a copy of a value that could not be read, kept aside so that nothing was lost"
                        .into(),
            }
            }));
        for id in person_ids {
            if loaded.people.iter().any(|e| e.id == id) {
                continue;
            }
            match self.load_person(&id) {
                Ok(person) => loaded.people.push(IndexEntry::from(&person)),
                Err(LoadError::Unreadable(error)) => loaded.problems.push(StoredProblem {
                    key: self.keys.person(&id),
                    reason: error.to_string(),
                }),
                Err(_) => {}
            }
        }
        loaded
    }

    /// Reads everyone's record, in the index's order, for figures across the service. A
    /// record that cannot be read is left out and listed, untouched, with the reason.
    pub fn load_everyone(&self) -> (Vec<Person>, Vec<StoredProblem>) {
        let loaded = self.load_index();
        let mut people = Vec::with_capacity(loaded.people.len());
        let mut problems = Vec::new();
        for entry in &loaded.people {
            match self.load_person(&entry.id) {
                Ok(person) => people.push(person),
                Err(error) => problems.push(StoredProblem {
                    key: self.keys.person(&entry.id),
                    reason: error.to_string(),
                }),
            }
        }
        (people, problems)
    }

    /// Reads one person's record.
    pub fn load_person(&self, id: &PersonId) -> Result<Person, LoadError> {
        let text = self
            .store
            .get(&self.keys.person(id))
            .map_err(LoadError::Storage)?
            .ok_or(LoadError::NotFound)?;
        let person: Person = decode(&text).map_err(LoadError::Unreadable)?.data;
        if &person.id != id {
            return Err(LoadError::Unreadable(DecodeError::BadData(
                "the record belongs to another id".into(),
            )));
        }
        Ok(person)
    }

    /// Saves a person's record, and the index only if their summary changed. Refuses to
    /// overwrite a newer copy saved elsewhere or a stored copy that cannot be read. If any
    /// write fails, what was stored before is put back. Returns the person as saved, with
    /// their new revision.
    pub fn save_person(&self, person: &Person, now: DateTime<Utc>) -> Result<Person, SaveError> {
        let key = self.keys.person(&person.id);
        let previous = self.store.get(&key)?;
        let summary = IndexEntry::from(person);
        let summary_changed = match &previous {
            Some(text) => {
                let stored: Person = decode(text).map_err(SaveError::Unreadable)?.data;
                if stored.revision > person.revision {
                    return Err(SaveError::Stale);
                }
                IndexEntry::from(&stored) != summary
            }
            None if person.revision > 0 => return Err(SaveError::DeletedElsewhere),
            None => true,
        };
        // Most saves (a note, later a Likert tap) leave the summary alone: they touch only
        // this person's key and never read or rewrite the index.
        let mut index = match summary_changed {
            true => Some(self.index_for_writing(now)?),
            false => None,
        };
        let index_changed = index.as_mut().is_some_and(|index| index.upsert(summary));

        let saved = Person {
            revision: person.revision + 1,
            ..person.clone()
        };
        self.store.set(&key, &encode(&saved, now))?;
        if let Some(index) = index.filter(|_| index_changed) {
            if let Err(error) = self.store.set(&self.keys.index(), &encode(&index, now)) {
                // Undo the record write so storage stays as it was: the index and the record
                // never disagree because of a failed save.
                let _ = match &previous {
                    Some(text) => self.store.set(&key, text),
                    None => self.store.remove(&key),
                };
                return Err(error.into());
            }
        }
        Ok(saved)
    }

    /// Saves one reading into a person's record: a Likert tap. A reading never changes the
    /// person's summary, so only that person's key is written; the index and everyone else
    /// are left alone. Returns the person as saved.
    pub fn save_reading(
        &self,
        person: &Person,
        reading: &Reading,
        now: DateTime<Utc>,
    ) -> Result<Person, SaveError> {
        let mut updated = person.clone();
        updated
            .upsert_reading(reading.clone())
            .map_err(SaveError::Unreadable)?;
        self.save_person(&updated, now)
    }

    /// Deletes a person's record, their index entry and any unfinished conversation or review.
    pub fn delete_person(&self, id: &PersonId, now: DateTime<Utc>) -> Result<(), SaveError> {
        let mut index = self.index_for_writing(now)?;
        if index.remove(id) {
            self.store.set(&self.keys.index(), &encode(&index, now))?;
        }
        self.store.remove(&self.keys.person(id))?;
        self.discard_draft(id, now)?;
        // Removed outright, like the record itself: keeping aside an unreadable draft of
        // someone deleted would keep what the user asked to delete.
        self.store.remove(&self.keys.review_draft(id))?;
        Ok(())
    }

    /// The unfinished first conversation with a person, if there is one.
    pub fn load_draft(&self, id: &PersonId) -> Result<Option<ConversationDraft>, LoadError> {
        self.load_unfinished(&self.keys.draft(id))
    }

    /// Saves the unfinished conversation; only its own key is written.
    pub fn save_draft(
        &self,
        id: &PersonId,
        draft: &ConversationDraft,
        now: DateTime<Utc>,
    ) -> Result<(), SaveError> {
        self.save_unfinished(&self.keys.draft(id), draft, now)
    }

    /// Removes the unfinished conversation (an unreadable one is kept aside, not deleted).
    pub fn discard_draft(&self, id: &PersonId, now: DateTime<Utc>) -> Result<(), SaveError> {
        self.discard_unfinished::<ConversationDraft>(&self.keys.draft(id), now)
    }

    /// The unfinished review with a person, if there is one.
    pub fn load_review_draft(&self, id: &PersonId) -> Result<Option<ReviewDraft>, LoadError> {
        self.load_unfinished(&self.keys.review_draft(id))
    }

    /// Saves the unfinished review; only its own key is written.
    pub fn save_review_draft(
        &self,
        id: &PersonId,
        draft: &ReviewDraft,
        now: DateTime<Utc>,
    ) -> Result<(), SaveError> {
        self.save_unfinished(&self.keys.review_draft(id), draft, now)
    }

    /// Removes the unfinished review (an unreadable one is kept aside, not deleted).
    pub fn discard_review_draft(&self, id: &PersonId, now: DateTime<Utc>) -> Result<(), SaveError> {
        self.discard_unfinished::<ReviewDraft>(&self.keys.review_draft(id), now)
    }

    fn load_unfinished<T: Migrate>(&self, key: &str) -> Result<Option<T>, LoadError> {
        let Some(text) = self.store.get(key).map_err(LoadError::Storage)? else {
            return Ok(None);
        };
        decode(&text)
            .map(|envelope| Some(envelope.data))
            .map_err(LoadError::Unreadable)
    }

    fn save_unfinished<T: Migrate + Serialize>(
        &self,
        key: &str,
        draft: &T,
        now: DateTime<Utc>,
    ) -> Result<(), SaveError> {
        self.keep_aside_if_unreadable::<T>(key, now)?;
        self.store.set(key, &encode(draft, now))?;
        Ok(())
    }

    fn discard_unfinished<T: Migrate>(
        &self,
        key: &str,
        now: DateTime<Utc>,
    ) -> Result<(), SaveError> {
        self.keep_aside_if_unreadable::<T>(key, now)?;
        self.store.remove(key)?;
        Ok(())
    }

    /// Copies the value under `key` to `kept-aside/` when it cannot be read as a `T`, so the
    /// key can be written without losing it.
    fn keep_aside_if_unreadable<T: Migrate>(
        &self,
        key: &str,
        now: DateTime<Utc>,
    ) -> Result<(), SaveError> {
        match self.store.get(key)? {
            Some(text) if decode::<T>(&text).is_err() => {
                self.store.set(&self.keys.kept_aside(key, now), &text)?;
                Ok(())
            }
            _ => Ok(()),
        }
    }

    fn read_index(&self) -> Result<PeopleIndex, StoredProblem> {
        let key = self.keys.index();
        let Ok(Some(text)) = self.store.get(&key) else {
            return Ok(PeopleIndex::default());
        };
        decode(&text)
            .map(|e| e.data)
            .map_err(|error| StoredProblem {
                key,
                reason: error.to_string(),
            })
    }

    /// The index to update before a write. An unreadable index is first copied aside (under
    /// `kept-aside/`), then rebuilt from the person records, so a damaged value is never lost.
    fn index_for_writing(&self, now: DateTime<Utc>) -> Result<PeopleIndex, SaveError> {
        let key = self.keys.index();
        let Some(text) = self.store.get(&key)? else {
            return Ok(PeopleIndex::default());
        };
        if let Ok(envelope) = decode::<PeopleIndex>(&text) {
            return Ok(envelope.data);
        }
        self.keep_aside_if_unreadable::<PeopleIndex>(&key, now)?;
        let rebuilt = self.load_index().people;
        Ok(PeopleIndex { people: rebuilt })
    }
}

mod invitations;
mod service_records;
pub use invitations::{holds_reading, AddedReturn, ReceiveError, ReturnPreview};
pub use service_records::{DecksError, ServiceRecord, ServiceRecordError};

#[cfg(test)]
mod tests;
