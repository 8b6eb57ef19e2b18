//! The room in the browser's real local storage, in headless Chromium: the space used, the
//! limit measured by filling in steps (and nothing left behind), and the report of a write
//! that found storage full.
#![cfg(target_arch = "wasm32")]

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use outcome_focus::domain::{KeyValueStore, StoreError};
use outcome_focus::storage::{
    measure_limit, on_storage_full, remembered_limit, remove_leftover_probes, used, BrowserStore,
    MeasureError,
};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// What the measurement names its temporary values (src/storage/space.rs).
const PROBE: &str = "outcome-focus-space-probe/";
/// Where the measured limit is remembered.
const LIMIT: &str = "outcome-focus-storage-limit";

fn keys_but_the_limit() -> Vec<String> {
    let mut keys = BrowserStore.keys().unwrap();
    keys.retain(|k| k != LIMIT);
    keys.sort();
    keys
}

#[wasm_bindgen_test]
fn the_space_used_counts_keys_and_values_but_not_a_measurement_left_behind() {
    let store = BrowserStore;
    let before = used().unwrap();
    store.set("space-test/a", "héllo").unwrap();
    assert_eq!(used().unwrap(), before + "space-test/a".len() + 5);
    store.set(&format!("{PROBE}7"), &"x".repeat(1000)).unwrap();
    assert_eq!(used().unwrap(), before + "space-test/a".len() + 5);
    assert_eq!(remove_leftover_probes(), 1);
    assert_eq!(store.get(&format!("{PROBE}7")).unwrap(), None);
    store.remove("space-test/a").unwrap();
}

#[wasm_bindgen_test]
async fn the_limit_is_measured_a_step_at_a_time_and_remembered_and_nothing_stays() {
    let before = keys_but_the_limit();
    let steps = Rc::new(Cell::new(0));
    let limit = measure_limit(
        {
            let steps = steps.clone();
            move |_| steps.set(steps.get() + 1)
        },
        || false,
    )
    .await
    .unwrap();
    // Chromium allows about 5.2 M UTF-16 code units per origin.
    assert!(limit > 1_000_000, "limit {limit}");
    assert!(limit >= used().unwrap());
    assert!(steps.get() > 4, "{} steps", steps.get());
    assert_eq!(remembered_limit(), Some(limit));
    assert_eq!(keys_but_the_limit(), before);
    // Room again for what the records need.
    BrowserStore
        .set("space-test/after", &"x".repeat(10_000))
        .unwrap();
    BrowserStore.remove("space-test/after").unwrap();
}

#[wasm_bindgen_test]
async fn a_stopped_measurement_leaves_nothing_behind() {
    let before = keys_but_the_limit();
    let steps = Rc::new(Cell::new(0));
    let result = measure_limit(
        {
            let steps = steps.clone();
            move |_| steps.set(steps.get() + 1)
        },
        {
            let steps = steps.clone();
            move || steps.get() >= 2
        },
    )
    .await;
    assert_eq!(result, Err(MeasureError::Stopped));
    assert_eq!(keys_but_the_limit(), before);
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
