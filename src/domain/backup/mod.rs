//! Backups: one JSON file of every record the app keeps in this browser, in their stored
//! envelopes, and the way back in.
//!
//! - [`export_backup`] writes the file; [`backup_file_name`] names it with the date, the
//!   schema and the app version.
//! - [`parse_backup`] checks a file completely (JSON, not cut short, not from a newer
//!   version, the right shape, no duplicate ids, sane sizes) before anything is written, and
//!   migrates older envelopes to the current schema.
//! - [`preview`] says what an import would change; [`plan_merge`] (the newer copy of each
//!   record wins, nothing is deleted) and [`plan_replace`] say exactly which keys would be
//!   written; [`apply`] writes them, and puts everything back if any write fails.
//! - [`wipe`] removes every key the app owns, and nothing else.
//!
//! ```
//! use chrono::{TimeZone, Utc};
//! use outcome_focus::domain::{apply, export_backup, parse_backup, plan_merge, Keys, MemoryStore};
//!
//! let now = Utc.with_ymd_and_hms(2026, 11, 22, 9, 0, 0).unwrap();
//! let keys = Keys::default();
//! let exported = export_backup(&MemoryStore::default(), &keys, now).unwrap();
//! let backup = parse_backup(&exported.text, &keys).unwrap();
//! let other = MemoryStore::default();
//! apply(&other, &plan_merge(&other, &keys, &backup, now).unwrap()).unwrap();
//! ```

use chrono::{DateTime, Utc};
use thiserror::Error;

use super::envelope::{DecodeError, CURRENT_SCHEMA};
use super::store::StoreError;

mod contents;
mod device;
mod export;
mod parse;
mod plan;
mod wipe;

pub use contents::BackupContents;
pub use device::{read_notes, reminder_due, write_notes, DeviceNotes, DEFAULT_REMINDER_DAYS};
pub use export::{backup_file_name, export_backup, record_times, Exported, RecordTimes};
pub use parse::{parse_backup, Backup, BackupRecord};
pub use plan::{
    apply, plan_merge, plan_replace, preview, NewerCopy, Preview, PreviewPerson, Write,
};
pub use wipe::wipe;

/// What a backup file says it is, so that another JSON file is told apart at once.
pub const BACKUP_FORMAT: &str = "outcome-focus-backup";
/// The app's version, written into every backup and its file name.
pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");
/// The largest backup file accepted, in bytes. A browser keeps at most about 10 MB of local
/// storage; a file far bigger than that cannot be one of ours.
pub const MAX_BACKUP_BYTES: usize = 25 * 1024 * 1024;
/// The most records a backup may hold.
pub const MAX_RECORDS: usize = 20_000;
/// The longest single stored value accepted, in characters (a whole browser's quota).
pub const MAX_VALUE_CHARS: usize = 10 * 1024 * 1024;
/// The longest key accepted.
pub const MAX_KEY_CHARS: usize = 512;

/// Why a backup file was not imported. Nothing was written in any case.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum BackupError {
    /// Far bigger than any backup could be.
    #[error("This file is {size} bytes, far bigger than any Outcome Focus backup can be ({max} bytes at most). Choose the backup file you exported. Nothing was changed.")]
    TooLarge {
        /// Its size in bytes.
        size: usize,
        /// The largest accepted.
        max: usize,
    },
    /// Not JSON text at all.
    #[error("This file is not a backup: it is not JSON text ({0}). Choose the .json file that Export backup saved. Nothing was changed.")]
    NotJson(String),
    /// JSON that stops before its end: a download or a copy that did not finish.
    #[error("This backup file is cut short: it ends before it is complete, perhaps because a download or a copy did not finish. Export the backup again, or use another copy. Nothing was changed.")]
    Truncated,
    /// JSON, but not an Outcome Focus backup.
    #[error("This file is JSON but not an Outcome Focus backup. Choose the file that Export backup saved (its name starts with outcome-focus-backup). Nothing was changed.")]
    NotABackup,
    /// Written by a newer version of the app.
    #[error("This backup was made by a newer version of Outcome Focus (format {0}; this version reads up to format {CURRENT_SCHEMA}). Open the latest version of the app to import it. Nothing was changed.")]
    NewerSchema(u32),
    /// A backup whose parts have the wrong types.
    #[error(
        "This backup file is damaged: {0}. Use another copy of the backup. Nothing was changed."
    )]
    WrongShape(String),
    /// The same key twice.
    #[error("This backup file is damaged: it holds {0} twice, so it is not clear which copy to keep. Use another copy of the backup. Nothing was changed.")]
    DuplicateKey(String),
    /// Two records for the same person.
    #[error("This backup file is damaged: it holds two records for the same person ({0}). Use another copy of the backup. Nothing was changed.")]
    DuplicatePerson(String),
    /// A key that is not the app's.
    #[error("This backup file holds data that is not Outcome Focus's ({0}), so it was not imported. Use a file that Export backup saved. Nothing was changed.")]
    ForeignKey(String),
    /// More records than any backup could hold (counting stops at the first one too many).
    #[error("This backup file holds more records than any Outcome Focus backup can ({MAX_RECORDS} at most). Nothing was changed.")]
    TooManyRecords(usize),
    /// One record could not be read.
    #[error("The record {key} in this backup could not be read: {error}. Use another copy of the backup. Nothing was changed.")]
    BadRecord {
        /// Its key.
        key: String,
        /// What is wrong with it.
        error: DecodeError,
    },
}

/// Why an import or a wipe could not be written. Everything stored before is still there.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum ApplyError {
    /// The browser's storage is full.
    #[error("There is not enough room in this browser's storage for this backup, so nothing was imported and your data is as it was. Export a backup of what is here, delete closed cases you no longer need (or use Replace), then try again.")]
    QuotaExceeded,
    /// Storage is blocked.
    #[error("This browser is not letting Outcome Focus write to its storage, so nothing was changed. Allow this site to store data, then try again.")]
    Unavailable,
    /// Anything else the browser reported.
    #[error("The browser reported a problem ({0}), so nothing was changed. Try again.")]
    Other(String),
}

impl From<StoreError> for ApplyError {
    fn from(error: StoreError) -> Self {
        match error {
            StoreError::QuotaExceeded => ApplyError::QuotaExceeded,
            StoreError::Unavailable => ApplyError::Unavailable,
            StoreError::Other(message) => ApplyError::Other(message),
        }
    }
}

/// The parts of an envelope a backup needs without knowing the record's type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Head {
    pub schema: u32,
    pub saved_at: DateTime<Utc>,
}

/// Reads the schema and the time an envelope was saved.
pub(crate) fn head(text: &str) -> Result<Head, DecodeError> {
    let envelope: super::envelope::Envelope<serde::de::IgnoredAny> = serde_json::from_str(text)
        .map_err(|e| match e.classify() {
            serde_json::error::Category::Data => DecodeError::NotAnEnvelope,
            _ => DecodeError::NotJson(e.to_string()),
        })?;
    match envelope.schema {
        0 => Err(DecodeError::NotAnEnvelope),
        newer if newer > CURRENT_SCHEMA => Err(DecodeError::NewerSchema(newer)),
        schema => Ok(Head {
            schema,
            saved_at: envelope.saved_at,
        }),
    }
}

#[cfg(test)]
mod tests;
