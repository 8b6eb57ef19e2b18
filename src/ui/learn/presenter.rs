//! Whether presenter view is on: kept in memory for moving between Learn pages (each page is
//! built afresh) and in session storage for a reload.

use std::cell::Cell;

use crate::storage::{presenter_view, remember_presenter_view};

thread_local! {
    /// Plain data, not a signal: a signal would belong to the page that made it and be gone
    /// with it.
    static PRESENTING: Cell<Option<bool>> = const { Cell::new(None) };
}

/// Whether presenter view is on in this tab.
pub fn presenting() -> bool {
    PRESENTING
        .with(Cell::get)
        .or_else(presenter_view)
        .unwrap_or(false)
}

/// Turns presenter view on or off for this tab.
pub fn set_presenting(on: bool) {
    PRESENTING.with(|p| p.set(Some(on)));
    remember_presenter_view(on);
}
