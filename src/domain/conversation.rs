//! Conversations: the dated, guided talks between a practitioner and a person. The first
//! contact is the baseline; reviews look at each outcome; unplanned outcomes are recorded
//! whenever they come to light.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::goal_attainment::GoalLevel;
use super::outcome::OutcomeStatus;

/// What kind of conversation it was.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ConversationKind {
    /// The first conversation: the baseline.
    FirstContact,
    /// The review at about 3 months.
    ThreeMonthReview,
    /// A later review.
    Review,
    /// The conversation when the work ends.
    Closing,
}

impl ConversationKind {
    /// The kind in words.
    pub fn label(self) -> &'static str {
        match self {
            ConversationKind::FirstContact => "First conversation (baseline)",
            ConversationKind::ThreeMonthReview => "3-month review",
            ConversationKind::Review => "Review",
            ConversationKind::Closing => "Closing conversation",
        }
    }

    /// Whether it reviews outcomes agreed earlier.
    pub fn is_review(self) -> bool {
        matches!(
            self,
            ConversationKind::ThreeMonthReview
                | ConversationKind::Review
                | ConversationKind::Closing
        )
    }
}

/// "Imagine the work is complete and has gone well."
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Imagined {
    /// How has the person changed?
    pub changed: String,
    /// What behaviour is different?
    pub behaviour: String,
    /// What difference did our involvement make?
    pub our_difference: String,
}

/// How someone sees the progress on an outcome since the last conversation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ProgressView {
    /// Much worse.
    MuchWorse,
    /// A bit worse.
    Worse,
    /// About the same.
    Same,
    /// A bit better.
    Better,
    /// Much better.
    MuchBetter,
}

impl ProgressView {
    /// Every point of the scale, worst first.
    pub const ALL: [ProgressView; 5] = [
        ProgressView::MuchWorse,
        ProgressView::Worse,
        ProgressView::Same,
        ProgressView::Better,
        ProgressView::MuchBetter,
    ];

    /// The point in words.
    pub fn label(self) -> &'static str {
        match self {
            ProgressView::MuchWorse => "Much worse",
            ProgressView::Worse => "A bit worse",
            ProgressView::Same => "About the same",
            ProgressView::Better => "A bit better",
            ProgressView::MuchBetter => "Much better",
        }
    }
}

/// One view of progress, with the reason in the speaker's words.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct View {
    /// The rating, if one was given.
    pub rating: Option<ProgressView>,
    /// Why.
    pub comment: String,
}

/// What a review recorded about one outcome.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutcomeReview {
    /// The outcome reviewed.
    pub outcome_id: String,
    /// Its status after the review.
    pub status: OutcomeStatus,
    /// The person's view of progress.
    pub person_view: View,
    /// The worker's view of progress.
    pub worker_view: View,
    /// What helped.
    #[serde(default)]
    pub helped: String,
    /// What got in the way (other influencing factors).
    #[serde(default)]
    pub got_in_the_way: String,
    /// What we contributed.
    #[serde(default)]
    pub we_contributed: String,
    /// What did not work as expected.
    #[serde(default)]
    pub did_not_work: String,
    /// The goal-attainment level reached, where levels were set.
    #[serde(default)]
    pub level: Option<GoalLevel>,
    /// The outcome's words before this review reworded it; `None` when it kept its words.
    #[serde(default)]
    pub reworded_from: Option<String>,
}

/// A conversation as recorded.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Conversation {
    /// Stable id within the person's record.
    pub id: String,
    /// First contact, review, or closing.
    pub kind: ConversationKind,
    /// When it took place.
    #[serde(deserialize_with = "crate::domain::dates::stored::date")]
    pub date: NaiveDate,
    /// Who took part.
    #[serde(default)]
    pub took_part: String,
    /// Now: the person's needs and how they present.
    #[serde(default)]
    pub presentation: String,
    /// What matters to the person, in their own words.
    #[serde(default)]
    pub aspirations: Vec<String>,
    /// Imagining the work has gone well.
    #[serde(default)]
    pub imagined: Imagined,
    /// For reviews: what was said about each outcome.
    #[serde(default)]
    pub outcome_reviews: Vec<OutcomeReview>,
}

/// Whether a change nobody planned was for the better or the worse.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Direction {
    /// A good change.
    Positive,
    /// A change for the worse, or a risk that came to light.
    Negative,
}

impl Direction {
    /// The direction in words.
    pub fn label(self) -> &'static str {
        match self {
            Direction::Positive => "Positive",
            Direction::Negative => "Negative",
        }
    }
}

/// A change nobody planned.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct UnplannedOutcome {
    /// Stable id within the person's record.
    pub id: String,
    /// When it happened or came to light.
    #[serde(deserialize_with = "crate::domain::dates::stored::date")]
    pub date: NaiveDate,
    /// For the better or the worse.
    pub direction: Direction,
    /// What happened.
    pub note: String,
    /// Whether it changes the planned outcomes.
    pub changes_the_plan: bool,
    /// The outcome domain it touches, when the worker gave one. Optional and left out of
    /// the stored value while absent, so records saved before it read and write back
    /// unchanged (schema 3 still).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub domain: Option<String>,
}
