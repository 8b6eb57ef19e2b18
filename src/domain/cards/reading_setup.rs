//! Starting a reading: the form that chooses the deck, who answers, the date and the
//! conversation, and the mapping between a scale's radio buttons and an [`Answer`].
//!
//! ```
//! use chrono::NaiveDate;
//! use outcome_focus::domain::{built_in_decks, ReadingSetup, Respondent};
//!
//! let today = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
//! let decks = built_in_decks();
//! let mut setup = ReadingSetup::new(&decks, today);
//! setup.respondent = Some(Respondent::Worker);
//! let valid = setup.validate(&decks, &[], today).unwrap();
//! assert_eq!(valid.date, today);
//! ```

use chrono::NaiveDate;

use super::super::dates::{iso_date, parse_iso_date};
use super::super::form_error::FormError;
use super::deck::Deck;
use super::ids::DeckId;
use super::reading::{Answer, Respondent};
use super::scale::{Scale, PREFER_NOT_TO_SAY};

/// The HTML id of the deck choice (a radio group: its first button is `reading-deck-0`).
pub const SETUP_DECK: &str = "reading-deck";
/// The HTML id of the respondent choice.
pub const SETUP_RESPONDENT: &str = "reading-respondent";
/// The HTML id of the date field.
pub const SETUP_DATE: &str = "reading-date";

/// What the "Take a reading" form holds before the first card.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReadingSetup {
    /// The deck chosen.
    pub deck: Option<DeckId>,
    /// Who answers.
    pub respondent: Option<Respondent>,
    /// The date as typed (`YYYY-MM-DD`).
    pub date: String,
    /// The id of the conversation it belongs to, if any.
    pub conversation: Option<String>,
}

/// A checked setup, ready to start a [`super::Reading`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ValidSetup {
    /// The deck.
    pub deck: DeckId,
    /// Who answers.
    pub respondent: Respondent,
    /// When it is taken.
    pub date: NaiveDate,
    /// The conversation it belongs to.
    pub conversation: Option<String>,
}

impl ReadingSetup {
    /// The form as first shown: the first deck, nobody chosen yet, today.
    pub fn new(decks: &[Deck], today: NaiveDate) -> Self {
        ReadingSetup {
            deck: decks.first().map(|d| d.id().clone()),
            respondent: None,
            date: iso_date(today),
            conversation: None,
        }
    }

    /// The setup checked against the decks and conversation ids on offer, or every problem.
    pub fn validate(
        &self,
        decks: &[Deck],
        conversations: &[&str],
        today: NaiveDate,
    ) -> Result<ValidSetup, Vec<FormError>> {
        let mut errors = Vec::new();
        let deck = self
            .deck
            .as_ref()
            .filter(|id| decks.iter().any(|d| d.id() == *id));
        if deck.is_none() {
            errors.push(FormError::new(
                format!("{SETUP_DECK}-0"),
                "Choose the deck of cards to use.",
            ));
        }
        if self.respondent.is_none() {
            errors.push(FormError::new(
                format!("{SETUP_RESPONDENT}-0"),
                "Choose who is answering: the person, the worker or a carer.",
            ));
        }
        let date = match parse_iso_date(self.date.trim()) {
            None => {
                errors.push(FormError::new(
                    SETUP_DATE,
                    "Enter the date of the reading, for example 22/11/2026.",
                ));
                None
            }
            Some(date) if date > today => {
                errors.push(FormError::new(
                    SETUP_DATE,
                    "The date of the reading cannot be in the future: enter today or an earlier date.",
                ));
                None
            }
            Some(date) => Some(date),
        };
        let conversation = self
            .conversation
            .clone()
            .filter(|c| conversations.contains(&c.as_str()));
        match (deck, self.respondent, date) {
            (Some(deck), Some(respondent), Some(date)) if errors.is_empty() => Ok(ValidSetup {
                deck: deck.clone(),
                respondent,
                date,
                conversation,
            }),
            _ => Err(errors),
        }
    }
}

/// The labels of a scale's radio buttons: its points, lowest first, then "Prefer not to say"
/// when the scale offers it.
pub fn scale_choices(scale: &Scale) -> Vec<String> {
    let mut choices = scale.labels().to_vec();
    if scale.offers_prefer_not_to_say() {
        choices.push(PREFER_NOT_TO_SAY.to_owned());
    }
    choices
}

/// The answer meant by the radio button at `choice` (see [`scale_choices`]).
pub fn answer_for_choice(scale: &Scale, choice: usize) -> Option<Answer> {
    match choice.cmp(&scale.len()) {
        std::cmp::Ordering::Less => u8::try_from(choice).ok().map(Answer::Rated),
        std::cmp::Ordering::Equal if scale.offers_prefer_not_to_say() => {
            Some(Answer::PreferNotToSay)
        }
        _ => None,
    }
}

/// The radio button that shows `answer`; `None` for a skipped card, which has none.
pub fn choice_for_answer(scale: &Scale, answer: Answer) -> Option<usize> {
    match answer {
        Answer::Rated(point) => Some(usize::from(point)).filter(|p| *p < scale.len()),
        Answer::PreferNotToSay => scale.offers_prefer_not_to_say().then_some(scale.len()),
        Answer::Skipped => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::built_in_decks;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, d).unwrap_or_default()
    }

    fn check(change: impl Fn(&mut ReadingSetup), expected: Result<(), &[&str]>) {
        let decks = built_in_decks();
        let mut setup = ReadingSetup::new(&decks, day(22));
        setup.respondent = Some(Respondent::Person);
        change(&mut setup);
        let got = setup
            .validate(&decks, &["c-1"], day(22))
            .map(|_| ())
            .map_err(|errors| errors.into_iter().map(|e| e.field).collect::<Vec<_>>());
        let expected = expected.map_err(|fields| fields.iter().map(|f| (*f).to_owned()).collect());
        assert_eq!(got, expected);
    }

    #[test]
    fn a_setup_needs_a_known_deck_a_respondent_and_a_past_date() {
        check(|_| {}, Ok(()));
        check(|s| s.date = "2026-11-01".into(), Ok(()));
        check(|s| s.deck = None, Err(&["reading-deck-0"]));
        check(
            |s| s.deck = DeckId::parse("d-gone"),
            Err(&["reading-deck-0"]),
        );
        check(|s| s.respondent = None, Err(&["reading-respondent-0"]));
        check(|s| s.date = "2026-11-23".into(), Err(&["reading-date"]));
        check(|s| s.date = "yesterday".into(), Err(&["reading-date"]));
        check(
            |s| {
                s.respondent = None;
                s.date = String::new();
            },
            Err(&["reading-respondent-0", "reading-date"]),
        );
    }

    #[test]
    fn a_valid_setup_keeps_only_a_known_conversation() {
        let decks = built_in_decks();
        let mut setup = ReadingSetup::new(&decks, day(22));
        setup.respondent = Some(Respondent::Carer);
        setup.conversation = Some("c-1".into());
        let valid = setup.validate(&decks, &["c-1"], day(22)).unwrap();
        assert_eq!(valid.conversation.as_deref(), Some("c-1"));
        assert_eq!(&valid.deck, decks[0].id());
        assert_eq!(valid.respondent, Respondent::Carer);
        setup.conversation = Some("c-9".into());
        let valid = setup.validate(&decks, &["c-1"], day(22)).unwrap();
        assert_eq!(valid.conversation, None);
    }

    #[test]
    fn radio_buttons_map_to_answers_and_back() {
        let scale = Scale::default();
        assert_eq!(scale_choices(&scale).len(), 6);
        assert_eq!(scale_choices(&scale)[5], PREFER_NOT_TO_SAY);
        for (choice, answer) in [
            (0, Some(Answer::Rated(0))),
            (4, Some(Answer::Rated(4))),
            (5, Some(Answer::PreferNotToSay)),
            (6, None),
        ] {
            assert_eq!(answer_for_choice(&scale, choice), answer, "choice {choice}");
            if let Some(answer) = answer {
                assert_eq!(choice_for_answer(&scale, answer), Some(choice));
            }
        }
        assert_eq!(choice_for_answer(&scale, Answer::Skipped), None);
        let plain = Scale::new(&["No", "Maybe", "Yes"], false).unwrap();
        assert_eq!(scale_choices(&plain), ["No", "Maybe", "Yes"]);
        assert_eq!(answer_for_choice(&plain, 3), None);
        assert_eq!(choice_for_answer(&plain, Answer::PreferNotToSay), None);
        assert_eq!(choice_for_answer(&plain, Answer::Rated(7)), None);
    }
}
