//! Reflection: after a period, the service answers four questions and keeps the answers,
//! dated, with the dashboard's figures as they stood that day (a small summary, so that a
//! later change of aims or records does not rewrite what the service saw).
//!
//! ```
//! use outcome_focus::domain::{ReflectionDraft, REFLECTION_QUESTIONS};
//!
//! let mut draft = ReflectionDraft::default();
//! assert!(draft.check().is_err());
//! draft.answers[1] = "Visits to key places".into();
//! assert!(draft.check().is_ok());
//! assert_eq!(REFLECTION_QUESTIONS[1], "What has been most effective?");
//! ```

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use thiserror::Error;

use super::super::form_error::NamesField;
use super::aims::Aim;
use super::dashboard::{dashboard, Dashboard, DashboardFilter, ServiceData, TargetResult, Verdict};
use crate::domain::dates::parse_iso_date;
use crate::domain::envelope::{DecodeError, Migrate};
use crate::domain::form_error::{too_long, MAX_NOTE};

/// The four questions, in the order the page asks them.
pub const REFLECTION_QUESTIONS: [&str; 4] = [
    "How do services need to change?",
    "What has been most effective?",
    "Who do you need to communicate with?",
    "How can we share success with others?",
];

/// One target's figures on the day of a reflection.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TargetFigures {
    /// The aim's words.
    pub aim: String,
    /// The target in words.
    pub target: String,
    /// How many people (readings) or outcomes (statuses) met it.
    pub part: usize,
    /// Out of how many counted.
    pub whole: usize,
    /// The share it aimed for, in percent.
    pub target_percent: u32,
    /// Whether it was met.
    pub met: bool,
    /// How many people the figure rests on.
    pub based_on: usize,
    /// The median change in quarter points (readings targets only), exact as computed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub median_change_quarters: Option<i32>,
}

/// The dashboard's figures on the day of a reflection.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FiguresSnapshot {
    /// The period the figures covered: from …
    #[serde(
        default,
        deserialize_with = "crate::domain::dates::stored::optional_date"
    )]
    pub from: Option<NaiveDate>,
    /// … to.
    #[serde(
        default,
        deserialize_with = "crate::domain::dates::stored::optional_date"
    )]
    pub to: Option<NaiveDate>,
    /// Open cases counted.
    pub open: usize,
    /// Closed cases counted.
    pub closed: usize,
    /// Each target of each aim.
    pub targets: Vec<TargetFigures>,
    /// Unplanned outcomes for the better.
    pub unplanned_positive: usize,
    /// Unplanned outcomes for the worse.
    pub unplanned_negative: usize,
    /// Reviews due.
    pub reviews_due: usize,
    /// Reviews overdue.
    pub reviews_overdue: usize,
}

impl FiguresSnapshot {
    /// The figures as they stood on `date`: everyone, every record dated up to and
    /// including that day, and reviews due or overdue as of it, so that a reflection written
    /// later about an earlier day keeps that day's figures.
    pub fn on_day(data: &ServiceData, aims: &[Aim], date: NaiveDate) -> Self {
        let filter = DashboardFilter {
            to: Some(date),
            ..DashboardFilter::default()
        };
        FiguresSnapshot::of(&dashboard(data, aims, &filter, date), &filter)
    }

    /// The figures of `dashboard`, computed under `filter`, to keep.
    pub fn of(dashboard: &Dashboard, filter: &DashboardFilter) -> Self {
        let targets = dashboard
            .aims
            .iter()
            .flat_map(|aim| {
                aim.targets.iter().map(|result| {
                    let (share, target_percent) = result.share();
                    TargetFigures {
                        aim: aim.words.clone(),
                        target: result.describe(),
                        part: share.part,
                        whole: share.whole,
                        target_percent,
                        met: result.verdict() == Verdict::Met,
                        based_on: result.based_on(),
                        median_change_quarters: match result {
                            // Medians are whole quarter points, so this is exact.
                            TargetResult::Readings(r) => {
                                r.median_change.map(|m| (m * 4.0).round() as i32)
                            }
                            TargetResult::OutcomeStatus(_) => None,
                        },
                    }
                })
            })
            .collect();
        FiguresSnapshot {
            from: filter.from,
            to: filter.to,
            open: dashboard.people.open,
            closed: dashboard.people.closed,
            targets,
            unplanned_positive: dashboard.unplanned.positive,
            unplanned_negative: dashboard.unplanned.negative,
            reviews_due: dashboard.reviews.due,
            reviews_overdue: dashboard.reviews.overdue,
        }
    }
}

/// A dated reflection: the four answers and the figures they reflect on.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reflection {
    /// Stable id within the service's reflections: `f-1`.
    pub id: String,
    /// When it was written.
    #[serde(deserialize_with = "crate::domain::dates::stored::date")]
    pub date: NaiveDate,
    /// The answers, in [`REFLECTION_QUESTIONS`] order; blank where not answered.
    pub answers: [String; 4],
    /// The dashboard's figures that day.
    pub figures: FiguresSnapshot,
}

/// The service's reflections, as stored under their own key, oldest first.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reflections {
    /// Counts the saves, so that a tab holding an older copy cannot overwrite a newer one.
    #[serde(default)]
    pub revision: u64,
    /// The reflections kept.
    #[serde(default)]
    pub reflections: Vec<Reflection>,
}

impl Reflections {
    /// Keeps a new reflection of `draft`'s answers, dated `today`, with the dashboard's
    /// figures; returns its id, or what to correct.
    pub fn add(
        &mut self,
        draft: &ReflectionDraft,
        today: NaiveDate,
        figures: FiguresSnapshot,
    ) -> Result<String, Vec<ReflectionError>> {
        let answers = draft.check()?;
        let highest = self
            .reflections
            .iter()
            .filter_map(|r| r.id.strip_prefix("f-")?.parse::<u64>().ok())
            .max()
            .unwrap_or(0);
        let id = format!("f-{}", highest + 1);
        self.reflections.push(Reflection {
            id: id.clone(),
            date: today,
            answers,
            figures,
        });
        Ok(id)
    }

    /// The reflection with this id.
    pub fn get(&self, id: &str) -> Option<&Reflection> {
        self.reflections.iter().find(|r| r.id == id)
    }
}

impl Migrate for Reflections {
    fn migrate(from: u32, _data: String) -> Result<String, DecodeError> {
        // Reflections were first stored under schema 3.
        Err(DecodeError::BadData(format!(
            "no reflections were stored under schema {from}"
        )))
    }
}

/// What is wrong with the reflection form.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum ReflectionError {
    /// No question answered.
    #[error("Answer at least one of the questions before keeping the reflection.")]
    Empty,
    /// An answer is too long (the question's place, from 0).
    #[error("That answer is too long: keep it to {MAX_NOTE} characters or fewer.")]
    TooLong(usize),
    /// No date.
    #[error("Enter the date of the reflection.")]
    NoDate,
    /// The date is not a real date.
    #[error("Enter the date of the reflection as a real date, for example 22/11/2026.")]
    BadDate,
    /// The date is after today.
    #[error("The date of the reflection cannot be in the future.")]
    FutureDate,
}

/// The HTML id of the reflection's date field.
pub const REFLECTION_DATE_FIELD: &str = "reflection-date";

/// The reflection's date from the form's `YYYY-MM-DD`: a real day, not after `today`.
pub fn reflection_date(text: &str, today: NaiveDate) -> Result<NaiveDate, ReflectionError> {
    if text.trim().is_empty() {
        return Err(ReflectionError::NoDate);
    }
    match parse_iso_date(text) {
        None => Err(ReflectionError::BadDate),
        Some(date) if date > today => Err(ReflectionError::FutureDate),
        Some(date) => Ok(date),
    }
}

impl NamesField for ReflectionError {
    fn field_id(&self) -> String {
        self.field()
    }
}

impl ReflectionError {
    /// The HTML id of the field at fault: `reflection-<n>` (the first, when none answered),
    /// or [`REFLECTION_DATE_FIELD`].
    pub fn field(&self) -> String {
        match self {
            ReflectionError::Empty => "reflection-0".to_owned(),
            ReflectionError::TooLong(n) => format!("reflection-{n}"),
            ReflectionError::NoDate | ReflectionError::BadDate | ReflectionError::FutureDate => {
                REFLECTION_DATE_FIELD.to_owned()
            }
        }
    }
}

/// The reflection form, as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ReflectionDraft {
    /// The answers, in [`REFLECTION_QUESTIONS`] order.
    pub answers: [String; 4],
}

impl ReflectionDraft {
    /// The answers trimmed, or what to correct.
    pub fn check(&self) -> Result<[String; 4], Vec<ReflectionError>> {
        let answers = self.answers.clone().map(|a| a.trim().to_owned());
        let mut errors: Vec<ReflectionError> = (0..4)
            .filter(|&n| too_long(&answers[n], MAX_NOTE))
            .map(ReflectionError::TooLong)
            .collect();
        if answers.iter().all(String::is_empty) {
            errors.push(ReflectionError::Empty);
        }
        if errors.is_empty() {
            Ok(answers)
        } else {
            Err(errors)
        }
    }
}

#[cfg(test)]
mod tests;
