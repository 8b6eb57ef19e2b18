//! A deck: a named set of trigger cards with one Likert scale, and the edits a service makes
//! to its own decks. Built-in decks cannot be edited, only copied.
//!
//! ```
//! use outcome_focus::domain::{CardDraft, CardsInUse, Deck, DeckId, Removal, Scale};
//!
//! let mut deck = Deck::new(DeckId::generate(1, 2), "Our deck", Scale::default()).unwrap();
//! let draft = CardDraft {
//!     statement: "I sleep well".into(),
//!     domain: "Health and wellbeing".into(),
//!     ..CardDraft::default()
//! };
//! let id = deck.add_card(&draft).unwrap();
//! deck.reword(&id, "I sleep well most nights").unwrap();
//! let unused = CardsInUse::new(deck.id());
//! assert_eq!(deck.remove_or_retire(&id, &unused), Ok(Removal::Deleted));
//! ```

use serde::{Deserialize, Serialize};
use thiserror::Error;

use super::card::{Card, CardDraft, MAX_DOMAIN, MAX_EMOJI, MAX_STATEMENT};
use super::ids::{CardId, DeckId};
use super::in_use::CardsInUse;
use super::scale::{Scale, ScaleError};

/// The most cards a deck may hold, retired ones included: more is not a conversation.
pub const MAX_CARDS: usize = 60;
/// The longest deck name.
pub const MAX_DECK_NAME: usize = 80;
/// The longest notice (source, licence, acknowledgement) a deck may carry.
pub const MAX_NOTICE: usize = 1_000;

/// Why a deck or a deck edit is not acceptable, in words that say how to fix it. Cards are
/// counted from 1 in the order the deck shows them.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum DeckError {
    /// The deck has no name.
    #[error("Give the deck a name, such as \"Getting out and about\".")]
    NameMissing,
    /// The deck's name is too long.
    #[error("The deck's name is too long: keep it to {MAX_DECK_NAME} characters or fewer.")]
    NameTooLong,
    /// The notice is too long.
    #[error("The deck's notice is too long: keep it to {MAX_NOTICE} characters or fewer.")]
    NoticeTooLong,
    /// The scale is not usable.
    #[error("{0}")]
    Scale(#[from] ScaleError),
    /// A deck to use or import has no cards.
    #[error("The deck has no cards: add at least one statement to rate.")]
    NoCards,
    /// Too many cards.
    #[error(
        "The deck has {0} cards: a deck may have at most {MAX_CARDS}. Split it into smaller decks."
    )]
    TooManyCards(usize),
    /// A card without a statement.
    #[error("Card {0} has no statement: write one short sentence in the first person, such as \"I feel safe at home\".")]
    StatementMissing(usize),
    /// A statement too long to read at a glance.
    #[error("The statement on card {0} is too long: keep it to {MAX_STATEMENT} characters, one idea per card.")]
    StatementTooLong(usize),
    /// A card without a domain.
    #[error("Card {0} has no domain: choose one, such as \"Independence\".")]
    DomainMissing(usize),
    /// A domain name too long.
    #[error("The domain of card {0} is too long: keep it to {MAX_DOMAIN} characters or fewer.")]
    DomainTooLong(usize),
    /// More than one picture in the emoji.
    #[error("The emoji of card {0} is too long: use one emoji ({MAX_EMOJI} characters at most) or none.")]
    EmojiTooLong(usize),
    /// Two cards with the same id, so readings could not tell them apart.
    #[error("Two cards have the id \"{0}\": give every card its own id.")]
    DuplicateCardId(String),
    /// An edit named a card that is not in the deck.
    #[error(
        "That card is not in this deck: it may have been removed in another tab. Reload the page."
    )]
    UnknownCard,
    /// Built-in decks are not edited.
    #[error("Built-in decks cannot be changed: make a copy and change the copy.")]
    BuiltIn,
    /// The number of points cannot change once the deck has readings.
    #[error("This deck already has readings, so its scale must keep {0} points (their labels can still change). Make a copy of the deck to use a different scale.")]
    PointsFixed(usize),
}

/// What [`Deck::remove_or_retire`] did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Removal {
    /// The card had no readings and is gone.
    Deleted,
    /// The card has readings, so it stays in the deck, retired: new readings leave it out.
    Retired,
}

/// A named set of trigger cards with one Likert scale.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Deck {
    id: DeckId,
    name: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    notice: String,
    scale: Scale,
    cards: Vec<Card>,
}

impl Deck {
    /// A new deck with no cards yet.
    pub fn new(id: DeckId, name: &str, scale: Scale) -> Result<Self, DeckError> {
        let mut deck = Deck {
            id,
            name: String::new(),
            notice: String::new(),
            scale,
            cards: Vec::new(),
        };
        deck.scale.check()?;
        deck.rename(name)?;
        Ok(deck)
    }

    /// A deck from parts already checked as a whole by the caller (built-in decks, files).
    pub(crate) fn from_parts(
        id: DeckId,
        name: String,
        notice: String,
        scale: Scale,
        cards: Vec<Card>,
    ) -> Self {
        Deck {
            id,
            name,
            notice,
            scale,
            cards,
        }
    }

    /// The same deck under another id (an imported file whose id is already taken).
    pub(crate) fn with_id(self, id: DeckId) -> Deck {
        Deck { id, ..self }
    }

    /// Every problem with the deck as a whole, for a deck read from a file or storage.
    pub fn check(&self) -> Result<(), Vec<DeckError>> {
        let mut errors = Vec::new();
        if let Err(e) = check_name(&self.name) {
            errors.push(e);
        }
        if self.notice.chars().count() > MAX_NOTICE {
            errors.push(DeckError::NoticeTooLong);
        }
        if let Err(e) = self.scale.check() {
            errors.push(e.into());
        }
        match self.cards.len() {
            0 => errors.push(DeckError::NoCards),
            n if n > MAX_CARDS => errors.push(DeckError::TooManyCards(n)),
            _ => {}
        }
        // A deck of absurd size stops at the count: a thousand card errors help nobody.
        for (i, card) in self.cards.iter().enumerate().take(MAX_CARDS) {
            if let Err(e) = card.check(i + 1) {
                errors.push(e);
            }
            if self.cards[..i].iter().any(|c| c.id == card.id) {
                errors.push(DeckError::DuplicateCardId(card.id.as_str().to_owned()));
            }
        }
        match errors.is_empty() {
            true => Ok(()),
            false => Err(errors),
        }
    }

    /// The deck's id.
    pub fn id(&self) -> &DeckId {
        &self.id
    }

    /// The deck's name.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// Where the deck comes from and under what licence, if it says.
    pub fn notice(&self) -> &str {
        &self.notice
    }

    /// The deck's scale.
    pub fn scale(&self) -> &Scale {
        &self.scale
    }

    /// Every card, retired ones included, in the deck's order.
    pub fn cards(&self) -> &[Card] {
        &self.cards
    }

    /// The cards a new reading offers, in order.
    pub fn active_cards(&self) -> impl Iterator<Item = &Card> {
        self.cards.iter().filter(|c| !c.retired)
    }

    /// The card with this id, retired or not.
    pub fn card(&self, id: &CardId) -> Option<&Card> {
        self.cards.iter().find(|c| &c.id == id)
    }

    /// Whether this deck ships with the app (copy it to change it).
    pub fn is_built_in(&self) -> bool {
        self.id.is_built_in()
    }

    /// A copy to change, under a new id and name. Card ids are kept; retired cards are left
    /// out, since the copy has no readings yet.
    pub fn copy_as(&self, id: DeckId, name: &str) -> Result<Deck, DeckError> {
        let mut copy = Deck {
            id,
            name: String::new(),
            notice: self.notice.clone(),
            scale: self.scale.clone(),
            cards: self.active_cards().cloned().collect(),
        };
        copy.rename(name)?;
        Ok(copy)
    }

    /// Renames the deck.
    pub fn rename(&mut self, name: &str) -> Result<(), DeckError> {
        self.editable()?;
        check_name(name)?;
        self.name = name.trim().to_owned();
        Ok(())
    }

    /// Sets the notice: where the deck comes from and under what licence.
    pub fn set_notice(&mut self, notice: &str) -> Result<(), DeckError> {
        self.editable()?;
        if notice.trim().chars().count() > MAX_NOTICE {
            return Err(DeckError::NoticeTooLong);
        }
        self.notice = notice.trim().to_owned();
        Ok(())
    }

    /// Changes the scale. Once the deck has readings the number of points is fixed, since
    /// the readings' ratings would otherwise change meaning; labels may still be reworded.
    pub fn set_scale(&mut self, scale: Scale, in_use: &CardsInUse) -> Result<(), DeckError> {
        self.editable()?;
        scale.check()?;
        if in_use.any_readings() && scale.len() != self.scale.len() {
            return Err(DeckError::PointsFixed(self.scale.len()));
        }
        self.scale = scale;
        Ok(())
    }

    /// Adds a card at the end, with a new id.
    pub fn add_card(&mut self, draft: &CardDraft) -> Result<CardId, DeckError> {
        self.editable()?;
        if self.cards.len() >= MAX_CARDS {
            return Err(DeckError::TooManyCards(self.cards.len() + 1));
        }
        draft.check(self.cards.len() + 1)?;
        let id = (self.cards.len() + 1..)
            .map(CardId::numbered)
            .find(|id| self.card(id).is_none())
            .unwrap_or_else(|| CardId::numbered(0));
        self.cards.push(draft.to_card(id.clone()));
        Ok(id)
    }

    /// Changes a card's statement, domain, emoji or scoring; its id, and so its history, stay.
    pub fn update_card(&mut self, id: &CardId, draft: &CardDraft) -> Result<(), DeckError> {
        self.editable()?;
        let position = self.position(id)?;
        draft.check(position + 1)?;
        let retired = self.cards[position].retired;
        self.cards[position] = Card {
            retired,
            ..draft.to_card(id.clone())
        };
        Ok(())
    }

    /// Rewords a card's statement, keeping everything else.
    pub fn reword(&mut self, id: &CardId, statement: &str) -> Result<(), DeckError> {
        let position = self.position(id)?;
        let draft = CardDraft {
            statement: statement.into(),
            ..CardDraft::from_card(&self.cards[position])
        };
        self.update_card(id, &draft)
    }

    /// Moves a card to `to` (0 is first; past the end means last).
    pub fn move_card(&mut self, id: &CardId, to: usize) -> Result<(), DeckError> {
        self.editable()?;
        let card = self.cards.remove(self.position(id)?);
        let to = to.min(self.cards.len());
        self.cards.insert(to, card);
        Ok(())
    }

    /// Whether a card can be deleted outright: only if no reading ever answered it.
    pub fn can_delete_card(&self, id: &CardId, in_use: &CardsInUse) -> bool {
        !self.is_built_in() && self.card(id).is_some() && !in_use.contains(id)
    }

    /// Deletes a card nobody has answered; retires one that has readings, so that history is
    /// never lost.
    pub fn remove_or_retire(
        &mut self,
        id: &CardId,
        in_use: &CardsInUse,
    ) -> Result<Removal, DeckError> {
        self.editable()?;
        let position = self.position(id)?;
        if self.can_delete_card(id, in_use) {
            self.cards.remove(position);
            Ok(Removal::Deleted)
        } else {
            self.cards[position].retired = true;
            Ok(Removal::Retired)
        }
    }

    /// Brings a retired card back into new readings.
    pub fn restore_card(&mut self, id: &CardId) -> Result<(), DeckError> {
        self.editable()?;
        let position = self.position(id)?;
        self.cards[position].retired = false;
        Ok(())
    }

    fn editable(&self) -> Result<(), DeckError> {
        match self.is_built_in() {
            true => Err(DeckError::BuiltIn),
            false => Ok(()),
        }
    }

    fn position(&self, id: &CardId) -> Result<usize, DeckError> {
        self.cards
            .iter()
            .position(|c| &c.id == id)
            .ok_or(DeckError::UnknownCard)
    }
}

fn check_name(name: &str) -> Result<(), DeckError> {
    let name = name.trim();
    if name.is_empty() {
        Err(DeckError::NameMissing)
    } else if name.chars().count() > MAX_DECK_NAME {
        Err(DeckError::NameTooLong)
    } else {
        Ok(())
    }
}

#[cfg(test)]
mod tests;
