//! The demonstration service: realistic, fictional records for trainers to show what an
//! outcome focus looks like, made by one pure, seeded function and kept under their own key
//! prefix, away from real records.
//!
//! Every record is built through the same drafts and checks as a user's input (the person
//! form, the first conversation, reviews, unplanned outcomes, reading setups, aims, settings
//! and logic models), so a demo that would not pass them is an error, never stored. Dates
//! count back from `today`, so the demo never looks stale and some reviews are always due.
//!
//! ```
//! use chrono::NaiveDate;
//! use outcome_focus::domain::demo_service;
//!
//! let today = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
//! let demo = demo_service(today).unwrap();
//! assert_eq!(demo.people.len(), 10);
//! assert_eq!(demo_service(today).unwrap(), demo);
//! ```

mod cast;
mod member;
mod prng;
mod service;
#[cfg(test)]
mod tests;

use chrono::{DateTime, Utc};
use thiserror::Error;

use super::backup::{wipe, write_notes, DeviceNotes};
use super::cards::built_in_decks;
use super::keys::Keys;
use super::person::Person;
use super::repository::Repository;
use super::service::{LogicModels, ServiceAims};
use super::service_settings::ServiceSettings;
use super::store::KeyValueStore;

/// The key prefix of the demo: never the real records' `outcome-focus`.
pub const DEMO_PREFIX: &str = "outcome-focus-demo";

/// The demo service's name, as its settings give it.
pub const DEMO_SERVICE_NAME: &str = "Riverside Family Support (demo)";

/// Seeds the demo's variety (scores, comments): one number, so the demo is the same each time.
const SEED: u64 = 0x0DE3_0517_2026;

/// Everything the demonstration service holds.
#[derive(Clone, Debug, PartialEq)]
pub struct DemoService {
    /// The fictional people, with their conversations, outcomes, reviews and readings.
    pub people: Vec<Person>,
    /// The service's settings, with its name.
    pub settings: ServiceSettings,
    /// The service's aims, with targets some met and some not yet.
    pub aims: ServiceAims,
    /// The service's logic model and the life story work example.
    pub logic_models: LogicModels,
}

/// Why the demo could not be made or stored. Real records are never touched either way.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum DemoError {
    /// A record of the demo did not pass the checks a user's input must pass.
    #[error("The demo could not be made ({record}: {problem}). This is a fault in Outcome Focus; your own records were not touched.")]
    Invalid {
        /// Which record.
        record: String,
        /// What the check said.
        problem: String,
    },
    /// Writing the demo failed (storage full, blocked).
    #[error("The demo could not be saved: {0} Your own records were not touched.")]
    Storage(String),
    /// Asked to write the demo under the real records' keys.
    #[error("The demo can only be stored under its own keys, never over your records.")]
    RealKeys,
}

impl DemoError {
    fn invalid(record: &str, problem: impl std::fmt::Display) -> Self {
        DemoError::Invalid {
            record: record.to_owned(),
            problem: problem.to_string(),
        }
    }
}

/// The keys the demo is stored under.
pub fn demo_keys() -> Keys {
    Keys::with_prefix(DEMO_PREFIX)
}

/// The demonstration service as of `today`: the same `today` always gives the same demo.
pub fn demo_service(today: chrono::NaiveDate) -> Result<DemoService, DemoError> {
    let decks = built_in_decks();
    let mut prng = prng::Prng::new(SEED);
    let people = cast::CAST
        .iter()
        .enumerate()
        .map(|(n, member)| member::person(n, member, &decks, today, &mut prng))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(DemoService {
        people,
        settings: service::settings()?,
        aims: service::aims(&decks)?,
        logic_models: service::logic_models()?,
    })
}

/// Replaces whatever demo is stored under `keys` with `demo`: everything under `keys` is
/// removed first, then each record is saved. Refuses the real records' keys. Returns how
/// many records were saved.
pub fn install_demo<S: KeyValueStore>(
    store: &S,
    keys: &Keys,
    demo: &DemoService,
    now: DateTime<Utc>,
) -> Result<usize, DemoError> {
    if keys.owns(&Keys::default().index()) {
        return Err(DemoError::RealKeys);
    }
    let storage = |e: &dyn std::fmt::Display| DemoError::Storage(e.to_string());
    wipe(store, keys).map_err(|e| storage(&e))?;
    let repository = Repository::with_keys(store, keys.clone());
    repository
        .save_service_record(&demo.settings, now)
        .map_err(|e| storage(&e))?;
    repository
        .save_service_record(&demo.aims, now)
        .map_err(|e| storage(&e))?;
    repository
        .save_service_record(&demo.logic_models, now)
        .map_err(|e| storage(&e))?;
    for person in &demo.people {
        repository
            .save_person(person, now)
            .map_err(|e| storage(&e))?;
    }
    // The demo is never backed up and needs no welcome: no notice should distract from it.
    let notes = DeviceNotes {
        last_backup: Some(now),
        welcome_dismissed: true,
    };
    write_notes(store, keys, &notes, now).map_err(|e| storage(&e))?;
    Ok(demo.people.len() + 3)
}
