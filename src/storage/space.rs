//! How much room local storage has: the space used, the quota measured by probing (browsers
//! do not say it, and it differs: about 5 M characters in Chromium and Firefox, less in
//! Safari), and whether the browser will keep the data when it runs short of disk.

use std::cell::Cell;

use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;

use super::{session_storage, store_error, BrowserStore};
use crate::domain::StoreError;

/// The key written while probing; removed before the probe returns.
const PROBE_KEY: &str = "outcome-focus/quota-probe";
/// The session-storage key of the measured quota, so that it is measured once per tab.
const QUOTA_KEY: &str = "outcome-focus/quota";
/// Above this many UTF-16 code units the probe stops: no browser offers as much.
const PROBE_LIMIT: usize = 64 * 1024 * 1024;

thread_local! {
    static QUOTA: Cell<Option<usize>> = const { Cell::new(None) };
}

/// The space local storage of this site uses, in UTF-16 code units (keys and values, as
/// browsers count them), whoever wrote it.
pub fn used() -> Result<usize, StoreError> {
    let storage = BrowserStore.storage()?;
    let length = storage.length().map_err(store_error)?;
    let mut used = 0;
    for i in 0..length {
        let Some(key) = storage.key(i).map_err(store_error)? else {
            continue;
        };
        let value = storage.get_item(&key).map_err(store_error)?;
        used += units(&key) + value.as_deref().map_or(0, units);
    }
    Ok(used)
}

fn units(text: &str) -> usize {
    text.encode_utf16().count()
}

/// This site's local-storage quota in UTF-16 code units, measured once per tab: a temporary
/// key is grown until the browser refuses it (doubling, then halving the gap), then removed.
pub fn quota() -> Result<usize, StoreError> {
    if let Some(quota) = QUOTA.get() {
        return Ok(quota);
    }
    let cached = session_storage()
        .and_then(|s| s.get_item(QUOTA_KEY).ok().flatten())
        .and_then(|text| text.parse().ok());
    let quota = match cached {
        Some(quota) => quota,
        None => probe()?,
    };
    QUOTA.set(Some(quota));
    if let Some(storage) = session_storage() {
        // Best effort: without it the next page load measures again.
        let _ = storage.set_item(QUOTA_KEY, &quota.to_string());
    }
    Ok(quota)
}

fn probe() -> Result<usize, StoreError> {
    let storage = BrowserStore.storage()?;
    storage.remove_item(PROBE_KEY).map_err(store_error)?;
    let base = used()? + units(PROBE_KEY);
    let fits = |n: usize| -> Result<bool, StoreError> {
        match storage.set_item(PROBE_KEY, &"x".repeat(n)) {
            Ok(()) => Ok(true),
            Err(error) => match store_error(error) {
                StoreError::QuotaExceeded => Ok(false),
                other => Err(other),
            },
        }
    };
    let measured = (|| {
        let (mut low, mut high) = (0, 64 * 1024);
        while fits(high)? {
            low = high;
            high *= 2;
            if high > PROBE_LIMIT {
                return Ok(low);
            }
        }
        while high - low > 64 {
            let middle = low + (high - low) / 2;
            match fits(middle)? {
                true => low = middle,
                false => high = middle,
            }
        }
        Ok(low)
    })();
    // Whatever happened, the probe leaves nothing behind.
    let _ = storage.remove_item(PROBE_KEY);
    measured.map(|room| base + room)
}

/// Whether the browser keeps this site's data when the disk runs short.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Persistence {
    /// The browser agreed to keep it until the user deletes it.
    Granted,
    /// The browser may delete it under storage pressure.
    NotGranted,
    /// This browser cannot be asked (an old browser, or a page not served securely).
    Unsupported,
}

/// Asks the browser to keep this site's data (`navigator.storage.persist()`), and says what
/// it answered. Browsers may answer without asking the user, from how the site is used.
pub async fn request_persistence() -> Persistence {
    let Some(window) = web_sys::window() else {
        return Persistence::Unsupported;
    };
    let navigator = window.navigator();
    let has_storage =
        js_sys::Reflect::has(&navigator, &JsValue::from_str("storage")).unwrap_or(false);
    if !has_storage {
        return Persistence::Unsupported;
    }
    let Ok(promise) = navigator.storage().persist() else {
        return Persistence::Unsupported;
    };
    match JsFuture::from(promise).await.map(|v| v.as_bool()) {
        Ok(Some(true)) => Persistence::Granted,
        Ok(Some(false)) => Persistence::NotGranted,
        _ => Persistence::Unsupported,
    }
}
