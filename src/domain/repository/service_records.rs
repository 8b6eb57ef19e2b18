//! Records the whole service shares (its own decks, its settings): each under one key, read
//! whole and written whole (they are few and small), with the same rules as people's
//! records: typed errors, no stale overwrite, and an unreadable value kept aside before the
//! key is written again.

use chrono::{DateTime, Utc};
use serde::de::DeserializeOwned;
use serde::Serialize;
use thiserror::Error;

use super::super::cards::UserDecks;
use super::super::envelope::{decode, encode, DecodeError, Migrate};
use super::super::invitation::SentInvitations;
use super::super::keys::Keys;
use super::super::service::{LogicModels, Reflections, ServiceAims};
use super::super::service_settings::ServiceSettings;
use super::super::store::{KeyValueStore, StoreError};
use super::{Repository, SaveError};

/// A record the whole service shares, stored whole under one key of its own.
pub trait ServiceRecord: Serialize + DeserializeOwned + Migrate + Clone + Default {
    /// What people call it, to start a sentence: "The service settings".
    const NAME: &'static str;
    /// Its storage key.
    fn key(keys: &Keys) -> String;
    /// Counts the saves, so that a tab holding an older copy cannot overwrite a newer one.
    fn revision(&self) -> u64;
    /// Sets the count of saves.
    fn set_revision(&mut self, revision: u64);
}

impl ServiceRecord for UserDecks {
    const NAME: &'static str = "Your service's own decks";
    fn key(keys: &Keys) -> String {
        keys.decks()
    }
    fn revision(&self) -> u64 {
        self.revision
    }
    fn set_revision(&mut self, revision: u64) {
        self.revision = revision;
    }
}

impl ServiceRecord for ServiceSettings {
    const NAME: &'static str = "The service settings";
    fn key(keys: &Keys) -> String {
        keys.settings()
    }
    fn revision(&self) -> u64 {
        self.revision
    }
    fn set_revision(&mut self, revision: u64) {
        self.revision = revision;
    }
}

impl ServiceRecord for ServiceAims {
    const NAME: &'static str = "The service's aims";
    fn key(keys: &Keys) -> String {
        keys.aims()
    }
    fn revision(&self) -> u64 {
        self.revision
    }
    fn set_revision(&mut self, revision: u64) {
        self.revision = revision;
    }
}

impl ServiceRecord for LogicModels {
    const NAME: &'static str = "The service's logic models";
    fn key(keys: &Keys) -> String {
        keys.logic_models()
    }
    fn revision(&self) -> u64 {
        self.revision
    }
    fn set_revision(&mut self, revision: u64) {
        self.revision = revision;
    }
}

impl ServiceRecord for Reflections {
    const NAME: &'static str = "The service's reflections";
    fn key(keys: &Keys) -> String {
        keys.reflections()
    }
    fn revision(&self) -> u64 {
        self.revision
    }
    fn set_revision(&mut self, revision: u64) {
        self.revision = revision;
    }
}

impl ServiceRecord for SentInvitations {
    const NAME: &'static str = "The invitations sent to people's phones";
    fn key(keys: &Keys) -> String {
        keys.invitations()
    }
    fn revision(&self) -> u64 {
        self.revision
    }
    fn set_revision(&mut self, revision: u64) {
        self.revision = revision;
    }
}

/// Why a shared record could not be read or saved.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum ServiceRecordError {
    /// The stored copy is damaged or from a newer app; it has been left untouched.
    #[error("{record} could not be read: {error}. They have been kept exactly as they are, and the app uses its defaults meanwhile.")]
    Unreadable {
        /// Which record.
        record: &'static str,
        /// What is wrong with it.
        error: DecodeError,
    },
    /// Storage could not be reached.
    #[error("This browser did not let Outcome Focus read its storage ({0}). Allow this site to store data, then reload the page.")]
    Storage(StoreError),
    /// Another tab saved the record after this one read it.
    #[error("{record} were changed in another tab or window after you opened them, so they were not overwritten. Your changes are still on screen: reload the page to see the newer version, then make your changes again.")]
    Stale {
        /// Which record.
        record: &'static str,
    },
    /// The write itself failed (storage full, blocked, …).
    #[error("{0}")]
    Save(SaveError),
}

/// Why the service's own decks could not be read or saved. The built-in decks always work.
pub type DecksError = ServiceRecordError;

impl From<StoreError> for ServiceRecordError {
    fn from(error: StoreError) -> Self {
        ServiceRecordError::Save(error.into())
    }
}

impl<S: KeyValueStore> Repository<S> {
    /// A shared record; nothing stored yet is its default.
    pub fn load_service_record<T: ServiceRecord>(&self) -> Result<T, ServiceRecordError> {
        match self
            .store
            .get(&T::key(&self.keys))
            .map_err(ServiceRecordError::Storage)?
        {
            None => Ok(T::default()),
            Some(text) => {
                decode(&text)
                    .map(|e| e.data)
                    .map_err(|error| ServiceRecordError::Unreadable {
                        record: T::NAME,
                        error,
                    })
            }
        }
    }

    /// Saves a shared record. Refuses to overwrite a newer copy saved elsewhere; an
    /// unreadable stored copy is first kept aside, so nothing is lost. Returns the record as
    /// saved, with its new revision.
    pub fn save_service_record<T: ServiceRecord>(
        &self,
        record: &T,
        now: DateTime<Utc>,
    ) -> Result<T, ServiceRecordError> {
        let key = T::key(&self.keys);
        if let Some(text) = self.store.get(&key)? {
            match decode::<T>(&text) {
                Ok(stored) if stored.data.revision() > record.revision() => {
                    return Err(ServiceRecordError::Stale { record: T::NAME })
                }
                Ok(_) => {}
                Err(_) => self
                    .keep_aside_if_unreadable::<T>(&key, now)
                    .map_err(ServiceRecordError::Save)?,
            }
        }
        let mut saved = record.clone();
        saved.set_revision(record.revision() + 1);
        self.store.set(&key, &encode(&saved, now))?;
        Ok(saved)
    }

    /// The service's own decks; none yet is an empty list.
    pub fn load_decks(&self) -> Result<UserDecks, DecksError> {
        self.load_service_record()
    }

    /// Saves the service's own decks (see [`Repository::save_service_record`]).
    pub fn save_decks(
        &self,
        decks: &UserDecks,
        now: DateTime<Utc>,
    ) -> Result<UserDecks, DecksError> {
        self.save_service_record(decks, now)
    }
}
