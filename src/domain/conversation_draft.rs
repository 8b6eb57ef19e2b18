//! The guided first conversation as it is being typed: six steps, kept as a draft after
//! every step so it can be left half-way and resumed, then turned into the person's baseline
//! conversation and their personal outcomes.
//!
//! ```
//! use chrono::NaiveDate;
//! use outcome_focus::domain::{ConversationDraft, Person, PersonDraft, PersonId};
//!
//! let today = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
//! let details = PersonDraft { name: "A.B.".into(), ..PersonDraft::new(today) };
//! let person = Person::create(PersonId::generate(1, 1), details.validate(today).unwrap());
//! let mut draft = ConversationDraft::new(&person, today);
//! draft.outcomes[0].words = "I go to the shops on my own".into();
//! let person = draft.finish(&person, today).unwrap();
//! assert_eq!(person.outcomes.len(), 1);
//! assert!(person.first_contact().is_some());
//! ```

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::conversation::{Conversation, ConversationKind, Imagined};
use super::dates::{iso_date, parse_iso_date};
use super::envelope::{DecodeError, Migrate};
use super::goal_attainment::GoalLevel;
use super::outcome::{Contributors, Outcome, OutcomeChecks, OutcomeStatus, Term, BUILT_IN_DOMAINS};
use super::person::Person;

/// The steps of the first conversation, in order.
pub const CONVERSATION_STEPS: [&str; 6] = [
    "Now",
    "What matters",
    "Imagine it has gone well",
    "Outcomes",
    "Check",
    "Summary",
];

/// The step where outcomes are agreed; its problems send the user back there.
pub const OUTCOMES_STEP: usize = 3;

/// One outcome as typed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutcomeDraft {
    /// In the person's words.
    pub words: String,
    /// One of the domains.
    pub domain: String,
    /// Short or longer term.
    pub term: Term,
    /// `YYYY-MM-DD`.
    pub target_date: String,
    /// Who works on it.
    pub contributors: Contributors,
    /// The steps to get there.
    pub steps: String,
    /// How will we know?
    pub how_we_know: String,
    /// Goal-attainment levels −2 … +2 in words; all empty when not used.
    pub levels: Vec<String>,
    /// The qualities ticked together at the check step.
    pub checks: OutcomeChecks,
}

impl OutcomeDraft {
    /// A blank outcome, short term, with the target date that goes with it.
    pub fn new(from: NaiveDate) -> Self {
        OutcomeDraft {
            words: String::new(),
            domain: BUILT_IN_DOMAINS[0].to_owned(),
            term: Term::Short,
            target_date: iso_date(Term::Short.default_target(from)),
            contributors: Contributors {
                person: true,
                worker: true,
                ..Contributors::default()
            },
            steps: String::new(),
            how_we_know: String::new(),
            levels: vec![String::new(); GoalLevel::ALL.len()],
            checks: OutcomeChecks::default(),
        }
    }

    /// Changes the term, moving the target date with it when it still had the old default.
    pub fn set_term(&mut self, term: Term, from: NaiveDate) {
        if self.target_date == iso_date(self.term.default_target(from)) {
            self.target_date = iso_date(term.default_target(from));
        }
        self.term = term;
    }

    /// Whether any level has been described.
    fn levels_started(&self) -> bool {
        self.levels.iter().any(|l| !l.trim().is_empty())
    }
}

/// A problem with one field of the conversation, and the step it is on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DraftError {
    /// The step to go back to.
    pub step: usize,
    /// The HTML id of the field.
    pub field: String,
    /// What to do about it.
    pub message: String,
}

/// The first conversation as typed so far.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConversationDraft {
    /// The step the user was on, from 0.
    pub step: usize,
    /// When the conversation took place, `YYYY-MM-DD`.
    pub date: String,
    /// Who took part.
    pub took_part: String,
    /// Now: needs and how the person presents.
    pub presentation: String,
    /// What matters to the person.
    pub aspirations: Vec<String>,
    /// Imagining the work has gone well.
    pub imagined: Imagined,
    /// The outcomes agreed.
    pub outcomes: Vec<OutcomeDraft>,
}

impl Migrate for ConversationDraft {
    fn migrate(from: u32, data: String) -> Result<String, DecodeError> {
        match from {
            // Drafts were first stored under schema 2; schema 3 did not change them.
            2 => Ok(data),
            _ => Err(DecodeError::BadData(format!(
                "no draft was stored under schema {from}"
            ))),
        }
    }
}

impl ConversationDraft {
    /// A new draft for `person`, dated today, with their presentation at referral filled in
    /// and one blank aspiration and outcome to start from.
    pub fn new(person: &Person, today: NaiveDate) -> Self {
        ConversationDraft {
            step: 0,
            date: iso_date(today),
            took_part: String::new(),
            presentation: person.presentation.clone(),
            aspirations: vec![String::new()],
            imagined: Imagined::default(),
            outcomes: vec![OutcomeDraft::new(today)],
        }
    }

    /// The conversation's date, when it is a real one (the outcomes' default targets count
    /// from it).
    pub fn date(&self) -> Option<NaiveDate> {
        parse_iso_date(&self.date)
    }

    /// The problems on one step, to show before moving on from it.
    pub fn step_errors(&self, step: usize, person: &Person, today: NaiveDate) -> Vec<DraftError> {
        let mut errors = Vec::new();
        let mut fail = |field: String, message: String| {
            errors.push(DraftError {
                step,
                field,
                message,
            })
        };
        match step {
            0 => match self.date() {
                None => fail(
                    "conversation-date".into(),
                    "Enter the date of the conversation.".into(),
                ),
                Some(date) if date > today => fail(
                    "conversation-date".into(),
                    "The conversation's date cannot be in the future.".into(),
                ),
                Some(date) if date < person.referral_date => fail(
                    "conversation-date".into(),
                    "The conversation cannot be before the referral date.".into(),
                ),
                Some(_) => {}
            },
            OUTCOMES_STEP => {
                let from = self.date().unwrap_or(today);
                for (i, outcome) in self.outcomes.iter().enumerate() {
                    let n = i + 1;
                    if outcome.words.trim().is_empty() {
                        fail(
                            format!("outcome-{i}-words"),
                            format!("Write outcome {n} in the person's own words, or remove it."),
                        );
                    }
                    if outcome.domain.trim().is_empty() {
                        fail(
                            format!("outcome-{i}-domain"),
                            format!("Choose a domain for outcome {n}."),
                        );
                    }
                    match parse_iso_date(&outcome.target_date) {
                        None => fail(
                            format!("outcome-{i}-target"),
                            format!("Enter a target date for outcome {n}."),
                        ),
                        Some(target) if target < from => fail(
                            format!("outcome-{i}-target"),
                            format!(
                                "The target date of outcome {n} must be after the conversation."
                            ),
                        ),
                        Some(_) => {}
                    }
                    if outcome.levels_started()
                        && outcome.levels.iter().any(|l| l.trim().is_empty())
                    {
                        fail(
                            format!("outcome-{i}-levels"),
                            format!(
                                "Describe all five levels of outcome {n}, or leave them all empty."
                            ),
                        );
                    }
                }
            }
            _ => {}
        }
        errors
    }

    /// The problems on every step.
    pub fn errors(&self, person: &Person, today: NaiveDate) -> Vec<DraftError> {
        (0..CONVERSATION_STEPS.len())
            .flat_map(|step| self.step_errors(step, person, today))
            .collect()
    }

    /// The person's record with this conversation saved as their baseline and the outcomes
    /// agreed; or every problem that stops it.
    pub fn finish(&self, person: &Person, today: NaiveDate) -> Result<Person, Vec<DraftError>> {
        let errors = self.errors(person, today);
        let Some(date) = self.date().filter(|_| errors.is_empty()) else {
            return Err(errors);
        };
        let mut person = person.clone();
        let conversation = Conversation {
            id: person.next_id("c"),
            kind: ConversationKind::FirstContact,
            date,
            took_part: self.took_part.trim().to_owned(),
            presentation: self.presentation.trim_end().to_owned(),
            aspirations: self
                .aspirations
                .iter()
                .map(|a| a.trim().to_owned())
                .filter(|a| !a.is_empty())
                .collect(),
            imagined: Imagined {
                changed: self.imagined.changed.trim_end().to_owned(),
                behaviour: self.imagined.behaviour.trim_end().to_owned(),
                our_difference: self.imagined.our_difference.trim_end().to_owned(),
            },
            outcome_reviews: Vec::new(),
        };
        person.conversations.push(conversation);
        for draft in &self.outcomes {
            let outcome = Outcome {
                id: person.next_id("o"),
                words: draft.words.trim().to_owned(),
                domain: draft.domain.trim().to_owned(),
                term: draft.term,
                target_date: parse_iso_date(&draft.target_date).unwrap_or(date),
                contributors: draft.contributors.clone(),
                steps: draft.steps.trim_end().to_owned(),
                how_we_know: draft.how_we_know.trim_end().to_owned(),
                levels: match draft.levels_started() {
                    true => draft.levels.iter().map(|l| l.trim().to_owned()).collect(),
                    false => Vec::new(),
                },
                checks: draft.checks,
                status: OutcomeStatus::Working,
                agreed_on: date,
            };
            person.outcomes.push(outcome);
        }
        Ok(person)
    }
}

#[cfg(test)]
mod tests;
