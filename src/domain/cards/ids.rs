//! Stable ids for decks and cards. A card keeps its id when it is reworded, so its readings
//! keep their history; ids are short, lowercase and safe in keys, URLs and CSV.

use serde::{Deserialize, Serialize};

/// The longest id we accept: ids are made by the app or typed into a deck file by hand.
const MAX_ID: usize = 64;
/// The start of every built-in deck's id, which a user deck may not use.
const BUILT_IN_PREFIX: &str = "built-in-";

/// Whether `text` is usable as an id: 1 to 64 lowercase letters, digits and `-`.
pub(crate) fn is_id(text: &str) -> bool {
    (1..=MAX_ID).contains(&text.len())
        && text
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// The stable id of a deck: `built-in-adult` for a built-in deck, `d-…` for a user's own.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct DeckId(String);

impl DeckId {
    /// A new id for a user's deck from the time in milliseconds and a random number, both
    /// given by the caller so that this stays pure.
    pub fn generate(millis: u64, random: u64) -> Self {
        DeckId(format!("d-{millis:x}{random:x}"))
    }

    /// Accepts an id read from a URL, a file or storage, if it has the right form.
    pub fn parse(text: &str) -> Option<Self> {
        is_id(text).then(|| DeckId(text.to_owned()))
    }

    /// The id as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Whether this is the id of a deck that ships with the app (which can be copied, not
    /// edited).
    pub fn is_built_in(&self) -> bool {
        self.0.starts_with(BUILT_IN_PREFIX)
    }

    pub(crate) fn built_in(name: &str) -> Self {
        DeckId(format!("{BUILT_IN_PREFIX}{name}"))
    }
}

impl TryFrom<String> for DeckId {
    type Error = String;
    fn try_from(text: String) -> Result<Self, Self::Error> {
        DeckId::parse(&text).ok_or_else(|| format!("not a deck id: {text:?}"))
    }
}

impl From<DeckId> for String {
    fn from(id: DeckId) -> String {
        id.0
    }
}

/// The stable id of a card within its deck. Readings refer to cards by this id.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct CardId(String);

impl CardId {
    /// Accepts an id read from a file or storage, if it has the right form.
    pub fn parse(text: &str) -> Option<Self> {
        is_id(text).then(|| CardId(text.to_owned()))
    }

    /// The id as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The `n`th numbered id, `card-n`, as new cards get.
    pub(crate) fn numbered(n: usize) -> Self {
        CardId(format!("card-{n}"))
    }
}

impl TryFrom<String> for CardId {
    type Error = String;
    fn try_from(text: String) -> Result<Self, Self::Error> {
        CardId::parse(&text).ok_or_else(|| format!("not a card id: {text:?}"))
    }
}

impl From<CardId> for String {
    fn from(id: CardId) -> String {
        id.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_checked() {
        for (text, ok) in [
            ("card-1", true),
            ("feel-safe-at-home", true),
            ("", false),
            ("Card-1", false),
            ("a b", false),
            ("../decks", false),
            (&"a".repeat(65), false),
        ] {
            assert_eq!(CardId::parse(text).is_some(), ok, "{text:?}");
            assert_eq!(DeckId::parse(text).is_some(), ok, "{text:?}");
        }
        assert_eq!(DeckId::generate(255, 16).as_str(), "d-ff10");
        assert!(DeckId::built_in("adult").is_built_in());
        assert!(!DeckId::generate(1, 1).is_built_in());
        assert!(serde_json::from_str::<CardId>("\"no way\"").is_err());
    }
}
