//! The guided first conversation: its page, and its steps, each a component over the shared
//! draft.

mod aspirations_step;
mod check_step;
mod imagine_step;
mod now_step;
mod outcome_editor;
mod outcomes_step;
mod start_conversation_page;
mod summary_step;

pub use aspirations_step::AspirationsStep;
pub use check_step::CheckStep;
pub use imagine_step::ImagineStep;
pub use now_step::NowStep;
pub use outcome_editor::OutcomeEditor;
pub use outcomes_step::OutcomesStep;
pub use start_conversation_page::StartConversationPage;
pub use summary_step::SummaryStep;

use leptos::prelude::*;

use crate::domain::{ConversationDraft, DraftError};

/// What every step works on: the draft and the problems found in it.
#[derive(Clone, Copy, Debug)]
pub struct DraftState {
    /// The conversation as typed so far.
    pub draft: RwSignal<ConversationDraft>,
    /// Problems found when moving on or saving.
    pub errors: RwSignal<Vec<DraftError>>,
}

impl DraftState {
    /// The message for one field, if it has a problem.
    pub fn error_for(&self, field: String) -> Signal<Option<String>> {
        let errors = self.errors;
        Signal::derive(move || {
            errors.with(|errors| {
                errors
                    .iter()
                    .find(|e| e.field == field)
                    .map(|e| e.message.clone())
            })
        })
    }
}
