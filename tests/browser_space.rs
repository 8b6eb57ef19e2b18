//! The room in the browser's real local storage, in headless Chromium: the quota probe and
//! the report of a write that found storage full.
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::rc::Rc;

use outcome_focus::domain::{KeyValueStore, StoreError};
use outcome_focus::storage::{on_storage_full, quota, used, BrowserStore};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn the_quota_is_measured_and_the_probe_leaves_nothing_behind() {
    let before = BrowserStore.keys().unwrap();
    let quota = quota().unwrap();
    // Chromium allows about 5.2 M UTF-16 code units per origin.
    assert!(quota > 1_000_000, "quota {quota}");
    assert!(quota >= used().unwrap());
    assert_eq!(BrowserStore.keys().unwrap(), before);
}

#[wasm_bindgen_test]
fn a_write_that_finds_storage_full_is_reported_until_that_write_works() {
    let reports = Rc::new(RefCell::new(Vec::new()));
    on_storage_full({
        let reports = reports.clone();
        move |full| reports.borrow_mut().push(full)
    });
    let store = BrowserStore;
    // Filled by another script of the site, directly: not reported.
    let raw = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    let mut chunk = "x".repeat(1 << 20);
    let mut n = 0;
    loop {
        match raw.set_item(&format!("space-filler-{n}"), &chunk) {
            Ok(()) => n += 1,
            Err(_) if chunk.len() > 1 => chunk.truncate(chunk.len() / 2),
            Err(_) => break,
        }
    }
    assert!(reports.borrow().is_empty());
    assert_eq!(
        store.set("space-test/record", "a new record"),
        Err(StoreError::QuotaExceeded)
    );
    for key in store.keys().unwrap() {
        if key.starts_with("space-filler-") {
            store.remove(&key).unwrap();
        }
    }
    assert_eq!(*reports.borrow(), [true]);
    store.set("space-test/record", "a new record").unwrap();
    assert_eq!(*reports.borrow(), [true, false]);
    store.remove("space-test/record").unwrap();
}
