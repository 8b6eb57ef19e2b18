//! The service's settings: its name, how often people's work is reviewed, and the outcome
//! domains it adds to the built-in ones. Stored under one key of its own (see
//! [`super::Repository::load_service_record`]).
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

use thiserror::Error;

use super::cards::MAX_DOMAIN;
use super::envelope::{DecodeError, Migrate};
use super::form_error::too_long;
use super::form_error::NamesField;
use super::outcome::BUILT_IN_DOMAINS;
use super::public_address::{check_public_address, PublicAddressError};
use super::schedule::ReviewSchedule;

/// The shortest review interval a service can set, in months.
pub const MIN_REVIEW_INTERVAL: u32 = 1;
/// The longest review interval a service can set, in months: reviews at least every 2 years.
pub const MAX_REVIEW_INTERVAL: u32 = 24;

/// The longest service name we accept: a name, not a paragraph.
pub const MAX_SERVICE_NAME: usize = 120;
/// The most outcome domains a service may add: enough for any service, few enough to pick from.
pub const MAX_EXTRA_DOMAINS: usize = 20;

/// The HTML id of the service name field.
pub const SETTINGS_NAME: &str = "service-name";
/// The HTML id of the review interval field.
pub const SETTINGS_INTERVAL: &str = "review-interval";
/// The HTML id of the extra domains field (one domain a line).
pub const SETTINGS_DOMAINS: &str = "extra-domains";
/// The HTML id of the backup reminder field.
pub const SETTINGS_REMINDER: &str = "backup-reminder-days";
/// The HTML id of the public address field.
pub const SETTINGS_PUBLIC_ADDRESS: &str = "public-address";

/// The service's settings, as stored. Fields added after schema 3 shipped have defaults and
/// are left out while empty, so settings saved before them read and write back unchanged.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ServiceSettings {
    /// Counts the saves, so that a tab holding an older copy cannot overwrite a newer one.
    #[serde(default)]
    pub revision: u64,
    /// Months between reviews after the 3-month review.
    #[serde(default = "default_interval")]
    pub review_interval_months: u32,
    /// The service's name, for the dashboard and the report; blank until set.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub name: String,
    /// Outcome domains the service adds to [`BUILT_IN_DOMAINS`], in its own order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub extra_domains: Vec<String>,
    /// Days after the last backup, with changes since, before the app suggests another.
    /// Left out of the stored value while it is the default, so that settings saved before
    /// it existed and after are written alike (schema 3 either way).
    #[serde(
        default = "default_reminder_days",
        skip_serializing_if = "is_default_reminder"
    )]
    pub backup_reminder_days: u32,
    /// Where people's phones can open this app (see [`super::public_address`]), ending in
    /// `/`; blank to use the address in the browser's address bar. Left out while blank, so
    /// that settings saved before it existed are written back byte for byte.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub public_address: String,
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
            name: String::new(),
            extra_domains: Vec::new(),
            public_address: String::new(),
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

impl ServiceSettings {
    /// Every outcome domain the service uses: the built-in ones, then its own.
    pub fn domains(&self) -> Vec<&str> {
        BUILT_IN_DOMAINS
            .iter()
            .copied()
            .chain(self.extra_domains.iter().map(String::as_str))
            .collect()
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

/// What is wrong with the settings form, in words that say what to do.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum SettingsError {
    /// The review interval is not a whole number in range.
    #[error("Enter the months between reviews as a whole number from {MIN_REVIEW_INTERVAL} to {MAX_REVIEW_INTERVAL}.")]
    Interval,
    /// The service name is too long.
    #[error("Keep the service's name to {MAX_SERVICE_NAME} characters or fewer.")]
    NameTooLong,
    /// One added domain is too long.
    #[error(
        "The domain \"{0}\" is too long: keep each domain to {MAX_DOMAIN} characters or fewer."
    )]
    DomainTooLong(String),
    /// A domain is listed twice, or repeats a built-in one.
    #[error("\"{0}\" is already a domain: list each domain once.")]
    DomainRepeated(String),
    /// Too many domains added.
    #[error("Add at most {MAX_EXTRA_DOMAINS} domains of your own.")]
    TooManyDomains,
    /// The days before a backup is suggested are not a whole number in range.
    #[error("Enter the days before a backup is suggested as a whole number from {MIN_REMINDER_DAYS} to {MAX_REMINDER_DAYS}.")]
    ReminderDays,
    /// The public address cannot be used.
    #[error("{0}")]
    PublicAddress(PublicAddressError),
}

impl NamesField for SettingsError {
    fn field_id(&self) -> String {
        self.field().into()
    }
}

impl SettingsError {
    /// The HTML id of the field at fault.
    pub fn field(&self) -> &'static str {
        match self {
            SettingsError::Interval => SETTINGS_INTERVAL,
            SettingsError::ReminderDays => SETTINGS_REMINDER,
            SettingsError::NameTooLong => SETTINGS_NAME,
            SettingsError::PublicAddress(_) => SETTINGS_PUBLIC_ADDRESS,
            SettingsError::DomainTooLong(_)
            | SettingsError::DomainRepeated(_)
            | SettingsError::TooManyDomains => SETTINGS_DOMAINS,
        }
    }
}

/// The settings form, as typed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SettingsDraft {
    /// Months between reviews, as typed.
    pub review_interval_months: String,
    /// Days before a backup is suggested, as typed.
    pub backup_reminder_days: String,
    /// The service's name.
    pub name: String,
    /// The service's own outcome domains, one a line.
    pub extra_domains: String,
    /// This app's public address, as typed.
    pub public_address: String,
}

impl From<&ServiceSettings> for SettingsDraft {
    fn from(settings: &ServiceSettings) -> Self {
        SettingsDraft {
            review_interval_months: settings.review_interval_months.to_string(),
            backup_reminder_days: settings.backup_reminder_days.to_string(),
            name: settings.name.clone(),
            extra_domains: settings.extra_domains.join("\n"),
            public_address: settings.public_address.clone(),
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

    /// The settings with every field of this form, or everything to correct (each error
    /// names its field with [`SettingsError::field`]).
    pub fn apply_all(
        &self,
        settings: &ServiceSettings,
    ) -> Result<ServiceSettings, Vec<SettingsError>> {
        let mut errors = Vec::new();
        let interval = self
            .apply(settings)
            .map_err(|_| errors.push(SettingsError::Interval));
        if self.reminder_days().is_err() {
            errors.push(SettingsError::ReminderDays);
        }
        let name = self.name.trim();
        if too_long(name, MAX_SERVICE_NAME) {
            errors.push(SettingsError::NameTooLong);
        }
        let mut domains: Vec<String> = Vec::new();
        for line in self
            .extra_domains
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
        {
            let known = BUILT_IN_DOMAINS
                .iter()
                .copied()
                .chain(domains.iter().map(String::as_str))
                .any(|d| d.eq_ignore_ascii_case(line));
            if too_long(line, MAX_DOMAIN) {
                errors.push(SettingsError::DomainTooLong(line.to_owned()));
            } else if known {
                errors.push(SettingsError::DomainRepeated(line.to_owned()));
            } else {
                domains.push(line.to_owned());
            }
        }
        if domains.len() > MAX_EXTRA_DOMAINS {
            errors.push(SettingsError::TooManyDomains);
        }
        let public_address = check_public_address(&self.public_address)
            .map_err(|error| errors.push(SettingsError::PublicAddress(error)));
        match (interval, public_address, errors.is_empty()) {
            (Ok(applied), Ok(public_address), true) => Ok(ServiceSettings {
                name: name.to_owned(),
                extra_domains: domains,
                public_address: public_address.unwrap_or_default(),
                ..applied
            }),
            _ => Err(errors),
        }
    }

    /// The settings with this form's review interval (name and domains as stored), or what
    /// to correct; the reminder days are checked by [`SettingsDraft::reminder_days`]. The settings page used this before the service had a name and domains.
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
                ..SettingsDraft::from(&stored)
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
                backup_reminder_days: typed.into(),
                ..SettingsDraft::from(&ServiceSettings::default())
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

    #[test]
    fn reminder_days_are_checked_with_the_rest() {
        let draft = SettingsDraft {
            review_interval_months: "0".into(),
            backup_reminder_days: "366".into(),
            ..SettingsDraft::from(&ServiceSettings::default())
        };
        let fields: Vec<&str> = draft
            .apply_all(&ServiceSettings::default())
            .unwrap_err()
            .iter()
            .map(SettingsError::field)
            .collect();
        assert_eq!(fields, [SETTINGS_INTERVAL, SETTINGS_REMINDER]);
        let draft = SettingsDraft {
            backup_reminder_days: " 30 ".into(),
            ..SettingsDraft::from(&ServiceSettings::default())
        };
        let settings = draft.apply_all(&ServiceSettings::default()).unwrap();
        assert_eq!(settings.backup_reminder_days, 30);
    }

    #[test]
    fn name_and_domains_are_checked_field_by_field() {
        fn check(name: &str, domains: &str, expected: Result<(&str, &[&str]), &[&str]>) {
            let draft = SettingsDraft {
                name: name.into(),
                extra_domains: domains.into(),
                ..SettingsDraft::from(&ServiceSettings::default())
            };
            let got = draft.apply_all(&ServiceSettings::default());
            match (got, expected) {
                (Ok(s), Ok((n, d))) => {
                    assert_eq!(s.name, n, "{name:?}");
                    assert_eq!(s.extra_domains, d, "{domains:?}");
                }
                (Err(errors), Err(fields)) => {
                    let got: Vec<&str> = errors.iter().map(SettingsError::field).collect();
                    assert_eq!(got, fields, "{name:?} {domains:?}");
                }
                (got, _) => panic!("{name:?} {domains:?}: got {got:?}"),
            }
        }
        check(" Hill House ", "", Ok(("Hill House", &[])));
        check(
            "",
            "Education\n\n  Family life \n",
            Ok(("", &["Education", "Family life"])),
        );
        check(&"x".repeat(121), "", Err(&[SETTINGS_NAME]));
        check("", "Safety", Err(&[SETTINGS_DOMAINS]));
        check("", "Education\neducation", Err(&[SETTINGS_DOMAINS]));
        check("", &"d".repeat(81), Err(&[SETTINGS_DOMAINS]));
        let many: Vec<String> = (0..21).map(|n| format!("Domain {n}")).collect();
        check("", &many.join("\n"), Err(&[SETTINGS_DOMAINS]));
    }

    #[test]
    fn the_public_address_is_checked_and_stored_as_a_folder() {
        for (typed, expected) in [
            ("", Ok("")),
            ("  ", Ok("")),
            (
                "https://of.example.org/app",
                Ok("https://of.example.org/app/"),
            ),
            (
                "http://of.example.org/index.html",
                Ok("http://of.example.org/"),
            ),
            ("of.example.org", Err(SETTINGS_PUBLIC_ADDRESS)),
            ("http://localhost:8080/", Err(SETTINGS_PUBLIC_ADDRESS)),
            ("mailto:someone@example.org", Err(SETTINGS_PUBLIC_ADDRESS)),
        ] {
            let draft = SettingsDraft {
                public_address: typed.into(),
                ..SettingsDraft::from(&ServiceSettings::default())
            };
            let got = draft
                .apply_all(&ServiceSettings::default())
                .map(|s| s.public_address)
                .map_err(|errors| errors.iter().map(SettingsError::field).collect::<Vec<_>>());
            match (got, expected) {
                (Ok(stored), Ok(address)) => assert_eq!(stored, address, "typed {typed:?}"),
                (Err(fields), Err(field)) => assert_eq!(fields, [field], "typed {typed:?}"),
                (got, _) => panic!("typed {typed:?}: got {got:?}"),
            }
        }
    }

    #[test]
    fn settings_without_a_public_address_are_stored_as_before() {
        let settings = ServiceSettings {
            revision: 2,
            name: "Hill House".into(),
            ..ServiceSettings::default()
        };
        let text = serde_json::to_string(&settings).unwrap();
        assert_eq!(
            text,
            r#"{"revision":2,"review_interval_months":6,"name":"Hill House"}"#
        );
        let with = ServiceSettings {
            public_address: "https://of.example.org/".into(),
            ..settings
        };
        let text = serde_json::to_string(&with).unwrap();
        assert!(text.ends_with(r#","public_address":"https://of.example.org/"}"#));
        assert_eq!(
            serde_json::from_str::<ServiceSettings>(&text).unwrap(),
            with
        );
    }

    #[test]
    fn domains_are_the_built_in_ones_then_the_services() {
        let settings = ServiceSettings {
            extra_domains: vec!["Education".into()],
            ..ServiceSettings::default()
        };
        let domains = settings.domains();
        assert_eq!(domains.len(), 7);
        assert_eq!((domains[0], domains[6]), ("Independence", "Education"));
    }
}
