//! Which cards of a deck have been answered in any reading, gathered person by person, so
//! that a deck edit never deletes a card that has history.

use std::collections::BTreeSet;

use super::deck::Deck;
use super::ids::{CardId, DeckId};
use super::reading::Reading;

/// The cards of one deck that appear in at least one reading (rated, skipped or "prefer not
/// to say": any answer is history worth keeping).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CardsInUse {
    deck: DeckId,
    cards: BTreeSet<CardId>,
    readings: usize,
}

impl CardsInUse {
    /// Nothing known yet about `deck`; add each person's readings with [`CardsInUse::add`].
    pub fn new(deck: &DeckId) -> Self {
        CardsInUse {
            deck: deck.clone(),
            cards: BTreeSet::new(),
            readings: 0,
        }
    }

    /// Counts the readings of this deck among `readings` (one person's, typically).
    pub fn add(&mut self, readings: &[Reading]) {
        for reading in readings.iter().filter(|r| r.deck == self.deck) {
            self.readings += 1;
            self.cards
                .extend(reading.answers.iter().map(|a| a.card.clone()));
        }
    }

    /// Treats every card of the deck as answered, for when some records could not be read:
    /// their readings may refer to any card, so none may be deleted.
    pub fn assume_all_used(&mut self, deck: &Deck) {
        self.readings = self.readings.max(1);
        self.cards.extend(deck.cards().iter().map(|c| c.id.clone()));
    }

    /// Whether any reading answered `card`.
    pub fn contains(&self, card: &CardId) -> bool {
        self.cards.contains(card)
    }

    /// Whether the deck has been used for any reading, even an empty one.
    pub fn any_readings(&self) -> bool {
        self.readings > 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::built_in_decks;

    #[test]
    fn unknown_readings_keep_every_card() {
        let deck = &built_in_decks()[0];
        let mut in_use = CardsInUse::new(deck.id());
        assert!(!in_use.any_readings());
        in_use.assume_all_used(deck);
        assert!(in_use.any_readings());
        assert!(deck.cards().iter().all(|c| in_use.contains(&c.id)));
    }
}
