//! The app's addresses: which page a path shows, the path of each page, and where an address
//! lives in the browser's location ([`Addresses`]). Pure, so the routes are tested on the host;
//! `ui::router` only connects this to the browser's history (through leptos_router when the
//! app is hosted, through the fragment in the single-file edition).
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
    /// `/receive`: the answers a person sent back from their phone, checked then added.
    ReceiveAnswers,
    /// Anything else.
    NotFound,
}

impl Route {
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
            (Some("receive"), None, ..) => Route::ReceiveAnswers,
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
            Route::ReceiveAnswers => "/receive".into(),
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

/// Where the app keeps its addresses in the browser's location.
///
/// Hosted (http or https), an address is a real path under the base path the app is served
/// from: `/outcome-focus/people/p-1a`. Opened from a file, the browser refuses any other path
/// (`history.pushState` throws on `file://`), so the address lives in the fragment:
/// `outcome-focus.html#/people/p-1a`.
///
/// ```
/// use outcome_focus::route::Addresses;
/// let hosted = Addresses::Path { base: "/of".into() };
/// assert_eq!(hosted.href("/people/new"), "/of/people/new");
/// assert_eq!(hosted.address("/of/people/new", "?x=1", ""), "/people/new?x=1");
/// assert_eq!(Addresses::Fragment.href("/data"), "#/data");
/// assert_eq!(Addresses::Fragment.address("/f.html", "", "#/data?export=1"), "/data?export=1");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Addresses {
    /// Paths under `base` (`""` at the root of a site, else `/sub/path` without a trailing
    /// slash).
    Path {
        /// The sub-path the app is served from.
        base: String,
    },
    /// The fragment of a single file's address.
    Fragment,
}

impl Addresses {
    /// The in-app address (path and query, as [`Route::parse`] and [`query_value`] read it)
    /// of the browser's location, given its `pathname`, `search` and `hash`.
    pub fn address(&self, pathname: &str, search: &str, hash: &str) -> String {
        let address = match self {
            Addresses::Path { base } => {
                let path = pathname.strip_prefix(base.as_str()).unwrap_or(pathname);
                format!("{path}{search}")
            }
            Addresses::Fragment => hash.trim_start_matches('#').to_owned(),
        };
        if address.starts_with('/') {
            address
        } else {
            format!("/{address}")
        }
    }

    /// The `href` of an in-app address (`/people/new`), as a link or the address bar needs it.
    pub fn href(&self, address: &str) -> String {
        match self {
            Addresses::Path { base } => format!("{base}{address}"),
            Addresses::Fragment => format!("#{address}"),
        }
    }
}

/// The path of an in-app address, without its query.
pub fn path_of(address: &str) -> &str {
    address.split(['?', '#']).next().unwrap_or_default()
}

/// The query of an in-app address (`?from=2026-01-01`), or empty.
pub fn query_of(address: &str) -> &str {
    let path = path_of(address);
    let rest = &address[path.len()..];
    rest.split('#').next().unwrap_or_default()
}

/// Whether `text` can name a Learn page: lower-case letters, digits and hyphens.
fn is_slug(text: &str) -> bool {
    !text.is_empty()
        && text
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// The return link's part of a location's `hash` (`#r` and digits, as the answer page makes
/// it), without the `#`; `None` for any other fragment (an in-app address, `#main`).
pub fn return_fragment(hash: &str) -> Option<&str> {
    let fragment = hash.strip_prefix('#').unwrap_or(hash);
    let digits = fragment.strip_prefix(crate::domain::RETURN_MARK)?;
    (!digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit())).then_some(fragment)
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
            ("/receive", Route::ReceiveAnswers),
            ("/receive/", Route::ReceiveAnswers),
            ("/receive/x", Route::NotFound),
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
        }
    }

    #[test]
    fn addresses_are_read_from_the_location_and_written_back() {
        let root = Addresses::Path {
            base: String::new(),
        };
        let sub = Addresses::Path {
            base: "/outcome-focus".into(),
        };
        for (addresses, (pathname, search, hash), address, href) in [
            (&root, ("/", "", ""), "/", "/"),
            (
                &root,
                ("/people/p-1a", "?open=r-2", "#x"),
                "/people/p-1a?open=r-2",
                "/people/p-1a?open=r-2",
            ),
            (&sub, ("/outcome-focus", "", ""), "/", "/outcome-focus/"),
            (&sub, ("/outcome-focus/", "", ""), "/", "/outcome-focus/"),
            (
                &sub,
                ("/outcome-focus/data", "?export=1", ""),
                "/data?export=1",
                "/outcome-focus/data?export=1",
            ),
            (
                &Addresses::Fragment,
                ("/C:/x/outcome-focus.html", "", ""),
                "/",
                "#/",
            ),
            (
                &Addresses::Fragment,
                ("/x.html", "?ignored", "#/people/p-1a/reading"),
                "/people/p-1a/reading",
                "#/people/p-1a/reading",
            ),
            (
                &Addresses::Fragment,
                ("/x.html", "", "#/service/dashboard?from=2026-01-01"),
                "/service/dashboard?from=2026-01-01",
                "#/service/dashboard?from=2026-01-01",
            ),
        ] {
            assert_eq!(
                addresses.address(pathname, search, hash),
                address,
                "{addresses:?} {pathname}"
            );
            assert_eq!(addresses.href(address), href, "{addresses:?} {address}");
        }
    }

    #[test]
    fn addresses_split_into_path_and_query() {
        for (address, path, query) in [
            ("/", "/", ""),
            ("/data?export=1", "/data", "?export=1"),
            ("/people/p-1a?open=r-2#top", "/people/p-1a", "?open=r-2"),
            ("/learn#x", "/learn", ""),
        ] {
            assert_eq!(path_of(address), path, "{address}");
            assert_eq!(query_of(address), query, "{address}");
        }
    }

    #[test]
    fn return_links_are_told_from_other_fragments() {
        for (hash, expected) in [
            ("#r0123", Some("r0123")),
            ("r42", Some("r42")),
            ("#r", None),
            ("#r12a", None),
            ("#i123", None),
            ("#/receive", None),
            ("#main", None),
            ("#rows", None),
            ("", None),
        ] {
            assert_eq!(return_fragment(hash), expected, "{hash:?}");
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
            Route::ReceiveAnswers,
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
