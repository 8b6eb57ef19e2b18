//! The service's settings: how often people's work is reviewed. Stored under one key of its
//! own (see [`super::Repository::load_service_record`]).
//!
//! ```
//! use outcome_focus::domain::{ServiceSettings, SettingsDraft};
//!
//! let mut draft = SettingsDraft::from(&ServiceSettings::default());
//! assert_eq!(draft.review_interval_months, "6");
//! draft.review_interval_months = "4".into();
//! let settings = draft.apply(&ServiceSettings::default()).unwrap();
//! assert_eq!(settings.schedule().interval_months, 4);
//! ```

use serde::{Deserialize, Serialize};

use super::envelope::{DecodeError, Migrate};
use super::schedule::ReviewSchedule;

/// The shortest review interval a service can set, in months.
pub const MIN_REVIEW_INTERVAL: u32 = 1;
/// The longest review interval a service can set, in months: reviews at least every 2 years.
pub const MAX_REVIEW_INTERVAL: u32 = 24;

/// The service's settings, as stored.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ServiceSettings {
    /// Counts the saves, so that a tab holding an older copy cannot overwrite a newer one.
    #[serde(default)]
    pub revision: u64,
    /// Months between reviews after the 3-month review.
    #[serde(default = "default_interval")]
    pub review_interval_months: u32,
    /// Days after the last backup, with changes since, before the app suggests another.
    /// Left out of the stored value while it is the default, so that settings saved before
    /// it existed and after are written alike (schema 3 either way).
    #[serde(
        default = "default_reminder_days",
        skip_serializing_if = "is_default_reminder"
    )]
    pub backup_reminder_days: u32,
}

fn default_reminder_days() -> u32 {
    super::backup::DEFAULT_REMINDER_DAYS
}

fn is_default_reminder(days: &u32) -> bool {
    *days == default_reminder_days()
}

fn default_interval() -> u32 {
    ReviewSchedule::default().interval_months
}

impl Default for ServiceSettings {
    fn default() -> Self {
        ServiceSettings {
            revision: 0,
            review_interval_months: default_interval(),
            backup_reminder_days: default_reminder_days(),
        }
    }
}

impl ServiceSettings {
    /// When reviews fall due under these settings. A stored interval out of range (edited by
    /// hand) falls back to the nearest allowed one rather than to nonsense dates.
    pub fn schedule(&self) -> ReviewSchedule {
        ReviewSchedule {
            interval_months: self
                .review_interval_months
                .clamp(MIN_REVIEW_INTERVAL, MAX_REVIEW_INTERVAL),
            ..ReviewSchedule::default()
        }
    }
}

impl Migrate for ServiceSettings {
    fn migrate(from: u32, _data: String) -> Result<String, DecodeError> {
        // Settings were first stored under schema 3.
        Err(DecodeError::BadData(format!(
            "no settings were stored under schema {from}"
        )))
    }
}

/// The fewest days between backup reminders a service can set.
pub const MIN_REMINDER_DAYS: u32 = 1;
/// The most days between backup reminders a service can set: at least one a year.
pub const MAX_REMINDER_DAYS: u32 = 365;

/// The settings form, as typed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SettingsDraft {
    /// Months between reviews, as typed.
    pub review_interval_months: String,
    /// Days before a backup is suggested, as typed.
    pub backup_reminder_days: String,
}

impl From<&ServiceSettings> for SettingsDraft {
    fn from(settings: &ServiceSettings) -> Self {
        SettingsDraft {
            review_interval_months: settings.review_interval_months.to_string(),
            backup_reminder_days: settings.backup_reminder_days.to_string(),
        }
    }
}

impl SettingsDraft {
    /// The days between backup reminders, or what to correct.
    pub fn reminder_days(&self) -> Result<u32, String> {
        self.backup_reminder_days
            .trim()
            .parse::<u32>()
            .ok()
            .filter(|d| (MIN_REMINDER_DAYS..=MAX_REMINDER_DAYS).contains(d))
            .ok_or_else(|| {
                format!(
                    "Enter the days before a backup is suggested as a whole number from {MIN_REMINDER_DAYS} to {MAX_REMINDER_DAYS}."
                )
            })
    }

    /// The settings with this form's review interval, or what to correct. The reminder days
    /// are checked by [`SettingsDraft::reminder_days`].
    pub fn apply(&self, settings: &ServiceSettings) -> Result<ServiceSettings, String> {
        let months = self
            .review_interval_months
            .trim()
            .parse::<u32>()
            .ok()
            .filter(|m| (MIN_REVIEW_INTERVAL..=MAX_REVIEW_INTERVAL).contains(m))
            .ok_or_else(|| {
                format!(
                    "Enter the months between reviews as a whole number from {MIN_REVIEW_INTERVAL} to {MAX_REVIEW_INTERVAL}."
                )
            })?;
        Ok(ServiceSettings {
            review_interval_months: months,
            backup_reminder_days: self
                .reminder_days()
                .unwrap_or(settings.backup_reminder_days),
            ..settings.clone()
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_interval_is_a_whole_number_of_months_in_range() {
        let stored = ServiceSettings::default();
        for (typed, expected) in [
            ("6", Some(6)),
            (" 3 ", Some(3)),
            ("1", Some(1)),
            ("24", Some(24)),
            ("0", None),
            ("25", None),
            ("-2", None),
            ("2.5", None),
            ("six", None),
            ("", None),
        ] {
            let draft = SettingsDraft {
                review_interval_months: typed.into(),
                backup_reminder_days: "14".into(),
            };
            let applied = draft.apply(&stored).ok().map(|s| s.review_interval_months);
            assert_eq!(applied, expected, "typed {typed:?}");
        }
    }

    #[test]
    fn the_reminder_is_a_whole_number_of_days_in_range() {
        for (typed, expected) in [
            ("14", Some(14)),
            (" 7 ", Some(7)),
            ("1", Some(1)),
            ("365", Some(365)),
            ("0", None),
            ("366", None),
            ("two weeks", None),
            ("", None),
        ] {
            let draft = SettingsDraft {
                review_interval_months: "6".into(),
                backup_reminder_days: typed.into(),
            };
            assert_eq!(draft.reminder_days().ok(), expected, "typed {typed:?}");
        }
    }

    #[test]
    fn the_schedule_uses_the_interval_and_keeps_the_three_month_review() {
        for (stored, interval) in [(6, 6), (4, 4), (0, 1), (99, 24)] {
            let settings = ServiceSettings {
                revision: 1,
                review_interval_months: stored,
                ..ServiceSettings::default()
            };
            let schedule = settings.schedule();
            assert_eq!(schedule.interval_months, interval, "stored {stored}");
            assert_eq!(schedule.first_review_months, 3);
        }
    }

    #[test]
    fn missing_fields_read_as_the_defaults() {
        let settings: ServiceSettings = serde_json::from_str("{}").unwrap();
        assert_eq!(settings, ServiceSettings::default());
        assert_eq!(settings.review_interval_months, 6);
        assert_eq!(settings.backup_reminder_days, 14);
    }
}
