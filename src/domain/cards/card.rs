//! A trigger card: a short first-person statement that prompts conversation and is rated on
//! its deck's scale ("I can get to the shops on my own").

use serde::{Deserialize, Serialize};

use super::deck::DeckError;
use super::ids::CardId;

/// The longest statement: one idea, one short sentence.
pub const MAX_STATEMENT: usize = 150;
/// The longest domain name (a service may add its own domains).
pub const MAX_DOMAIN: usize = 60;
/// The longest emoji: one picture, which may be several code points (flags, families).
pub const MAX_EMOJI: usize = 16;

/// A trigger card in a deck.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Card {
    /// Stable id: kept when the card is reworded, so its readings keep their history.
    pub id: CardId,
    /// The statement, in the first person.
    pub statement: String,
    /// The outcome domain it belongs to (see [`crate::domain::BUILT_IN_DOMAINS`]).
    pub domain: String,
    /// A picture to go with the statement, for people who read less easily.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub emoji: Option<String>,
    /// Whether agreeing is the worse answer ("I feel lonely"), so its score is turned round.
    #[serde(default, skip_serializing_if = "is_false")]
    pub reverse_scored: bool,
    /// No longer offered in new readings; kept because earlier readings rated it.
    #[serde(default, skip_serializing_if = "is_false")]
    pub retired: bool,
}

fn is_false(value: &bool) -> bool {
    !value
}

/// What the card form holds while a card is added or edited.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CardDraft {
    /// The statement.
    pub statement: String,
    /// The domain.
    pub domain: String,
    /// The emoji; blank for none.
    pub emoji: String,
    /// Whether agreeing is the worse answer.
    pub reverse_scored: bool,
}

impl CardDraft {
    /// The form filled in from a card, for editing.
    pub fn from_card(card: &Card) -> Self {
        CardDraft {
            statement: card.statement.clone(),
            domain: card.domain.clone(),
            emoji: card.emoji.clone().unwrap_or_default(),
            reverse_scored: card.reverse_scored,
        }
    }

    /// The first problem with the draft as card `number` of its deck (counted from 1).
    pub fn check(&self, number: usize) -> Result<(), DeckError> {
        check_card(number, &self.statement, &self.domain, &self.emoji)
    }

    /// A card with this id from the draft's trimmed text. Check the draft first.
    pub(crate) fn to_card(&self, id: CardId) -> Card {
        let emoji = self.emoji.trim();
        Card {
            id,
            statement: self.statement.trim().to_owned(),
            domain: self.domain.trim().to_owned(),
            emoji: (!emoji.is_empty()).then(|| emoji.to_owned()),
            reverse_scored: self.reverse_scored,
            retired: false,
        }
    }
}

impl Card {
    /// The first problem with the card as card `number` of its deck (counted from 1).
    pub fn check(&self, number: usize) -> Result<(), DeckError> {
        let emoji = self.emoji.as_deref().unwrap_or_default();
        check_card(number, &self.statement, &self.domain, emoji)
    }
}

fn check_card(number: usize, statement: &str, domain: &str, emoji: &str) -> Result<(), DeckError> {
    let too_long = |text: &str, max| text.trim().chars().count() > max;
    if statement.trim().is_empty() {
        Err(DeckError::StatementMissing(number))
    } else if too_long(statement, MAX_STATEMENT) {
        Err(DeckError::StatementTooLong(number))
    } else if domain.trim().is_empty() {
        Err(DeckError::DomainMissing(number))
    } else if too_long(domain, MAX_DOMAIN) {
        Err(DeckError::DomainTooLong(number))
    } else if too_long(emoji, MAX_EMOJI) {
        Err(DeckError::EmojiTooLong(number))
    } else {
        Ok(())
    }
}
