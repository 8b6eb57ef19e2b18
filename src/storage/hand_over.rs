//! The hand-over mark in the browser: while it is there the app shows only the handed-over
//! reading's cards, whatever the address, in every tab.
//!
//! It lives in **local storage** so that a reload, a typed address or a new tab all see it
//! (session storage is one tab's). Its key sits outside the records' prefix, like the
//! local-file notice's: it describes this device, so it is never exported, imported, or
//! reported as an unreadable record. The value is [`HandOverMark`]'s JSON; the PIN is only
//! ever kept as a salted hash (see `domain::hand_over` for what that protects and what not).
//!
//! Versions before the PIN kept `person reading` in this tab's session storage. A tab that
//! was handed over when the app updated (the update prompt reloads) still has that mark, so
//! it is read once, moved to local storage as a hand-over without a PIN, and removed: an
//! update never opens the full app on a handed-over device.

use leptos::prelude::{window_event_listener, WindowListenerHandle};
use thiserror::Error;

use super::{session_storage, store_error, BrowserStore};
use crate::domain::{HandOverMark, PersonId, StoreError};

/// The local-storage key of the mark.
const HAND_OVER_KEY: &str = "outcome-focus-hand-over";
/// Where versions before the PIN kept the mark, in session storage.
const OLD_SESSION_KEY: &str = "outcome-focus/hand-over";

/// Why the device could not be handed over.
#[derive(Clone, Debug, Error, PartialEq, Eq)]
pub enum HandOverError {
    /// Local storage is full.
    #[error("The device was not handed over: this browser's storage is full, so a reload would show everyone's records. Make room first (the Data page shows how much is used), then hand over again.")]
    Full,
    /// Local storage is blocked or absent.
    #[error("The device was not handed over: this browser does not let Outcome Focus keep anything, so a reload would show everyone's records. Allow this site to store data, then hand over again.")]
    Unavailable,
    /// Anything else the browser said.
    #[error("The device was not handed over: the browser said \"{0}\". Try again; if it happens again, stay beside the person while they answer.")]
    Other(String),
}

impl From<StoreError> for HandOverError {
    fn from(error: StoreError) -> Self {
        match error {
            StoreError::QuotaExceeded => HandOverError::Full,
            StoreError::Unavailable => HandOverError::Unavailable,
            StoreError::Other(message) => HandOverError::Other(message),
        }
    }
}

/// The device's hand-over, if it is handed over. A value that is not a mark (damaged, or
/// written by something else) is ignored: the app then opens as usual, and the value is
/// left where it is.
pub fn handed_over() -> Option<HandOverMark> {
    let stored = BrowserStore
        .storage()
        .ok()
        .and_then(|storage| storage.get_item(HAND_OVER_KEY).ok().flatten());
    match stored {
        Some(json) => HandOverMark::from_json(&json),
        None => moved_from_session(),
    }
}

/// A mark left in this tab's session storage by a version before the PIN, moved to local
/// storage (as a hand-over without a PIN, in the data set the tab uses) and removed.
fn moved_from_session() -> Option<HandOverMark> {
    let session = session_storage()?;
    let old = session.get_item(OLD_SESSION_KEY).ok().flatten()?;
    let (person, reading) = old.split_once(' ')?;
    let mark = HandOverMark::new(PersonId::parse(person)?, reading, super::in_demo(), None);
    // Best effort: if it cannot be moved, this tab still reads it from session storage.
    if keep_hand_over(&mark).is_ok() {
        let _ = session.remove_item(OLD_SESSION_KEY);
    }
    Some(mark)
}

/// Stores `mark`: the device is handed over (or its wrong tries or a forgotten-PIN request
/// are remembered) from now on, in every tab and through reloads.
pub fn keep_hand_over(mark: &HandOverMark) -> Result<(), HandOverError> {
    let storage = BrowserStore.storage()?;
    storage
        .set_item(HAND_OVER_KEY, &mark.to_json())
        .map_err(|error| HandOverError::from(store_error(error)))
}

/// Removes the mark: the device is given back.
pub fn end_hand_over() {
    // Best effort: storage that cannot be written cannot have kept a mark either.
    if let Ok(storage) = BrowserStore.storage() {
        let _ = storage.remove_item(HAND_OVER_KEY);
    }
    if let Some(session) = session_storage() {
        let _ = session.remove_item(OLD_SESSION_KEY);
    }
}

/// Calls `on_change` with the mark as it now is whenever another tab hands the device over,
/// changes the mark, or gives the device back (or clears storage). The browser sends no
/// event to the tab that made the change.
pub fn watch_hand_over(on_change: impl Fn(Option<HandOverMark>) + 'static) -> WindowListenerHandle {
    window_event_listener(leptos::ev::storage, move |event| match event.key() {
        Some(key) if key != HAND_OVER_KEY => {}
        _ => on_change(handed_over()),
    })
}
