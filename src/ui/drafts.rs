//! Keeping a long form as a draft while it is typed, so that leaving the page, a reload or a
//! lost tab never loses what was typed.

use leptos::prelude::*;

use crate::domain::PersonId;
use crate::ui::records::{save_draft, KeptDraft};

/// Saves `draft` as the person's kept draft after every change, and puts what went wrong
/// into `problem` (cleared by the next save that works). The first run only starts
/// tracking: opening a form and leaving without typing leaves no draft behind.
pub fn keep_as_draft<D: KeptDraft + Send + Sync + 'static>(
    draft: RwSignal<D>,
    id: PersonId,
    problem: RwSignal<Option<String>>,
) {
    Effect::new(move |opened: Option<()>| {
        draft.track();
        if opened.is_none() {
            return;
        }
        let result = draft.with_untracked(|d| save_draft(&id, d));
        problem.set(
            result
                .err()
                .map(|e| format!("The draft was not saved. {e}")),
        );
    });
}
