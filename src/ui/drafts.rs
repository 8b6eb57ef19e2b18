//! Keeping a long form as a draft while it is typed, so that leaving the page, a reload or a
//! lost tab never loses what was typed.

use leptos::prelude::*;

use crate::domain::SaveError;

/// Saves `draft` with `save` after every change, and puts what went wrong into `problem`
/// (cleared by the next save that works). The first run only starts tracking: opening a form
/// and leaving without typing leaves no draft behind.
pub fn keep_as_draft<T: Send + Sync + 'static>(
    draft: RwSignal<T>,
    save: impl Fn(&T) -> Result<(), SaveError> + 'static,
    problem: RwSignal<Option<String>>,
) {
    Effect::new(move |opened: Option<()>| {
        draft.track();
        if opened.is_none() {
            return;
        }
        let result = draft.with_untracked(&save);
        problem.set(
            result
                .err()
                .map(|e| format!("The draft was not saved. {e}")),
        );
    });
}
