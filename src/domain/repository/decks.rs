//! The service's own decks in storage: one key, read whole and written whole (decks are few
//! and small), with the same rules as people's records: typed errors, no stale overwrite,
//! and an unreadable value kept aside before the key is written again.

use chrono::{DateTime, Utc};
use thiserror::Error;

use super::super::cards::UserDecks;
use super::super::envelope::{decode, encode, DecodeError};
use super::super::store::{KeyValueStore, StoreError};
use super::{Repository, SaveError};

/// Why the service's own decks could not be read or saved. The built-in decks always work.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum DecksError {
    /// The stored decks are damaged or from a newer app; they have been left untouched.
    #[error("Your service's own decks could not be read: {0}. They have been kept exactly as they are; the built-in decks still work.")]
    Unreadable(DecodeError),
    /// Storage could not be reached.
    #[error("This browser did not let Outcome Focus read its storage ({0}). Allow this site to store data, then reload the page.")]
    Storage(StoreError),
    /// Another tab saved the decks after this one read them.
    #[error("Your decks were changed in another tab or window after you opened them, so they were not overwritten. Your changes are still on screen: reload the page to see the newer decks, then make your changes again.")]
    Stale,
    /// The write itself failed (storage full, blocked, …).
    #[error("{0}")]
    Save(SaveError),
}

impl From<StoreError> for DecksError {
    fn from(error: StoreError) -> Self {
        DecksError::Save(error.into())
    }
}

impl<S: KeyValueStore> Repository<S> {
    /// The service's own decks; none yet is an empty list.
    pub fn load_decks(&self) -> Result<UserDecks, DecksError> {
        match self
            .store
            .get(&self.keys.decks())
            .map_err(DecksError::Storage)?
        {
            None => Ok(UserDecks::default()),
            Some(text) => decode(&text)
                .map(|e| e.data)
                .map_err(DecksError::Unreadable),
        }
    }

    /// Saves the service's own decks. Refuses to overwrite a newer copy saved elsewhere; an
    /// unreadable stored copy is first kept aside, so nothing is lost. Returns the decks as
    /// saved, with their new revision.
    pub fn save_decks(
        &self,
        decks: &UserDecks,
        now: DateTime<Utc>,
    ) -> Result<UserDecks, DecksError> {
        let key = self.keys.decks();
        if let Some(text) = self.store.get(&key)? {
            match decode::<UserDecks>(&text) {
                Ok(stored) if stored.data.revision > decks.revision => {
                    return Err(DecksError::Stale)
                }
                Ok(_) => {}
                Err(_) => self
                    .keep_aside_if_unreadable::<UserDecks>(&key, now)
                    .map_err(DecksError::Save)?,
            }
        }
        let mut saved = decks.clone();
        saved.revision += 1;
        self.store.set(&key, &encode(&saved, now))?;
        Ok(saved)
    }
}
