//! Small decks and readings for the tests of this module.

use chrono::NaiveDate;

use super::{Answer, Card, CardAnswer, CardId, Deck, DeckId, Reading, Respondent, Scale};

pub use crate::domain::test_support::day;

/// A card id.
pub fn id(text: &str) -> CardId {
    CardId::parse(text).unwrap()
}

/// A user deck `d-1` of five points with "prefer not to say", and cards named by id; a
/// name ending in `-rev` is reverse-scored.
pub fn deck(cards: &[&str]) -> Deck {
    let cards = cards
        .iter()
        .map(|c| Card {
            id: id(c),
            statement: format!("Statement {c}"),
            domain: "Safety".into(),
            emoji: None,
            reverse_scored: c.ends_with("-rev"),
            retired: false,
        })
        .collect();
    Deck::from_parts(
        DeckId::parse("d-1").unwrap(),
        "Test deck".into(),
        String::new(),
        Scale::default(),
        cards,
    )
}

/// A finished reading `id` of [`deck`] by `who` on `date`, with answers by card id.
pub fn reading(
    id_text: &str,
    who: Respondent,
    date: NaiveDate,
    answers: &[(&str, Answer)],
) -> Reading {
    Reading {
        id: id_text.into(),
        deck: DeckId::parse("d-1").unwrap(),
        date,
        respondent: who,
        conversation: None,
        answers: answers
            .iter()
            .map(|(c, a)| CardAnswer {
                card: id(c),
                answer: *a,
                note: String::new(),
            })
            .collect(),
        complete: true,
        corrections: Vec::new(),
    }
}
