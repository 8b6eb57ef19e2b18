//! Dates as people in the UK write them, and as `<input type="date">` hands them over.

use chrono::{Datelike, NaiveDate};

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
}
