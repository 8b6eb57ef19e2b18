//! Dates and a person shared by the domain's tests, so every module's tests build them alike.

use chrono::{DateTime, NaiveDate, TimeZone, Utc};

use super::person::{Person, PersonDraft, PersonId};

/// A day in 2026.
pub fn day(month: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, month, d).unwrap()
}

/// Today in the tests: 22 November 2026.
pub fn today() -> NaiveDate {
    day(11, 22)
}

/// A moment [`today`], at 09:`minute` UTC.
pub fn at(minute: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 22, 9, minute, 0).unwrap()
}

/// A.B., referred on 1 June 2026, id `1-1`, with nothing else recorded yet.
pub fn referred_person() -> Person {
    let details = PersonDraft {
        name: "A.B.".into(),
        referral_date: "2026-06-01".into(),
        ..PersonDraft::default()
    };
    Person::create(PersonId::generate(1, 1), details.validate(today()).unwrap())
}
