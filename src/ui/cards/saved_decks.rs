use leptos::prelude::*;

use crate::domain::{CardField, CardsInUse, Deck, DeckError, DeckId, UserDecks};
use crate::storage::repository;
use crate::ui::records::{load_service_record, save_service_record};

/// Why an edit was not made, for the form that asked: the message to show and, when it is
/// about one field, which. The form keeps what was typed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Refused {
    /// What went wrong and what to do.
    pub message: String,
    /// The card field it is about, if any.
    pub card_field: Option<CardField>,
    /// The scale point (counted from 1) it is about, if any.
    pub point: Option<usize>,
}

impl From<DeckError> for Refused {
    fn from(error: DeckError) -> Self {
        let point = match &error {
            DeckError::Scale(scale) => scale.point(),
            _ => None,
        };
        Refused {
            message: error.to_string(),
            card_field: error.card_field(),
            point,
        }
    }
}

impl Refused {
    /// A problem with no field of its own.
    pub fn message(message: String) -> Self {
        Refused {
            message,
            card_field: None,
            point: None,
        }
    }
}

/// The service's own decks as this page loaded them (with their revision, so a save from a
/// stale tab is refused by the repository), and why they could not be read, if so.
#[derive(Clone, Copy, Debug)]
pub struct SavedDecks {
    /// The decks, as last loaded or saved here.
    pub decks: RwSignal<UserDecks>,
    /// Why the stored decks could not be read.
    pub problem: RwSignal<Option<String>>,
}

impl SavedDecks {
    /// Reads the decks from storage.
    pub fn load() -> Self {
        let (decks, problem) = load_service_record::<UserDecks>();
        SavedDecks {
            decks: RwSignal::new(decks),
            problem: RwSignal::new(problem),
        }
    }

    /// The deck with this id, built-in or the service's own, tracked.
    pub fn find(&self, id: &DeckId) -> Option<Deck> {
        self.decks.with(|d| d.find(id))
    }

    /// Adds or replaces `deck` and saves every deck; nothing changes here if the save fails.
    pub fn save(&self, deck: Deck) -> Result<(), Refused> {
        let mut decks = self.decks.get_untracked();
        decks.upsert(deck)?;
        let saved = save_service_record(&decks).map_err(Refused::message)?;
        self.decks.set(saved);
        Ok(())
    }

    /// Applies `edit` to a copy of the deck with this id and saves it.
    pub fn edit(
        &self,
        id: &DeckId,
        edit: impl FnOnce(&mut Deck) -> Result<(), DeckError>,
    ) -> Result<(), Refused> {
        let mut deck = self
            .decks
            .with_untracked(|d| d.find(id))
            .ok_or(DeckError::UnknownCard)?;
        edit(&mut deck)?;
        self.save(deck)
    }
}

/// Which cards of `deck` have readings, from every person's record. If some records cannot
/// be read, their readings might use any card, so every card counts as used.
pub fn load_cards_in_use(deck: &Deck) -> CardsInUse {
    let repository = repository();
    let mut in_use = CardsInUse::new(deck.id());
    let loaded = repository.load_index();
    let mut complete = loaded.unavailable.is_none() && loaded.problems.is_empty();
    for entry in &loaded.people {
        match repository.load_person(&entry.id).map(|p| p.readings.get()) {
            Ok(Ok(readings)) => in_use.add(&readings),
            _ => complete = false,
        }
    }
    if !complete {
        in_use.assume_all_used(deck);
    }
    in_use
}
