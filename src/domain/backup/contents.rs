//! What a backup holds, counted in the words people use ("1 person, with 3 readings")
//! rather than in stored records, which mean nothing to the person keeping the file.
//!
//! ```
//! use outcome_focus::domain::BackupContents;
//!
//! let contents = BackupContents { people: 1, conversations: 0, readings: 3, decks: 0 };
//! assert_eq!(contents.describe(), "1 person, with 3 readings");
//! ```

use super::super::cards::UserDecks;
use super::super::envelope::decode;
use super::super::keys::KeyKind;
use super::super::numbers::plural;
use super::super::person::Person;

/// How many people, conversations, readings and own decks a backup holds.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct BackupContents {
    /// People, one per person's record.
    pub people: usize,
    /// Their conversations (first contacts, reviews, closings).
    pub conversations: usize,
    /// Their readings.
    pub readings: usize,
    /// The service's own decks (the built-in ones are never stored).
    pub decks: usize,
}

impl BackupContents {
    /// Counts the records given as their kind and stored text. Kept-aside copies and records
    /// that cannot be read count for nothing: they are carried, not restored.
    pub fn count<'a>(records: impl IntoIterator<Item = (&'a KeyKind, &'a str)>) -> Self {
        let mut contents = BackupContents::default();
        for (kind, text) in records {
            match kind {
                KeyKind::Person(_) => {
                    if let Ok(person) = decode::<Person>(text) {
                        contents.people += 1;
                        contents.conversations += person.data.conversations.len();
                        contents.readings += person.data.readings.count().unwrap_or(0);
                    }
                }
                KeyKind::Decks => {
                    if let Ok(decks) = decode::<UserDecks>(text) {
                        contents.decks += decks.data.decks().len();
                    }
                }
                _ => {}
            }
        }
        contents
    }

    /// "1 person, with 3 readings"; "12 people, with 30 conversations, 140 readings and
    /// 2 decks". Readings are always said (they are what a backup is kept for);
    /// conversations and decks only when there are some.
    pub fn describe(&self) -> String {
        let mut held = Vec::new();
        if self.conversations > 0 {
            held.push(plural(self.conversations, "conversation", "conversations"));
        }
        held.push(plural(self.readings, "reading", "readings"));
        if self.decks > 0 {
            held.push(plural(self.decks, "deck", "decks"));
        }
        let people = plural(self.people, "person", "people");
        match held.split_last() {
            Some((last, [])) => format!("{people}, with {last}"),
            Some((last, rest)) => format!("{people}, with {} and {last}", rest.join(", ")),
            None => people,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(people: usize, conversations: usize, readings: usize, decks: usize, expected: &str) {
        let contents = BackupContents {
            people,
            conversations,
            readings,
            decks,
        };
        assert_eq!(contents.describe(), expected, "{contents:?}");
    }

    #[test]
    fn counts_in_words_with_singular_and_plural() {
        check(0, 0, 0, 0, "0 people, with 0 readings");
        check(1, 0, 0, 0, "1 person, with 0 readings");
        check(2, 0, 0, 0, "2 people, with 0 readings");
        check(1, 0, 1, 0, "1 person, with 1 reading");
        check(1, 0, 3, 0, "1 person, with 3 readings");
        check(1, 1, 2, 0, "1 person, with 1 conversation and 2 readings");
        check(2, 2, 0, 0, "2 people, with 2 conversations and 0 readings");
        check(
            12,
            30,
            140,
            2,
            "12 people, with 30 conversations, 140 readings and 2 decks",
        );
        check(0, 0, 0, 1, "0 people, with 0 readings and 1 deck");
        check(3, 0, 7, 2, "3 people, with 7 readings and 2 decks");
    }

    #[test]
    fn counts_people_conversations_readings_and_decks_in_stored_records() {
        let person = include_str!("../../../tests/fixtures/schema-3/person-with-readings.json");
        let decks = include_str!("../../../tests/fixtures/schema-3/decks.json");
        let index = include_str!("../../../tests/fixtures/schema-3/index.json");
        let id = crate::domain::PersonId::parse("p-mhw3k2x1a9").unwrap();
        let records = [
            (KeyKind::Index, index),
            (KeyKind::Person(id.clone()), person),
            (KeyKind::Decks, decks),
            // A kept-aside copy and an unreadable person are carried, not counted.
            (KeyKind::KeptAside, person),
            (KeyKind::Person(id), "not an envelope"),
        ];
        let contents = BackupContents::count(records.iter().map(|(k, t)| (k, *t)));
        assert_eq!(
            contents,
            BackupContents {
                people: 1,
                conversations: 2,
                readings: 4,
                decks: 1
            }
        );
        assert_eq!(
            contents.describe(),
            "1 person, with 2 conversations, 4 readings and 1 deck"
        );
    }
}
