//! The app's addresses: which page a path shows, and the path of each page. Pure, so the
//! routes are tested on the host; the UI's small router (`ui::router`) only connects this to
//! the browser's history.
//!
//! ```
//! use outcome_focus::route::Route;
//! assert_eq!(Route::parse("/people/new"), Route::AddPerson);
//! assert_eq!(Route::parse(&Route::AddPerson.path()), Route::AddPerson);
//! ```

use crate::domain::PersonId;

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
    /// Anything else.
    NotFound,
}

impl Route {
    /// The page for a path (without the app's base path). A trailing slash is ignored.
    pub fn parse(path: &str) -> Route {
        let trimmed = path.trim_end_matches('/');
        let mut parts = trimmed.split('/').skip(1);
        match (parts.next(), parts.next(), parts.next(), parts.next()) {
            (None, ..) => Route::People,
            (Some("people"), Some("new"), None, _) => Route::AddPerson,
            (Some("people"), Some(id), None, _) => {
                PersonId::parse(id).map_or(Route::NotFound, Route::Person)
            }
            (Some("people"), Some(id), Some(page), None) => {
                let page = match page {
                    "edit" => Route::EditPerson,
                    "conversation" => Route::StartConversation,
                    "review" => Route::StartReview,
                    "unplanned" => Route::RecordUnplanned,
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
            Route::Person(id) => format!("/people/{}", id.as_str()),
            Route::EditPerson(id) => format!("/people/{}/edit", id.as_str()),
            Route::StartConversation(id) => format!("/people/{}/conversation", id.as_str()),
            Route::StartReview(id) => format!("/people/{}/review", id.as_str()),
            Route::RecordUnplanned(id) => format!("/people/{}/unplanned", id.as_str()),
        }
    }
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
            ("/people/p-1a", Route::Person(id("p-1a"))),
            ("/people/p-1a/edit", Route::EditPerson(id("p-1a"))),
            (
                "/people/p-1a/conversation",
                Route::StartConversation(id("p-1a")),
            ),
            ("/people/p-1a/review/", Route::StartReview(id("p-1a"))),
            ("/people/p-1a/unplanned", Route::RecordUnplanned(id("p-1a"))),
            ("/people/P-1A", Route::NotFound),
            ("/people/p-1a/delete", Route::NotFound),
            ("/people/p-1a/edit/x", Route::NotFound),
            ("/people", Route::NotFound),
            ("/elsewhere", Route::NotFound),
        ] {
            assert_eq!(Route::parse(path), route, "parsing {path:?}");
        }
    }

    #[test]
    fn pages_round_trip_through_their_paths() {
        for route in [
            Route::People,
            Route::AddPerson,
            Route::Person(id("p-9")),
            Route::EditPerson(id("p-9")),
            Route::StartConversation(id("p-9")),
            Route::StartReview(id("p-9")),
            Route::RecordUnplanned(id("p-9")),
        ] {
            assert_eq!(Route::parse(&route.path()), route);
        }
    }
}
