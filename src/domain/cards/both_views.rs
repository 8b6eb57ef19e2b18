//! "Both views": the person's and the worker's latest finished readings of the same deck,
//! side by side, with the cards where they differ by 2 points or more flagged for
//! discussion. A difference is a prompt to talk, not a verdict.
//!
//! Two readings are compared like with like only: taken in the same conversation (however
//! far apart their dates), or within [`COMPARE_WITHIN_DAYS`] days of each other. Otherwise
//! a December reading set against a September one would mark months of change as a
//! disagreement, so both are still shown, with their dates, but no difference is marked
//! (see [`Pairing`]). The latest reading of each is always the one shown: an older reading
//! that happens to pair is never swapped in, since it would show a view that is out of date.
//!
//! ```
//! use outcome_focus::domain::{both_views, built_in_decks, Pairing};
//!
//! let views = both_views(&[], &built_in_decks()[0]);
//! assert_eq!(views.pairing, None);
//! assert!(Pairing::WithinDays { days: 3 }.comparable());
//! assert!(!Pairing::Apart { days: 85 }.comparable());
//! ```

use chrono::NaiveDate;

use super::deck::Deck;
use super::ids::CardId;
use super::reading::{Answer, Reading, Respondent};
use super::scoring::{card_score, latest, shown_cards};
use crate::domain::dates::format_uk_date;
use crate::domain::numbers::plural;

/// A difference of this many points or more is flagged for discussion.
pub const DISCUSS_DIFFERENCE: u8 = 2;

/// Readings taken in different conversations (or in none) are compared when their dates are
/// at most this many days apart.
pub const COMPARE_WITHIN_DAYS: u32 = 14;

/// Whether the person's and the worker's latest readings can be compared, and why.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Pairing {
    /// Both were taken in the same conversation: comparable whatever their dates.
    SameConversation,
    /// Not in the same conversation, but taken this many days apart, at most
    /// [`COMPARE_WITHIN_DAYS`]: comparable.
    WithinDays {
        /// Days between the two dates (0 for the same day).
        days: u32,
    },
    /// Not in the same conversation and more than [`COMPARE_WITHIN_DAYS`] days apart: shown
    /// side by side, but their differences are not marked.
    Apart {
        /// Days between the two dates.
        days: u32,
    },
}

impl Pairing {
    /// The pairing of two readings.
    pub fn of(person: &Reading, worker: &Reading) -> Pairing {
        let days = u32::try_from((person.date - worker.date).num_days().unsigned_abs())
            .unwrap_or(u32::MAX);
        match (&person.conversation, &worker.conversation) {
            (Some(p), Some(w)) if p == w => Pairing::SameConversation,
            _ if days <= COMPARE_WITHIN_DAYS => Pairing::WithinDays { days },
            _ => Pairing::Apart { days },
        }
    }

    /// Whether differences between the two readings are marked.
    pub fn comparable(self) -> bool {
        !matches!(self, Pairing::Apart { .. })
    }
}

/// One card, as the person and the worker rated it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BothViewsRow {
    /// The card.
    pub card: CardId,
    /// Its statement.
    pub statement: String,
    /// The person's answer, if they gave one.
    pub person_answer: Option<Answer>,
    /// The worker's answer, if they gave one.
    pub worker_answer: Option<Answer>,
    /// The person's score.
    pub person: Option<u8>,
    /// The worker's score.
    pub worker: Option<u8>,
    /// Person's score minus worker's, when both scored the card and the readings are
    /// comparable (see [`Pairing`]).
    pub difference: Option<i16>,
    /// Whether the difference is [`DISCUSS_DIFFERENCE`] points or more.
    pub discuss: bool,
}

/// The two latest readings compared.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BothViews {
    /// When the person's reading was taken; `None` if they have no finished reading.
    pub person_date: Option<NaiveDate>,
    /// When the worker's reading was taken; `None` if they have no finished reading.
    pub worker_date: Option<NaiveDate>,
    /// Whether the two can be compared; `None` unless both have a finished reading.
    pub pairing: Option<Pairing>,
    /// One row per card, in the deck's order.
    pub rows: Vec<BothViewsRow>,
}

impl BothViews {
    /// Whether differences are marked: both have a finished reading and they pair.
    pub fn comparable(&self) -> bool {
        self.pairing.is_some_and(Pairing::comparable)
    }

    /// Which two readings are compared and whether their differences are marked, in words;
    /// `None` unless both have a finished reading.
    pub fn explain(&self) -> Option<String> {
        let (person, worker) = (self.person_date?, self.worker_date?);
        let marked = format!(
            "so differences of {DISCUSS_DIFFERENCE} points or more are marked to talk about."
        );
        let (p, w) = (format_uk_date(person), format_uk_date(worker));
        Some(match self.pairing? {
            Pairing::SameConversation if person == worker => format!(
                "The person's reading and the worker's were both taken in the same \
                 conversation, on {p}, {marked}"
            ),
            Pairing::SameConversation => format!(
                "The person's reading ({p}) and the worker's ({w}) were both taken in the \
                 same conversation, {marked}"
            ),
            Pairing::WithinDays { days: 0 } => {
                format!("The person's reading and the worker's were both taken on {p}, {marked}")
            }
            Pairing::WithinDays { days } => format!(
                "The person's reading ({p}) and the worker's ({w}) were taken {} apart, \
                 within {COMPARE_WITHIN_DAYS} days, {marked}",
                plural(days_usize(days), "day", "days")
            ),
            Pairing::Apart { days } => format!(
                "The person's reading ({p}) and the worker's ({w}) were taken {} apart, not \
                 in the same conversation, so differences are not marked. Take both readings \
                 in the same conversation, or within {COMPARE_WITHIN_DAYS} days of each \
                 other, to compare them.",
                plural(days_usize(days), "day", "days")
            ),
        })
    }
}

fn days_usize(days: u32) -> usize {
    usize::try_from(days).unwrap_or(usize::MAX)
}

/// The person's and the worker's latest finished readings of `deck` among `readings`; their
/// differences are marked only when the two pair (see [`Pairing`]).
pub fn both_views(readings: &[Reading], deck: &Deck) -> BothViews {
    let scale = deck.scale();
    let person = latest(readings, deck.id(), Respondent::Person);
    let worker = latest(readings, deck.id(), Respondent::Worker);
    let pairing = person.zip(worker).map(|(p, w)| Pairing::of(p, w));
    let comparable = pairing.is_some_and(Pairing::comparable);
    let answer = |r: Option<&Reading>, id: &CardId| r.and_then(|r| r.answer(id)).map(|a| a.answer);
    let rows = shown_cards(deck.cards(), |id| {
        answer(person, id).is_some() || answer(worker, id).is_some()
    })
    .map(|card| {
        let p = person.and_then(|r| card_score(scale, card, r));
        let w = worker.and_then(|r| card_score(scale, card, r));
        let difference = p
            .zip(w)
            .filter(|_| comparable)
            .map(|(p, w)| i16::from(p) - i16::from(w));
        BothViewsRow {
            card: card.id.clone(),
            statement: card.statement.clone(),
            person_answer: answer(person, &card.id),
            worker_answer: answer(worker, &card.id),
            person: p,
            worker: w,
            difference,
            discuss: difference.is_some_and(|d| d.unsigned_abs() >= u16::from(DISCUSS_DIFFERENCE)),
        }
    })
    .collect();
    BothViews {
        person_date: person.map(|r| r.date),
        worker_date: worker.map(|r| r.date),
        pairing,
        rows,
    }
}

#[cfg(test)]
mod tests;
