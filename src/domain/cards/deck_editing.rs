//! Small pure helpers the deck pages need: which card field an error is about, the name of
//! an exported file, and importing a file beside the decks a service already has.

use super::deck::{Deck, DeckError};
use super::deck_file::{import_deck, DeckFileError};
use super::ids::DeckId;
use super::user_decks::UserDecks;

/// A field of the card form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CardField {
    /// The statement.
    Statement,
    /// The domain.
    Domain,
    /// The emoji.
    Emoji,
}

impl DeckError {
    /// The card field this problem is about, so a form can mark it; `None` for a problem
    /// with the deck as a whole.
    pub fn card_field(&self) -> Option<CardField> {
        match self {
            DeckError::StatementMissing(_) | DeckError::StatementTooLong(_) => {
                Some(CardField::Statement)
            }
            DeckError::DomainMissing(_) | DeckError::DomainTooLong(_) => Some(CardField::Domain),
            DeckError::EmojiTooLong(_) => Some(CardField::Emoji),
            _ => None,
        }
    }
}

/// The file name a deck is exported under: its name in lowercase words joined by `-`, so it
/// is safe on every system ("Getting out & about" → `getting-out-about.deck.json`).
pub fn deck_file_name(deck: &Deck) -> String {
    let words: Vec<String> = deck
        .name()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let stem = match words.is_empty() {
        true => "deck".to_owned(),
        false => words.join("-").chars().take(60).collect(),
    };
    format!("{stem}.deck.json")
}

impl UserDecks {
    /// Reads a deck file as a new deck beside these. A file keeps its own id unless a deck
    /// here already has it: then it gets `new_id`, so an import never replaces a deck (and
    /// never loses the cards its readings refer to).
    pub fn import(&self, text: &str, new_id: DeckId) -> Result<Deck, DeckFileError> {
        let deck = import_deck(text, new_id.clone())?;
        match self.get(deck.id()).is_some() {
            true => Ok(deck.with_id(new_id)),
            false => Ok(deck),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{built_in_decks, export_deck, Scale};

    #[test]
    fn errors_point_at_their_field() {
        for (error, field) in [
            (DeckError::StatementMissing(1), Some(CardField::Statement)),
            (DeckError::StatementTooLong(2), Some(CardField::Statement)),
            (DeckError::DomainMissing(1), Some(CardField::Domain)),
            (DeckError::DomainTooLong(1), Some(CardField::Domain)),
            (DeckError::EmojiTooLong(3), Some(CardField::Emoji)),
            (DeckError::NameMissing, None),
            (DeckError::TooManyCards(61), None),
        ] {
            assert_eq!(error.card_field(), field, "{error:?}");
        }
    }

    fn named(name: &str) -> String {
        let deck = Deck::new(DeckId::generate(1, 1), name, Scale::default()).unwrap();
        deck_file_name(&deck)
    }

    #[test]
    fn file_names_are_safe() {
        assert_eq!(
            named("Getting out & about <ours>"),
            "getting-out-about-ours.deck.json"
        );
        assert_eq!(named("Ça va? 2"), "ça-va-2.deck.json");
        assert_eq!(named("../.."), "deck.deck.json");
        assert_eq!(
            named(&"a".repeat(80)),
            format!("{}.deck.json", "a".repeat(60))
        );
    }

    #[test]
    fn an_import_never_replaces_a_deck() {
        let mut decks = UserDecks::default();
        let own = built_in_decks()[0]
            .copy_as(DeckId::generate(1, 1), "Ours")
            .unwrap();
        let file = export_deck(&own);
        let first = decks.import(&file, DeckId::generate(2, 2)).unwrap();
        assert_eq!(first.id(), own.id());
        decks.upsert(first).unwrap();
        let second = decks.import(&file, DeckId::generate(3, 3)).unwrap();
        assert_eq!(second.id(), &DeckId::generate(3, 3));
        assert_eq!(second.cards(), own.cards());
        assert!(decks.import("{", DeckId::generate(4, 4)).is_err());
    }
}
