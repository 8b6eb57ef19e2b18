//! The only place the UI asks the clock or the random number generator; the core takes
//! today's date, the time and new ids as parameters.

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
