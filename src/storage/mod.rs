//! The only code that touches the browser's local storage.
//!
//! [`BrowserStore`] implements the core's [`KeyValueStore`] over `window.localStorage`, turning
//! the browser's exceptions into [`StoreError`]s (a full store, disabled storage) instead of
//! panics, and [`watch_other_tabs`] reports writes made by other tabs through the `storage`
//! event. Everything else reads and saves through [`repository`]; the hand-over mark has
//! its own functions ([`handed_over`], [`keep_hand_over`], [`end_hand_over`]), and so has
//! the answer page on a person's own phone ([`keep_on_phone`] and its neighbours).

use gloo_storage::{LocalStorage, Storage as _};
use leptos::prelude::{window_event_listener, WindowListenerHandle};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::DomException;

use std::cell::RefCell;

use crate::domain::{KeyValueStore, Keys, Repository, StoreError};

mod data_set;
mod hand_over;
mod phone;
mod space;
pub use data_set::{active_keys, in_demo, leave_demo, start_demo, wipe_device};
pub use hand_over::{end_hand_over, handed_over, keep_hand_over, watch_hand_over, HandOverError};
pub use phone::{
    current_on_phone, delete_kept_answers, forget_on_phone, keep_answers, keep_on_phone,
    kept_answers, on_phone, PhoneStorageError,
};
pub use space::{
    device_space, measure_limit, remembered_limit, remove_leftover_probes, request_persistence,
    used, MeasureError, Persistence,
};

/// What the shell does when storage fills up or has room again.
type FullListener = Box<dyn Fn(bool)>;

thread_local! {
    static ON_FULL: RefCell<Option<FullListener>> = const { RefCell::new(None) };
    /// The key whose write found storage full, until a write to it works.
    static FULL_AT: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Calls `on_change(true)` whenever a save fails because storage is full, and
/// `on_change(false)` when a save works again afterwards: the shell shows its banner from
/// this, whichever page saved.
pub fn on_storage_full(on_change: impl Fn(bool) + 'static) {
    ON_FULL.with(|f| *f.borrow_mut() = Some(Box::new(on_change)));
}

/// Tracks the key a write failed on for lack of room: only a later write of that same key
/// shows there is room again (the undo of an earlier write of the same save also succeeds,
/// and must not hide the banner).
fn report_write(key: &str, result: &Result<(), StoreError>) {
    let full = match result {
        Ok(()) => FULL_AT
            .with(|k| k.borrow().as_deref() == Some(key))
            .then_some(false),
        Err(StoreError::QuotaExceeded) => Some(true),
        Err(_) => None,
    };
    let Some(full) = full else {
        return;
    };
    let was_full = FULL_AT.with(|k| k.replace(full.then(|| key.to_owned())).is_some());
    if was_full == full {
        return;
    }
    ON_FULL.with(|f| {
        if let Some(on_change) = f.borrow().as_ref() {
            on_change(full);
        }
    });
}

/// Removes everything the app keeps in this tab's session storage (a carried notice,
/// presenter view), for a device being wiped.
pub fn forget_session(keys: &Keys) {
    let Some(storage) = session_storage() else {
        return;
    };
    let length = storage.length().unwrap_or(0);
    let owned: Vec<String> = (0..length)
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|key| keys.owns(key))
        .collect();
    for key in owned {
        let _ = storage.remove_item(&key);
    }
}

/// The browser's local storage.
#[derive(Clone, Copy, Debug, Default)]
pub struct BrowserStore;

/// The records of the data set this tab uses (the real ones, or the demo's: see
/// [`active_keys`]), in this browser's local storage.
pub fn repository() -> Repository<BrowserStore> {
    Repository::with_keys(BrowserStore, active_keys())
}

impl BrowserStore {
    /// `gloo_storage::LocalStorage::raw()` panics when storage is blocked or absent, so this
    /// asks the window first and only then hands over gloo's handle.
    fn storage(&self) -> Result<web_sys::Storage, StoreError> {
        let window = web_sys::window().ok_or(StoreError::Unavailable)?;
        match window.local_storage() {
            Ok(Some(_)) => Ok(LocalStorage::raw()),
            _ => Err(StoreError::Unavailable),
        }
    }
}

fn store_error(error: JsValue) -> StoreError {
    match error.dyn_ref::<DomException>() {
        Some(e) if e.name() == "QuotaExceededError" => StoreError::QuotaExceeded,
        Some(e) if e.name() == "SecurityError" => StoreError::Unavailable,
        Some(e) => StoreError::Other(format!("{}: {}", e.name(), e.message())),
        None => StoreError::Other(format!("{error:?}")),
    }
}

impl KeyValueStore for BrowserStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.storage()?.get_item(key).map_err(store_error)
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StoreError> {
        let result = self.storage()?.set_item(key, value).map_err(store_error);
        report_write(key, &result);
        result
    }

    fn remove(&self, key: &str) -> Result<(), StoreError> {
        self.storage()?.remove_item(key).map_err(store_error)
    }

    fn keys(&self) -> Result<Vec<String>, StoreError> {
        let storage = self.storage()?;
        let length = storage.length().map_err(store_error)?;
        let mut keys = Vec::with_capacity(length as usize);
        for i in 0..length {
            if let Some(key) = storage.key(i).map_err(store_error)? {
                keys.push(key);
            }
        }
        Ok(keys)
    }
}

/// Calls `on_change` whenever another tab or window writes one of our keys (or clears
/// storage). The browser sends no event to the tab that made the write.
pub fn watch_other_tabs(keys: Keys, on_change: impl Fn() + 'static) -> WindowListenerHandle {
    window_event_listener(leptos::ev::storage, move |event| match event.key() {
        Some(key) if !keys.owns(&key) => {}
        _ => on_change(),
    })
}

/// The session-storage key of a confirmation on its way through a reload.
const CARRIED_FLASH_KEY: &str = "outcome-focus/flash";

fn session_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok().flatten()
}

/// Keeps a one-off confirmation (its page's path and the message) for the next page load in
/// this tab: switching between the demo and the real records loads the app afresh, and "You
/// left the demo." must still appear. Session storage, so it never outlives the tab.
pub fn carry_flash(path: &str, message: &str) {
    if let Some(storage) = session_storage() {
        // Best effort: if it fails the save itself still happened, only the notice is lost.
        let _ = storage.set_item(CARRIED_FLASH_KEY, &format!("{path}\n{message}"));
    }
}

/// Takes the confirmation carried from the previous page load, if any, so it shows once.
pub fn take_carried_flash() -> Option<(String, String)> {
    let storage = session_storage()?;
    let carried = storage.get_item(CARRIED_FLASH_KEY).ok().flatten()?;
    let _ = storage.remove_item(CARRIED_FLASH_KEY);
    let (path, message) = carried.split_once('\n')?;
    Some((path.to_owned(), message.to_owned()))
}

/// The session-storage key that remembers presenter view on the Learn pages for this tab.
const PRESENTER_VIEW_KEY: &str = "outcome-focus/presenter-view";

/// Remembers for this tab whether presenter view is on, so a reload keeps it. Best effort:
/// without session storage it lasts until the page is reloaded.
pub fn remember_presenter_view(on: bool) {
    if let Some(storage) = session_storage() {
        let _ = if on {
            storage.set_item(PRESENTER_VIEW_KEY, "on")
        } else {
            storage.remove_item(PRESENTER_VIEW_KEY)
        };
    }
}

/// Whether presenter view was left on in this tab; `None` when session storage cannot say.
pub fn presenter_view() -> Option<bool> {
    let stored = session_storage()?.get_item(PRESENTER_VIEW_KEY).ok()?;
    Some(stored.is_some())
}

// ---- The single-file edition's notice about shared storage ----

/// The local-storage key that remembers the single-file edition's notice was dismissed.
/// Outside the records' prefix (`outcome-focus/…`) on purpose: it describes this browser, not
/// the records, so it is never exported, imported, or reported as an unreadable record.
const LOCAL_FILE_NOTICE_KEY: &str = "outcome-focus-local-file-notice";

/// Whether the notice that local files share one storage was dismissed in this browser.
pub fn local_file_notice_dismissed() -> bool {
    BrowserStore
        .storage()
        .ok()
        .and_then(|storage| storage.get_item(LOCAL_FILE_NOTICE_KEY).ok().flatten())
        .is_some()
}

/// Remembers that the notice was dismissed. Best effort, and written past `BrowserStore::set`
/// so that a full storage does not raise the "your last change was not saved" banner over a
/// mere notice: if it cannot be kept, the notice shows again next time.
pub fn dismiss_local_file_notice() {
    if let Ok(storage) = BrowserStore.storage() {
        let _ = storage.set_item(LOCAL_FILE_NOTICE_KEY, "dismissed");
    }
}
