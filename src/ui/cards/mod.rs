//! The `Trigger cards` page (the list of decks) and one deck's page, with their pieces, plus
//! the shared plumbing: the service's decks as loaded ([`SavedDecks`]) and why an edit was
//! refused ([`Refused`]).

mod card_form;
mod card_row;
mod deck_list;
mod deck_name_form;
mod deck_page;
mod export_deck_button;
mod import_deck_form;
mod saved_decks;
mod scale_editor;
mod trigger_cards_page;

pub use card_form::CardForm;
pub use card_row::{CardAction, CardRow};
pub use deck_list::DeckList;
pub use deck_name_form::DeckNameForm;
pub use deck_page::DeckPage;
pub use export_deck_button::ExportDeckButton;
pub use import_deck_form::ImportDeckForm;
pub use saved_decks::{load_cards_in_use, Refused, SavedDecks};
pub use scale_editor::ScaleEditor;
pub use trigger_cards_page::TriggerCardsPage;
