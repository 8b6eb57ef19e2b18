//! Switching a tab between the real records and the demo, in headless Chromium: the mark in
//! session storage, the keys everything uses, and the real records left byte for byte.
#![cfg(target_arch = "wasm32")]

use std::collections::BTreeMap;

use chrono::{NaiveDate, TimeZone, Utc};
use outcome_focus::domain::{
    demo_keys, demo_service, KeyValueStore, Keys, Person, PersonDraft, PersonId, Repository,
};
use outcome_focus::storage::{
    active_keys, in_demo, leave_demo, repository, start_demo, BrowserStore,
};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Every stored key under `prefix`, with its value.
fn stored(prefix: &str) -> BTreeMap<String, String> {
    let store = BrowserStore;
    store
        .keys()
        .unwrap()
        .into_iter()
        .filter(|k| k.starts_with(prefix))
        .map(|k| {
            let value = store.get(&k).unwrap().unwrap_or_default();
            (k, value)
        })
        .collect()
}

#[wasm_bindgen_test]
fn the_demo_switches_this_tab_and_never_touches_the_real_records() {
    let today = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
    let now = Utc.with_ymd_and_hms(2026, 11, 22, 10, 0, 0).unwrap();
    leave_demo();
    let draft = PersonDraft {
        name: "Real person".into(),
        ..PersonDraft::new(today)
    };
    let real = Person::create(PersonId::generate(9, 9), draft.validate(today).unwrap());
    Repository::new(BrowserStore)
        .save_person(&real, now)
        .unwrap();
    let before = stored("outcome-focus/");
    assert!(!in_demo());
    assert_eq!(active_keys(), Keys::default());

    start_demo(&demo_service(today).unwrap(), now).unwrap();
    assert!(in_demo());
    assert_eq!(active_keys(), demo_keys());
    let shown = repository().load_index();
    assert_eq!(shown.people.len(), 10);
    assert!(shown.people.iter().all(|p| p.name != "Real person"));
    // A save in the demo goes to the demo's keys only.
    let mut first = repository().load_person(&shown.people[0].id).unwrap();
    first.name = "Changed in the demo".into();
    repository().save_person(&first, now).unwrap();
    assert_eq!(stored("outcome-focus/"), before);
    assert!(!stored("outcome-focus-demo/").is_empty());

    leave_demo();
    assert!(!in_demo());
    assert_eq!(active_keys(), Keys::default());
    assert_eq!(stored("outcome-focus/"), before);
    assert!(
        stored("outcome-focus-demo/").is_empty(),
        "the demo is removed"
    );
    let shown = repository().load_index();
    assert_eq!(shown.people.len(), 1);
    assert_eq!(shown.people[0].name, "Real person");
    Repository::new(BrowserStore)
        .delete_person(&real.id, now)
        .unwrap();
}
