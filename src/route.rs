//! The app's addresses: which page a path shows, and the path of each page. Pure, so the
//! routes are tested on the host; the UI's small router (`ui::router`) only connects this to
//! the browser's history.
//!
//! ```
//! use outcome_focus::route::Route;
//! assert_eq!(Route::parse("/people/new"), Route::AddPerson);
//! assert_eq!(Route::parse(&Route::AddPerson.path()), Route::AddPerson);
//! ```

use crate::domain::{DeckId, PersonId};

/// A page of the app.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    /// `/`: the People list.
    People,
    /// `/people/new`: the Add person form.
    AddPerson,
    /// `/people/<id>`: one person's page.
    Person(PersonId),
    /// `/people/<id>/edit`: editing their details.
    EditPerson(PersonId),
    /// `/people/<id>/conversation`: the guided first conversation.
    StartConversation(PersonId),
    /// `/people/<id>/review`: a review of their outcomes.
    StartReview(PersonId),
    /// `/people/<id>/unplanned`: recording a change nobody planned.
    RecordUnplanned(PersonId),
    /// `/people/<id>/reading`: taking a trigger-card reading, by the person or the worker.
    TakeReading(PersonId),
    /// `/people/<id>/progress`: their progress in charts.
    PersonProgress(PersonId),
    /// `/people/<id>/report`: the printable report of their work.
    PersonReport(PersonId),
    /// `/cards`: the decks of trigger cards.
    TriggerCards,
    /// `/cards/<deck-id>`: one deck, to see, copy or edit.
    Deck(DeckId),
    /// `/service`: the service's name, its review interval and its own outcome domains.
    ServiceSettings,
    /// `/service/aims`: the service's aims and the targets that measure them.
    ServiceAims,
    /// `/service/logic-model`: the service's logic models, and one per piece of work.
    LogicModels,
    /// `/service/reflections`: what the service learnt, dated, with the figures of the day.
    Reflections,
    /// `/service/export`: everyone's ratings, outcomes and unplanned outcomes as CSV files.
    ServiceExport,
    /// `/service/dashboard`: the service's outcomes across everyone, under filters.
    Dashboard,
    /// `/service/report`: the dashboard as a printable report.
    ServiceReport,
    /// `/learn`: the Learn section's contents.
    Learn,
    /// `/learn/<page>`: one Learn page or exercise, by its slug (the page says if it is
    /// unknown).
    LearnPage(String),
    /// `/demo`: entering, resetting and leaving the demonstration service.
    Demo,
    /// `/data`: backup, restore, storage and wiping this device.
    Data,
    /// Anything else.
    NotFound,
}

/// One download of the app: each serves some pages, so a phone fetches only the code of the
/// journey it opens. Going to a page of another bundle loads that page afresh.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bundle {
    /// The People list and adding a person: the page most visits start on.
    People,
    /// A person's page and editing their details.
    Person,
    /// The guided first conversation.
    Conversation,
    /// Reviews, kept as a draft as they are typed.
    Review,
    /// Recording an unplanned outcome: a journey of its own since the review's draft took
    /// `review` over budget.
    Unplanned,
    /// Taking a trigger-card reading: what a person opens on a phone, often handed over.
    Reading,
    /// The list of decks of trigger cards: creating and importing them.
    Cards,
    /// One deck: seeing, copying, editing and exporting it.
    Deck,
    /// A person's progress in charts and their printable report: the charts' drawing code is
    /// large, so only these pages download it.
    Progress,
    /// Backup, restore, storage and wiping the device: the import code is big and rarely
    /// needed, so no other page carries it.
    Data,
    /// The service's settings and its aims and targets.
    Service,
    /// The service's logic models: their editing and storage are a journey's worth of code.
    Models,
    /// The service dashboard and its printable report: like `Progress`, it draws charts.
    Dashboard,
    /// Reflections: they keep the dashboard's figures, so they carry its counting code
    /// (everyone's records decoded and measured), but not its charts.
    Reflections,
    /// The CSV export: it reads everyone's records, and with reflections it put their
    /// bundle 14 KB over budget, so only `/service/export` carries the CSV code.
    Export,
    /// Learning an outcome focus: its pages and exercises.
    Learn,
    /// The demonstration service: its generator builds a whole service through every form's
    /// checks, as much code as a journey, so only `/demo` downloads it.
    Demo,
}

impl Bundle {
    /// Every bundle, in the order the build lists them.
    pub const ALL: [Bundle; 17] = [
        Bundle::People,
        Bundle::Person,
        Bundle::Conversation,
        Bundle::Review,
        Bundle::Unplanned,
        Bundle::Reading,
        Bundle::Cards,
        Bundle::Deck,
        Bundle::Progress,
        Bundle::Data,
        Bundle::Service,
        Bundle::Models,
        Bundle::Dashboard,
        Bundle::Reflections,
        Bundle::Export,
        Bundle::Learn,
        Bundle::Demo,
    ];

    /// The bundle's name: its cargo binary and the key the page loader in `index.html` uses.
    pub fn name(self) -> &'static str {
        match self {
            Bundle::People => "people",
            Bundle::Person => "person",
            Bundle::Conversation => "conversation",
            Bundle::Review => "review",
            Bundle::Unplanned => "unplanned",
            Bundle::Reading => "reading",
            Bundle::Cards => "cards",
            Bundle::Deck => "deck",
            Bundle::Progress => "progress",
            Bundle::Data => "data",
            Bundle::Service => "service",
            Bundle::Models => "models",
            Bundle::Dashboard => "dashboard",
            Bundle::Reflections => "reflections",
            Bundle::Export => "export",
            Bundle::Learn => "learn",
            Bundle::Demo => "demo",
        }
    }

    /// The bundle that serves a path, by the same rule as the loader in `index.html`: a path
    /// `/people/<id>/<page>` (other than `/people/new`) is in the bundle its page segment
    /// names, or [`Bundle::Person`] without one; `/cards/<id>` is in [`Bundle::Deck`] and
    /// `/cards` in [`Bundle::Cards`]; `/data` in [`Bundle::Data`]; `/service/dashboard`,
    /// `/service/report` in [`Bundle::Dashboard`], `/service/reflections` in
    /// [`Bundle::Reflections`], `/service/export` in [`Bundle::Export`],
    /// `/service/logic-model` in [`Bundle::Models`], the rest of
    /// `/service` in
    /// [`Bundle::Service`]; `/learn` in [`Bundle::Learn`], `/demo` in
    /// [`Bundle::Demo`]; anything else is in
    /// [`Bundle::People`].
    pub fn for_path(path: &str) -> Bundle {
        let path = path.split(['?', '#']).next().unwrap_or_default();
        let mut parts = path.split('/').skip(1);
        match (parts.next(), parts.next(), parts.next()) {
            (Some("people"), Some(id), page) if !id.is_empty() && id != "new" => match page {
                Some("conversation") => Bundle::Conversation,
                Some("review") => Bundle::Review,
                Some("unplanned") => Bundle::Unplanned,
                Some("reading") => Bundle::Reading,
                Some("progress" | "report") => Bundle::Progress,
                _ => Bundle::Person,
            },
            (Some("cards"), Some(id), _) if !id.is_empty() => Bundle::Deck,
            (Some("cards"), ..) => Bundle::Cards,
            (Some("data"), ..) => Bundle::Data,
            (Some("service"), Some("dashboard" | "report"), _) => Bundle::Dashboard,
            (Some("service"), Some("reflections"), _) => Bundle::Reflections,
            (Some("service"), Some("export"), _) => Bundle::Export,
            (Some("service"), Some("logic-model"), _) => Bundle::Models,
            (Some("service"), ..) => Bundle::Service,
            (Some("learn"), ..) => Bundle::Learn,
            (Some("demo"), ..) => Bundle::Demo,
            _ => Bundle::People,
        }
    }
}

impl Route {
    /// The bundle that serves this page.
    pub fn bundle(&self) -> Bundle {
        match self {
            Route::StartConversation(_) => Bundle::Conversation,
            Route::StartReview(_) => Bundle::Review,
            Route::RecordUnplanned(_) => Bundle::Unplanned,
            Route::Person(_) | Route::EditPerson(_) => Bundle::Person,
            Route::TakeReading(_) => Bundle::Reading,
            Route::PersonProgress(_) | Route::PersonReport(_) => Bundle::Progress,
            Route::TriggerCards => Bundle::Cards,
            Route::Deck(_) => Bundle::Deck,
            Route::Data => Bundle::Data,
            Route::ServiceSettings | Route::ServiceAims => Bundle::Service,
            Route::LogicModels => Bundle::Models,
            Route::Dashboard | Route::ServiceReport => Bundle::Dashboard,
            Route::Reflections => Bundle::Reflections,
            Route::ServiceExport => Bundle::Export,
            Route::Learn | Route::LearnPage(_) => Bundle::Learn,
            Route::Demo => Bundle::Demo,
            Route::People | Route::AddPerson | Route::NotFound => Bundle::People,
        }
    }

    /// Whether `bundle` shows this page. Every bundle shows "page not found" itself, so an
    /// odd address can never bounce between bundles.
    pub fn served_by(&self, bundle: Bundle) -> bool {
        *self == Route::NotFound || self.bundle() == bundle
    }

    /// The page for a path (without the app's base path). A trailing slash is ignored.
    pub fn parse(path: &str) -> Route {
        // A query (`?open=r-2`) picks something within the page, never the page itself.
        let path = path.split(['?', '#']).next().unwrap_or_default();
        let trimmed = path.trim_end_matches('/');
        let mut parts = trimmed.split('/').skip(1);
        match (parts.next(), parts.next(), parts.next(), parts.next()) {
            (None, ..) => Route::People,
            (Some("people"), Some("new"), None, _) => Route::AddPerson,
            (Some("service"), None, ..) => Route::ServiceSettings,
            (Some("service"), Some(page), None, _) => match page {
                "aims" => Route::ServiceAims,
                "logic-model" => Route::LogicModels,
                "reflections" => Route::Reflections,
                "export" => Route::ServiceExport,
                "dashboard" => Route::Dashboard,
                "report" => Route::ServiceReport,
                _ => Route::NotFound,
            },
            (Some("learn"), None, ..) => Route::Learn,
            (Some("learn"), Some(slug), None, _) if is_slug(slug) => {
                Route::LearnPage(slug.to_owned())
            }
            (Some("demo"), None, ..) => Route::Demo,
            (Some("data"), None, ..) => Route::Data,
            (Some("cards"), None, ..) => Route::TriggerCards,
            (Some("cards"), Some(id), None, _) => {
                DeckId::parse(id).map_or(Route::NotFound, Route::Deck)
            }
            (Some("people"), Some(id), None, _) => {
                PersonId::parse(id).map_or(Route::NotFound, Route::Person)
            }
            (Some("people"), Some(id), Some(page), None) => {
                let page = match page {
                    "edit" => Route::EditPerson,
                    "conversation" => Route::StartConversation,
                    "review" => Route::StartReview,
                    "unplanned" => Route::RecordUnplanned,
                    "reading" => Route::TakeReading,
                    "progress" => Route::PersonProgress,
                    "report" => Route::PersonReport,
                    _ => return Route::NotFound,
                };
                PersonId::parse(id).map_or(Route::NotFound, page)
            }
            _ => Route::NotFound,
        }
    }

    /// The path of this page (without the app's base path).
    pub fn path(&self) -> String {
        match self {
            Route::People | Route::NotFound => "/".into(),
            Route::AddPerson => "/people/new".into(),
            Route::ServiceSettings => "/service".into(),
            Route::ServiceAims => "/service/aims".into(),
            Route::LogicModels => "/service/logic-model".into(),
            Route::Reflections => "/service/reflections".into(),
            Route::ServiceExport => "/service/export".into(),
            Route::Dashboard => "/service/dashboard".into(),
            Route::ServiceReport => "/service/report".into(),
            Route::Learn => "/learn".into(),
            Route::LearnPage(slug) => format!("/learn/{slug}"),
            Route::Demo => "/demo".into(),
            Route::Data => "/data".into(),
            Route::TriggerCards => "/cards".into(),
            Route::Deck(id) => format!("/cards/{}", id.as_str()),
            Route::TakeReading(id) => format!("/people/{}/reading", id.as_str()),
            Route::Person(id) => format!("/people/{}", id.as_str()),
            Route::EditPerson(id) => format!("/people/{}/edit", id.as_str()),
            Route::StartConversation(id) => format!("/people/{}/conversation", id.as_str()),
            Route::StartReview(id) => format!("/people/{}/review", id.as_str()),
            Route::RecordUnplanned(id) => format!("/people/{}/unplanned", id.as_str()),
            Route::PersonProgress(id) => format!("/people/{}/progress", id.as_str()),
            Route::PersonReport(id) => format!("/people/{}/report", id.as_str()),
        }
    }
}

/// Whether `text` can name a Learn page: lower-case letters, digits and hyphens.
fn is_slug(text: &str) -> bool {
    !text.is_empty()
        && text
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// The value of `name` in a query string such as `?open=r-2` (with or without the `?`);
/// `None` when it is absent or empty. Values here are ids, so no percent-decoding is needed.
pub fn query_value<'q>(query: &'q str, name: &str) -> Option<&'q str> {
    query
        .trim_start_matches('?')
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .find(|(key, _)| *key == name)
        .map(|(_, value)| value)
        .filter(|value| !value.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn id(text: &str) -> PersonId {
        PersonId::parse(text).unwrap()
    }

    #[test]
    fn paths_map_to_pages() {
        for (path, route) in [
            ("/", Route::People),
            ("", Route::People),
            ("/people/new", Route::AddPerson),
            ("/people/new/", Route::AddPerson),
            ("/service", Route::ServiceSettings),
            ("/cards", Route::TriggerCards),
            ("/cards/", Route::TriggerCards),
            ("/cards/d-1a", Route::Deck(DeckId::parse("d-1a").unwrap())),
            ("/cards/d-1a/x", Route::NotFound),
            ("/people/p-1a/reading", Route::TakeReading(id("p-1a"))),
            (
                "/people/p-1a/reading?open=r-2",
                Route::TakeReading(id("p-1a")),
            ),
            ("/people/p-1a?x=1#top", Route::Person(id("p-1a"))),
            ("/service/x", Route::NotFound),
            ("/service/aims", Route::ServiceAims),
            ("/service/logic-model/", Route::LogicModels),
            ("/service/reflections", Route::Reflections),
            ("/service/export", Route::ServiceExport),
            ("/service/dashboard?from=2026-01-01", Route::Dashboard),
            ("/service/report", Route::ServiceReport),
            ("/service/aims/x", Route::NotFound),
            ("/learn", Route::Learn),
            (
                "/learn/outcome-or-output",
                Route::LearnPage("outcome-or-output".into()),
            ),
            ("/learn/Bad_Slug", Route::NotFound),
            ("/learn/a/b", Route::NotFound),
            ("/demo", Route::Demo),
            ("/demo/x", Route::NotFound),
            ("/data", Route::Data),
            ("/data?export=1", Route::Data),
            ("/data/x", Route::NotFound),
            ("/people/p-1a", Route::Person(id("p-1a"))),
            ("/people/p-1a/edit", Route::EditPerson(id("p-1a"))),
            (
                "/people/p-1a/conversation",
                Route::StartConversation(id("p-1a")),
            ),
            ("/people/p-1a/review/", Route::StartReview(id("p-1a"))),
            ("/people/p-1a/unplanned", Route::RecordUnplanned(id("p-1a"))),
            ("/people/p-1a/progress", Route::PersonProgress(id("p-1a"))),
            ("/people/p-1a/report/", Route::PersonReport(id("p-1a"))),
            ("/people/p-1a/report/x", Route::NotFound),
            ("/people/P-1A", Route::NotFound),
            ("/people/p-1a/delete", Route::NotFound),
            ("/people/p-1a/edit/x", Route::NotFound),
            ("/people/p-1a/review/x", Route::NotFound),
            ("/people", Route::NotFound),
            ("/elsewhere", Route::NotFound),
        ] {
            assert_eq!(Route::parse(path), route, "parsing {path:?}");
            let loaded = Bundle::for_path(path);
            assert!(route.served_by(loaded), "{path:?} loads {loaded:?}");
        }
    }

    #[test]
    fn query_values_are_found_by_name() {
        for (query, expected) in [
            ("?open=r-2", Some("r-2")),
            ("open=r-2", Some("r-2")),
            ("?a=1&open=r-10", Some("r-10")),
            ("?open=", None),
            ("?opened=r-1", None),
            ("", None),
        ] {
            assert_eq!(query_value(query, "open"), expected, "{query:?}");
        }
    }

    #[test]
    fn pages_round_trip_through_their_paths() {
        for route in [
            Route::People,
            Route::AddPerson,
            Route::ServiceSettings,
            Route::ServiceAims,
            Route::LogicModels,
            Route::Reflections,
            Route::ServiceExport,
            Route::Dashboard,
            Route::ServiceReport,
            Route::Learn,
            Route::LearnPage("monitoring".into()),
            Route::Demo,
            Route::Data,
            Route::TriggerCards,
            Route::Deck(DeckId::parse("built-in-adults").unwrap()),
            Route::TakeReading(id("p-9")),
            Route::Person(id("p-9")),
            Route::EditPerson(id("p-9")),
            Route::StartConversation(id("p-9")),
            Route::StartReview(id("p-9")),
            Route::RecordUnplanned(id("p-9")),
            Route::PersonProgress(id("p-9")),
            Route::PersonReport(id("p-9")),
        ] {
            assert_eq!(Route::parse(&route.path()), route);
        }
    }
}
