//! What the scale form holds while a deck's scale is edited: one label per point, lowest
//! first, whether "Prefer not to say" is offered, and the question asked on every card. Points are added and removed within
//! the 3 to 10 a scale allows, so the form never offers an edit that cannot be saved.
//!
//! ```
//! use outcome_focus::domain::{Scale, ScaleDraft};
//!
//! let mut draft = ScaleDraft::from_scale(&Scale::default());
//! draft.add_point();
//! draft.labels[5] = "Always".into();
//! assert_eq!(draft.to_scale().unwrap().len(), 6);
//! ```

use super::scale::{
    Scale, ScaleError, AGREEMENT_QUESTION, DEFAULT_LABELS, FREQUENCY_LABELS, FREQUENCY_QUESTION,
    MAX_POINTS, MIN_POINTS,
};

/// Wording a scale can start from, so that its labels and its question agree.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScaleWording {
    /// "Not at all true" … "Completely true", asked "How true is this for you?".
    Agreement,
    /// "Never" … "Always", asked "How often is this true for you?".
    Frequency,
}

/// The scale form's contents.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ScaleDraft {
    /// The points' labels, lowest first, as typed.
    pub labels: Vec<String>,
    /// Whether people may choose "Prefer not to say".
    pub prefer_not_to_say: bool,
    /// The question asked on every card, as typed; empty for the one the labels call for.
    pub question: String,
}

impl ScaleDraft {
    /// The form filled in from a scale.
    pub fn from_scale(scale: &Scale) -> Self {
        ScaleDraft {
            labels: scale.labels().to_vec(),
            prefer_not_to_say: scale.offers_prefer_not_to_say(),
            question: scale.own_question().to_owned(),
        }
    }

    /// Puts in the five labels and the question of `wording`, keeping "Prefer not to say".
    pub fn use_wording(&mut self, wording: ScaleWording) {
        let (labels, question) = match wording {
            ScaleWording::Agreement => (DEFAULT_LABELS, AGREEMENT_QUESTION),
            ScaleWording::Frequency => (FREQUENCY_LABELS, FREQUENCY_QUESTION),
        };
        self.labels = labels.iter().map(|l| (*l).to_owned()).collect();
        self.question = question.to_owned();
    }

    /// Whether another point may be added.
    pub fn can_add_point(&self) -> bool {
        self.labels.len() < MAX_POINTS
    }

    /// Whether the highest point may be removed.
    pub fn can_remove_point(&self) -> bool {
        self.labels.len() > MIN_POINTS
    }

    /// Adds a blank highest point, if the scale has room.
    pub fn add_point(&mut self) {
        if self.can_add_point() {
            self.labels.push(String::new());
        }
    }

    /// Removes the highest point, if the scale keeps at least the minimum.
    pub fn remove_point(&mut self) {
        if self.can_remove_point() {
            self.labels.pop();
        }
    }

    /// The scale, or the first problem with it.
    pub fn to_scale(&self) -> Result<Scale, ScaleError> {
        Scale::new(&self.labels, self.prefer_not_to_say)?.with_question(&self.question)
    }
}

impl ScaleError {
    /// The point (counted from 1) the problem is about, so a form can mark that field; `None`
    /// for a problem with the whole scale.
    pub fn point(&self) -> Option<usize> {
        match self {
            ScaleError::EmptyLabel(n) | ScaleError::LabelTooLong(n) => Some(*n),
            ScaleError::TooFewPoints(_)
            | ScaleError::TooManyPoints(_)
            | ScaleError::DuplicateLabel(_)
            | ScaleError::QuestionTooLong => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draft(labels: &[&str]) -> ScaleDraft {
        ScaleDraft {
            labels: labels.iter().map(|l| (*l).to_owned()).collect(),
            prefer_not_to_say: false,
            question: String::new(),
        }
    }

    #[test]
    fn a_wording_brings_labels_and_question_that_agree() {
        let mut d = draft(&["a", "b", "c"]);
        d.prefer_not_to_say = true;
        d.use_wording(ScaleWording::Frequency);
        let scale = d.to_scale().unwrap();
        assert_eq!(scale.labels(), FREQUENCY_LABELS);
        assert_eq!(scale.question(), FREQUENCY_QUESTION);
        assert!(scale.offers_prefer_not_to_say());
        d.use_wording(ScaleWording::Agreement);
        assert_eq!(d.to_scale().unwrap().question(), AGREEMENT_QUESTION);
        assert_eq!(ScaleDraft::from_scale(&d.to_scale().unwrap()), d);
        d.question = "q".repeat(81);
        assert_eq!(d.to_scale(), Err(ScaleError::QuestionTooLong));
    }

    #[test]
    fn points_stay_between_3_and_10() {
        let mut d = draft(&["a", "b", "c"]);
        assert!(!d.can_remove_point());
        d.remove_point();
        assert_eq!(d.labels.len(), 3);
        for _ in 0..10 {
            d.add_point();
        }
        assert_eq!(d.labels.len(), 10);
        assert!(!d.can_add_point());
        assert_eq!(d.labels[9], "");
        d.remove_point();
        assert_eq!(d.labels.len(), 9);
    }

    #[test]
    fn a_draft_becomes_a_checked_scale() {
        let scale = Scale::default();
        let d = ScaleDraft::from_scale(&scale);
        assert_eq!(d.to_scale(), Ok(scale));
        let mut d = draft(&["Never", " Sometimes ", "Always"]);
        d.prefer_not_to_say = true;
        let scale = d.to_scale().unwrap();
        assert_eq!(scale.labels(), ["Never", "Sometimes", "Always"]);
        assert!(scale.offers_prefer_not_to_say());
        assert_eq!(
            draft(&["a", "", "c"]).to_scale(),
            Err(ScaleError::EmptyLabel(2))
        );
    }

    #[test]
    fn errors_name_their_point() {
        assert_eq!(ScaleError::EmptyLabel(2).point(), Some(2));
        assert_eq!(ScaleError::LabelTooLong(4).point(), Some(4));
        assert_eq!(ScaleError::TooFewPoints(2).point(), None);
        assert_eq!(ScaleError::DuplicateLabel("a".into()).point(), None);
    }
}
