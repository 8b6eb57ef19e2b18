//! How much room local storage has: the space used (counted, cheaply), the limit measured
//! only when asked (browsers do not say it: about 5 M characters in Chromium and Firefox,
//! less in Safari), the browser's estimate for the whole site, and whether the browser will
//! keep the data when the device runs short of disk.
//!
//! Measuring fills the space left with temporary values, in steps that give the page back
//! to the browser between them, and removes them whatever happens: when it is done, fails
//! or is stopped, when the page is closed meanwhile, and, should all that be missed, the
//! next time the Data page opens ([`remove_leftover_probes`]).

use leptos::prelude::window_event_listener;
use thiserror::Error;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use super::{store_error, BrowserStore};
use crate::domain::{DeviceSpace, StoreError};

/// Starts the keys written while measuring. Outside the records' prefix (`outcome-focus/`),
/// so other tabs do not reload on them and no backup or wipe ever sees them.
const PROBE_PREFIX: &str = "outcome-focus-space-probe/";
/// The key of the limit measured in this browser. Outside the records' prefix too: it
/// describes this browser, not the records.
const LIMIT_KEY: &str = "outcome-focus-storage-limit";
/// How much one step of the measurement writes, in UTF-16 code units: small enough that a
/// step takes a few milliseconds, so the page stays responsive.
const STEP: usize = 256 * 1024;
/// How close the measurement comes to the exact limit, in UTF-16 code units.
const PRECISION: usize = 16;
/// Above this many UTF-16 code units the measurement stops: no browser offers as much.
const PROBE_LIMIT: usize = 64 * 1024 * 1024;

/// Why the space left could not be measured. Nothing stays behind either way.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum MeasureError {
    /// The person stopped it.
    #[error("Measuring stopped. Nothing was changed.")]
    Stopped,
    /// Local storage refused in another way than being full.
    #[error("The space left could not be measured ({0}). Nothing was changed.")]
    Storage(StoreError),
}

/// The space local storage of this site uses, in UTF-16 code units (keys and values, as
/// browsers count them), whoever wrote it, leaving out a measurement's temporary values.
pub fn used() -> Result<usize, StoreError> {
    stored_units(|key| !key.starts_with(PROBE_PREFIX))
}

/// The UTF-16 code units of the keys that `counts` and their values. Each value's length is
/// read where it is, never copied out: quick even with a full store.
fn stored_units(counts: impl Fn(&str) -> bool) -> Result<usize, StoreError> {
    let storage = BrowserStore.storage()?;
    let get_item: js_sys::Function = js_sys::Reflect::get(&storage, &JsValue::from_str("getItem"))
        .map_err(store_error)?
        .dyn_into()
        .map_err(store_error)?;
    let length = storage.length().map_err(store_error)?;
    let mut used = 0;
    for i in 0..length {
        let Some(key) = storage.key(i).map_err(store_error)? else {
            continue;
        };
        if !counts(&key) {
            continue;
        }
        let value = get_item
            .call1(&storage, &JsValue::from_str(&key))
            .map_err(store_error)?;
        let value_units = value
            .dyn_ref::<js_sys::JsString>()
            .map_or(0, |s| s.length());
        used += units(&key) + value_units as usize;
    }
    Ok(used)
}

fn units(text: &str) -> usize {
    text.encode_utf16().count()
}

/// The limit measured in this browser before, in UTF-16 code units, if it was.
pub fn remembered_limit() -> Option<usize> {
    let storage = BrowserStore.storage().ok()?;
    storage.get_item(LIMIT_KEY).ok().flatten()?.parse().ok()
}

/// Removes the temporary values of a measurement that never finished (the tab was closed
/// while it ran): they would take the room the records need. Returns how many it found.
pub fn remove_leftover_probes() -> usize {
    let Ok(storage) = BrowserStore.storage() else {
        return 0;
    };
    let length = storage.length().unwrap_or(0);
    let leftovers: Vec<String> = (0..length)
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|key| key.starts_with(PROBE_PREFIX))
        .collect();
    for key in &leftovers {
        let _ = storage.remove_item(key);
    }
    leftovers.len()
}

/// What the browser estimates for the whole site (`navigator.storage.estimate()`): every
/// kind of storage, not only local storage. `None` where the browser has no estimate.
pub async fn device_space() -> Option<DeviceSpace> {
    let navigator = web_sys::window()?.navigator();
    if !js_sys::Reflect::has(&navigator, &JsValue::from_str("storage")).unwrap_or(false) {
        return None;
    }
    let estimate = JsFuture::from(navigator.storage().estimate().ok()?)
        .await
        .ok()?;
    let field = |name: &str| {
        js_sys::Reflect::get(&estimate, &JsValue::from_str(name))
            .ok()?
            .as_f64()
            .filter(|n| n.is_finite() && *n >= 0.0)
            .map(|n| n as u64)
    };
    Some(DeviceSpace {
        usage: field("usage")?,
        quota: field("quota")?,
    })
}

/// Measures local storage's limit in UTF-16 code units by filling the space left, a step
/// at a time, then remembers it for later visits. `progress` hears how much is filled after
/// each step; `stopped` is asked between steps. The temporary values are always removed.
pub async fn measure_limit(
    progress: impl Fn(usize),
    stopped: impl Fn() -> bool,
) -> Result<usize, MeasureError> {
    remove_leftover_probes();
    let probe = Probe::start().map_err(MeasureError::Storage)?;
    let measured = probe.fill(&progress, &stopped).await;
    drop(probe);
    let limit = measured?;
    if let Ok(storage) = BrowserStore.storage() {
        // Best effort: without it the next visit shows the usual limit again.
        let _ = storage.set_item(LIMIT_KEY, &limit.to_string());
    }
    Ok(limit)
}

/// A measurement under way: its temporary values go when it is dropped, or when the page
/// is closed first.
struct Probe {
    storage: web_sys::Storage,
    /// Removes the values if the page goes away mid-measurement.
    on_page_hide: Option<leptos::prelude::WindowListenerHandle>,
}

impl Probe {
    fn start() -> Result<Self, StoreError> {
        let storage = BrowserStore.storage()?;
        let on_page_hide = window_event_listener(leptos::ev::pagehide, |_| {
            remove_leftover_probes();
        });
        Ok(Probe {
            storage,
            on_page_hide: Some(on_page_hide),
        })
    }

    /// Whether `units` characters fit under `key` (refused only for lack of room).
    fn fits(&self, key: &str, units: usize) -> Result<bool, StoreError> {
        match self.storage.set_item(key, &"x".repeat(units)) {
            Ok(()) => Ok(true),
            Err(error) => match store_error(error) {
                StoreError::QuotaExceeded => Ok(false),
                other => Err(other),
            },
        }
    }

    /// Whole steps until one does not fit, then the last step's size to within
    /// [`PRECISION`]: the limit is what local storage then holds.
    async fn fill(
        &self,
        progress: &impl Fn(usize),
        stopped: &impl Fn() -> bool,
    ) -> Result<usize, MeasureError> {
        let base = used().map_err(MeasureError::Storage)?;
        let mut filled = 0;
        let mut step = 0;
        let last_key = loop {
            let key = format!("{PROBE_PREFIX}{step}");
            if !self.fits(&key, STEP).map_err(MeasureError::Storage)? {
                break key;
            }
            filled += units(&key) + STEP;
            step += 1;
            if base + filled > PROBE_LIMIT {
                return stored_units(|_| true).map_err(MeasureError::Storage);
            }
            progress(base + filled);
            next_turn().await;
            if stopped() {
                return Err(MeasureError::Stopped);
            }
        };
        let (mut low, mut high) = (0, STEP);
        while high - low > PRECISION {
            let middle = low + (high - low) / 2;
            match self
                .fits(&last_key, middle)
                .map_err(MeasureError::Storage)?
            {
                true => low = middle,
                false => high = middle,
            }
            next_turn().await;
            if stopped() {
                return Err(MeasureError::Stopped);
            }
        }
        // A refused write leaves the value before it, so the last key holds `low` characters:
        // everything local storage now holds, the temporary values included, is the limit.
        let full = stored_units(|_| true).map_err(MeasureError::Storage)?;
        progress(full);
        Ok(full)
    }
}

impl Drop for Probe {
    fn drop(&mut self) {
        remove_leftover_probes();
        if let Some(handle) = self.on_page_hide.take() {
            handle.remove();
        }
    }
}

/// Gives the page back to the browser until its next turn (a zero-delay timeout), so that
/// it can draw and answer clicks between the measurement's steps.
async fn next_turn() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let waited = web_sys::window().map(|window| {
            window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0)
        });
        if !matches!(waited, Some(Ok(_))) {
            let _ = resolve.call0(&JsValue::NULL);
        }
    });
    let _ = JsFuture::from(promise).await;
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
