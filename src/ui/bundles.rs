//! The pages of each bundle. Each cargo binary mounts the app with one of these, so the
//! linker leaves the other bundles' pages out of its download.

use leptos::prelude::*;

use super::components::DataNotices;
use super::pages::{
    AddPersonPage, DashboardPage, DataPage, DeckPage, DemoPage, EditPersonPage, LearnPage,
    LearnTopicPage, LogicModelsPage, NotFoundPage, PeoplePage, PersonPage, PersonProgressPage,
    PersonReportPage, RecordUnplannedPage, ReflectionsPage, ServiceAimsPage, ServiceExportPage,
    ServiceReportPage, ServiceSettingsPage, StartConversationPage, StartReviewPage,
    TakeReadingPage, TriggerCardsPage,
};
use crate::route::Route;

/// The People list and adding a person.
pub fn people(route: Route) -> AnyView {
    match route {
        Route::People => view! { <DataNotices/> <PeoplePage/> }.into_any(),
        Route::AddPerson => view! { <AddPersonPage/> }.into_any(),
        _ => view! { <NotFoundPage/> }.into_any(),
    }
}

/// A person's page and editing their details.
pub fn person(route: Route) -> AnyView {
    match route {
        Route::Person(id) => view! { <PersonPage id=id/> }.into_any(),
        Route::EditPerson(id) => view! { <EditPersonPage id=id/> }.into_any(),
        _ => view! { <NotFoundPage/> }.into_any(),
    }
}

/// The guided first conversation.
pub fn conversation(route: Route) -> AnyView {
    match route {
        Route::StartConversation(id) => view! { <StartConversationPage id=id/> }.into_any(),
        _ => view! { <NotFoundPage/> }.into_any(),
    }
}

/// Reviews.
pub fn review(route: Route) -> AnyView {
    match route {
        Route::StartReview(id) => view! { <StartReviewPage id=id/> }.into_any(),
        _ => view! { <NotFoundPage/> }.into_any(),
    }
}

/// Recording an unplanned outcome.
pub fn unplanned(route: Route) -> AnyView {
    match route {
        Route::RecordUnplanned(id) => view! { <RecordUnplannedPage id=id/> }.into_any(),
        _ => view! { <NotFoundPage/> }.into_any(),
    }
}

/// Taking a trigger-card reading.
pub fn reading(route: Route) -> AnyView {
    match route {
        Route::TakeReading(id) => view! { <TakeReadingPage id=id/> }.into_any(),
        _ => view! { <NotFoundPage/> }.into_any(),
    }
}

/// The list of decks of trigger cards.
pub fn cards(route: Route) -> AnyView {
    match route {
        Route::TriggerCards => view! { <TriggerCardsPage/> }.into_any(),
        _ => view! { <NotFoundPage/> }.into_any(),
    }
}

/// Backup, restore, storage and wiping this device.
pub fn data(route: Route) -> AnyView {
    match route {
        Route::Data => view! { <DataNotices/> <DataPage/> }.into_any(),
        _ => view! { <NotFoundPage/> }.into_any(),
    }
}

/// One deck of trigger cards.
pub fn deck(route: Route) -> AnyView {
    match route {
        Route::Deck(id) => view! { <DeckPage id=id/> }.into_any(),
        _ => view! { <NotFoundPage/> }.into_any(),
    }
}

/// A person's progress in charts and their printable report.
pub fn progress(route: Route) -> AnyView {
    match route {
        Route::PersonProgress(id) => view! { <PersonProgressPage id=id/> }.into_any(),
        Route::PersonReport(id) => view! { <PersonReportPage id=id/> }.into_any(),
        _ => view! { <NotFoundPage/> }.into_any(),
    }
}

/// The service's settings, aims and logic models.
pub fn service(route: Route) -> AnyView {
    match route {
        Route::ServiceSettings => view! { <ServiceSettingsPage/> }.into_any(),
        Route::ServiceAims => view! { <ServiceAimsPage/> }.into_any(),
        _ => view! { <NotFoundPage/> }.into_any(),
    }
}

/// The service's logic models.
pub fn models(route: Route) -> AnyView {
    match route {
        Route::LogicModels => view! { <LogicModelsPage/> }.into_any(),
        _ => view! { <NotFoundPage/> }.into_any(),
    }
}

/// The service dashboard and its printable report.
pub fn dashboard(route: Route) -> AnyView {
    match route {
        Route::Dashboard => view! { <DashboardPage/> }.into_any(),
        Route::ServiceReport => view! { <ServiceReportPage/> }.into_any(),
        _ => view! { <NotFoundPage/> }.into_any(),
    }
}

/// Reflections, with the dashboard's figures of their day.
pub fn reflections(route: Route) -> AnyView {
    match route {
        Route::Reflections => view! { <ReflectionsPage/> }.into_any(),
        _ => view! { <NotFoundPage/> }.into_any(),
    }
}

/// The CSV export.
pub fn export(route: Route) -> AnyView {
    match route {
        Route::ServiceExport => view! { <ServiceExportPage/> }.into_any(),
        _ => view! { <NotFoundPage/> }.into_any(),
    }
}

/// Learning an outcome focus and its exercises.
pub fn learn(route: Route) -> AnyView {
    match route {
        Route::Learn => view! { <LearnPage/> }.into_any(),
        Route::LearnPage(slug) => view! { <LearnTopicPage slug=slug/> }.into_any(),
        _ => view! { <NotFoundPage/> }.into_any(),
    }
}

/// The demonstration service: starting, resetting and leaving it.
pub fn demo(route: Route) -> AnyView {
    match route {
        Route::Demo => view! { <DemoPage/> }.into_any(),
        _ => view! { <NotFoundPage/> }.into_any(),
    }
}
