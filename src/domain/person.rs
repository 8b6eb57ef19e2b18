//! A person the service supports (a "case"), and the form draft that creates or edits one.
//!
//! ```
//! use chrono::NaiveDate;
//! use outcome_focus::domain::{PersonDraft, PersonId, Person};
//!
//! let today = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
//! let mut draft = PersonDraft::new(today);
//! draft.name = "A.B.".into();
//! let valid = draft.validate(today).unwrap();
//! let person = Person::create(PersonId::generate(1, 2), valid);
//! assert_eq!(person.name, "A.B.");
//! ```

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use super::cards::Reading;
use super::conversation::{Conversation, ConversationKind, UnplannedOutcome};
use super::envelope::{DecodeError, Migrate};
use super::outcome::Outcome;
use super::stored_list::StoredList;

/// The longest name, key worker or carer we accept; longer is almost surely a paste by mistake.
const MAX_SHORT_TEXT: usize = 120;
/// The longest "needs and presentation" text we accept (about ten pages).
const MAX_LONG_TEXT: usize = 20_000;
/// Referral dates before this are typing mistakes (a year of 0226 instead of 2026).
const EARLIEST_REFERRAL_YEAR: i32 = 1900;

/// The stable identifier of a person: `p-` followed by lowercase letters and digits.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct PersonId(String);

impl PersonId {
    /// Makes a new id from the current time in milliseconds and a random number, both given
    /// by the caller so that this stays pure.
    pub fn generate(millis: u64, random: u64) -> Self {
        PersonId(format!("p-{}{}", base36(millis), base36(random)))
    }

    /// Accepts an id read from a URL or a storage key, if it has the right form.
    pub fn parse(text: &str) -> Option<Self> {
        let ok = (1..=64).contains(&text.len())
            && text
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        ok.then(|| PersonId(text.to_owned()))
    }

    /// The id as text, for keys and URLs.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for PersonId {
    type Error = String;
    fn try_from(text: String) -> Result<Self, Self::Error> {
        PersonId::parse(&text).ok_or_else(|| format!("not a person id: {text:?}"))
    }
}

impl From<PersonId> for String {
    fn from(id: PersonId) -> String {
        id.0
    }
}

fn base36(mut n: u64) -> String {
    const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut out = Vec::new();
    loop {
        out.push(DIGITS[(n % 36) as usize]);
        n /= 36;
        if n == 0 {
            break;
        }
    }
    out.reverse();
    String::from_utf8_lossy(&out).into_owned()
}

/// Whether the service is still working with a person.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum CaseStatus {
    /// The service is working with the person.
    #[default]
    Open,
    /// The work has ended; the record is kept.
    Closed,
}

impl CaseStatus {
    /// The word shown to people.
    pub fn label(self) -> &'static str {
        match self {
            CaseStatus::Open => "Open",
            CaseStatus::Closed => "Closed",
        }
    }
}

/// A person the service supports, as stored in their own record.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Person {
    /// Stable identifier, used in the storage key and the URL.
    pub id: PersonId,
    /// Name or initials (pseudonyms are fine).
    pub name: String,
    /// When the person was referred to the service.
    #[serde(deserialize_with = "crate::domain::dates::stored::date")]
    pub referral_date: NaiveDate,
    /// The practitioner who holds the case; may be blank.
    pub key_worker: String,
    /// A carer who takes part, if any; blank when there is none.
    #[serde(default)]
    pub carer: String,
    /// What needs the person has and how they present at referral, in free text.
    #[serde(default)]
    pub presentation: String,
    /// Open or closed.
    pub status: CaseStatus,
    /// When the case was closed, while it is closed.
    #[serde(
        default,
        deserialize_with = "crate::domain::dates::stored::optional_date"
    )]
    pub closed_on: Option<NaiveDate>,
    /// Counts the saves of this record, so that a tab holding an older copy cannot overwrite
    /// a newer one saved elsewhere.
    #[serde(default)]
    pub revision: u64,
    /// Conversations held, in the order they were saved.
    #[serde(default)]
    pub conversations: Vec<Conversation>,
    /// Personal outcomes agreed, current and ended.
    #[serde(default)]
    pub outcomes: Vec<Outcome>,
    /// Changes nobody planned.
    #[serde(default)]
    pub unplanned_outcomes: Vec<UnplannedOutcome>,
    /// Trigger-card readings, finished and in progress, in the order they were started; decoded
    /// only by the pages that use them (see [`StoredList`]).
    #[serde(default)]
    pub readings: StoredList<Reading>,
}

impl Person {
    /// A new, open person from a validated form.
    pub fn create(id: PersonId, valid: ValidPerson) -> Self {
        let mut person = Person {
            id,
            name: String::new(),
            referral_date: valid.referral_date,
            key_worker: String::new(),
            carer: String::new(),
            presentation: String::new(),
            status: CaseStatus::Open,
            closed_on: None,
            revision: 0,
            conversations: Vec::new(),
            outcomes: Vec::new(),
            unplanned_outcomes: Vec::new(),
            readings: StoredList::default(),
        };
        person.apply(valid);
        person
    }

    /// Takes the edited details from a validated form, keeping id, status and revision.
    pub fn apply(&mut self, valid: ValidPerson) {
        self.name = valid.name;
        self.referral_date = valid.referral_date;
        self.key_worker = valid.key_worker;
        self.carer = valid.carer;
        self.presentation = valid.presentation;
    }

    /// Closes the case on `today`.
    pub fn close(&mut self, today: NaiveDate) {
        self.status = CaseStatus::Closed;
        self.closed_on = Some(today);
    }

    /// The first conversation: the baseline.
    pub fn first_contact(&self) -> Option<&Conversation> {
        self.conversations
            .iter()
            .filter(|c| c.kind == ConversationKind::FirstContact)
            .min_by_key(|c| c.date)
    }

    /// The dates of the reviews held so far.
    pub fn review_dates(&self) -> Vec<NaiveDate> {
        self.conversations
            .iter()
            .filter(|c| c.kind.is_review())
            .map(|c| c.date)
            .collect()
    }

    /// A new id with `prefix` (`c` for conversations, `o` outcomes, `u` unplanned outcomes)
    /// that no item of this person's record uses yet: `c-3`. Readings take theirs from
    /// [`Person::next_reading_id`].
    pub fn next_id(&self, prefix: &str) -> String {
        let used = self
            .conversations
            .iter()
            .map(|c| c.id.as_str())
            .chain(self.outcomes.iter().map(|o| o.id.as_str()))
            .chain(self.unplanned_outcomes.iter().map(|u| u.id.as_str()));
        next_free_id(prefix, used)
    }

    /// A new reading id (`r-4`) that none of `readings` (this person's) uses yet.
    pub fn next_reading_id(readings: &[Reading]) -> String {
        next_free_id("r", readings.iter().map(|r| r.id.as_str()))
    }

    /// The reading with this id; an error if the stored readings are damaged.
    pub fn reading(&self, id: &str) -> Result<Option<Reading>, DecodeError> {
        Ok(self.readings.get()?.into_iter().find(|r| r.id == id))
    }

    /// Removes an unfinished reading (a finished one is part of the record and stays);
    /// returns whether one was removed.
    pub fn discard_unfinished_reading(&mut self, id: &str) -> Result<bool, DecodeError> {
        let mut readings = self.readings.get()?;
        let before = readings.len();
        readings.retain(|r| r.complete || r.id != id);
        if readings.len() == before {
            return Ok(false);
        }
        self.readings.set(&readings)?;
        Ok(true)
    }

    /// Adds a reading, or replaces the one with the same id (a reading saved card by card).
    pub fn upsert_reading(&mut self, reading: Reading) -> Result<(), DecodeError> {
        let mut readings = self.readings.get()?;
        match readings.iter_mut().find(|r| r.id == reading.id) {
            Some(existing) => *existing = reading,
            None => readings.push(reading),
        }
        self.readings.set(&readings)
    }

    /// Reopens a closed case.
    pub fn reopen(&mut self) {
        self.status = CaseStatus::Open;
        self.closed_on = None;
    }
}

/// `prefix-N` with N one more than the highest N among `used`.
fn next_free_id<'a>(prefix: &str, used: impl Iterator<Item = &'a str>) -> String {
    let highest = used
        .filter_map(|id| {
            id.strip_prefix(prefix)?
                .strip_prefix('-')?
                .parse::<u64>()
                .ok()
        })
        .max()
        .unwrap_or(0);
    format!("{prefix}-{}", highest + 1)
}

impl Migrate for Person {
    fn migrate(from: u32, data: String) -> Result<String, DecodeError> {
        match from {
            // Schema 2 added conversations, outcomes and unplanned outcomes: lists that
            // deserialise as empty when absent, so the text needs no change.
            1 => Ok(data),
            // Schema 3 added readings: a list that deserialises as empty when absent, so the
            // text needs no change. The schema still moves on, so that an older app refuses a
            // record with readings instead of saving it back without them.
            2 => Ok(data),
            _ => Err(DecodeError::BadData(format!(
                "no migration from schema {from}"
            ))),
        }
    }
}

/// The fields of the person form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldId {
    /// `Name or initials`.
    Name,
    /// `Referral date`.
    ReferralDate,
    /// `Key worker`.
    KeyWorker,
    /// `Carer`.
    Carer,
    /// `Needs and presentation`.
    Presentation,
}

impl FieldId {
    /// The HTML id of the field's input; its error message uses this id with `-error`.
    pub fn html_id(self) -> &'static str {
        match self {
            FieldId::Name => "person-name",
            FieldId::ReferralDate => "person-referral-date",
            FieldId::KeyWorker => "person-key-worker",
            FieldId::Carer => "person-carer",
            FieldId::Presentation => "person-presentation",
        }
    }
}

/// A problem with one field of a form, in words that say how to fix it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldError {
    /// The field at fault.
    pub field: FieldId,
    /// What to do about it.
    pub message: String,
}

/// The person form as typed: every field is text until it validates.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PersonDraft {
    /// `Name or initials`.
    pub name: String,
    /// `Referral date` as `YYYY-MM-DD`.
    pub referral_date: String,
    /// `Key worker`.
    pub key_worker: String,
    /// `Carer (optional)`.
    pub carer: String,
    /// `Needs and presentation`.
    pub presentation: String,
}

/// A draft that passed validation: trimmed text and a real date.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ValidPerson {
    name: String,
    referral_date: NaiveDate,
    key_worker: String,
    carer: String,
    presentation: String,
}

impl PersonDraft {
    /// An empty form with the referral date set to today.
    pub fn new(today: NaiveDate) -> Self {
        PersonDraft {
            referral_date: super::iso_date(today),
            ..PersonDraft::default()
        }
    }

    /// The form filled in from a stored person, for editing.
    pub fn from_person(person: &Person) -> Self {
        PersonDraft {
            name: person.name.clone(),
            referral_date: super::iso_date(person.referral_date),
            key_worker: person.key_worker.clone(),
            carer: person.carer.clone(),
            presentation: person.presentation.clone(),
        }
    }

    /// Checks every field, returning all the problems at once so the form can show them
    /// together.
    pub fn validate(&self, today: NaiveDate) -> Result<ValidPerson, Vec<FieldError>> {
        let mut errors = Vec::new();
        let mut fail = |field, message: String| errors.push(FieldError { field, message });

        let name = self.name.trim();
        if name.is_empty() {
            fail(FieldId::Name, "Enter the person's name or initials.".into());
        }
        for (field, label, text) in [
            (FieldId::Name, "The name", name),
            (FieldId::KeyWorker, "The key worker", self.key_worker.trim()),
            (FieldId::Carer, "The carer", self.carer.trim()),
        ] {
            if text.chars().count() > MAX_SHORT_TEXT {
                fail(
                    field,
                    format!("{label} must be {MAX_SHORT_TEXT} characters or fewer."),
                );
            }
        }
        if self.presentation.chars().count() > MAX_LONG_TEXT {
            fail(
                FieldId::Presentation,
                format!("Needs and presentation must be {MAX_LONG_TEXT} characters or fewer: move older notes elsewhere."),
            );
        }

        let referral_date = match super::parse_iso_date(&self.referral_date) {
            None if self.referral_date.trim().is_empty() => {
                fail(FieldId::ReferralDate, "Enter the referral date.".into());
                None
            }
            None => {
                fail(
                    FieldId::ReferralDate,
                    "Enter the referral date as a real date, for example 22/11/2026.".into(),
                );
                None
            }
            Some(date) if date > today => {
                fail(
                    FieldId::ReferralDate,
                    "The referral date cannot be in the future.".into(),
                );
                None
            }
            Some(date) if date.year() < EARLIEST_REFERRAL_YEAR => {
                fail(
                    FieldId::ReferralDate,
                    format!("The referral date must be in {EARLIEST_REFERRAL_YEAR} or later: check the year."),
                );
                None
            }
            Some(date) => Some(date),
        };

        match referral_date {
            Some(referral_date) if errors.is_empty() => Ok(ValidPerson {
                name: name.to_owned(),
                referral_date,
                key_worker: self.key_worker.trim().to_owned(),
                carer: self.carer.trim().to_owned(),
                presentation: self.presentation.trim_end().to_owned(),
            }),
            _ => Err(errors),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
    }

    fn draft(name: &str, referral_date: &str) -> PersonDraft {
        PersonDraft {
            name: name.into(),
            referral_date: referral_date.into(),
            key_worker: " Sam Patel ".into(),
            carer: String::new(),
            presentation: "Lives alone.\nAnxious about going out.\n\n".into(),
        }
    }

    fn check(draft: PersonDraft, expected: &[FieldId]) {
        let fields: Vec<FieldId> = match draft.validate(today()) {
            Ok(_) => vec![],
            Err(errors) => errors.iter().map(|e| e.field).collect(),
        };
        assert_eq!(fields, expected, "validating {draft:?}");
    }

    #[test]
    fn validates_each_field() {
        check(draft("A.B.", "2026-11-22"), &[]);
        check(draft("Alex", "2020-01-01"), &[]);
        check(draft("", "2026-11-22"), &[FieldId::Name]);
        check(draft("   ", "2026-11-22"), &[FieldId::Name]);
        check(draft("Alex", ""), &[FieldId::ReferralDate]);
        check(draft("Alex", "2026-11-23"), &[FieldId::ReferralDate]);
        check(draft("Alex", "0226-11-01"), &[FieldId::ReferralDate]);
        check(draft("Alex", "22/11/2026"), &[FieldId::ReferralDate]);
        check(
            draft("", "not a date"),
            &[FieldId::Name, FieldId::ReferralDate],
        );
        check(draft(&"x".repeat(121), "2026-11-22"), &[FieldId::Name]);
        let mut long = draft("Alex", "2026-11-22");
        long.presentation = "x".repeat(20_001);
        check(long, &[FieldId::Presentation]);
    }

    #[test]
    fn trims_what_people_type() {
        let valid = draft("  Alex  ", "2026-11-01").validate(today()).unwrap();
        let person = Person::create(PersonId::generate(10, 20), valid);
        assert_eq!(person.name, "Alex");
        assert_eq!(person.key_worker, "Sam Patel");
        assert_eq!(
            person.presentation,
            "Lives alone.\nAnxious about going out."
        );
        assert_eq!(person.status, CaseStatus::Open);
        assert_eq!(
            PersonDraft::from_person(&person).referral_date,
            "2026-11-01"
        );
    }

    #[test]
    fn editing_keeps_identity_and_status() {
        let valid = draft("Alex", "2026-11-01").validate(today()).unwrap();
        let mut person = Person::create(PersonId::generate(10, 20), valid);
        person.close(today());
        person.revision = 4;
        let edited = draft("Alex B", "2026-10-01").validate(today()).unwrap();
        person.apply(edited);
        assert_eq!(person.name, "Alex B");
        assert_eq!(person.status, CaseStatus::Closed);
        assert_eq!(person.closed_on, Some(today()));
        assert_eq!(person.revision, 4);
        person.reopen();
        assert_eq!((person.status, person.closed_on), (CaseStatus::Open, None));
    }

    #[test]
    fn next_ids_never_repeat() {
        let valid = draft("Alex", "2026-11-01").validate(today()).unwrap();
        let mut person = Person::create(PersonId::generate(1, 1), valid);
        assert_eq!(person.next_id("c"), "c-1");
        person.unplanned_outcomes.push(UnplannedOutcome {
            id: "u-7".into(),
            date: today(),
            direction: super::super::Direction::Positive,
            note: String::new(),
            changes_the_plan: false,
            domain: None,
        });
        assert_eq!(person.next_id("u"), "u-8");
        assert_eq!(person.next_id("c"), "c-1");
        person.unplanned_outcomes[0].id = "u-x".into();
        assert_eq!(person.next_id("u"), "u-1");
    }

    #[test]
    fn ids_are_checked() {
        assert_eq!(PersonId::generate(0, 35).as_str(), "p-0z");
        assert_eq!(PersonId::generate(36, 1).as_str(), "p-101");
        for (text, ok) in [
            ("p-abc", true),
            ("", false),
            ("P-ABC", false),
            ("p/abc", false),
            ("<script>", false),
        ] {
            assert_eq!(PersonId::parse(text).is_some(), ok, "{text:?}");
        }
        assert!(serde_json::from_str::<PersonId>("\"../index\"").is_err());
    }
}
