//! One component per page, each behind its own route.

mod add_person;
mod data;
mod deck;
mod edit_person;
mod live_person;
mod not_found;
mod people;
mod person;
mod person_progress;
mod person_report;
mod record_unavailable;
mod record_unplanned;
mod service_settings;
mod start_conversation;
mod start_review;
mod take_reading;
mod trigger_cards;

pub use add_person::AddPersonPage;
pub use data::DataPage;
pub use deck::DeckPage;
pub use edit_person::EditPersonPage;
pub use live_person::LivePerson;
pub use not_found::NotFoundPage;
pub use people::PeoplePage;
pub use person::PersonPage;
pub use person_progress::PersonProgressPage;
pub use person_report::PersonReportPage;
pub use record_unavailable::RecordUnavailable;
pub use record_unplanned::RecordUnplannedPage;
pub use service_settings::ServiceSettingsPage;
pub use start_conversation::StartConversationPage;
pub use start_review::StartReviewPage;
pub use take_reading::TakeReadingPage;
pub use trigger_cards::TriggerCardsPage;
