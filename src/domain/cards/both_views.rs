//! "Both views": the person's and the worker's latest finished readings of the same deck,
//! side by side, with the cards where they differ by 2 points or more flagged for
//! discussion. A difference is a prompt to talk, not a verdict.

use chrono::NaiveDate;

use super::deck::Deck;
use super::ids::CardId;
use super::reading::{Answer, Reading, Respondent};
use super::scoring::{card_score, latest, shown_cards};

/// A difference of this many points or more is flagged for discussion.
pub const DISCUSS_DIFFERENCE: u8 = 2;

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
    /// Person's score minus worker's, when both scored the card.
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
    /// One row per card, in the deck's order.
    pub rows: Vec<BothViewsRow>,
}

/// The person's and the worker's latest finished readings of `deck` among `readings`.
pub fn both_views(readings: &[Reading], deck: &Deck) -> BothViews {
    let scale = deck.scale();
    let person = latest(readings, deck.id(), Respondent::Person);
    let worker = latest(readings, deck.id(), Respondent::Worker);
    let answer = |r: Option<&Reading>, id: &CardId| r.and_then(|r| r.answer(id)).map(|a| a.answer);
    let rows = shown_cards(deck.cards(), |id| {
        answer(person, id).is_some() || answer(worker, id).is_some()
    })
    .map(|card| {
        let p = person.and_then(|r| card_score(scale, card, r));
        let w = worker.and_then(|r| card_score(scale, card, r));
        let difference = p.zip(w).map(|(p, w)| i16::from(p) - i16::from(w));
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
        rows,
    }
}
