use crate::domain::{Deck, Person, Reading};
use crate::ui::reading::all_decks;

/// A person's readings with the decks they were taken with, and what could not be read
/// (their readings, or the service's decks), in words for the page.
pub struct ReadingsWithDecks {
    /// Every reading, finished or not.
    pub readings: Vec<Reading>,
    /// The decks with at least one finished reading, built-in ones first.
    pub decks: Vec<Deck>,
    /// Why some of it could not be shown; the stored data is kept as it is.
    pub problems: Vec<String>,
}

impl ReadingsWithDecks {
    /// Reads them for `person`.
    pub fn of(person: &Person) -> Self {
        let (decks, decks_problem) = all_decks();
        let (readings, readings_problem) = match person.readings.get() {
            Ok(readings) => (readings, None),
            Err(error) => (
                Vec::new(),
                Some(format!(
                    "The readings could not be read ({error}). They have been kept exactly as they are."
                )),
            ),
        };
        let decks = decks
            .into_iter()
            .filter(|deck| readings.iter().any(|r| r.complete && r.deck == *deck.id()))
            .collect();
        ReadingsWithDecks {
            readings,
            decks,
            problems: decks_problem.into_iter().chain(readings_problem).collect(),
        }
    }
}
