//! The end-of-reading summary: each card's answer, score and change since the respondent's
//! baseline, and the total change over the cards that can be compared.

use chrono::NaiveDate;

use super::deck::Deck;
use super::ids::CardId;
use super::reading::{Answer, Reading};
use super::scoring::{baseline, card_change, card_score, shown_cards, Change};

/// One card's line in the summary.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SummaryRow {
    /// The card.
    pub card: CardId,
    /// Its statement as the deck words it now.
    pub statement: String,
    /// Its picture, if any.
    pub emoji: Option<String>,
    /// Its domain.
    pub domain: String,
    /// The answer given; `None` while unanswered in a reading in progress.
    pub answer: Option<Answer>,
    /// The answer in words ("Mostly", "Skipped", "Not answered yet").
    pub answer_label: String,
    /// The score, higher is better; `None` when there is none.
    pub score: Option<u8>,
    /// Change since the baseline.
    pub change: Change,
    /// What the respondent said about it.
    pub note: String,
}

/// The summary of one reading.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Summary {
    /// One row per card, in the deck's order.
    pub rows: Vec<SummaryRow>,
    /// The date of the baseline compared with; `None` when this reading is the first.
    pub baseline_date: Option<NaiveDate>,
    /// The sum of the changes over the cards scored both times; `None` when none were.
    pub total_change: Option<i32>,
    /// How many cards were scored both times.
    pub compared: usize,
}

/// Summarises `reading` of `deck` against the same respondent's baseline among `readings`
/// (the person's readings; the reading itself may be among them).
pub fn summarise(readings: &[Reading], deck: &Deck, reading: &Reading) -> Summary {
    let scale = deck.scale();
    let base = baseline(readings, deck.id(), reading.respondent).filter(|b| b.id != reading.id);
    let rows: Vec<SummaryRow> = shown_cards(deck.cards(), |id| reading.answer(id).is_some())
        .map(|card| {
            let given = reading.answer(&card.id);
            SummaryRow {
                card: card.id.clone(),
                statement: card.statement.clone(),
                emoji: card.emoji.clone(),
                domain: card.domain.clone(),
                answer: given.map(|a| a.answer),
                answer_label: given
                    .map_or("Not answered yet", |a| a.answer.label(scale))
                    .to_owned(),
                score: card_score(scale, card, reading),
                change: card_change(scale, card, base, reading),
                note: given.map(|a| a.note.clone()).unwrap_or_default(),
            }
        })
        .collect();
    let changes: Vec<i32> = rows
        .iter()
        .filter_map(|row| match row.change {
            Change::Up(n) => Some(i32::from(n)),
            Change::Down(n) => Some(-i32::from(n)),
            Change::Same => Some(0),
            Change::FirstReading | Change::NotComparable => None,
        })
        .collect();
    Summary {
        rows,
        baseline_date: base.map(|b| b.date),
        total_change: (!changes.is_empty()).then(|| changes.iter().sum()),
        compared: changes.len(),
    }
}
