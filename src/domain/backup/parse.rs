//! Reading a backup file: every check happens here, before anything is written.

use std::collections::BTreeSet;
use std::fmt;

use chrono::{DateTime, Utc};
use serde::de::{IgnoredAny, MapAccess, Visitor};
use serde::{Deserialize, Deserializer};
use serde_json::error::Category;

use super::super::cards::UserDecks;
use super::super::conversation_draft::ConversationDraft;
use super::super::envelope::{decode, encode, DecodeError, Migrate, CURRENT_SCHEMA};
use super::super::keys::{KeyKind, Keys};
use super::super::people::PeopleIndex;
use super::super::person::Person;
use super::super::service_settings::ServiceSettings;
use super::{
    head, BackupContents, BackupError, BACKUP_FORMAT, MAX_BACKUP_BYTES, MAX_KEY_CHARS, MAX_RECORDS,
    MAX_VALUE_CHARS,
};

/// A backup file that passed every check: its records, ready to preview and import.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Backup {
    /// The app version that exported it.
    pub app_version: String,
    /// The schema it was exported under (its records are now all current).
    pub schema: u32,
    /// When it was exported.
    pub exported_at: DateTime<Utc>,
    /// Its records, in the file's order.
    pub records: Vec<BackupRecord>,
}

impl Backup {
    /// What the backup holds, in people's words.
    pub fn contents(&self) -> BackupContents {
        BackupContents::count(self.records.iter().map(|r| (&r.kind, r.text.as_str())))
    }
}

/// One record of a checked backup.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BackupRecord {
    /// Its storage key.
    pub key: String,
    /// What the key holds.
    pub kind: KeyKind,
    /// The envelope text to store: as in the file, or migrated to the current schema.
    pub text: String,
    /// When it was last saved (`None` for a kept-aside copy, which is carried as it is).
    pub saved_at: Option<DateTime<Utc>>,
    /// Its count of saves, for the records that keep one.
    pub revision: Option<u64>,
    /// The person's name, for a person's record.
    pub name: Option<String>,
}

/// The file as written, before its records are checked.
#[derive(Deserialize)]
struct BackupFile {
    app_version: String,
    #[serde(deserialize_with = "crate::domain::dates::stored::time")]
    exported_at: DateTime<Utc>,
    records: Records,
}

/// Only the fields that say whether this is a backup at all, and of which schema.
#[derive(Deserialize)]
struct FileHead {
    format: Option<serde_json::Value>,
    schema: Option<serde_json::Value>,
}

/// The records as key and text pairs, duplicates kept so that they can be reported (a JSON
/// object read into a map would silently keep only the last of two equal keys).
struct Records(Vec<(String, String)>);

impl<'de> Deserialize<'de> for Records {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct RecordsVisitor;
        impl<'de> Visitor<'de> for RecordsVisitor {
            type Value = Records;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an object of keys and stored texts")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Records, A::Error> {
                let mut records = Vec::new();
                while let Some((key, text)) = map.next_entry::<String, String>()? {
                    if records.len() == MAX_RECORDS {
                        // Counting stops here: an absurd file is not read to its end.
                        return Err(serde::de::Error::custom(TOO_MANY));
                    }
                    records.push((key, text));
                }
                Ok(Records(records))
            }
        }
        deserializer.deserialize_map(RecordsVisitor)
    }
}

const TOO_MANY: &str = "too many records";

/// Checks a backup file completely and returns its records, migrated to the current schema.
/// Nothing is written: an error means the file is left out, whatever is stored.
pub fn parse_backup(text: &str, keys: &Keys) -> Result<Backup, BackupError> {
    if text.len() > MAX_BACKUP_BYTES {
        return Err(BackupError::TooLarge {
            size: text.len(),
            max: MAX_BACKUP_BYTES,
        });
    }
    serde_json::from_str::<IgnoredAny>(text).map_err(|e| match e.classify() {
        Category::Eof => BackupError::Truncated,
        _ => BackupError::NotJson(e.to_string()),
    })?;
    let file_head: FileHead = serde_json::from_str(text).map_err(|_| BackupError::NotABackup)?;
    if file_head.format.as_ref().and_then(|f| f.as_str()) != Some(BACKUP_FORMAT) {
        return Err(BackupError::NotABackup);
    }
    let schema = file_head
        .schema
        .as_ref()
        .and_then(|s| s.as_u64())
        .and_then(|s| u32::try_from(s).ok())
        .filter(|s| *s > 0)
        .ok_or_else(|| BackupError::WrongShape("its format version is missing".into()))?;
    if schema > CURRENT_SCHEMA {
        return Err(BackupError::NewerSchema(schema));
    }
    let file: BackupFile = serde_json::from_str(text).map_err(|e| {
        if e.to_string().starts_with(TOO_MANY) {
            BackupError::TooManyRecords(MAX_RECORDS + 1)
        } else {
            BackupError::WrongShape(e.to_string())
        }
    })?;
    let mut seen_keys = BTreeSet::new();
    let mut records = Vec::with_capacity(file.records.0.len());
    for (key, text) in file.records.0 {
        if !seen_keys.insert(key.clone()) {
            return Err(BackupError::DuplicateKey(key));
        }
        if let Some(record) = check_record(keys, key, text)? {
            records.push(record);
        }
    }
    Ok(Backup {
        app_version: file.app_version,
        schema,
        exported_at: file.exported_at,
        records,
    })
}

/// Checks one record; `None` for the device record, which is never imported.
fn check_record(
    keys: &Keys,
    key: String,
    text: String,
) -> Result<Option<BackupRecord>, BackupError> {
    if key.chars().count() > MAX_KEY_CHARS {
        return Err(BackupError::WrongShape(format!(
            "a key is longer than {MAX_KEY_CHARS} characters"
        )));
    }
    if text.len() > MAX_VALUE_CHARS {
        return Err(BackupError::TooLarge {
            size: text.len(),
            max: MAX_VALUE_CHARS,
        });
    }
    let kind = keys
        .kind_of(&key)
        .ok_or_else(|| BackupError::ForeignKey(key.clone()))?;
    let bad = |error: DecodeError| match error {
        DecodeError::NewerSchema(n) => BackupError::NewerSchema(n),
        error => BackupError::BadRecord {
            key: key.clone(),
            error,
        },
    };
    let mut record = BackupRecord {
        key: key.clone(),
        kind: kind.clone(),
        text,
        saved_at: None,
        revision: None,
        name: None,
    };
    match &kind {
        KeyKind::Device => return Ok(None),
        // A copy of a value that could not be read is carried as it is: that is its purpose.
        KeyKind::KeptAside => return Ok(Some(record)),
        KeyKind::Index => {
            let index: PeopleIndex = typed(&mut record).map_err(bad)?;
            let mut ids = BTreeSet::new();
            if let Some(twice) = index.people.iter().find(|e| !ids.insert(&e.id)) {
                return Err(BackupError::DuplicatePerson(twice.id.as_str().to_owned()));
            }
        }
        KeyKind::Settings => {
            let settings: ServiceSettings = typed(&mut record).map_err(bad)?;
            record.revision = Some(settings.revision);
        }
        KeyKind::Decks => {
            let decks: UserDecks = typed(&mut record).map_err(bad)?;
            record.revision = Some(decks.revision);
        }
        KeyKind::Draft(_) => {
            typed::<ConversationDraft>(&mut record).map_err(bad)?;
        }
        KeyKind::Person(id) => {
            let person: Person = typed(&mut record).map_err(bad)?;
            if &person.id != id {
                return Err(BackupError::DuplicatePerson(person.id.as_str().to_owned()));
            }
            record.revision = Some(person.revision);
            record.name = Some(person.name);
        }
        // A kind a later version added: the envelope is checked; its reader migrates it.
        KeyKind::Other => record.saved_at = Some(head(&record.text).map_err(bad)?.saved_at),
    }
    Ok(Some(record))
}

/// Decodes a record as `T`, migrating an older envelope and storing it as the current one.
fn typed<T: Migrate + serde::Serialize>(record: &mut BackupRecord) -> Result<T, DecodeError> {
    let schema = head(&record.text)?.schema;
    let envelope = decode::<T>(&record.text)?;
    if schema < CURRENT_SCHEMA {
        record.text = encode(&envelope.data, envelope.saved_at);
    }
    record.saved_at = Some(envelope.saved_at);
    Ok(envelope.data)
}
