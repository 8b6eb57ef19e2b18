//! How scores are spread: for one statement across people, or for one reading across its
//! cards, how many gave each score and how many gave none. The charts draw these as
//! diverging bars; the dashboard counts them across a caseload.
//!
//! Decisions worth knowing:
//! - Counts are by **score**, not raw answer: a reverse-scored card's "Completely true" is its
//!   worst score, so it counts first. [`score_labels`] gives the words in the same order.
//! - On an odd scale the middle point is neither good nor bad: [`ScoreSides`] counts it
//!   apart.
//! - Shares are of those who scored; skipped and "prefer not to say" are not a score, so they
//!   are counted apart ([`ScoreDistribution::not_scored`]).
//!
//! ```
//! use outcome_focus::domain::ScoreDistribution;
//!
//! let safe = ScoreDistribution {
//!     label: "I feel safe at home".into(),
//!     counts: vec![2, 1, 7],
//!     not_scored: 2,
//! };
//! assert_eq!(safe.scored(), 10);
//! assert_eq!(safe.sides().positive, 7);
//! assert_eq!(safe.percentages(), [20, 10, 70]);
//! ```

use super::card::Card;
use super::deck::Deck;
use super::ids::CardId;
use super::reading::Reading;
use super::scoring::score;

/// How many gave each score to one statement, and how many gave none.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ScoreDistribution {
    /// What was scored, such as a card's statement (raw text: whoever shows it escapes it).
    pub label: String,
    /// How many gave each score, from 1 (worst) up to the number of points: by score, so a
    /// reverse-scored card's answers are already turned round.
    pub counts: Vec<usize>,
    /// How many skipped it or preferred not to say.
    pub not_scored: usize,
}

/// A distribution's scores on each side of the middle of the scale.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ScoreSides {
    /// Scores below the middle.
    pub negative: usize,
    /// The middle score of an odd scale; always 0 on an even one.
    pub middle: usize,
    /// Scores above the middle.
    pub positive: usize,
}

impl ScoreDistribution {
    /// How many gave a score.
    pub fn scored(&self) -> usize {
        self.counts.iter().sum()
    }

    /// The scores below, at and above the middle of the scale (as long as `counts`).
    pub fn sides(&self) -> ScoreSides {
        let points = self.counts.len();
        let middle = (points % 2 == 1).then_some(points / 2);
        let mut sides = ScoreSides::default();
        for (i, count) in self.counts.iter().enumerate() {
            match middle {
                Some(m) if i == m => sides.middle += count,
                _ if 2 * i + 1 < points => sides.negative += count,
                _ => sides.positive += count,
            }
        }
        sides
    }

    /// The share of those who scored that scored above the middle, in whole percent rounded
    /// half up; 0 when nobody scored. Integers only, so no float formatting reaches the wasm.
    pub fn positive_percent(&self) -> usize {
        match self.scored() {
            0 => 0,
            scored => (self.sides().positive * 100 + scored / 2) / scored,
        }
    }

    /// Each score's share of those who scored, in whole percent that add up to exactly 100
    /// (largest remainders get the rounding), for a table beside a chart; all 0 when nobody
    /// scored.
    pub fn percentages(&self) -> Vec<usize> {
        let scored = self.scored();
        if scored == 0 {
            return vec![0; self.counts.len()];
        }
        let mut shares: Vec<usize> = self.counts.iter().map(|c| c * 100 / scored).collect();
        let mut by_remainder: Vec<usize> = (0..self.counts.len()).collect();
        // Stable, so equal remainders round up in score order.
        by_remainder.sort_by_key(|&i| std::cmp::Reverse(self.counts[i] * 100 % scored));
        let short = 100 - shares.iter().sum::<usize>();
        for &i in by_remainder.iter().take(short) {
            shares[i] += 1;
        }
        shares
    }

    /// Nobody yet, on a scale of `points`.
    fn empty(label: String, points: usize) -> ScoreDistribution {
        ScoreDistribution {
            label,
            counts: vec![0; points],
            not_scored: 0,
        }
    }

    /// Counts one answer's score, or its lack of one.
    fn count(&mut self, score: Option<u8>) {
        let slot = score.and_then(|s| self.counts.get_mut(usize::from(s).checked_sub(1)?));
        match slot {
            Some(slot) => *slot += 1,
            None => self.not_scored += 1,
        }
    }
}

/// The words for the scores of `cards`, worst first, to go with their distributions: the
/// scale's labels, turned round when every card is reverse-scored (its worst score is the
/// top label); "1 (worst)" … "5 (best)" when the cards mix both, since no one word fits a
/// score.
///
/// ```
/// use outcome_focus::domain::{built_in_decks, score_labels};
///
/// let deck = &built_in_decks()[0];
/// let cards: Vec<_> = deck.active_cards().filter(|c| !c.reverse_scored).collect();
/// assert_eq!(score_labels(deck, &cards), deck.scale().labels());
/// ```
pub fn score_labels(deck: &Deck, cards: &[&Card]) -> Vec<String> {
    let labels = deck.scale().labels();
    let reversed = cards.iter().filter(|c| c.reverse_scored).count();
    match reversed {
        0 => labels.to_vec(),
        r if r == cards.len() => labels.iter().rev().cloned().collect(),
        _ => {
            let last = labels.len();
            (1..=last)
                .map(|score| match score {
                    1 => "1 (worst)".to_owned(),
                    s if s == last => format!("{s} (best)"),
                    s => s.to_string(),
                })
                .collect()
        }
    }
}

/// One card of `deck` across `readings` (one per person, such as each person's latest):
/// how many gave each score, and how many skipped it or preferred not to say. Readings of
/// other decks, unfinished ones and those without the card (it was not in the deck then)
/// are left out.
pub fn card_across_people(deck: &Deck, card: &CardId, readings: &[&Reading]) -> ScoreDistribution {
    let points = deck.scale().len();
    let Some(card) = deck.card(card) else {
        return ScoreDistribution::empty(card.as_str().to_owned(), points);
    };
    let mut distribution = ScoreDistribution::empty(card.statement.clone(), points);
    let counted = readings
        .iter()
        .filter(|r| r.complete && &r.deck == deck.id());
    for reading in counted {
        let Some(answer) = reading.answer(&card.id) else {
            continue;
        };
        distribution.count(score(deck.scale(), card, answer.answer));
    }
    distribution
}

/// One reading across its deck's cards: one distribution per active card or card it
/// answered, each with a single count at its score, or counted as not scored (skipped,
/// "prefer not to say" or not answered).
pub fn person_across_cards(deck: &Deck, reading: &Reading) -> Vec<ScoreDistribution> {
    let scale = deck.scale();
    deck.cards()
        .iter()
        .filter(|c| !c.retired || reading.answer(&c.id).is_some())
        .map(|card| {
            let mut distribution = ScoreDistribution::empty(card.statement.clone(), scale.len());
            let answer = reading.answer(&card.id).map(|a| a.answer);
            distribution.count(answer.and_then(|a| score(scale, card, a)));
            distribution
        })
        .collect()
}

#[cfg(test)]
mod tests;
