//! Handing the device to the person: the mark that keeps it handed over until the worker
//! gives it back, the optional 4-digit PIN that guards `Give back`, the wait after wrong
//! tries, and the way back for a worker who has forgotten the PIN.
//!
//! A PIN of 4 digits stops a person from stumbling into everyone's records; it does not stop
//! a determined attacker. Its check is stored as a salted SHA-256 hash so that the PIN itself
//! is never kept, but there are only 10,000 PINs: anyone who can read the browser's storage
//! (developer tools, the disk) can try them all in a moment, and could as well read the
//! records themselves. What the check must resist is guessing through the screen, hence the
//! wait after wrong tries ([`WAIT_AFTER_WRONG`]). Both waits trust the device's clock:
//! someone who leaves the browser to set the clock forward can shorten them.
//!
//! ```
//! use chrono::{TimeZone, Utc};
//! use outcome_focus::domain::{GiveBack, HandOverMark, Pin, PinCheck, PersonId};
//!
//! let now = Utc.with_ymd_and_hms(2026, 3, 1, 10, 0, 0).unwrap();
//! let pin = Pin::parse("2468").unwrap();
//! let person = PersonId::parse("p-1a").unwrap();
//! let mut mark = HandOverMark::new(person, "r-1", false, Some(PinCheck::new(&pin, [7; 16])));
//! assert_eq!(mark.try_pin("1357", now), GiveBack::Wrong { wait_until: None });
//! assert_eq!(mark.try_pin("2468", now), GiveBack::Given);
//! ```

use chrono::{DateTime, TimeDelta, Utc};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use thiserror::Error;

use super::person::PersonId;

/// How many digits a PIN has.
pub const PIN_DIGITS: usize = 4;
/// How many wrong PINs are allowed before each further wrong one makes the next try wait.
pub const FREE_TRIES: u32 = 3;
/// The wait before the next try, after each wrong PIN from the [`FREE_TRIES`]th on: at most
/// 2 tries a minute, so guessing all 10,000 PINs through the screen takes days.
pub const WAIT_AFTER_WRONG: TimeDelta = TimeDelta::seconds(30);
/// How long a worker who has forgotten the PIN waits, from asking, before the device can be
/// given back without it: long enough that a person cannot slip out unnoticed, short enough
/// that a worker never loses their records.
pub const FORGOTTEN_WAIT: TimeDelta = TimeDelta::minutes(10);

/// Why a typed PIN is not one.
#[derive(Clone, Debug, Error, PartialEq, Eq)]
pub enum PinError {
    /// Anything but exactly 4 digits.
    #[error("Type exactly 4 digits (0 to 9) for the PIN.")]
    NotFourDigits,
}

/// A PIN as typed: exactly [`PIN_DIGITS`] digits, spaces around it ignored.
#[derive(Clone, PartialEq, Eq)]
pub struct Pin(String);

impl std::fmt::Debug for Pin {
    /// Never prints the digits, so a PIN cannot end up in a log.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Pin(****)")
    }
}

impl Pin {
    /// The PIN in `typed`, if it is exactly 4 digits (ASCII 0 to 9) once spaces around it
    /// are taken off.
    pub fn parse(typed: &str) -> Result<Pin, PinError> {
        let pin = typed.trim();
        if pin.len() == PIN_DIGITS && pin.bytes().all(|b| b.is_ascii_digit()) {
            Ok(Pin(pin.to_owned()))
        } else {
            Err(PinError::NotFourDigits)
        }
    }

    /// The PIN a worker may set when handing over: `None` when the field is left empty (a
    /// PIN is offered, not forced).
    pub fn optional(typed: &str) -> Result<Option<Pin>, PinError> {
        if typed.trim().is_empty() {
            Ok(None)
        } else {
            Pin::parse(typed).map(Some)
        }
    }
}

/// What is kept to check a PIN without keeping the PIN: a random salt and the SHA-256 hash
/// of the salt followed by the PIN, both in lowercase hex.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PinCheck {
    salt: String,
    hash: String,
}

impl PinCheck {
    /// The check of `pin` with `salt`, which the caller draws at random (this stays pure).
    pub fn new(pin: &Pin, salt: [u8; 16]) -> Self {
        let salt = hex(&salt);
        let hash = salted_hash(&salt, &pin.0);
        PinCheck { salt, hash }
    }

    /// Whether `typed` is the PIN this check was made from.
    pub fn matches(&self, typed: &str) -> bool {
        Pin::parse(typed).is_ok_and(|pin| salted_hash(&self.salt, &pin.0) == self.hash)
    }
}

fn salted_hash(salt: &str, pin: &str) -> String {
    let mut hasher = Sha256::new();
    hasher.update(salt.as_bytes());
    hasher.update(pin.as_bytes());
    hex(&hasher.finalize())
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// What came of a try at giving the device back with a PIN.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum GiveBack {
    /// The right PIN, or none was set: the device goes back to the worker.
    Given,
    /// The wrong PIN: the cards stay. From the [`FREE_TRIES`]th wrong PIN on, the next try
    /// must wait until `wait_until`.
    Wrong {
        /// When the next try is allowed, if it must wait.
        wait_until: Option<DateTime<Utc>>,
    },
    /// Too soon after wrong PINs: nothing was checked. The next try is allowed at `until`.
    Wait {
        /// When the next try is allowed.
        until: DateTime<Utc>,
    },
    /// What was typed is not 4 digits: not counted as a try.
    NotAPin(PinError),
}

/// The mark a hand-over leaves on the device: which reading is handed over, in which data
/// set, the PIN's check if one was set, the wrong tries so far, and when a worker who forgot
/// the PIN asked to give back without it. Kept as JSON; unknown or missing fields take
/// their defaults so that a later version's mark still reads.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HandOverMark {
    person: PersonId,
    reading: String,
    /// Handed over from the demonstration service rather than the real records.
    #[serde(default)]
    demo: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pin: Option<PinCheck>,
    #[serde(default)]
    wrong_tries: u32,
    // Read by hand (dates::stored), not by chrono's own parser, which would add ~6 KB to
    // the download for these two fields alone.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::domain::dates::stored::optional_time"
    )]
    wait_until: Option<DateTime<Utc>>,
    // Read by hand (dates::stored), not by chrono's own parser, which would add ~6 KB to
    // the download for these two fields alone.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::domain::dates::stored::optional_time"
    )]
    forgotten_at: Option<DateTime<Utc>>,
}

impl HandOverMark {
    /// The mark of `person`'s reading `reading` handed over, from the demo when `demo`,
    /// guarded by `pin` if one was set.
    pub fn new(person: PersonId, reading: &str, demo: bool, pin: Option<PinCheck>) -> Self {
        HandOverMark {
            person,
            reading: reading.to_owned(),
            demo,
            pin,
            wrong_tries: 0,
            wait_until: None,
            forgotten_at: None,
        }
    }

    /// The mark as stored, or `None` if `json` is not one (damaged, or not ours).
    pub fn from_json(json: &str) -> Option<Self> {
        serde_json::from_str(json).ok()
    }

    /// The mark as it is stored.
    pub fn to_json(&self) -> String {
        // A struct of strings, numbers and dates always serialises.
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Whose reading is handed over.
    pub fn person(&self) -> &PersonId {
        &self.person
    }

    /// The id of the reading handed over.
    pub fn reading(&self) -> &str {
        &self.reading
    }

    /// Whether it was handed over from the demonstration service.
    pub fn demo(&self) -> bool {
        self.demo
    }

    /// Whether `Give back` asks for a PIN.
    pub fn has_pin(&self) -> bool {
        self.pin.is_some()
    }

    /// Tries `typed` as the PIN at `now`, counting a wrong one. Without a PIN set, the device
    /// is simply given back (the UI confirms first).
    pub fn try_pin(&mut self, typed: &str, now: DateTime<Utc>) -> GiveBack {
        let Some(check) = &self.pin else {
            return GiveBack::Given;
        };
        if let Some(until) = self.wait_until.filter(|until| now < *until) {
            return GiveBack::Wait { until };
        }
        if let Err(error) = Pin::parse(typed) {
            return GiveBack::NotAPin(error);
        }
        if check.matches(typed) {
            return GiveBack::Given;
        }
        self.wrong_tries = self.wrong_tries.saturating_add(1);
        self.wait_until = (self.wrong_tries >= FREE_TRIES).then(|| now + WAIT_AFTER_WRONG);
        GiveBack::Wrong {
            wait_until: self.wait_until,
        }
    }

    /// A worker has forgotten the PIN: from the first time they ask (at `now`), the device
    /// can be given back without it after [`FORGOTTEN_WAIT`]. Asking again does not restart
    /// the wait. Returns when it can be given back.
    pub fn forget_pin(&mut self, now: DateTime<Utc>) -> DateTime<Utc> {
        let asked = *self.forgotten_at.get_or_insert(now);
        asked + FORGOTTEN_WAIT
    }

    /// When the device can be given back without the PIN, if a worker has asked.
    pub fn without_pin_from(&self) -> Option<DateTime<Utc>> {
        self.forgotten_at.map(|asked| asked + FORGOTTEN_WAIT)
    }

    /// Whether the device can be given back without a PIN at `now`: none was set, or the
    /// wait after "Forgotten the PIN?" is over. A clock set back only makes the wait longer.
    pub fn can_give_back_without_pin(&self, now: DateTime<Utc>) -> bool {
        self.pin.is_none() || self.without_pin_from().is_some_and(|from| now >= from)
    }
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone;

    use super::*;

    fn at(minute: u32, second: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 3, 1, 10, minute, second)
            .unwrap()
    }

    fn person() -> PersonId {
        PersonId::parse("p-1a").unwrap()
    }

    fn guarded(pin: &str) -> HandOverMark {
        let check = Pin::parse(pin).map(|p| PinCheck::new(&p, [3; 16])).ok();
        HandOverMark::new(person(), "r-2", false, check)
    }

    #[test]
    fn a_pin_is_exactly_four_digits() {
        let check = |typed: &str, ok: bool| {
            assert_eq!(Pin::parse(typed).is_ok(), ok, "{typed:?}");
        };
        check("0000", true);
        check("1234", true);
        check(" 9876 ", true);
        check("123", false);
        check("12345", false);
        check("", false);
        check("12a4", false);
        check("12 4", false);
        check("-123", false);
        check("１２３４", false); // full-width digits are not ASCII 0 to 9
        check("١٢٣٤", false);
    }

    #[test]
    fn a_pin_is_optional_when_handing_over() {
        assert_eq!(Pin::optional(""), Ok(None));
        assert_eq!(Pin::optional("   "), Ok(None));
        assert!(matches!(Pin::optional("4321"), Ok(Some(_))));
        assert_eq!(Pin::optional("43"), Err(PinError::NotFourDigits));
    }

    #[test]
    fn the_check_matches_only_its_pin_and_never_holds_it() {
        let pin = Pin::parse("0420").unwrap();
        let check = PinCheck::new(&pin, [9; 16]);
        assert!(check.matches("0420"));
        assert!(check.matches(" 0420"));
        assert!(!check.matches("0421"));
        assert!(!check.matches("042"));
        let stored = serde_json::to_string(&check).unwrap();
        assert!(!stored.contains("0420"), "{stored}");
        assert_eq!(check.hash.len(), 64);
        // Another salt, another hash: equal PINs cannot be spotted across marks.
        assert_ne!(PinCheck::new(&pin, [8; 16]).hash, check.hash);
        assert_eq!(format!("{pin:?}"), "Pin(****)");
    }

    #[test]
    fn the_hash_is_sha256_of_salt_then_pin() {
        // echo -n "000000000000000000000000000000001234" | sha256sum
        let pin = Pin::parse("1234").unwrap();
        let check = PinCheck::new(&pin, [0; 16]);
        assert_eq!(check.salt, "0".repeat(32));
        assert_eq!(
            check.hash,
            "32ca8bc0c04764b158d619eea6fd4a8adebc4b50a25e1b09574e7c4764ff0236"
        );
    }

    #[test]
    fn wrong_pins_keep_the_cards_and_then_make_the_next_try_wait() {
        let mut mark = guarded("2468");
        let now = at(0, 0);
        assert_eq!(
            mark.try_pin("1111", now),
            GiveBack::Wrong { wait_until: None }
        );
        assert_eq!(
            mark.try_pin("2222", now),
            GiveBack::Wrong { wait_until: None }
        );
        let until = now + WAIT_AFTER_WRONG;
        assert_eq!(
            mark.try_pin("3333", now),
            GiveBack::Wrong {
                wait_until: Some(until)
            }
        );
        // Even the right PIN waits: nothing is checked until then.
        assert_eq!(mark.try_pin("2468", at(0, 29)), GiveBack::Wait { until });
        assert_eq!(
            mark.try_pin("4444", at(0, 30)),
            GiveBack::Wrong {
                wait_until: Some(at(1, 0))
            }
        );
        assert_eq!(mark.try_pin("2468", at(1, 0)), GiveBack::Given);
    }

    #[test]
    fn what_is_not_a_pin_is_not_counted() {
        let mut mark = guarded("2468");
        for _ in 0..5 {
            assert_eq!(
                mark.try_pin("12", at(0, 0)),
                GiveBack::NotAPin(PinError::NotFourDigits)
            );
        }
        assert_eq!(mark.wrong_tries, 0);
    }

    #[test]
    fn without_a_pin_the_device_is_simply_given_back() {
        let mut mark = HandOverMark::new(person(), "r-2", false, None);
        assert!(!mark.has_pin());
        assert_eq!(mark.try_pin("", at(0, 0)), GiveBack::Given);
        assert!(mark.can_give_back_without_pin(at(0, 0)));
    }

    #[test]
    fn a_forgotten_pin_gives_back_after_the_wait_from_the_first_request() {
        let mut mark = guarded("2468");
        assert!(!mark.can_give_back_without_pin(at(0, 0)));
        assert_eq!(mark.without_pin_from(), None);
        assert_eq!(mark.forget_pin(at(0, 0)), at(10, 0));
        // Asking again later does not start the wait again.
        assert_eq!(mark.forget_pin(at(5, 0)), at(10, 0));
        assert_eq!(mark.without_pin_from(), Some(at(10, 0)));
        let check = |now: DateTime<Utc>, ok: bool| {
            assert_eq!(mark.can_give_back_without_pin(now), ok, "{now}");
        };
        check(at(0, 0), false);
        check(at(9, 59), false);
        check(at(10, 0), true);
        check(at(59, 0), true);
        // A clock set back does not shorten the wait.
        check(at(0, 0) - TimeDelta::hours(1), false);
    }

    #[test]
    fn the_mark_reads_back_as_written_and_nonsense_is_no_mark() {
        let mut mark = guarded("2468");
        mark.try_pin("0000", at(0, 0));
        mark.forget_pin(at(1, 0));
        assert_eq!(HandOverMark::from_json(&mark.to_json()), Some(mark.clone()));
        for bad in [
            "",
            "p-1a r-2",
            "{}",
            "null",
            r#"{"person":"Not An Id","reading":"r-2"}"#,
            r#"{"person":"p-1a","reading":"r-2","pin":"1234"}"#,
        ] {
            assert_eq!(HandOverMark::from_json(bad), None, "{bad}");
        }
        // A mark written before PINs, or missing what a later version adds, still reads.
        let plain = HandOverMark::from_json(r#"{"person":"p-1a","reading":"r-2","later":1}"#);
        assert_eq!(plain, Some(HandOverMark::new(person(), "r-2", false, None)));
    }
}
