//! What the answer page keeps on the person's own phone, under keys of its own
//! (`outcome-focus-answers/…`), apart from the practitioner's app's records: the invitation
//! being answered (so a reload or a lost signal resumes it), then only its sealed return,
//! and the copy of their own answers if they asked for one.

use thiserror::Error;
use web_sys::Storage;

use crate::domain::{kept_from_stored, kept_to_stored, KeptAnswers, OnThePhone};

const PREFIX: &str = "outcome-focus-answers/";
const CURRENT: &str = "outcome-focus-answers/current";
const KEPT: &str = "outcome-focus-answers/kept";

/// Why the phone could not keep something, in words for the person holding it.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum PhoneStorageError {
    /// Storage is off (a private window in some browsers) or refused.
    #[error("This phone's browser is not letting the page save your answers (a private window can do this). Keep this page open until you have sent them back.")]
    Unavailable,
    /// Storage is full.
    #[error("This phone's browser storage is full, so your latest answer is not saved yet. Keep this page open until you have sent your answers back.")]
    Full,
}

fn storage() -> Result<Storage, PhoneStorageError> {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .ok_or(PhoneStorageError::Unavailable)
}

fn put(key: &str, value: &str) -> Result<(), PhoneStorageError> {
    storage()?.set_item(key, value).map_err(|e| {
        let name = wasm_bindgen::JsCast::dyn_ref::<web_sys::DomException>(&e).map(|e| e.name());
        match name.as_deref() {
            Some("QuotaExceededError") => PhoneStorageError::Full,
            _ => PhoneStorageError::Unavailable,
        }
    })
}

fn get(key: &str) -> Option<String> {
    storage().ok()?.get_item(key).ok().flatten()
}

fn remove(key: &str) {
    if let Ok(storage) = storage() {
        let _ = storage.remove_item(key);
    }
}

/// The invitation last opened on this phone and its state, if any (a damaged value reads
/// as none: the invitation's link opens it afresh).
pub fn current_on_phone() -> Option<(String, OnThePhone)> {
    let id = get(CURRENT)?;
    let state = OnThePhone::from_stored(&get(&format!("{PREFIX}{id}"))?)?;
    Some((id, state))
}

/// The state of invitation `id`, if this phone holds it.
pub fn on_phone(id: &str) -> Option<OnThePhone> {
    OnThePhone::from_stored(&get(&format!("{PREFIX}{id}"))?)
}

/// Keeps invitation `id`'s state, and makes it the one a reload opens.
pub fn keep_on_phone(id: &str, state: &OnThePhone) -> Result<(), PhoneStorageError> {
    put(&format!("{PREFIX}{id}"), &state.to_stored())?;
    put(CURRENT, id)
}

/// Forgets invitation `id` and everything answered to it.
pub fn forget_on_phone(id: &str) {
    remove(&format!("{PREFIX}{id}"));
    if get(CURRENT).as_deref() == Some(id) {
        remove(CURRENT);
    }
}

/// The person's own kept answers, oldest first.
pub fn kept_answers() -> Vec<KeptAnswers> {
    get(KEPT)
        .and_then(|text| kept_from_stored(&text))
        .unwrap_or_default()
}

/// Adds a set to the person's kept answers.
pub fn keep_answers(set: KeptAnswers) -> Result<(), PhoneStorageError> {
    let mut kept = kept_answers();
    kept.push(set);
    put(KEPT, &kept_to_stored(&kept))
}

/// Deletes every kept answer from this phone.
pub fn delete_kept_answers() {
    remove(KEPT);
}
