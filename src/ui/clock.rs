//! The only place the UI asks the clock or the random number generator; the core takes
//! today's date, the time, new ids and salts as parameters.

use chrono::{DateTime, Local, NaiveDate, Utc};

use crate::domain::PersonId;

/// Today's date where the user is.
pub fn today() -> NaiveDate {
    Local::now().date_naive()
}

/// The current time, for `saved_at`.
pub fn now() -> DateTime<Utc> {
    Utc::now()
}

/// A new person id from the time and a random number.
pub fn new_person_id() -> PersonId {
    let random = (js_sys::Math::random() * 2f64.powi(40)) as u64;
    PersonId::generate(js_sys::Date::now() as u64, random)
}

/// A new deck id from the time and a random number.
pub fn new_deck_id() -> crate::domain::DeckId {
    let random = (js_sys::Math::random() * 2f64.powi(40)) as u64;
    crate::domain::DeckId::generate(js_sys::Date::now() as u64, random)
}

/// `time` as the user's clock shows it, hours and minutes: "14:32".
pub fn local_time(time: DateTime<Utc>) -> String {
    use chrono::Timelike;
    // By hand, not chrono's `format`, whose machinery weighs ~7 KB of the download.
    let local = time.with_timezone(&Local);
    format!("{:02}:{:02}", local.hour(), local.minute())
}

/// 16 random bytes for a salt, from the browser's cryptographic generator
/// (`crypto.getRandomValues`). Should a browser lack it, `Math.random` fills in: a salt only
/// has to differ between hand-overs, not to be secret.
pub fn random_salt() -> [u8; 16] {
    use wasm_bindgen::JsCast;
    let mut salt = [0u8; 16];
    let array = js_sys::Uint8Array::new_with_length(16);
    let crypto = js_sys::Reflect::get(&js_sys::global(), &"crypto".into()).ok();
    let filled = crypto.and_then(|crypto| {
        let fill = js_sys::Reflect::get(&crypto, &"getRandomValues".into()).ok()?;
        let fill = fill.dyn_into::<js_sys::Function>().ok()?;
        fill.call1(&crypto, &array).ok()
    });
    if filled.is_some() {
        array.copy_to(&mut salt);
    } else {
        for byte in &mut salt {
            *byte = (js_sys::Math::random() * 256.0) as u8;
        }
    }
    salt
}

/// Why this browser cannot make an invitation.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("This browser cannot make a safe invitation: it has no secure random number generator (crypto.getRandomValues), which keeps the person's answers private. Open Outcome Focus in an up-to-date browser such as Firefox, Chrome, Edge or Safari to send cards to a phone.")]
pub struct NoSafeRandom;

/// An invitation's secret: 16 bytes from the browser's cryptographic generator only. Unlike
/// a salt, it must be unguessable, so there is no fallback.
pub fn invitation_secret() -> Result<[u8; crate::domain::SECRET_BYTES], NoSafeRandom> {
    use wasm_bindgen::JsCast;
    let array = js_sys::Uint8Array::new_with_length(crate::domain::SECRET_BYTES as u32);
    let crypto = js_sys::Reflect::get(&js_sys::global(), &"crypto".into())
        .ok()
        .filter(|c| c.is_object())
        .ok_or(NoSafeRandom)?;
    let fill = js_sys::Reflect::get(&crypto, &"getRandomValues".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .ok_or(NoSafeRandom)?;
    fill.call1(&crypto, &array).map_err(|_| NoSafeRandom)?;
    let mut secret = [0u8; crate::domain::SECRET_BYTES];
    array.copy_to(&mut secret);
    // A generator that "succeeded" without writing anything would give an all-zero secret.
    if secret.iter().all(|&b| b == 0) {
        return Err(NoSafeRandom);
    }
    Ok(secret)
}
