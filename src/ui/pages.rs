//! [`page`]: which page an address shows. With [`Route`] (its address), the one place a page
//! is added; the pages themselves live in their features' folders.

use leptos::prelude::*;

use super::cards::{DeckPage, TriggerCardsPage};
use super::conversation::StartConversationPage;
use super::dashboard::{DashboardPage, ServiceReportPage};
use super::data::{DataNotices, DataPage};
use super::demo::DemoPage;
use super::export::ServiceExportPage;
use super::invitation::ReceiveAnswersPage;
use super::learn::{LearnPage, LearnTopicPage};
use super::logic_models::LogicModelsPage;
use super::people::{AddPersonPage, EditPersonPage, PeoplePage};
use super::person::PersonPage;
use super::progress::{PersonProgressPage, PersonReportPage};
use super::reading::TakeReadingPage;
use super::reflections::ReflectionsPage;
use super::review::StartReviewPage;
use super::service::{ServiceAimsPage, ServiceSettingsPage};
use super::shell::NotFoundPage;
use super::unplanned::RecordUnplannedPage;
use crate::route::Route;

/// The page for a route: with [`Route`] (its address), the one place a page is added.
pub fn page(route: Route) -> AnyView {
    match route {
        Route::People => view! { <PeoplePage/> }.into_any(),
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
        Route::ReceiveAnswers => view! { <ReceiveAnswersPage/> }.into_any(),
        Route::NotFound => view! { <NotFoundPage/> }.into_any(),
    }
}
