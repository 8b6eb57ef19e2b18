//! Deck files: a deck exported as a versioned JSON document, so that a service can share its
//! decks or load a scale it holds a licence for. Import checks everything and either gives a
//! usable deck or says, in plain words, what is wrong; it never panics on any input.
//!
//! ```
//! use outcome_focus::domain::{built_in_decks, export_deck, import_deck, DeckId};
//!
//! let deck = &built_in_decks()[0];
//! let text = export_deck(deck);
//! let copy = import_deck(&text, DeckId::generate(1, 2)).unwrap();
//! assert_eq!(copy.cards(), deck.cards());
//! assert!(!copy.is_built_in());
//! assert!(import_deck("{", DeckId::generate(1, 2)).is_err());
//! ```

use serde::{Deserialize, Serialize};
use serde_json::error::Category;
use thiserror::Error;

use super::card::Card;
use super::deck::{Deck, DeckError};
use super::ids::{is_id, CardId, DeckId};
use super::scale::Scale;

/// What every deck file says it is, so that other JSON is told apart from a deck.
pub const DECK_FILE_FORMAT: &str = "outcome-focus-deck";
/// The version of the deck file this app writes.
pub const DECK_FILE_VERSION: u32 = 1;
/// The largest deck file read: a full deck is a few kilobytes.
pub const MAX_DECK_FILE_BYTES: usize = 256 * 1024;

/// Why a deck file cannot be imported. Nothing is changed when import fails.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum DeckFileError {
    /// The file is empty.
    #[error("The file is empty. Choose a deck file exported from Outcome Focus.")]
    Empty,
    /// The file is far bigger than any deck.
    #[error("The file is {} KB, but a deck file is at most {} KB. Check that this is a deck file.", .0 / 1024, MAX_DECK_FILE_BYTES / 1024)]
    TooLarge(usize),
    /// Not JSON at all.
    #[error("This is not a deck file: it is not JSON ({0}). Choose a file exported from Outcome Focus, or check the file was saved as plain text.")]
    NotJson(String),
    /// JSON, but not marked as a deck file.
    #[error("This JSON file is not an Outcome Focus deck: it should say \"format\": \"{DECK_FILE_FORMAT}\".")]
    NotADeckFile,
    /// Written by a newer version of the app.
    #[error("This deck file is version {0}, newer than this app reads (version {DECK_FILE_VERSION}). Open the app's latest version to import it.")]
    NewerVersion(u32),
    /// Part of the file has the wrong type or is missing.
    #[error("Part of the deck file is not in the expected form: {0}. Fix that part of the file and import it again.")]
    WrongShape(String),
    /// The deck's id is not usable.
    #[error("The deck's id \"{0}\" may only use lowercase letters, digits and \"-\". Fix it, or remove it to let the app choose one.")]
    BadDeckId(String),
    /// A card's id is not usable.
    #[error("The id \"{1}\" of card {0} may only use lowercase letters, digits and \"-\". Fix it, or remove it to let the app choose one.")]
    BadCardId(usize, String),
    /// The deck itself has problems.
    #[error("The deck in this file cannot be used: {}", sentences(.0))]
    Invalid(Vec<DeckError>),
}

fn sentences(errors: &[DeckError]) -> String {
    let all: Vec<String> = errors.iter().map(ToString::to_string).collect();
    all.join(" ")
}

#[derive(Serialize)]
struct FileOut<'a> {
    format: &'a str,
    version: u32,
    deck: &'a Deck,
}

/// The deck as a deck file, on one line. The browser build indents it for people to read with
/// the browser's own `JSON.stringify` (see `ui::files`), since a second, pretty-printing
/// copy of the serialiser would cost the download kilobytes.
pub fn export_deck(deck: &Deck) -> String {
    let file = FileOut {
        format: DECK_FILE_FORMAT,
        version: DECK_FILE_VERSION,
        deck,
    };
    // A deck holds only strings, booleans and lists: serialising cannot fail.
    serde_json::to_string(&file).unwrap_or_default()
}

#[derive(Deserialize)]
struct Head {
    #[serde(default)]
    format: String,
    #[serde(default)]
    version: u32,
}

#[derive(Deserialize)]
struct FileIn {
    deck: FileDeck,
}

/// Ids are plain text here, so that a bad one gets a message naming it, and optional, so a
/// deck written by hand need not invent them.
#[derive(Deserialize)]
struct FileDeck {
    #[serde(default)]
    id: Option<String>,
    name: String,
    #[serde(default)]
    notice: String,
    #[serde(default)]
    scale: Scale,
    cards: Vec<FileCard>,
}

#[derive(Deserialize)]
struct FileCard {
    #[serde(default)]
    id: Option<String>,
    statement: String,
    domain: String,
    #[serde(default)]
    emoji: Option<String>,
    #[serde(default)]
    reverse_scored: bool,
    #[serde(default)]
    retired: bool,
}

/// Reads a deck file. The deck keeps the file's id unless it has none or names a built-in
/// deck (an exported built-in deck comes back as a copy): then it gets `new_id`.
pub fn import_deck(text: &str, new_id: DeckId) -> Result<Deck, DeckFileError> {
    if text.trim().is_empty() {
        return Err(DeckFileError::Empty);
    }
    if text.len() > MAX_DECK_FILE_BYTES {
        return Err(DeckFileError::TooLarge(text.len()));
    }
    let shape = |e: serde_json::Error| match e.classify() {
        Category::Data => DeckFileError::WrongShape(e.to_string()),
        Category::Io | Category::Syntax | Category::Eof => DeckFileError::NotJson(e.to_string()),
    };
    let head: Head = serde_json::from_str(text).map_err(|e| match shape(e) {
        DeckFileError::WrongShape(_) => DeckFileError::NotADeckFile,
        other => other,
    })?;
    if head.format != DECK_FILE_FORMAT || head.version == 0 {
        return Err(DeckFileError::NotADeckFile);
    }
    if head.version > DECK_FILE_VERSION {
        return Err(DeckFileError::NewerVersion(head.version));
    }
    let file: FileIn = serde_json::from_str(text).map_err(shape)?;
    let deck = into_deck(file.deck, new_id)?;
    deck.check().map_err(DeckFileError::Invalid)?;
    Ok(deck)
}

fn into_deck(file: FileDeck, new_id: DeckId) -> Result<Deck, DeckFileError> {
    let id = match file.id {
        None => new_id,
        Some(text) => match DeckId::parse(text.trim()) {
            Some(id) if id.is_built_in() => new_id,
            Some(id) => id,
            None => return Err(DeckFileError::BadDeckId(text)),
        },
    };
    let given: Vec<String> = file.cards.iter().filter_map(|c| c.id.clone()).collect();
    let mut fresh = (1..)
        .map(CardId::numbered)
        .filter(move |id| !given.iter().any(|g| g.trim() == id.as_str()));
    let mut cards = Vec::with_capacity(file.cards.len());
    for (i, card) in file.cards.into_iter().enumerate() {
        let id = match card.id {
            Some(text) if is_id(text.trim()) => CardId::parse(text.trim()),
            Some(text) => return Err(DeckFileError::BadCardId(i + 1, text)),
            None => fresh.next(),
        };
        let emoji = card.emoji.map(|e| e.trim().to_owned());
        cards.push(Card {
            id: id.unwrap_or_else(|| CardId::numbered(i + 1)),
            statement: card.statement.trim().to_owned(),
            domain: card.domain.trim().to_owned(),
            emoji: emoji.filter(|e| !e.is_empty()),
            reverse_scored: card.reverse_scored,
            retired: card.retired,
        });
    }
    let scale = file.scale;
    let labels: Vec<&str> = scale.labels().iter().map(|l| l.trim()).collect();
    // Scale::new trims and checks; a bad scale is reported with the rest by Deck::check.
    let scale = Scale::new(&labels, scale.offers_prefer_not_to_say())
        .and_then(|trimmed| trimmed.with_question(scale.own_question()))
        .unwrap_or(scale);
    Ok(Deck::from_parts(
        id,
        file.name.trim().to_owned(),
        file.notice.trim().to_owned(),
        scale,
        cards,
    ))
}

#[cfg(test)]
mod tests;
