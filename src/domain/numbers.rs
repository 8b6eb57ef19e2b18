//! Numbers as the app summarises and writes them: the median of ordered scores, values to
//! one decimal place, and counts with their noun. Written by hand rather than with `{:.1}`, because float formatting
//! adds kilobytes to the app's download; kept here so the tables, captions and charts that
//! show the same figure always write it alike.
//!
//! ```
//! use outcome_focus::domain::{format_change, format_value, median, plural};
//!
//! let middle = median([1u8, 4, 2, 5]);
//! assert_eq!(middle, Some(3.0));
//! assert_eq!(format_value(2.5), "2.5");
//! assert_eq!(format_change(1.5), "+1.5");
//! assert_eq!(plural(1, "person", "people"), "1 person");
//! ```

/// The minus sign, wider than a hyphen, so that a negative number reads as one.
const MINUS: &str = "\u{2212}";
/// What stands for a number that is not one (NaN or infinite).
const NOT_A_NUMBER: &str = "\u{2013}";

/// The median of `values`; with an even number, the mean of the two middle ones; `None` of
/// nothing. Likert points are ordered, not evenly spaced, so the app summarises them by the
/// median, never the mean.
pub fn median<T: Into<i32>>(values: impl IntoIterator<Item = T>) -> Option<f64> {
    let mut values: Vec<i32> = values.into_iter().map(Into::into).collect();
    values.sort_unstable();
    let n = values.len();
    match n {
        0 => None,
        _ if n % 2 == 1 => Some(f64::from(values[n / 2])),
        _ => Some((f64::from(values[n / 2 - 1]) + f64::from(values[n / 2])) / 2.0),
    }
}

/// A value with at most one decimal place, without a trailing `.0`: `3`, `2.5`, `−1.5`.
pub fn format_value(value: f64) -> String {
    match tenths(value) {
        None => NOT_A_NUMBER.to_owned(),
        Some((sign, tenths)) => match tenths % 10 {
            0 => format!("{sign}{}", tenths / 10),
            d => format!("{sign}{}.{d}", tenths / 10),
        },
    }
}

/// A change in points with its sign: `+1.5`, `−0.3`, `0`.
pub fn format_change(points: f64) -> String {
    let text = format_value(points);
    if points > 0.0 && text != "0" {
        format!("+{text}")
    } else {
        text
    }
}

/// A T-score to exactly one decimal place, `56.2`, `50.0`: goal attainment is read to a
/// tenth, so the tenth is always shown.
pub fn format_t_score(score: f64) -> String {
    match tenths(score) {
        None => NOT_A_NUMBER.to_owned(),
        Some((sign, tenths)) => format!("{sign}{}.{}", tenths / 10, tenths % 10),
    }
}

/// A count with its noun, singular for exactly one: `1 card`, `0 cards`, `3 people`.
pub fn plural(n: usize, one: &str, many: &str) -> String {
    match n {
        1 => format!("{n} {one}"),
        _ => format!("{n} {many}"),
    }
}

/// `value` rounded to tenths (half away from zero): its sign and how many tenths it is
/// from zero; `None` when it is not a number.
fn tenths(value: f64) -> Option<(&'static str, u64)> {
    let tenths = (value * 10.0).round();
    if !tenths.is_finite() {
        return None;
    }
    // Saturates far beyond any score.
    let tenths = tenths as i64;
    let sign = if tenths < 0 { MINUS } else { "" };
    Some((sign, tenths.unsigned_abs()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn medians_of_ordered_values() {
        fn check(values: &[i32], expected: Option<f64>) {
            assert_eq!(
                median(values.iter().copied()),
                expected,
                "median of {values:?}"
            );
        }
        check(&[], None);
        check(&[3], Some(3.0));
        check(&[5, 1, 3], Some(3.0));
        check(&[1, 2, 4, 5], Some(3.0));
        check(&[2, 3], Some(2.5));
        check(&[-3, 4], Some(0.5));
        check(&[-4, -1, 7], Some(-1.0));
        // Scores too.
        assert_eq!(median([5u8, 2]), Some(3.5));
    }

    #[test]
    fn values_without_float_formatting() {
        fn check(value: f64, expected: &str) {
            assert_eq!(format_value(value), expected, "{value}");
        }
        check(0.0, "0");
        check(3.0, "3");
        check(2.5, "2.5");
        check(2.04, "2");
        check(-1.5, "\u{2212}1.5");
        check(120.0, "120");
        check(f64::NAN, "\u{2013}");
    }

    #[test]
    fn changes_carry_their_sign() {
        fn check(points: f64, expected: &str) {
            assert_eq!(format_change(points), expected, "{points}");
        }
        check(1.5, "+1.5");
        check(-0.25, "\u{2212}0.3");
        check(0.0, "0");
        // Too small to show: no sign on a zero.
        check(0.04, "0");
        check(f64::NAN, "\u{2013}");
    }

    #[test]
    fn counts_with_their_noun() {
        assert_eq!(plural(0, "card", "cards"), "0 cards");
        assert_eq!(plural(1, "card", "cards"), "1 card");
        assert_eq!(plural(2, "person", "people"), "2 people");
    }

    #[test]
    fn t_scores_to_one_decimal_place() {
        fn check(score: f64, expected: &str) {
            assert_eq!(format_t_score(score), expected, "{score}");
        }
        check(50.0, "50.0");
        check(25.192_3, "25.2");
        check(56.201_9, "56.2");
        check(63.69, "63.7");
        check(0.04, "0.0");
        check(99.95, "100.0");
        check(-1.25, "\u{2212}1.3");
        check(f64::NAN, "\u{2013}");
        check(f64::INFINITY, "\u{2013}");
    }
}
