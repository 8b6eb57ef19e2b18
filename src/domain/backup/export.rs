//! Writing a backup file of every record stored in this browser.

use chrono::{DateTime, SecondsFormat, Utc};
use serde::ser::{SerializeMap, SerializeStruct};
use serde::{Serialize, Serializer};

use super::super::cards::UserDecks;
use super::super::conversation_draft::ConversationDraft;
use super::super::envelope::{decode, Migrate, CURRENT_SCHEMA};
use super::super::keys::{KeyKind, Keys};
use super::super::people::PeopleIndex;
use super::super::person::Person;
use super::super::service_settings::ServiceSettings;
use super::super::store::{KeyValueStore, StoreError};
use super::{head, BackupContents, APP_VERSION, BACKUP_FORMAT};

/// A backup ready to download.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Exported {
    /// The file's name (see [`backup_file_name`]).
    pub file_name: String,
    /// The file's text.
    pub text: String,
    /// How many records it holds.
    pub records: usize,
    /// What it holds, in people's words.
    pub contents: BackupContents,
    /// Keys whose stored value could not be read: the file holds them as kept-aside copies,
    /// so that they are not lost, but they are not restored as records.
    pub unreadable: Vec<String>,
}

/// `outcome-focus-backup-2026-11-22-schema-3-v0.1.0.json`: what it is, when, and which
/// format and app version wrote it, so that a folder of backups sorts by date.
pub fn backup_file_name(exported_at: DateTime<Utc>) -> String {
    format!(
        "outcome-focus-backup-{}-schema-{CURRENT_SCHEMA}-v{APP_VERSION}.json",
        // Not chrono's `format`: its formatting machinery weighs ~7 KB of the download.
        super::super::dates::iso_date(exported_at.date_naive())
    )
}

struct File<'a> {
    exported_at: DateTime<Utc>,
    records: &'a [(String, String)],
}

struct RecordMap<'a>(&'a [(String, String)]);

impl Serialize for RecordMap<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (key, text) in self.0 {
            map.serialize_entry(key, text)?;
        }
        map.end()
    }
}

impl Serialize for File<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut file = serializer.serialize_struct("Backup", 6)?;
        file.serialize_field("format", BACKUP_FORMAT)?;
        file.serialize_field("app", "Outcome Focus")?;
        file.serialize_field("app_version", APP_VERSION)?;
        file.serialize_field("schema", &CURRENT_SCHEMA)?;
        file.serialize_field(
            "exported_at",
            &self
                .exported_at
                .to_rfc3339_opts(SecondsFormat::Millis, true),
        )?;
        file.serialize_field("records", &RecordMap(self.records))?;
        file.end()
    }
}

/// Every record the app keeps under `keys`, in one backup file. The device's own notes are
/// left out (they describe this browser). A value that cannot be read is put in the file as
/// a kept-aside copy, never dropped.
pub fn export_backup<S: KeyValueStore>(
    store: &S,
    keys: &Keys,
    now: DateTime<Utc>,
) -> Result<Exported, StoreError> {
    let mut records = Vec::new();
    let mut unreadable = Vec::new();
    let mut all = store.keys()?;
    all.sort();
    for key in all {
        let Some(kind) = keys.kind_of(&key) else {
            continue;
        };
        if kind == KeyKind::Device {
            continue;
        }
        let Some(text) = store.get(&key)? else {
            continue;
        };
        if readable(&kind, &text) {
            records.push((key, text));
        } else {
            records.push((keys.kept_aside(&key, now), text));
            unreadable.push(key);
        }
    }
    let text = serde_json::to_string_pretty(&File {
        exported_at: now,
        records: &records,
    })
    // Strings and numbers only: serialising cannot fail.
    .unwrap_or_default();
    // Kept-aside copies are under their own kind of key, so they count for nothing.
    let kinds: Vec<(KeyKind, &str)> = records
        .iter()
        .filter_map(|(key, text)| Some((keys.kind_of(key)?, text.as_str())))
        .collect();
    Ok(Exported {
        file_name: backup_file_name(now),
        text,
        records: records.len(),
        contents: BackupContents::count(kinds.iter().map(|(kind, text)| (kind, *text))),
        unreadable,
    })
}

fn readable(kind: &KeyKind, text: &str) -> bool {
    fn ok<T: Migrate>(text: &str) -> bool {
        decode::<T>(text).is_ok()
    }
    match kind {
        KeyKind::Index => ok::<PeopleIndex>(text),
        KeyKind::Settings => ok::<ServiceSettings>(text),
        KeyKind::Decks => ok::<UserDecks>(text),
        KeyKind::Person(id) => decode::<Person>(text).is_ok_and(|e| &e.data.id == id),
        KeyKind::Draft(_) => ok::<ConversationDraft>(text),
        KeyKind::Other => head(text).is_ok(),
        KeyKind::KeptAside | KeyKind::Device => true,
    }
}

/// The earliest and the latest time a record was saved.
pub type RecordTimes = (DateTime<Utc>, DateTime<Utc>);

/// The earliest and the latest `saved_at` of any record, or `None` when there are none.
/// Kept-aside copies and the device's notes are not records.
pub fn record_times<S: KeyValueStore>(
    store: &S,
    keys: &Keys,
) -> Result<Option<RecordTimes>, StoreError> {
    let mut times: Option<RecordTimes> = None;
    for key in store.keys()? {
        match keys.kind_of(&key) {
            None | Some(KeyKind::Device | KeyKind::KeptAside) => continue,
            Some(_) => {}
        }
        let Some(at) = store
            .get(&key)?
            .and_then(|text| head(&text).ok())
            .map(|h| h.saved_at)
        else {
            continue;
        };
        times = Some(match times {
            None => (at, at),
            Some((earliest, latest)) => (earliest.min(at), latest.max(at)),
        });
    }
    Ok(times)
}
