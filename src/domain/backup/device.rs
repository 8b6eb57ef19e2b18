//! What this browser remembers about itself, apart from the records: when the last backup
//! was made and whether the welcome notice was dismissed. Never part of a backup.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::super::envelope::{decode, encode, DecodeError, Migrate};
use super::super::keys::Keys;
use super::super::store::{KeyValueStore, StoreError};

/// The number of days after which, with changes since, the app suggests a backup.
pub const DEFAULT_REMINDER_DAYS: u32 = 14;

/// The device's notes, stored under [`crate::domain::Keys::device`].
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeviceNotes {
    /// When a backup was last exported from this browser.
    #[serde(
        default,
        deserialize_with = "crate::domain::dates::stored::optional_time"
    )]
    pub last_backup: Option<DateTime<Utc>>,
    /// Whether the notice about where data is kept was dismissed.
    #[serde(default)]
    pub welcome_dismissed: bool,
}

impl Migrate for DeviceNotes {
    fn migrate(from: u32, _data: String) -> Result<String, DecodeError> {
        // The device's notes were first stored under schema 3.
        Err(DecodeError::BadData(format!(
            "no device notes were stored under schema {from}"
        )))
    }
}

/// Whether to suggest a backup: records changed since the last backup (or, with none yet,
/// since the earliest record was saved) and `days` whole days have passed since then.
pub fn reminder_due(
    last_backup: Option<DateTime<Utc>>,
    changes: Option<super::RecordTimes>,
    now: DateTime<Utc>,
    days: u32,
) -> bool {
    let Some((earliest, latest)) = changes else {
        return false;
    };
    let since = match last_backup {
        Some(backup) if latest <= backup => return false,
        Some(backup) => backup,
        None => earliest,
    };
    (now - since).num_days() >= i64::from(days)
}

/// The device's notes; none stored yet, or unreadable, reads as the defaults (they only
/// steer notices, so defaults are safe).
pub fn read_notes<S: KeyValueStore>(store: &S, keys: &Keys) -> DeviceNotes {
    store
        .get(&keys.device())
        .ok()
        .flatten()
        .and_then(|text| decode::<DeviceNotes>(&text).ok())
        .map(|envelope| envelope.data)
        .unwrap_or_default()
}

/// Saves the device's notes.
pub fn write_notes<S: KeyValueStore>(
    store: &S,
    keys: &Keys,
    notes: &DeviceNotes,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    store.set(&keys.device(), &encode(notes, now))
}
