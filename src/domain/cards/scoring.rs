//! Scores and change. A score is a point of the scale counted from 1, turned round for a
//! reverse-scored card so that higher is always better; skipped cards and "prefer not to
//! say" never become a score. Change is measured from the respondent's baseline: their first
//! finished reading of the same deck for the person.

use super::card::Card;
use super::ids::{CardId, DeckId};
use super::reading::{Answer, Reading, Respondent};
use super::scale::Scale;
use crate::domain::numbers::plural;

/// The score of an answer to `card`: 1 (worst) to the number of points (best), or `None`
/// when there is no score (skipped, prefer not to say, or not on the scale).
pub fn score(scale: &Scale, card: &Card, answer: Answer) -> Option<u8> {
    let Answer::Rated(point) = answer else {
        return None;
    };
    let points = u8::try_from(scale.len()).ok()?;
    match (point < points, card.reverse_scored) {
        (false, _) => None,
        (true, false) => Some(point + 1),
        (true, true) => Some(points - point),
    }
}

/// How a card's score moved since the baseline.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Change {
    /// Better by this many points.
    Up(u8),
    /// The same score.
    Same,
    /// Worse by this many points.
    Down(u8),
    /// This is the baseline: there is nothing to compare with yet.
    FirstReading,
    /// One of the two readings has no score for the card (skipped, prefer not to say, or the
    /// card was not in the deck then).
    NotComparable,
}

impl Change {
    /// The change from `before` to `after`, both scores.
    pub fn between(before: Option<u8>, after: Option<u8>) -> Change {
        match (before, after) {
            (Some(b), Some(a)) if a > b => Change::Up(a - b),
            (Some(b), Some(a)) if a < b => Change::Down(b - a),
            (Some(_), Some(_)) => Change::Same,
            _ => Change::NotComparable,
        }
    }

    /// The change in words, for tables and screen readers.
    pub fn label(self) -> String {
        let points = |n: u8| plural(usize::from(n), "point", "points");
        match self {
            Change::Up(n) => format!("Up {}", points(n)),
            Change::Same => "No change".to_owned(),
            Change::Down(n) => format!("Down {}", points(n)),
            Change::FirstReading => "First reading".to_owned(),
            Change::NotComparable => "Cannot compare".to_owned(),
        }
    }
}

fn finished<'r>(
    readings: &'r [Reading],
    deck: &'r DeckId,
    respondent: Respondent,
) -> impl Iterator<Item = &'r Reading> {
    readings
        .iter()
        .filter(move |r| r.complete && &r.deck == deck && r.respondent == respondent)
}

/// The respondent's baseline: their first finished reading of `deck` (the earliest date;
/// on the same date, the one recorded first).
pub fn baseline<'r>(
    readings: &'r [Reading],
    deck: &'r DeckId,
    respondent: Respondent,
) -> Option<&'r Reading> {
    finished(readings, deck, respondent).min_by_key(|r| r.date)
}

/// The respondent's latest finished reading of `deck` (on the same date, the one recorded
/// last).
pub fn latest<'r>(
    readings: &'r [Reading],
    deck: &'r DeckId,
    respondent: Respondent,
) -> Option<&'r Reading> {
    finished(readings, deck, respondent).max_by_key(|r| r.date)
}

/// The score a reading gave a card, if any.
pub fn card_score(scale: &Scale, card: &Card, reading: &Reading) -> Option<u8> {
    let answer = reading.answer(&card.id)?;
    score(scale, card, answer.answer)
}

/// How `reading` compares with `baseline` on one card.
pub fn card_change(
    scale: &Scale,
    card: &Card,
    baseline: Option<&Reading>,
    reading: &Reading,
) -> Change {
    match baseline {
        Some(b) if b.id != reading.id => {
            Change::between(card_score(scale, card, b), card_score(scale, card, reading))
        }
        _ => Change::FirstReading,
    }
}

/// The cards whose answer is in `reading` or which a new reading would offer, in the deck's
/// order: a retired card shows only where it was answered.
pub(crate) fn shown_cards(
    cards: &[Card],
    answered: impl Fn(&CardId) -> bool,
) -> impl Iterator<Item = &Card> {
    cards.iter().filter(move |c| !c.retired || answered(&c.id))
}

#[cfg(test)]
mod tests;
