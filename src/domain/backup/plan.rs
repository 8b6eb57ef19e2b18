//! What an import would change, the exact writes of a merge or a replace, and writing them
//! so that a failure part-way leaves storage as it was.

use chrono::{DateTime, Utc};

use super::super::cards::UserDecks;
use super::super::envelope::{decode, encode, DecodeError};
use super::super::keys::{KeyKind, Keys};
use super::super::people::{IndexEntry, PeopleIndex};
use super::super::person::{Person, PersonId};
use super::super::service_settings::ServiceSettings;
use super::super::store::{KeyValueStore, StoreError};
use super::{head, ApplyError, Backup, BackupContents, BackupRecord};

/// Which of two copies of a record was saved later.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NewerCopy {
    /// The copy in the backup file.
    File,
    /// The copy in this browser.
    Here,
    /// Both were saved at the same moment.
    Same,
}

/// One person in a preview.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PreviewPerson {
    /// Their id.
    pub id: PersonId,
    /// Their name, as the backup has it (as this browser has it for people only here).
    pub name: String,
    /// Which copy is newer (`Same` when there is only one).
    pub newer: NewerCopy,
}

/// What importing a backup would change, for the user to decide between merge and replace.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Preview {
    /// People in the file who are not in this browser.
    pub new_people: Vec<PreviewPerson>,
    /// People in both, with which copy is newer.
    pub in_both: Vec<PreviewPerson>,
    /// People only in this browser: kept by a merge, removed by a replace.
    pub only_here: Vec<PreviewPerson>,
    /// The service settings, when the file holds them: which copy is newer.
    pub settings: Option<NewerCopy>,
    /// The service's own decks, when the file holds them: which copy is newer.
    pub decks: Option<NewerCopy>,
    /// How many records the file holds.
    pub records: usize,
    /// What the file holds, in people's words.
    pub contents: BackupContents,
}

/// One write of an import.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Write {
    /// Store this text under this key.
    Set(String, String),
    /// Remove this key.
    Remove(String),
}

impl Write {
    fn key(&self) -> &str {
        match self {
            Write::Set(key, _) | Write::Remove(key) => key,
        }
    }
}

fn newer(file: Option<DateTime<Utc>>, here: Option<DateTime<Utc>>) -> NewerCopy {
    match (file, here) {
        (Some(f), Some(h)) if f == h => NewerCopy::Same,
        (Some(f), Some(h)) if f < h => NewerCopy::Here,
        (None, Some(_)) => NewerCopy::Here,
        _ => NewerCopy::File,
    }
}

/// When a stored value was saved; `None` when it cannot be read.
fn saved_at(text: &str) -> Option<DateTime<Utc>> {
    head(text).ok().map(|h| h.saved_at)
}

/// What importing `backup` into `store` would change.
pub fn preview<S: KeyValueStore>(
    store: &S,
    keys: &Keys,
    backup: &Backup,
) -> Result<Preview, StoreError> {
    let mut preview = Preview {
        records: backup.records.len(),
        contents: backup.contents(),
        ..Preview::default()
    };
    for record in &backup.records {
        let here = store.get(&record.key)?;
        let copy = || newer(record.saved_at, here.as_deref().and_then(saved_at));
        match &record.kind {
            KeyKind::Person(id) => {
                let person = PreviewPerson {
                    id: id.clone(),
                    name: record.name.clone().unwrap_or_default(),
                    newer: copy(),
                };
                match here {
                    None => preview.new_people.push(PreviewPerson {
                        newer: NewerCopy::Same,
                        ..person
                    }),
                    Some(_) => preview.in_both.push(person),
                }
            }
            KeyKind::Settings => preview.settings = Some(copy()),
            KeyKind::Decks => preview.decks = Some(copy()),
            _ => {}
        }
    }
    for key in store.keys()? {
        let Some(KeyKind::Person(id)) = keys.kind_of(&key) else {
            continue;
        };
        if backup.records.iter().any(|r| r.key == key) {
            continue;
        }
        let name = store
            .get(&key)?
            .and_then(|text| decode::<Person>(&text).ok())
            .map_or_else(|| id.as_str().to_owned(), |e| e.data.name);
        preview.only_here.push(PreviewPerson {
            id,
            name,
            newer: NewerCopy::Same,
        });
    }
    Ok(preview)
}

/// The record's text with its count of saves raised past the stored copy's, so that a tab
/// still holding the stored copy cannot overwrite the imported one.
fn past_stored(record: &BackupRecord, stored_text: &str) -> Result<String, DecodeError> {
    let (Some(file_revision), Some(saved_at)) = (record.revision, record.saved_at) else {
        return Ok(record.text.clone());
    };
    let stored_revision = match &record.kind {
        KeyKind::Person(_) => decode::<Person>(stored_text)?.data.revision,
        KeyKind::Settings => decode::<ServiceSettings>(stored_text)?.data.revision,
        KeyKind::Decks => decode::<UserDecks>(stored_text)?.data.revision,
        _ => return Ok(record.text.clone()),
    };
    if file_revision > stored_revision {
        return Ok(record.text.clone());
    }
    let revision = stored_revision + 1;
    Ok(match &record.kind {
        KeyKind::Person(_) => {
            let mut person = decode::<Person>(&record.text)?.data;
            person.revision = revision;
            encode(&person, saved_at)
        }
        KeyKind::Settings => {
            let mut settings = decode::<ServiceSettings>(&record.text)?.data;
            settings.revision = revision;
            encode(&settings, saved_at)
        }
        _ => {
            let mut decks = decode::<UserDecks>(&record.text)?.data;
            decks.revision = revision;
            encode(&decks, saved_at)
        }
    })
}

/// The text to write for `record` over `stored`; keeps aside a stored value that cannot be
/// read, so that it is not lost.
fn write_over(
    writes: &mut Vec<Write>,
    keys: &Keys,
    record: &BackupRecord,
    stored: &str,
    now: DateTime<Utc>,
) {
    match past_stored(record, stored) {
        Ok(text) => writes.push(Write::Set(record.key.clone(), text)),
        Err(_) => {
            writes.push(Write::Set(
                keys.kept_aside(&record.key, now),
                stored.to_owned(),
            ));
            writes.push(Write::Set(record.key.clone(), record.text.clone()));
        }
    }
}

/// The writes of a merge: each record of the file is written where this browser has none or
/// has an older copy; nothing is deleted; the index then lists everyone.
pub fn plan_merge<S: KeyValueStore>(
    store: &S,
    keys: &Keys,
    backup: &Backup,
    now: DateTime<Utc>,
) -> Result<Vec<Write>, StoreError> {
    let mut writes = Vec::new();
    let mut written_people = Vec::new();
    for record in &backup.records {
        if record.kind == KeyKind::Index {
            continue;
        }
        let stored = store.get(&record.key)?;
        match stored {
            None => writes.push(Write::Set(record.key.clone(), record.text.clone())),
            Some(_) if record.kind == KeyKind::KeptAside => continue,
            Some(stored) => match newer(record.saved_at, saved_at(&stored)) {
                NewerCopy::File => write_over(&mut writes, keys, record, &stored, now),
                NewerCopy::Here | NewerCopy::Same => continue,
            },
        }
        if let KeyKind::Person(_) = record.kind {
            if let Some(Write::Set(_, text)) = writes.last() {
                if let Ok(person) = decode::<Person>(text) {
                    written_people.push(IndexEntry::from(&person.data));
                }
            }
        }
    }
    if !written_people.is_empty() {
        merge_index(store, keys, backup, &mut writes, written_people, now)?;
    }
    Ok(writes)
}

/// Adds the written people to the stored index (an unreadable index is kept aside and the
/// app rebuilds it from the records). With no index stored, the file's is the start, and is
/// written exactly as it is when the people leave it unchanged (an import into an empty
/// browser is then byte for byte the backup).
fn merge_index<S: KeyValueStore>(
    store: &S,
    keys: &Keys,
    backup: &Backup,
    writes: &mut Vec<Write>,
    people: Vec<IndexEntry>,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    let key = keys.index();
    let stored = store.get(&key)?;
    let from_file = backup.records.iter().find(|r| r.kind == KeyKind::Index);
    let stored_readable = stored
        .as_deref()
        .is_some_and(|text| decode::<PeopleIndex>(text).is_ok());
    let (mut index, start_text) = match stored.as_deref().map(decode::<PeopleIndex>) {
        None => match from_file.map(|r| (decode::<PeopleIndex>(&r.text), &r.text)) {
            Some((Ok(envelope), text)) => (envelope.data, Some(text.clone())),
            _ => (PeopleIndex::default(), None),
        },
        Some(Ok(envelope)) => (envelope.data, None),
        Some(Err(_)) => {
            if let Some(text) = stored {
                writes.push(Write::Set(keys.kept_aside(&key, now), text));
            }
            (PeopleIndex::default(), None)
        }
    };
    let mut changed = false;
    for entry in people {
        changed |= index.upsert(entry);
    }
    let text = match start_text {
        Some(text) if !changed => text,
        _ if stored_readable && !changed => return Ok(()),
        _ => encode(&index, now),
    };
    writes.push(Write::Set(key, text));
    Ok(())
}

/// The writes of a replace: every record this browser holds that the file does not is
/// removed first (to make room), then the file's records are written.
pub fn plan_replace<S: KeyValueStore>(
    store: &S,
    keys: &Keys,
    backup: &Backup,
) -> Result<Vec<Write>, StoreError> {
    let mut writes = Vec::new();
    for key in store.keys()? {
        let in_file = backup.records.iter().any(|r| r.key == key);
        match keys.kind_of(&key) {
            Some(KeyKind::Device) | None => {}
            Some(_) if !in_file => writes.push(Write::Remove(key)),
            Some(_) => {}
        }
    }
    for record in &backup.records {
        match store.get(&record.key)? {
            None => writes.push(Write::Set(record.key.clone(), record.text.clone())),
            Some(stored) if stored == record.text => {}
            Some(stored) => match past_stored(record, &stored) {
                Ok(text) => writes.push(Write::Set(record.key.clone(), text)),
                // Replace means the stored copy goes; the user was offered a download first.
                Err(_) => writes.push(Write::Set(record.key.clone(), record.text.clone())),
            },
        }
    }
    Ok(writes)
}

/// Writes an import. If any write fails, every earlier one is undone (in reverse order, so
/// each step returns to a state that fitted) and storage is as it was.
pub fn apply<S: KeyValueStore>(store: &S, writes: &[Write]) -> Result<(), ApplyError> {
    let mut done: Vec<(&str, Option<String>)> = Vec::with_capacity(writes.len());
    for write in writes {
        let step = store.get(write.key()).and_then(|before| {
            match write {
                Write::Set(key, text) => store.set(key, text),
                Write::Remove(key) => store.remove(key),
            }
            .map(|()| before)
        });
        match step {
            Ok(before) => done.push((write.key(), before)),
            Err(error) => {
                for (key, before) in done.into_iter().rev() {
                    // Best effort: each undo returns to a state that was stored before.
                    let _ = match before {
                        Some(text) => store.set(key, &text),
                        None => store.remove(key),
                    };
                }
                return Err(error.into());
            }
        }
    }
    Ok(())
}
