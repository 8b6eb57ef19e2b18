//! People, decks and readings for the tests of the service's figures and exports.

use chrono::NaiveDate;

use crate::domain::cards::{Answer, Card, CardId, Deck, DeckId, Reading, Respondent, Scale};
use crate::domain::conversation::{Conversation, ConversationKind, Direction, UnplannedOutcome};
use crate::domain::outcome::{Outcome, OutcomeStatus, Term};
use crate::domain::person::{CaseStatus, Person, PersonId};
use crate::domain::stored_list::StoredList;

pub use crate::domain::test_support::day;

/// The deck `d-1`, five points with "prefer not to say": cards `a`, `b` and `c-rev`
/// (reverse-scored) in Safety, `d` in Independence.
pub fn deck() -> Deck {
    let card = |id: &str, domain: &str| Card {
        id: CardId::parse(id).unwrap(),
        statement: format!("Statement {id}"),
        domain: domain.into(),
        emoji: None,
        reverse_scored: id.ends_with("-rev"),
        retired: false,
    };
    Deck::from_parts(
        DeckId::parse("d-1").unwrap(),
        "Test deck".into(),
        String::new(),
        Scale::default(),
        vec![
            card("a", "Safety"),
            card("b", "Safety"),
            card("c-rev", "Safety"),
            card("d", "Independence"),
        ],
    )
}

/// An answer by score, 1 (worst) to 5, for a card that is not reverse-scored; 0 is skipped.
pub fn s(score: u8) -> Answer {
    match score {
        0 => Answer::Skipped,
        n => Answer::Rated(n - 1),
    }
}

/// A finished reading of [`deck`] by `who` on `date`, with answers by card id.
pub fn reading(who: Respondent, date: NaiveDate, answers: &[(&str, Answer)]) -> Reading {
    let id = format!("r-{}", date.format("%m%d"));
    crate::domain::cards::test_support::reading(&id, who, date, answers)
}

/// An outcome in `domain` of `term` at `status`, agreed on `agreed_on`.
pub fn outcome(domain: &str, term: Term, status: OutcomeStatus, agreed_on: NaiveDate) -> Outcome {
    Outcome {
        id: format!("o-{domain}"),
        words: format!("I feel better about {domain}"),
        domain: domain.into(),
        term,
        target_date: term.default_target(agreed_on),
        contributors: Default::default(),
        steps: String::new(),
        how_we_know: String::new(),
        levels: Vec::new(),
        checks: Default::default(),
        status,
        agreed_on,
    }
}

/// An unplanned outcome on `date`.
pub fn unplanned(direction: Direction, date: NaiveDate) -> UnplannedOutcome {
    UnplannedOutcome {
        id: "u-1".into(),
        date,
        direction,
        note: "A new friend from college".into(),
        changes_the_plan: false,
        domain: None,
    }
}

/// A conversation of `kind` on `date`.
pub fn conversation(kind: ConversationKind, date: NaiveDate) -> Conversation {
    Conversation {
        id: format!("c-{}", date.format("%m%d")),
        kind,
        date,
        took_part: String::new(),
        presentation: String::new(),
        aspirations: Vec::new(),
        imagined: Default::default(),
        outcome_reviews: Vec::new(),
    }
}

/// An open person `p-<n>` of key worker `worker`, referred on 1 January 2026, with readings.
pub fn person(n: u32, worker: &str, readings: &[Reading]) -> Person {
    let mut stored = StoredList::default();
    stored.set(readings).unwrap();
    Person {
        id: PersonId::parse(&format!("p-{n}")).unwrap(),
        name: format!("Person {n}"),
        referral_date: day(1, 1),
        key_worker: worker.into(),
        carer: String::new(),
        presentation: String::new(),
        status: CaseStatus::Open,
        closed_on: None,
        revision: 1,
        conversations: Vec::new(),
        outcomes: Vec::new(),
        unplanned_outcomes: Vec::new(),
        readings: stored,
    }
}
