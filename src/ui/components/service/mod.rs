//! The service's own pages' parts: its aims and their targets.

mod aim_form;
mod target_fields;

pub use aim_form::AimForm;
pub use target_fields::TargetFields;

use crate::domain::Deck;

/// The deck a new readings target starts on: the first on offer.
pub fn first_deck(decks: &[Deck]) -> String {
    decks
        .first()
        .map(|d| d.id().as_str().to_owned())
        .unwrap_or_default()
}
