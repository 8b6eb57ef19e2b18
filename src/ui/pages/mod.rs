//! One component per page, and [`page`]: which of them an address shows.

use leptos::prelude::*;

use super::components::DataNotices;
use crate::route::Route;

mod add_person;
mod dashboard;
mod data;
mod deck;
mod demo;
mod edit_person;
mod learn;
mod learn_topic;
mod live_person;
mod logic_models;
mod not_found;
mod people;
mod person;
mod person_progress;
mod person_report;
mod record_unavailable;
mod record_unplanned;
mod reflections;
mod service_aims;
mod service_export;
mod service_report;
mod service_settings;
mod start_conversation;
mod start_review;
mod take_reading;
mod trigger_cards;

pub use add_person::AddPersonPage;
pub use dashboard::DashboardPage;
pub use data::DataPage;
pub use deck::DeckPage;
pub use demo::DemoPage;
pub use edit_person::EditPersonPage;
pub use learn::LearnPage;
pub use learn_topic::LearnTopicPage;
pub use live_person::LivePerson;
pub use logic_models::LogicModelsPage;
pub use not_found::NotFoundPage;
pub use people::PeoplePage;
pub use person::PersonPage;
pub use person_progress::PersonProgressPage;
pub use person_report::PersonReportPage;
pub use record_unavailable::RecordUnavailable;
pub use record_unplanned::RecordUnplannedPage;
pub use reflections::ReflectionsPage;
pub use service_aims::ServiceAimsPage;
pub use service_export::ServiceExportPage;
pub use service_report::ServiceReportPage;
pub use service_settings::ServiceSettingsPage;
pub use start_conversation::StartConversationPage;
pub use start_review::StartReviewPage;
pub use take_reading::TakeReadingPage;
pub use trigger_cards::TriggerCardsPage;

/// The page for a route: with [`Route`] (its address), the one place a page is added.
pub fn page(route: Route) -> AnyView {
    match route {
        Route::People => view! { <DataNotices/> <PeoplePage/> }.into_any(),
        Route::AddPerson => view! { <AddPersonPage/> }.into_any(),
        Route::Person(id) => view! { <PersonPage id=id/> }.into_any(),
        Route::EditPerson(id) => view! { <EditPersonPage id=id/> }.into_any(),
        Route::StartConversation(id) => view! { <StartConversationPage id=id/> }.into_any(),
        Route::StartReview(id) => view! { <StartReviewPage id=id/> }.into_any(),
        Route::RecordUnplanned(id) => view! { <RecordUnplannedPage id=id/> }.into_any(),
        Route::TakeReading(id) => view! { <TakeReadingPage id=id/> }.into_any(),
        Route::PersonProgress(id) => view! { <PersonProgressPage id=id/> }.into_any(),
        Route::PersonReport(id) => view! { <PersonReportPage id=id/> }.into_any(),
        Route::TriggerCards => view! { <TriggerCardsPage/> }.into_any(),
        Route::Deck(id) => view! { <DeckPage id=id/> }.into_any(),
        Route::ServiceSettings => view! { <ServiceSettingsPage/> }.into_any(),
        Route::ServiceAims => view! { <ServiceAimsPage/> }.into_any(),
        Route::LogicModels => view! { <LogicModelsPage/> }.into_any(),
        Route::Reflections => view! { <ReflectionsPage/> }.into_any(),
        Route::ServiceExport => view! { <ServiceExportPage/> }.into_any(),
        Route::Dashboard => view! { <DashboardPage/> }.into_any(),
        Route::ServiceReport => view! { <ServiceReportPage/> }.into_any(),
        Route::Learn => view! { <LearnPage/> }.into_any(),
        Route::LearnPage(slug) => view! { <LearnTopicPage slug=slug/> }.into_any(),
        Route::Demo => view! { <DemoPage/> }.into_any(),
        Route::Data => view! { <DataNotices/> <DataPage/> }.into_any(),
        Route::NotFound => view! { <NotFoundPage/> }.into_any(),
    }
}
