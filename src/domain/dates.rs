//! Dates as people in the UK write them, and as `<input type="date">` hands them over.

use chrono::{DateTime, Datelike, NaiveDate, TimeDelta, Utc};

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Formats a date the UK way, in words so it cannot be misread: `5 March 2026`.
pub fn format_uk_date(date: NaiveDate) -> String {
    let month = MONTHS[date.month0() as usize];
    format!("{} {} {}", date.day(), month, date.year())
}

/// Parses the `YYYY-MM-DD` form that date inputs produce; `None` for anything else.
pub fn parse_iso_date(text: &str) -> Option<NaiveDate> {
    // By hand rather than with chrono's format strings, whose parser weighs ~10 KB of wasm.
    let mut parts = text.trim().split('-');
    let (year, month, day) = (parts.next()?, parts.next()?, parts.next()?);
    let digits =
        |part: &str, len: usize| part.len() == len && part.bytes().all(|b| b.is_ascii_digit());
    if parts.next().is_some() || !digits(year, 4) || !digits(month, 2) || !digits(day, 2) {
        return None;
    }
    NaiveDate::from_ymd_opt(year.parse().ok()?, month.parse().ok()?, day.parse().ok()?)
}

/// The `YYYY-MM-DD` form that date inputs take.
pub fn iso_date(date: NaiveDate) -> String {
    format!("{:04}-{:02}-{:02}", date.year(), date.month(), date.day())
}

/// Parses an RFC 3339 time as the stored format writes it (`2026-11-22T09:30:00.500Z`, or
/// with an offset such as `+01:00`); `None` for anything else.
pub fn parse_utc_time(text: &str) -> Option<DateTime<Utc>> {
    let date = parse_iso_date(text.get(..10)?)?;
    let rest = text.get(10..)?.strip_prefix(['T', 't', ' '])?;
    let two = |part: &str| -> Option<u32> {
        (part.len() == 2 && part.bytes().all(|b| b.is_ascii_digit()))
            .then(|| part.parse().ok())
            .flatten()
    };
    let (hour, minute, second) = (
        two(rest.get(0..2)?)?,
        two(rest.get(3..5)?)?,
        two(rest.get(6..8)?)?,
    );
    if rest.get(2..3)? != ":" || rest.get(5..6)? != ":" {
        return None;
    }
    let mut rest = rest.get(8..)?;
    let mut nanos = 0;
    if let Some(fraction) = rest.strip_prefix('.') {
        let digits = fraction.bytes().take_while(u8::is_ascii_digit).count();
        if !(1..=9).contains(&digits) {
            return None;
        }
        nanos = fraction.get(..digits)?.parse::<u32>().ok()? * 10u32.pow(9 - digits as u32);
        rest = fraction.get(digits..)?;
    }
    let offset = match rest {
        "Z" | "z" => 0,
        _ => {
            let sign = match rest.get(..1)? {
                "+" => 1,
                "-" => -1,
                _ => return None,
            };
            if rest.len() != 6 || rest.get(3..4)? != ":" {
                return None;
            }
            let minutes = two(rest.get(1..3)?)? * 60 + two(rest.get(4..6)?)?;
            sign * i64::from(minutes) * 60
        }
    };
    let local = date.and_hms_nano_opt(hour, minute, second, nanos)?;
    Some((local - TimeDelta::seconds(offset)).and_utc())
}

/// Reading stored dates and times with the parsers above (`#[serde(deserialize_with)]`):
/// chrono's own parser, which its `Deserialize` uses, weighs ~10 KB of wasm.
/// Writing still goes through chrono, whose output the parsers read.
pub mod stored {
    use chrono::{DateTime, NaiveDate, Utc};
    use serde::de::Error;
    use serde::{Deserialize, Deserializer};

    /// A string read with `parse`; `what` names the form expected in the error.
    fn read<T, E: Error>(text: &str, parse: fn(&str) -> Option<T>, what: &str) -> Result<T, E> {
        parse(text).ok_or_else(|| E::custom(format!("{text:?} is not {what}")))
    }

    const DATE: &str = "a date (YYYY-MM-DD)";
    const TIME: &str = "a time (RFC 3339)";

    /// A `YYYY-MM-DD` date.
    pub fn date<'de, D: Deserializer<'de>>(deserializer: D) -> Result<NaiveDate, D::Error> {
        read(
            &String::deserialize(deserializer)?,
            super::parse_iso_date,
            DATE,
        )
    }

    /// A date or `null`.
    pub fn optional_date<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Option<NaiveDate>, D::Error> {
        Option::<String>::deserialize(deserializer)?
            .map(|text| read(&text, super::parse_iso_date, DATE))
            .transpose()
    }

    /// An RFC 3339 time.
    pub fn time<'de, D: Deserializer<'de>>(deserializer: D) -> Result<DateTime<Utc>, D::Error> {
        read(
            &String::deserialize(deserializer)?,
            super::parse_utc_time,
            TIME,
        )
    }

    /// An RFC 3339 time or `null`.
    pub fn optional_time<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Option<DateTime<Utc>>, D::Error> {
        Option::<String>::deserialize(deserializer)?
            .map(|text| read(&text, super::parse_utc_time, TIME))
            .transpose()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn formats_in_words() {
        for (input, expected) in [
            (date(2026, 3, 5), "5 March 2026"),
            (date(2026, 11, 22), "22 November 2026"),
            (date(2024, 2, 29), "29 February 2024"),
            (date(1999, 12, 31), "31 December 1999"),
        ] {
            assert_eq!(format_uk_date(input), expected);
        }
    }

    #[test]
    fn writes_iso_dates() {
        assert_eq!(iso_date(date(2026, 3, 5)), "2026-03-05");
        assert_eq!(iso_date(date(987, 12, 31)), "0987-12-31");
    }

    #[test]
    fn parses_only_iso_dates() {
        for (input, expected) in [
            ("2026-03-05", Some(date(2026, 3, 5))),
            (" 2026-03-05 ", Some(date(2026, 3, 5))),
            ("2026-02-30", None),
            ("05/03/2026", None),
            ("", None),
            ("2026-3-5", None),
            ("+2026-03-05", None),
            ("2026-03-05-01", None),
        ] {
            assert_eq!(parse_iso_date(input), expected, "parsing {input:?}");
        }
    }

    #[test]
    fn stored_times_read_as_chrono_writes_them() {
        use chrono::{SecondsFormat, TimeZone};
        let at = |text: &str| parse_utc_time(text);
        let utc = |h, m, s| Utc.with_ymd_and_hms(2026, 11, 22, h, m, s).unwrap();
        assert_eq!(at("2026-11-22T09:30:00Z"), Some(utc(9, 30, 0)));
        assert_eq!(at("2026-11-22t09:30:00z"), Some(utc(9, 30, 0)));
        assert_eq!(at("2026-11-22T10:30:00+01:00"), Some(utc(9, 30, 0)));
        assert_eq!(at("2026-11-22T00:30:00-09:00"), Some(utc(9, 30, 0)));
        assert_eq!(
            at("2026-11-22T09:30:00.5Z"),
            Some(utc(9, 30, 0) + TimeDelta::milliseconds(500))
        );
        for bad in [
            "",
            "2026-11-22",
            "2026-11-22T09:30Z",
            "2026-11-22T09:30:00",
            "2026-11-22T25:30:00Z",
            "2026-11-22T09:30:00.Z",
            "2026-11-22T09:30:00.1234567890Z",
            "2026-11-22T09:30:00+0100",
            "2026-02-30T09:30:00Z",
            "2026-11-22T09:30:00ZZ",
        ] {
            assert_eq!(at(bad), None, "{bad:?}");
        }
        // Whatever chrono writes (as serde does), this reads back exactly.
        for nanos in [0, 500_000_000, 123_456_000, 123_456_789, 1] {
            let time = utc(23, 59, 59) + TimeDelta::nanoseconds(nanos);
            let written = serde_json::to_string(&time).unwrap();
            assert_eq!(at(written.trim_matches('"')), Some(time), "{written}");
            let auto = time.to_rfc3339_opts(SecondsFormat::AutoSi, true);
            assert_eq!(at(&auto), Some(time), "{auto}");
        }
    }
}
