//! A deck's Likert scale: 3 to 10 ordered points, each with a label, lowest first, higher is
//! better; optionally a "Prefer not to say" that is never a score.
//!
//! ```
//! use outcome_focus::domain::Scale;
//!
//! let scale = Scale::default();
//! assert_eq!(scale.len(), 5);
//! assert_eq!(scale.label(0), Some("Not at all"));
//! assert!(Scale::new(&["No", "Yes"], false).is_err());
//! ```

use serde::{Deserialize, Serialize};
use thiserror::Error;

/// The fewest points a scale may have: fewer is a yes/no question, not a Likert scale.
pub const MIN_POINTS: usize = 3;
/// The most points a scale may have: more cannot be told apart on a phone screen.
pub const MAX_POINTS: usize = 10;
/// The longest label of a point; it must fit under a radio button.
pub const MAX_LABEL: usize = 40;
/// The labels of the default five-point scale, lowest first.
pub const DEFAULT_LABELS: [&str; 5] = [
    "Not at all",
    "A little",
    "Sometimes",
    "Mostly",
    "All of the time",
];
/// What the "prefer not to say" choice is called.
pub const PREFER_NOT_TO_SAY: &str = "Prefer not to say";

/// Why a scale cannot be used, in words that say how to fix it.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum ScaleError {
    /// Fewer than [`MIN_POINTS`] points.
    #[error("The scale has {0} points: give it at least {MIN_POINTS}.")]
    TooFewPoints(usize),
    /// More than [`MAX_POINTS`] points.
    #[error("The scale has {0} points: give it at most {MAX_POINTS}.")]
    TooManyPoints(usize),
    /// A point without a label (points are counted from 1, lowest first).
    #[error(
        "Point {0} of the scale has no label: give every point a few words, such as \"Sometimes\"."
    )]
    EmptyLabel(usize),
    /// A label longer than [`MAX_LABEL`].
    #[error("The label of point {0} is too long: keep it to {MAX_LABEL} characters or fewer.")]
    LabelTooLong(usize),
    /// Two points with the same label, which nobody could tell apart.
    #[error("Two points of the scale are both called \"{0}\": give each point its own label.")]
    DuplicateLabel(String),
}

/// Ordered points with labels, lowest (worst) first.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Scale {
    labels: Vec<String>,
    #[serde(default)]
    prefer_not_to_say: bool,
}

impl Default for Scale {
    /// Five points, "Not at all" … "All of the time", with "Prefer not to say".
    fn default() -> Self {
        Scale {
            labels: DEFAULT_LABELS.iter().map(|l| (*l).to_owned()).collect(),
            prefer_not_to_say: true,
        }
    }
}

impl Scale {
    /// A scale with these labels, lowest first, trimmed; checked.
    pub fn new<L: AsRef<str>>(labels: &[L], prefer_not_to_say: bool) -> Result<Self, ScaleError> {
        let scale = Scale {
            labels: labels
                .iter()
                .map(|l| l.as_ref().trim().to_owned())
                .collect(),
            prefer_not_to_say,
        };
        scale.check()?;
        Ok(scale)
    }

    /// The first problem with the scale, if any. Stored and imported scales are checked with
    /// this too, since they did not come through [`Scale::new`].
    pub fn check(&self) -> Result<(), ScaleError> {
        let n = self.labels.len();
        if n < MIN_POINTS {
            return Err(ScaleError::TooFewPoints(n));
        }
        if n > MAX_POINTS {
            return Err(ScaleError::TooManyPoints(n));
        }
        for (i, label) in self.labels.iter().enumerate() {
            if label.trim().is_empty() {
                return Err(ScaleError::EmptyLabel(i + 1));
            }
            if label.chars().count() > MAX_LABEL {
                return Err(ScaleError::LabelTooLong(i + 1));
            }
            let same = |other: &String| other.trim().eq_ignore_ascii_case(label.trim());
            if self.labels[..i].iter().any(same) {
                return Err(ScaleError::DuplicateLabel(label.trim().to_owned()));
            }
        }
        Ok(())
    }

    /// How many points the scale has.
    pub fn len(&self) -> usize {
        self.labels.len()
    }

    /// Never true of a checked scale; here because `len` is.
    pub fn is_empty(&self) -> bool {
        self.labels.is_empty()
    }

    /// The labels, lowest first.
    pub fn labels(&self) -> &[String] {
        &self.labels
    }

    /// The label of the point at `index` (0 is the lowest).
    pub fn label(&self, index: usize) -> Option<&str> {
        self.labels.get(index).map(String::as_str)
    }

    /// Whether people may choose "Prefer not to say".
    pub fn offers_prefer_not_to_say(&self) -> bool {
        self.prefer_not_to_say
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(labels: &[&str], expected: Result<(), ScaleError>) {
        assert_eq!(
            Scale::new(labels, false).map(|_| ()),
            expected,
            "{labels:?}"
        );
    }

    #[test]
    fn scales_have_3_to_10_distinct_labelled_points() {
        check(&DEFAULT_LABELS, Ok(()));
        check(&["Never", "Sometimes", "Always"], Ok(()));
        check(&["1", "2", "3", "4", "5", "6", "7", "8", "9", "10"], Ok(()));
        check(&[], Err(ScaleError::TooFewPoints(0)));
        check(&["No", "Yes"], Err(ScaleError::TooFewPoints(2)));
        check(
            &["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11"],
            Err(ScaleError::TooManyPoints(11)),
        );
        check(&["Low", "  ", "High"], Err(ScaleError::EmptyLabel(2)));
        check(
            &["Low", "Mid", &"x".repeat(41)],
            Err(ScaleError::LabelTooLong(3)),
        );
        check(
            &["Low", "Mid", "low "],
            Err(ScaleError::DuplicateLabel("low".into())),
        );
    }

    #[test]
    fn the_default_is_five_points_with_prefer_not_to_say() {
        let scale = Scale::default();
        assert_eq!(scale.labels(), DEFAULT_LABELS);
        assert!(scale.offers_prefer_not_to_say());
        assert_eq!(scale.check(), Ok(()));
        assert_eq!(scale.label(4), Some("All of the time"));
        assert_eq!(scale.label(5), None);
        let trimmed = Scale::new(&[" a ", "b", "c"], false).unwrap();
        assert_eq!(trimmed.labels(), ["a", "b", "c"]);
        assert!(!trimmed.offers_prefer_not_to_say());
    }

    #[test]
    fn error_messages_say_what_to_do() {
        assert_eq!(
            ScaleError::TooFewPoints(2).to_string(),
            "The scale has 2 points: give it at least 3."
        );
    }
}
