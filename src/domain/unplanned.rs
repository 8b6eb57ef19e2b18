//! Recording an unplanned outcome: a change nobody planned, for the better or the worse,
//! dated, with a note, and whether it changes the planned outcomes.
//!
//! ```
//! use chrono::NaiveDate;
//! use outcome_focus::domain::{Direction, Person, PersonDraft, PersonId, UnplannedDraft};
//!
//! let today = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
//! let details = PersonDraft { name: "A.B.".into(), ..PersonDraft::new(today) };
//! let mut person = Person::create(PersonId::generate(1, 1), details.validate(today).unwrap());
//! let draft = UnplannedDraft {
//!     direction: Some(Direction::Positive),
//!     note: "Made a friend at the café".into(),
//!     ..UnplannedDraft::new(today)
//! };
//! let id = person.record_unplanned(draft.validate(&person, today).unwrap());
//! assert_eq!(id, "u-1");
//! ```

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::cards::MAX_DOMAIN;
use super::conversation::{Direction, UnplannedOutcome};
use super::dates::{format_uk_date, iso_date, parse_iso_date};
use super::form_error::{too_long, FormError, MAX_NOTE};
use super::person::Person;

/// The fields of the unplanned-outcome form.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum UnplannedField {
    /// `Date`.
    Date,
    /// `Positive` or `Negative` (radio buttons).
    Direction,
    /// `What happened`.
    Note,
    /// `This changes the plan` (a checkbox).
    ChangesThePlan,
    /// `Domain` (optional; a choice of the service's domains).
    Domain,
}

impl UnplannedField {
    /// The HTML id of the field; the radio buttons of `Direction` take this id followed by
    /// `-` and their position.
    pub fn html_id(self) -> &'static str {
        match self {
            UnplannedField::Date => "unplanned-date",
            UnplannedField::Direction => "unplanned-direction",
            UnplannedField::Note => "unplanned-note",
            UnplannedField::ChangesThePlan => "unplanned-changes-plan",
            UnplannedField::Domain => "unplanned-domain",
        }
    }

    /// The field's HTML id in a form that holds more than one unplanned outcome (a review):
    /// `prefix` followed by the field's name. `id_in("unplanned-")` is [`Self::html_id`].
    pub fn id_in(self, prefix: &str) -> String {
        let name = self.html_id().trim_start_matches("unplanned-");
        format!("{prefix}{name}")
    }
}

/// The directions, in the order the form offers them.
pub const DIRECTIONS: [Direction; 2] = [Direction::Positive, Direction::Negative];

/// The unplanned-outcome form as typed (kept in a review's draft).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct UnplannedDraft {
    /// `YYYY-MM-DD`; today to start with.
    pub date: String,
    /// Positive or negative; none until chosen.
    pub direction: Option<Direction>,
    /// What happened.
    pub note: String,
    /// Whether it changes the planned outcomes.
    pub changes_the_plan: bool,
    /// The outcome domain it touches; empty when none is given.
    pub domain: String,
}

/// An unplanned outcome that passed validation, ready for [`Person::record_unplanned`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ValidUnplanned {
    date: NaiveDate,
    direction: Direction,
    note: String,
    changes_the_plan: bool,
    domain: Option<String>,
}

impl UnplannedDraft {
    /// A blank form dated today.
    pub fn new(today: NaiveDate) -> Self {
        UnplannedDraft {
            date: iso_date(today),
            ..UnplannedDraft::default()
        }
    }

    /// Checks every field, returning all the problems at once.
    pub fn validate(
        &self,
        person: &Person,
        today: NaiveDate,
    ) -> Result<ValidUnplanned, Vec<FormError>> {
        self.validate_in(person, today, "unplanned-")
    }

    /// Checks every field like [`Self::validate`], naming the fields by their ids in a form
    /// with several (see [`UnplannedField::id_in`]).
    pub fn validate_in(
        &self,
        person: &Person,
        today: NaiveDate,
        prefix: &str,
    ) -> Result<ValidUnplanned, Vec<FormError>> {
        let mut errors = Vec::new();
        let mut fail = |field: String, message: String| errors.push(FormError::new(field, message));

        let date_id = UnplannedField::Date.id_in(prefix);
        let date = match parse_iso_date(&self.date) {
            None if self.date.trim().is_empty() => {
                fail(
                    date_id,
                    "Enter the date it happened or came to light.".into(),
                );
                None
            }
            None => {
                fail(
                    date_id,
                    "Enter the date as a real date, for example 22/11/2026.".into(),
                );
                None
            }
            Some(date) if date > today => {
                fail(date_id, "The date cannot be in the future.".into());
                None
            }
            Some(date) if date < person.referral_date => {
                fail(
                    date_id,
                    format!(
                        "The date cannot be before the referral ({}).",
                        format_uk_date(person.referral_date)
                    ),
                );
                None
            }
            Some(date) => Some(date),
        };
        if self.direction.is_none() {
            fail(
                format!("{}-0", UnplannedField::Direction.id_in(prefix)),
                "Choose whether the change was positive or negative.".into(),
            );
        }
        if too_long(self.domain.trim(), MAX_DOMAIN) {
            fail(
                UnplannedField::Domain.id_in(prefix),
                format!("Keep the domain to {MAX_DOMAIN} characters or fewer."),
            );
        }
        let note = self.note.trim_end();
        let note_id = UnplannedField::Note.id_in(prefix);
        if note.trim().is_empty() {
            fail(note_id, "Write what happened.".into());
        } else if too_long(note, MAX_NOTE) {
            fail(
                note_id,
                format!("Keep the note to {MAX_NOTE} characters or fewer."),
            );
        }

        match (date, self.direction) {
            (Some(date), Some(direction)) if errors.is_empty() => Ok(ValidUnplanned {
                date,
                direction,
                note: note.trim_start().to_owned(),
                changes_the_plan: self.changes_the_plan,
                domain: Some(self.domain.trim())
                    .filter(|d| !d.is_empty())
                    .map(str::to_owned),
            }),
            _ => Err(errors),
        }
    }
}

impl Person {
    /// Records an unplanned outcome; returns its id.
    pub fn record_unplanned(&mut self, valid: ValidUnplanned) -> String {
        let id = self.next_id("u");
        self.unplanned_outcomes.push(UnplannedOutcome {
            id: id.clone(),
            date: valid.date,
            direction: valid.direction,
            note: valid.note,
            changes_the_plan: valid.changes_the_plan,
            domain: valid.domain,
        });
        id
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::test_support::{day, referred_person as person};

    fn draft(date: &str, direction: Option<Direction>, note: &str) -> UnplannedDraft {
        UnplannedDraft {
            date: date.into(),
            direction,
            note: note.into(),
            changes_the_plan: false,
            domain: String::new(),
        }
    }

    fn check(draft: UnplannedDraft, expected: &[&str]) {
        let fields: Vec<String> = match draft.validate(&person(), day(11, 22)) {
            Ok(_) => vec![],
            Err(errors) => errors.into_iter().map(|e| e.field).collect(),
        };
        assert_eq!(fields, expected, "validating {draft:?}");
    }

    #[test]
    fn validates_each_field() {
        let good = Some(Direction::Positive);
        let bad = Some(Direction::Negative);
        check(draft("2026-11-22", good, "Made a friend"), &[]);
        check(draft("2026-06-01", bad, "Lost her job"), &[]);
        check(draft("", good, "x"), &["unplanned-date"]);
        check(draft("2026-02-30", good, "x"), &["unplanned-date"]);
        check(draft("2026-11-23", good, "x"), &["unplanned-date"]);
        check(draft("2026-05-31", good, "x"), &["unplanned-date"]);
        check(draft("2026-11-22", None, "x"), &["unplanned-direction-0"]);
        check(draft("2026-11-22", good, "  \n "), &["unplanned-note"]);
        check(
            draft("2026-11-22", good, &"x".repeat(20_001)),
            &["unplanned-note"],
        );
        let mut long_domain = draft("2026-11-22", good, "x");
        long_domain.domain = "d".repeat(61);
        check(long_domain, &["unplanned-domain"]);
        check(
            draft("", None, ""),
            &["unplanned-date", "unplanned-direction-0", "unplanned-note"],
        );
    }

    #[test]
    fn records_with_new_ids() {
        let mut person = person();
        let mut first = draft(
            "2026-08-01",
            Some(Direction::Negative),
            "  Asked for money\n\n",
        );
        first.changes_the_plan = true;
        first.domain = " Safety ".into();
        let id = person.record_unplanned(first.validate(&person, day(11, 22)).unwrap());
        assert_eq!(id, "u-1");
        let second = draft("2026-07-01", Some(Direction::Positive), "Made a friend");
        let id = person.record_unplanned(second.validate(&person, day(11, 22)).unwrap());
        assert_eq!(id, "u-2");
        assert_eq!(
            person.unplanned_outcomes[0],
            UnplannedOutcome {
                id: "u-1".into(),
                date: day(8, 1),
                direction: Direction::Negative,
                note: "Asked for money".into(),
                changes_the_plan: true,
                domain: Some("Safety".into()),
            }
        );
        assert!(!person.unplanned_outcomes[1].changes_the_plan);
        assert_eq!(person.unplanned_outcomes[1].domain, None, "no domain given");
    }
}
