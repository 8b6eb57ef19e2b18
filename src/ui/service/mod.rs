//! The service's own pages: its settings, and its aims with their targets.

mod aim_form;
mod service_aims_page;
mod service_settings_page;
mod target_fields;

pub use aim_form::AimForm;
pub use service_aims_page::ServiceAimsPage;
pub use service_settings_page::ServiceSettingsPage;
pub use target_fields::TargetFields;

use crate::domain::Deck;

/// The deck a new readings target starts on: the first on offer.
pub fn first_deck(decks: &[Deck]) -> String {
    decks
        .first()
        .map(|d| d.id().as_str().to_owned())
        .unwrap_or_default()
}
