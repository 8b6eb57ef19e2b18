//! Likert trigger cards: decks of first-person statements rated on a scale, the readings
//! taken with them, and what those readings say (scores, change since the baseline, the
//! person's and the worker's views side by side).
//!
//! Everything here is pure. Readings are stored in each person's record and the service's
//! own decks under their own key (see [`crate::domain::Repository::save_decks`]); built-in
//! decks are code, never stored.

mod both_views;
mod built_in;
mod card;
mod deck;
mod deck_editing;
mod deck_file;
mod distribution;
mod ids;
mod in_use;
mod reading;
mod reading_setup;
mod readings_table;
mod scale;
mod scale_draft;
mod scoring;
mod summary;
mod user_decks;

pub use both_views::{
    both_views, BothViews, BothViewsRow, Pairing, COMPARE_WITHIN_DAYS, DISCUSS_DIFFERENCE,
};
pub use built_in::{built_in_deck, built_in_decks};
pub use card::{Card, CardDraft, MAX_DOMAIN, MAX_EMOJI, MAX_STATEMENT};
pub use deck::{Deck, DeckError, Removal, MAX_CARDS, MAX_DECK_NAME, MAX_NOTICE};
pub use deck_editing::{deck_file_name, CardField};
pub use deck_file::{
    export_deck, import_deck, DeckFileError, DECK_FILE_FORMAT, DECK_FILE_VERSION,
    MAX_DECK_FILE_BYTES,
};
pub use distribution::{
    card_across_people, person_across_cards, score_labels, ScoreDistribution, ScoreSides,
};
pub use ids::{CardId, DeckId};
pub use in_use::CardsInUse;
pub use reading::{Answer, CardAnswer, Correction, Reading, ReadingError, Respondent};
pub use reading_setup::{
    answer_for_choice, choice_for_answer, scale_choices, ReadingSetup, ValidSetup, SETUP_DATE,
    SETUP_DECK, SETUP_RESPONDENT,
};
pub use readings_table::{readings_table, ReadingColumn, ReadingsTable, ReadingsTableRow};
pub use scale::{
    Scale, ScaleError, AGREEMENT_QUESTION, DEFAULT_LABELS, FREQUENCY_LABELS, FREQUENCY_QUESTION,
    MAX_LABEL, MAX_POINTS, MAX_QUESTION, MIN_POINTS, PREFER_NOT_TO_SAY,
};
pub use scale_draft::{ScaleDraft, ScaleWording};
pub use scoring::{baseline, card_change, card_score, latest, score, Change};
pub use summary::{summarise, Summary, SummaryRow};
pub use user_decks::UserDecks;

#[cfg(test)]
pub(crate) mod test_support;
