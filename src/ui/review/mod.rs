//! `Start a review`: the page, what it asks about each current outcome, and the outcomes
//! agreed on the day.

mod new_outcome_fields;
mod outcome_review_fields;
mod start_review_page;

pub use new_outcome_fields::NewOutcomeFields;
pub use outcome_review_fields::OutcomeReviewFields;
pub use start_review_page::StartReviewPage;
