//! Storage through the browser's real local storage, in headless Chromium.
#![cfg(target_arch = "wasm32")]

use chrono::{NaiveDate, TimeZone, Utc};
use outcome_focus::domain::{
    KeyValueStore, Keys, LoadError, Person, PersonDraft, PersonId, Repository, SaveError,
    StoreError,
};
use outcome_focus::storage::BrowserStore;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn repo(prefix: &str) -> Repository<BrowserStore> {
    Repository::with_keys(BrowserStore, Keys::with_prefix(prefix))
}

fn person(n: u64, name: &str) -> Person {
    let today = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
    let draft = PersonDraft {
        name: name.into(),
        ..PersonDraft::new(today)
    };
    Person::create(PersonId::generate(n, n), draft.validate(today).unwrap())
}

fn clear(prefix: &str) {
    let store = BrowserStore;
    for key in store.keys().unwrap() {
        if key.starts_with(prefix) || key.starts_with("filler-") {
            store.remove(&key).unwrap();
        }
    }
}

#[wasm_bindgen_test]
fn a_person_round_trips_through_local_storage() {
    let prefix = "test-round-trip";
    clear(prefix);
    let repo = repo(prefix);
    let now = Utc.with_ymd_and_hms(2026, 11, 22, 10, 0, 0).unwrap();
    let saved = repo.save_person(&person(1, "Alex <b>"), now).unwrap();

    let raw = BrowserStore
        .get(&format!("{prefix}/person/{}", saved.id.as_str()))
        .unwrap()
        .unwrap();
    assert!(raw.starts_with(r#"{"schema":3,"saved_at":"2026-11-22T10:00:00Z","data":{"#));
    assert_eq!(repo.load_person(&saved.id), Ok(saved.clone()));
    assert_eq!(repo.load_index().people.len(), 1);

    repo.delete_person(&saved.id, now).unwrap();
    assert_eq!(repo.load_person(&saved.id), Err(LoadError::NotFound));
    clear(prefix);
}

/// Fills local storage until the browser refuses, largest pieces first.
fn fill_storage() -> usize {
    let store = BrowserStore;
    let mut size = 1 << 20;
    let mut n = 0;
    while size > 0 {
        match store.set(&format!("filler-{n}"), &"x".repeat(size)) {
            Ok(()) => n += 1,
            Err(StoreError::QuotaExceeded) => size /= 2,
            Err(other) => panic!("unexpected error while filling storage: {other:?}"),
        }
    }
    n
}

#[wasm_bindgen_test]
fn a_full_store_refuses_the_save_and_keeps_what_was_stored() {
    let prefix = "test-quota";
    clear(prefix);
    let repo = repo(prefix);
    let now = Utc.with_ymd_and_hms(2026, 11, 22, 10, 0, 0).unwrap();
    let alex = repo.save_person(&person(1, "Alex"), now).unwrap();
    let key = format!("{prefix}/person/{}", alex.id.as_str());
    let stored = BrowserStore.get(&key).unwrap();

    let fillers = fill_storage();
    assert!(fillers > 0);
    let mut edited = alex.clone();
    edited.presentation = "A long note that no longer fits. ".repeat(50);
    assert_eq!(
        repo.save_person(&edited, now),
        Err(SaveError::QuotaExceeded)
    );
    assert_eq!(
        repo.save_person(&person(2, "Bea"), now),
        Err(SaveError::QuotaExceeded)
    );
    assert_eq!(BrowserStore.get(&key).unwrap(), stored);
    assert_eq!(repo.load_index().people.len(), 1);

    for n in 0..fillers {
        BrowserStore.remove(&format!("filler-{n}")).unwrap();
    }
    assert_eq!(repo.save_person(&edited, now).unwrap().revision, 2);
    clear(prefix);
}
