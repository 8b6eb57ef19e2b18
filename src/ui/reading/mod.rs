//! Taking a trigger-card reading: the page, the setup form, one card, the session that walks
//! through the cards, the summary, hand-over, the printable sheet, corrections, and the
//! person page's view of their readings.

mod both_views_list;
mod hand_over;
mod person_thanks;
mod reading_card;
mod reading_correction;
mod reading_list;
mod reading_session;
mod reading_setup_form;
mod reading_summary;
mod readings_overview;
mod resume_offer;
mod sheet;
mod take_reading_page;

pub use both_views_list::BothViewsList;
pub use hand_over::HandOver;
pub use person_thanks::PersonThanks;
pub use reading_card::ReadingCard;
pub use reading_correction::ReadingCorrection;
pub use reading_list::ReadingList;
pub use reading_session::ReadingSession;
pub use reading_setup_form::ReadingSetupForm;
pub use reading_summary::ReadingSummary;
pub use readings_overview::ReadingsOverview;
pub use resume_offer::ResumeOffer;
pub use sheet::{all_decks, Sheet};
pub use take_reading_page::TakeReadingPage;
