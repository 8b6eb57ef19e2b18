//! Which data set this tab uses: the real records or the demonstration service.
//!
//! The choice is a mark in this tab's **session storage**, not in local storage: it lasts
//! through reloads and moves between pages (the app reads it at every load) but ends with the
//! tab, so a shared work computer never opens in the demo for the next person, and a trainer
//! who forgets to leave cannot later type real notes into fictional records. Every key the
//! app builds comes from [`active_keys`], so the demo reads and writes only
//! `outcome-focus-demo/…` and the real records are never touched while it is on.

use crate::domain::{demo_keys, install_demo, wipe, ApplyError, DemoError, DemoService, Keys};

use super::{session_storage, BrowserStore};

/// The session-storage key of the mark. Tab state like the carried notice, so it sits with
/// them under the app's prefix; the demo's own wipe (under its prefix) leaves it alone.
const DATA_SET_KEY: &str = "outcome-focus/data-set";
/// The mark's value while the demo is on.
const DEMO: &str = "demo";

/// Whether this tab is showing the demonstration service.
pub fn in_demo() -> bool {
    session_storage()
        .and_then(|s| s.get_item(DATA_SET_KEY).ok().flatten())
        .is_some_and(|value| value == DEMO)
}

/// The keys of the data set this tab uses: the demo's while it is on, otherwise the real
/// records'.
pub fn active_keys() -> Keys {
    if in_demo() {
        demo_keys()
    } else {
        Keys::default()
    }
}

/// Stores `demo` afresh under the demo's keys (replacing any demo stored before) and turns
/// the demo on in this tab. Without session storage the demo cannot be told apart from the
/// real records on the next page, so it is not started.
pub fn start_demo(demo: &DemoService, now: chrono::DateTime<chrono::Utc>) -> Result<(), DemoError> {
    let session = session_storage().ok_or_else(|| {
        DemoError::Storage(
            "this browser does not let Outcome Focus keep a setting for this tab.".into(),
        )
    })?;
    install_demo(&BrowserStore, &demo_keys(), demo, now)?;
    session
        .set_item(DATA_SET_KEY, DEMO)
        .map_err(|_| DemoError::Storage("this tab could not be switched to the demo.".into()))
}

/// Turns the demo off in this tab and removes the demo's records, so that nothing
/// fictional stays on the device. The real records are not read or written.
pub fn leave_demo() {
    if let Some(session) = session_storage() {
        // Best effort: without session storage the demo was never on.
        let _ = session.remove_item(DATA_SET_KEY);
    }
    // Best effort too: a demo left behind is only fictional data, and it is replaced when
    // the demo next starts.
    let _ = wipe(&BrowserStore, &demo_keys());
}

/// `Wipe this device`: removes every value of the data set this tab uses, and returns how
/// many. Outside the demo that also takes any demo a tab closed without leaving left
/// behind, so nothing of the app stays; inside it, only the demo goes, since the real
/// records are never touched from the demo.
pub fn wipe_device() -> Result<usize, ApplyError> {
    let keys = active_keys();
    let removed = wipe(&BrowserStore, &keys)?;
    if keys == demo_keys() {
        return Ok(removed);
    }
    Ok(removed + wipe(&BrowserStore, &demo_keys())?)
}
