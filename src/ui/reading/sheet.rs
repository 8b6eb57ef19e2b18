use leptos::prelude::*;

use crate::domain::{
    built_in_decks, summarise, Answer, CardId, Deck, Person, Reading, Summary, UserDecks,
};
use crate::ui::clock::today;
use crate::ui::records::{load_service_record, save_reading};

/// The reading being taken or corrected, shared by the page's pieces: plain data in signals,
/// and the one place where an answer is recorded and saved.
#[derive(Clone, Copy, Debug)]
pub struct Sheet {
    /// The person's record as last saved.
    pub person: RwSignal<Person>,
    /// The reading, with every answer given so far (saved or not).
    pub reading: RwSignal<Reading>,
    /// The deck it uses.
    pub deck: StoredValue<Deck>,
    /// The card on screen when one card is shown at a time, from 0.
    pub current: RwSignal<usize>,
    /// Why the last save failed, if it did.
    pub error: RwSignal<Option<String>>,
    /// Whether a tapped answer moves on to the next card after a short pause. Chosen for
    /// this reading, on by default on a phone-sized screen.
    pub move_on: RwSignal<bool>,
}

impl Sheet {
    /// A sheet for `reading` of `deck` in `person`'s record.
    pub fn new(person: RwSignal<Person>, reading: Reading, deck: Deck) -> Self {
        let start = reading.progress(&deck).0;
        let cards = deck.active_cards().count();
        Sheet {
            person,
            reading: RwSignal::new(reading),
            deck: StoredValue::new(deck),
            // Carry on at the first card not yet answered.
            current: RwSignal::new(start.min(cards.saturating_sub(1))),
            error: RwSignal::new(None),
            move_on: RwSignal::new(one_card_at_a_time()),
        }
    }

    /// Records an answer (a tap, a skip or a note) and saves it at once. A finished reading
    /// is corrected instead, so that the change is noted. On failure the answer stays on
    /// screen and the error says what to do.
    pub fn record(&self, card: &CardId, answer: Answer, note: &str) {
        let mut reading = self.reading.get_untracked();
        let done = self.deck.with_value(|deck| match reading.complete {
            true => reading
                .correct(deck, card, answer, note, today())
                .map(|_| ()),
            false => reading.set_answer(deck, card, answer, note),
        });
        match done {
            Ok(()) => {
                self.reading.set(reading);
                self.save();
            }
            Err(error) => self.error.set(Some(error.to_string())),
        }
    }

    /// Finishes the reading (cards left unanswered are recorded as skipped) and saves it.
    pub fn finish(&self) {
        let deck = self.deck;
        self.reading.update(|r| deck.with_value(|d| r.finish(d)));
        self.save();
    }

    /// Saves the reading into the person's record: only that person's key is written.
    pub fn save(&self) {
        let saved = self.person.with_untracked(|person| {
            self.reading
                .with_untracked(|reading| save_reading(person, reading))
        });
        match saved {
            Ok(person) => {
                self.person.set(person);
                self.error.set(None);
            }
            Err(error) => self.error.set(Some(error.to_string())),
        }
    }

    /// The end-of-reading summary against this respondent's baseline, tracked.
    pub fn summary(&self) -> Summary {
        self.person.with(|person| {
            self.reading.with(|reading| {
                self.deck.with_value(|deck| {
                    summarise(&person.readings.get().unwrap_or_default(), deck, reading)
                })
            })
        })
    }

    /// How many cards a new reading offers.
    pub fn card_count(&self) -> usize {
        self.deck.with_value(|d| d.active_cards().count())
    }
}

/// Whether the screen shows one card at a time (below 48rem, as in the CSS), which is where
/// moving on after each answer saves a tap per card.
pub(super) fn one_card_at_a_time() -> bool {
    web_sys::window()
        .and_then(|w| w.match_media("(max-width: 47.99rem)").ok().flatten())
        .is_some_and(|query| query.matches())
}

/// Every deck on offer: the built-in ones, then the service's own. When the service's decks
/// cannot be read, the built-in ones are still offered and the reason is returned.
pub fn all_decks() -> (Vec<Deck>, Option<String>) {
    let mut decks = built_in_decks();
    let (own, problem) = load_service_record::<UserDecks>();
    decks.extend(own.decks().iter().cloned());
    (decks, problem)
}
