//! A deck's Likert scale: 3 to 10 ordered points, each with a label, lowest first, higher is
//! better; optionally a "Prefer not to say" that is never a score; and the question asked
//! on every card, which must fit the labels ("How true is this for you?" with "Not at all
//! true" … "Completely true").
//!
//! ```
//! use outcome_focus::domain::Scale;
//!
//! let scale = Scale::default();
//! assert_eq!(scale.len(), 5);
//! assert_eq!(scale.label(0), Some("Not at all true"));
//! assert_eq!(scale.question(), "How true is this for you?");
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
/// The labels of the default five-point scale, lowest first: agreement wording, which fits
/// first-person statements ("I feel safe at home").
pub const DEFAULT_LABELS: [&str; 5] = [
    "Not at all true",
    "A little true",
    "Somewhat true",
    "Mostly true",
    "Completely true",
];
/// The question that goes with agreement wording, and with any scale that names none.
pub const AGREEMENT_QUESTION: &str = "How true is this for you?";
/// Frequency wording, for statements about how often something happens.
pub const FREQUENCY_LABELS: [&str; 5] = ["Never", "Rarely", "Sometimes", "Often", "Always"];
/// The question that goes with frequency wording.
pub const FREQUENCY_QUESTION: &str = "How often is this true for you?";
/// The default labels before agreement wording (saved in decks made then): they speak of
/// how often, so they are asked with [`FREQUENCY_QUESTION`].
const EARLIER_DEFAULT_LABELS: [&str; 5] = [
    "Not at all",
    "A little",
    "Sometimes",
    "Mostly",
    "All of the time",
];
/// The longest question; it must fit above a card on a phone.
pub const MAX_QUESTION: usize = 80;
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
    /// A question longer than [`MAX_QUESTION`].
    #[error("The question is too long: keep it to {MAX_QUESTION} characters or fewer.")]
    QuestionTooLong,
}

/// Ordered points with labels, lowest (worst) first.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Scale {
    labels: Vec<String>,
    #[serde(default)]
    prefer_not_to_say: bool,
    /// Empty: the question follows from the labels (see [`Scale::question`]). Absent from
    /// scales saved before questions existed, which read as empty.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    question: String,
}

impl Default for Scale {
    /// Five points, "Not at all true" … "Completely true", with "Prefer not to say".
    fn default() -> Self {
        Scale {
            labels: DEFAULT_LABELS.iter().map(|l| (*l).to_owned()).collect(),
            prefer_not_to_say: true,
            question: String::new(),
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
            question: String::new(),
        };
        scale.check()?;
        Ok(scale)
    }

    /// The same scale asking `question` on every card (trimmed; empty means the question
    /// that follows from the labels); checked.
    pub fn with_question(mut self, question: &str) -> Result<Self, ScaleError> {
        self.question = question.trim().to_owned();
        self.check()?;
        Ok(self)
    }

    /// The first problem with the scale, if any. Stored and imported scales are checked with
    /// this too, since they did not come through [`Scale::new`].
    pub fn check(&self) -> Result<(), ScaleError> {
        if self.question.chars().count() > MAX_QUESTION {
            return Err(ScaleError::QuestionTooLong);
        }
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

    /// The question asked on every card: the scale's own, or else the one its labels call
    /// for: "How often …" for frequency wording, "How true …" otherwise.
    pub fn question(&self) -> &str {
        if !self.question.is_empty() {
            return &self.question;
        }
        let same = |preset: &[&str]| {
            self.labels
                .iter()
                .map(String::as_str)
                .eq(preset.iter().copied())
        };
        if same(&FREQUENCY_LABELS) || same(&EARLIER_DEFAULT_LABELS) {
            FREQUENCY_QUESTION
        } else {
            AGREEMENT_QUESTION
        }
    }

    /// The scale's own question; empty when it follows from the labels.
    pub fn own_question(&self) -> &str {
        &self.question
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
        assert_eq!(scale.label(4), Some("Completely true"));
        assert_eq!(scale.label(5), None);
        let trimmed = Scale::new(&[" a ", "b", "c"], false).unwrap();
        assert_eq!(trimmed.labels(), ["a", "b", "c"]);
        assert!(!trimmed.offers_prefer_not_to_say());
    }

    #[test]
    fn the_question_fits_the_labels_unless_the_scale_names_its_own() {
        let frequency = Scale::new(&FREQUENCY_LABELS, true).unwrap();
        let earlier = Scale::new(&EARLIER_DEFAULT_LABELS, true).unwrap();
        let custom = Scale::new(&["Bad", "OK", "Good"], false).unwrap();
        for (scale, question) in [
            (&Scale::default(), AGREEMENT_QUESTION),
            (&frequency, FREQUENCY_QUESTION),
            (&earlier, FREQUENCY_QUESTION),
            (&custom, AGREEMENT_QUESTION),
        ] {
            assert_eq!(scale.question(), question, "{:?}", scale.labels());
            assert_eq!(scale.own_question(), "");
        }
        let asked = custom
            .clone()
            .with_question("  How is it going?  ")
            .unwrap();
        assert_eq!(asked.question(), "How is it going?");
        assert_eq!(
            custom.clone().with_question(&"x".repeat(81)),
            Err(ScaleError::QuestionTooLong)
        );
        assert_eq!(custom.clone().with_question("").unwrap(), custom);
    }

    #[test]
    fn a_scale_saved_before_questions_reads_with_none_and_is_saved_without_one() {
        let saved = r#"{"labels":["Not at all","A little","Sometimes","Mostly","All of the time"],"prefer_not_to_say":true}"#;
        let scale: Scale = serde_json::from_str(saved).unwrap();
        assert_eq!(scale.question(), FREQUENCY_QUESTION);
        assert_eq!(serde_json::to_string(&scale).unwrap(), saved);
        let asked = scale.with_question("How often?").unwrap();
        assert!(serde_json::to_string(&asked)
            .unwrap()
            .ends_with(r#""question":"How often?"}"#));
    }

    #[test]
    fn error_messages_say_what_to_do() {
        assert_eq!(
            ScaleError::TooFewPoints(2).to_string(),
            "The scale has 2 points: give it at least 3."
        );
    }
}
