//! A reading: one set of ratings from one deck, at a date, by one respondent, perhaps taken
//! during a conversation. It is saved card by card while in progress (so it can be resumed),
//! then finished; a finished reading can still be corrected, and each correction is noted.
//!
//! ```
//! use chrono::NaiveDate;
//! use outcome_focus::domain::{built_in_decks, Answer, Reading, Respondent};
//!
//! let deck = &built_in_decks()[0];
//! let today = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
//! let mut reading = Reading::start("r-1".into(), deck, Respondent::Person, today, None);
//! let first = reading.next_card(deck).unwrap().id.clone();
//! reading.set_answer(deck, &first, Answer::Rated(3), "").unwrap();
//! reading.finish(deck);
//! assert!(reading.complete);
//! assert_eq!(reading.answer(&first).unwrap().answer, Answer::Rated(3));
//! ```

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use thiserror::Error;

use super::super::dates::format_uk_date;
use super::super::form_error::{too_long, MAX_NOTE};
use super::card::Card;
use super::deck::Deck;
use super::ids::{CardId, DeckId};
use super::scale::{Scale, PREFER_NOT_TO_SAY};

/// Who gave the ratings.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Respondent {
    /// The person the service supports.
    Person,
    /// Their worker.
    Worker,
    /// A carer.
    Carer,
}

impl Respondent {
    /// Every respondent, in the order forms offer them.
    pub const ALL: [Respondent; 3] = [Respondent::Person, Respondent::Worker, Respondent::Carer];

    /// The respondent in words.
    pub fn label(self) -> &'static str {
        match self {
            Respondent::Person => "The person",
            Respondent::Worker => "The worker",
            Respondent::Carer => "A carer",
        }
    }
}

/// The answer given to one card.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Answer {
    /// A point of the scale, by index: 0 is the lowest label.
    Rated(u8),
    /// Passed over; recorded so that it is never mistaken for a score.
    Skipped,
    /// The person chose not to say; never a score either.
    PreferNotToSay,
}

impl Answer {
    /// The answer in words, using the scale's labels.
    pub fn label(self, scale: &Scale) -> &str {
        match self {
            Answer::Rated(point) => scale
                .label(usize::from(point))
                .unwrap_or("(not on the scale)"),
            Answer::Skipped => "Skipped",
            Answer::PreferNotToSay => PREFER_NOT_TO_SAY,
        }
    }
}

/// The answer to one card, with anything said about it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CardAnswer {
    /// The card answered.
    pub card: CardId,
    /// The rating, or why there is none.
    pub answer: Answer,
    /// What the respondent said about it, if anything.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

/// A change made to a finished reading.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Correction {
    /// When the correction was made.
    #[serde(deserialize_with = "crate::domain::dates::stored::date")]
    pub date: NaiveDate,
    /// The card corrected.
    pub card: CardId,
    /// The answer before; `None` if the card had not been answered.
    pub was: Option<Answer>,
    /// The answer after.
    pub now: Answer,
    /// Whether the note was changed too.
    #[serde(default, skip_serializing_if = "is_false")]
    pub note_changed: bool,
}

fn is_false(value: &bool) -> bool {
    !value
}

impl Correction {
    /// The correction in words: `12 March 2027: "I feel safe at home" changed from Sometimes
    /// to Mostly`.
    pub fn describe(&self, deck: &Deck) -> String {
        let statement = deck
            .card(&self.card)
            .map_or(self.card.as_str(), |c| c.statement.as_str());
        let scale = deck.scale();
        let change = match self.was {
            Some(was) if was == self.now => "note changed".to_owned(),
            Some(was) => format!(
                "changed from {} to {}",
                was.label(scale),
                self.now.label(scale)
            ),
            None => format!("answered {}", self.now.label(scale)),
        };
        let note = match self.note_changed && self.was != Some(self.now) {
            true => ", and its note changed",
            false => "",
        };
        format!(
            "{}: \"{statement}\" {change}{note}",
            format_uk_date(self.date)
        )
    }
}

/// Why an answer could not be recorded, in words that say what to do.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum ReadingError {
    /// The card is not in the reading's deck.
    #[error("That card is not in this deck: it may have been deleted. Reload the page.")]
    UnknownCard,
    /// A retired card cannot be answered in a reading any more.
    #[error(
        "That card has been retired from the deck, so it cannot be answered in a new reading."
    )]
    RetiredCard,
    /// The point is beyond the top of the scale.
    #[error("There is no point {0} on this scale: choose one of the points shown.")]
    NotOnScale(usize),
    /// The deck's scale does not offer "Prefer not to say".
    #[error("This deck does not offer \"Prefer not to say\": choose a point, or skip the card.")]
    PreferNotToSayNotOffered,
    /// The note is too long.
    #[error("The note is too long: keep it to {MAX_NOTE} characters or fewer.")]
    NoteTooLong,
    /// The reading is finished: changes go through [`Reading::correct`].
    #[error("This reading is finished: correct it instead, so that the change is noted.")]
    AlreadyComplete,
    /// The reading is still in progress: carry on with it instead.
    #[error("This reading is not finished yet: carry on with it instead of correcting it.")]
    NotComplete,
    /// The reading was taken with another deck.
    #[error("This reading was taken with another deck.")]
    WrongDeck,
}

/// One set of ratings from one deck, by one respondent, at a date.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reading {
    /// Stable id within the person's record: `r-1`.
    pub id: String,
    /// The deck used.
    pub deck: DeckId,
    /// When it was taken.
    #[serde(deserialize_with = "crate::domain::dates::stored::date")]
    pub date: NaiveDate,
    /// Who gave the ratings.
    pub respondent: Respondent,
    /// The conversation it was taken in, if any (the first conversation is the baseline).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub conversation: Option<String>,
    /// The answers so far, in the order given.
    #[serde(default)]
    pub answers: Vec<CardAnswer>,
    /// Whether it is finished; an unfinished reading can be resumed and never counts in
    /// scores or change.
    #[serde(default)]
    pub complete: bool,
    /// Changes made after it was finished, oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub corrections: Vec<Correction>,
}

impl Reading {
    /// A new, empty reading of `deck`.
    pub fn start(
        id: String,
        deck: &Deck,
        respondent: Respondent,
        date: NaiveDate,
        conversation: Option<String>,
    ) -> Self {
        Reading {
            id,
            deck: deck.id().clone(),
            date,
            respondent,
            conversation,
            answers: Vec::new(),
            complete: false,
            corrections: Vec::new(),
        }
    }

    /// The answer given to `card`, if any.
    pub fn answer(&self, card: &CardId) -> Option<&CardAnswer> {
        self.answers.iter().find(|a| &a.card == card)
    }

    /// The first card still to answer, to carry on where the respondent left off.
    pub fn next_card<'d>(&self, deck: &'d Deck) -> Option<&'d Card> {
        deck.active_cards().find(|c| self.answer(&c.id).is_none())
    }

    /// How many of the deck's cards are answered, out of how many.
    pub fn progress(&self, deck: &Deck) -> (usize, usize) {
        let answered = deck
            .active_cards()
            .filter(|c| self.answer(&c.id).is_some())
            .count();
        (answered, deck.active_cards().count())
    }

    /// Records an answer while the reading is in progress (a tap on a card).
    pub fn set_answer(
        &mut self,
        deck: &Deck,
        card: &CardId,
        answer: Answer,
        note: &str,
    ) -> Result<(), ReadingError> {
        if self.complete {
            return Err(ReadingError::AlreadyComplete);
        }
        self.check(deck, card, answer, note)?;
        if deck.card(card).is_some_and(|c| c.retired) {
            return Err(ReadingError::RetiredCard);
        }
        self.put(card, answer, note);
        Ok(())
    }

    /// Finishes the reading: cards left unanswered are recorded as skipped.
    pub fn finish(&mut self, deck: &Deck) {
        let unanswered: Vec<CardId> = deck
            .active_cards()
            .filter(|c| self.answer(&c.id).is_none())
            .map(|c| c.id.clone())
            .collect();
        for card in unanswered {
            self.put(&card, Answer::Skipped, "");
        }
        self.complete = true;
    }

    /// Corrects a finished reading on `today`, noting what changed. Returns whether anything
    /// did change.
    pub fn correct(
        &mut self,
        deck: &Deck,
        card: &CardId,
        answer: Answer,
        note: &str,
        today: NaiveDate,
    ) -> Result<bool, ReadingError> {
        if !self.complete {
            return Err(ReadingError::NotComplete);
        }
        self.check(deck, card, answer, note)?;
        let before = self.answer(card);
        let was = before.map(|a| a.answer);
        let note_changed = before.map_or("", |a| a.note.as_str()) != note.trim();
        if was == Some(answer) && !note_changed {
            return Ok(false);
        }
        self.corrections.push(Correction {
            date: today,
            card: card.clone(),
            was,
            now: answer,
            note_changed,
        });
        self.put(card, answer, note);
        Ok(true)
    }

    fn check(
        &self,
        deck: &Deck,
        card: &CardId,
        answer: Answer,
        note: &str,
    ) -> Result<(), ReadingError> {
        if &self.deck != deck.id() {
            return Err(ReadingError::WrongDeck);
        }
        if deck.card(card).is_none() {
            return Err(ReadingError::UnknownCard);
        }
        match answer {
            Answer::Rated(point) if usize::from(point) >= deck.scale().len() => {
                return Err(ReadingError::NotOnScale(usize::from(point) + 1));
            }
            Answer::PreferNotToSay if !deck.scale().offers_prefer_not_to_say() => {
                return Err(ReadingError::PreferNotToSayNotOffered);
            }
            _ => {}
        }
        match too_long(note.trim(), MAX_NOTE) {
            true => Err(ReadingError::NoteTooLong),
            false => Ok(()),
        }
    }

    fn put(&mut self, card: &CardId, answer: Answer, note: &str) {
        let note = note.trim().to_owned();
        match self.answers.iter_mut().find(|a| &a.card == card) {
            Some(existing) => {
                existing.answer = answer;
                existing.note = note;
            }
            None => self.answers.push(CardAnswer {
                card: card.clone(),
                answer,
                note,
            }),
        }
    }
}

#[cfg(test)]
mod tests;
