//! The decks a service made or imported, stored together under one key (they are few and
//! small), and the lookup of any deck, built-in or the service's own, by id.

use serde::{Deserialize, Serialize};

use super::super::envelope::{DecodeError, Migrate};
use super::built_in::built_in_deck;
use super::deck::{Deck, DeckError};
use super::ids::DeckId;

/// The service's own decks, as stored.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct UserDecks {
    /// Counts the saves, so that a tab holding an older copy cannot overwrite a newer one.
    #[serde(default)]
    pub revision: u64,
    #[serde(default)]
    decks: Vec<Deck>,
}

impl UserDecks {
    /// The decks, in the order they were added.
    pub fn decks(&self) -> &[Deck] {
        &self.decks
    }

    /// The deck with this id.
    pub fn get(&self, id: &DeckId) -> Option<&Deck> {
        self.decks.iter().find(|d| d.id() == id)
    }

    /// Adds a deck, or replaces the one with the same id. Built-in decks are not stored.
    pub fn upsert(&mut self, deck: Deck) -> Result<(), DeckError> {
        if deck.is_built_in() {
            return Err(DeckError::BuiltIn);
        }
        match self.decks.iter_mut().find(|d| d.id() == deck.id()) {
            Some(existing) => *existing = deck,
            None => self.decks.push(deck),
        }
        Ok(())
    }

    /// Removes a deck. Readings taken with it keep its id; callers check
    /// [`crate::domain::CardsInUse::any_readings`] first and offer to keep it instead.
    pub fn remove(&mut self, id: &DeckId) -> bool {
        let before = self.decks.len();
        self.decks.retain(|d| d.id() != id);
        self.decks.len() != before
    }

    /// The deck with this id, built-in or the service's own.
    pub fn find(&self, id: &DeckId) -> Option<Deck> {
        match id.is_built_in() {
            true => built_in_deck(id),
            false => self.get(id).cloned(),
        }
    }
}

impl Migrate for UserDecks {
    fn migrate(from: u32, _data: String) -> Result<String, DecodeError> {
        // Decks were first stored under schema 3.
        Err(DecodeError::BadData(format!(
            "no decks were stored under schema {from}"
        )))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{built_in_decks, Scale};

    #[test]
    fn stores_own_decks_and_finds_built_in_ones() {
        let mut decks = UserDecks::default();
        let built_in = built_in_decks().remove(0);
        assert_eq!(decks.upsert(built_in.clone()), Err(DeckError::BuiltIn));
        assert_eq!(decks.find(built_in.id()), Some(built_in.clone()));

        let id = DeckId::generate(1, 1);
        let mut own = built_in.copy_as(id.clone(), "Ours").unwrap();
        decks.upsert(own.clone()).unwrap();
        own.rename("Ours, reworded").unwrap();
        decks.upsert(own.clone()).unwrap();
        assert_eq!(decks.decks().len(), 1);
        assert_eq!(decks.find(&id).unwrap().name(), "Ours, reworded");

        let other = Deck::new(DeckId::generate(2, 2), "Other", Scale::default()).unwrap();
        decks.upsert(other).unwrap();
        assert!(decks.remove(&id));
        assert!(!decks.remove(&id));
        assert_eq!(decks.find(&id), None);
        assert_eq!(decks.decks().len(), 1);
    }
}
