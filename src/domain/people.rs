//! The index of people: a small summary of each person, stored under one key so the People
//! page can list everyone without reading each person's (much larger) record.

use std::cmp::Reverse;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::envelope::{DecodeError, Migrate};
use super::person::{CaseStatus, Person, PersonId};
use super::query_text::{decode, encode};
use super::schedule::{ReviewSchedule, ReviewState};

/// What the People list shows about one person.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct IndexEntry {
    /// The person's id.
    pub id: PersonId,
    /// Name or initials.
    pub name: String,
    /// The key worker; may be blank.
    pub key_worker: String,
    /// When they were referred.
    #[serde(deserialize_with = "crate::domain::dates::stored::date")]
    pub referral_date: NaiveDate,
    /// Open or closed.
    pub status: CaseStatus,
    /// The date of the first conversation (the baseline), once there is one.
    #[serde(
        default,
        deserialize_with = "crate::domain::dates::stored::optional_date"
    )]
    pub first_contact: Option<NaiveDate>,
    /// The date of the latest review, once there is one.
    #[serde(
        default,
        deserialize_with = "crate::domain::dates::stored::optional_date"
    )]
    pub last_review: Option<NaiveDate>,
}

impl From<&Person> for IndexEntry {
    fn from(person: &Person) -> Self {
        IndexEntry {
            id: person.id.clone(),
            name: person.name.clone(),
            key_worker: person.key_worker.clone(),
            referral_date: person.referral_date,
            status: person.status,
            first_contact: person.first_contact().map(|c| c.date),
            last_review: person.review_dates().into_iter().max(),
        }
    }
}

impl IndexEntry {
    /// The date of the next review and whether it is due, for an open case that has had its
    /// first conversation.
    pub fn review_state(&self, schedule: &ReviewSchedule, today: NaiveDate) -> Option<ReviewState> {
        if self.status == CaseStatus::Closed {
            return None;
        }
        let first = self.first_contact?;
        let reviews: Vec<NaiveDate> = self.last_review.into_iter().collect();
        Some(schedule.state(schedule.next_review(first, &reviews), today))
    }
}

/// The stored index: one entry per person.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PeopleIndex {
    /// The entries, in the order they were added.
    pub people: Vec<IndexEntry>,
}

impl PeopleIndex {
    /// Adds or replaces the entry for this person; returns whether anything changed, so a
    /// save that leaves the summary alone does not rewrite the index.
    pub fn upsert(&mut self, entry: IndexEntry) -> bool {
        match self.people.iter_mut().find(|e| e.id == entry.id) {
            Some(existing) if *existing == entry => false,
            Some(existing) => {
                *existing = entry;
                true
            }
            None => {
                self.people.push(entry);
                true
            }
        }
    }

    /// Removes the entry for this id; returns whether there was one.
    pub fn remove(&mut self, id: &PersonId) -> bool {
        let before = self.people.len();
        self.people.retain(|e| &e.id != id);
        self.people.len() != before
    }

    /// Whether the index lists this id.
    pub fn contains(&self, id: &PersonId) -> bool {
        self.people.iter().any(|e| &e.id == id)
    }
}

impl Migrate for PeopleIndex {
    fn migrate(from: u32, data: String) -> Result<String, DecodeError> {
        match from {
            // Schema 2 added review dates to each entry; they default to none. Schema 3 did
            // not change the index.
            1 | 2 => Ok(data),
            _ => Err(DecodeError::BadData(format!(
                "no migration from schema {from}"
            ))),
        }
    }
}

/// Which cases the People list shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum StatusFilter {
    /// Open cases only (what a practitioner works from day to day).
    #[default]
    Open,
    /// Closed cases only.
    Closed,
    /// Everyone.
    All,
    /// Open cases whose review is due soon or overdue.
    DueForReview,
}

impl StatusFilter {
    /// Every choice, in the order the filter offers them.
    pub const ALL: [StatusFilter; 4] = [
        StatusFilter::Open,
        StatusFilter::Closed,
        StatusFilter::All,
        StatusFilter::DueForReview,
    ];

    /// The value used in the `<select>`.
    pub fn value(self) -> &'static str {
        match self {
            StatusFilter::Open => "open",
            StatusFilter::Closed => "closed",
            StatusFilter::All => "all",
            StatusFilter::DueForReview => "due",
        }
    }

    /// The option's label.
    pub fn label(self) -> &'static str {
        match self {
            StatusFilter::Open => "Open cases",
            StatusFilter::Closed => "Closed cases",
            StatusFilter::All => "All cases",
            StatusFilter::DueForReview => "Due for review",
        }
    }

    /// The filter for a `<select>` value; unknown values show open cases.
    pub fn from_value(value: &str) -> Self {
        Self::ALL
            .into_iter()
            .find(|f| f.value() == value)
            .unwrap_or_default()
    }

    fn admits(self, entry: &IndexEntry, schedule: &ReviewSchedule, today: NaiveDate) -> bool {
        match self {
            StatusFilter::Open => entry.status == CaseStatus::Open,
            StatusFilter::Closed => entry.status == CaseStatus::Closed,
            StatusFilter::All => true,
            StatusFilter::DueForReview => entry
                .review_state(schedule, today)
                .is_some_and(ReviewState::needs_attention),
        }
    }
}

/// The order of the People list.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum PeopleSort {
    /// By name, A to Z, ignoring case.
    #[default]
    Name,
    /// The soonest next review first (overdue ones at the top); people with no review to
    /// come (closed, or no first conversation yet) last.
    NextReview,
    /// The most recent referral first: the people a worker has just met.
    Referral,
}

impl PeopleSort {
    /// Every choice, in the order the list offers them.
    pub const ALL: [PeopleSort; 3] = [
        PeopleSort::Name,
        PeopleSort::NextReview,
        PeopleSort::Referral,
    ];

    /// The choice's value in the address and in the `<select>`.
    pub fn value(self) -> &'static str {
        match self {
            PeopleSort::Name => "name",
            PeopleSort::NextReview => "review",
            PeopleSort::Referral => "referral",
        }
    }

    /// The option's label.
    pub fn label(self) -> &'static str {
        match self {
            // Short enough for the filter's column at desktop widths; each says its order.
            PeopleSort::Name => "Name (A to Z)",
            PeopleSort::NextReview => "Next review due",
            PeopleSort::Referral => "Newest referral",
        }
    }

    /// The order for a value; unknown values sort by name.
    pub fn from_value(value: &str) -> Self {
        Self::ALL
            .into_iter()
            .find(|s| s.value() == value)
            .unwrap_or_default()
    }
}

/// What the People list shows: the search, the status filter and the order, kept in the
/// page's address (`/?sort=review&show=due&q=ann`) so that a reload, Back or a shared link
/// shows the same list.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PeopleView {
    /// The search text, as typed.
    pub query: String,
    /// Which cases are shown.
    pub status: StatusFilter,
    /// Their order.
    pub sort: PeopleSort,
}

impl PeopleView {
    /// The view as a query string, `?` first, or empty when everything is as the list opens
    /// by default (so the plain address stays plain).
    pub fn to_query(&self) -> String {
        let mut pairs = Vec::new();
        if self.sort != PeopleSort::default() {
            pairs.push(format!("sort={}", self.sort.value()));
        }
        if self.status != StatusFilter::default() {
            pairs.push(format!("show={}", self.status.value()));
        }
        if !self.query.trim().is_empty() {
            pairs.push(format!("q={}", encode(&self.query)));
        }
        match pairs.is_empty() {
            true => String::new(),
            false => format!("?{}", pairs.join("&")),
        }
    }

    /// The view a query string names (with or without its `?`). Anything unknown or
    /// malformed is ignored, so an odd address still shows the list.
    pub fn from_query(query: &str) -> Self {
        let mut view = PeopleView::default();
        for (key, value) in query
            .trim_start_matches('?')
            .split('&')
            .filter_map(|pair| pair.split_once('='))
        {
            match key {
                "sort" => view.sort = PeopleSort::from_value(value),
                "show" => view.status = StatusFilter::from_value(value),
                "q" => view.query = decode(value).unwrap_or_default(),
                _ => {}
            }
        }
        view
    }
}

/// The people matching a search (name or key worker, ignoring case) and a status filter,
/// in the chosen order; ties (and equal dates) fall back to the name, then the id, so the
/// order never jumps. Whether a review is due is judged by `schedule` on `today`.
pub fn filter_people<'a>(
    people: &'a [IndexEntry],
    view: &PeopleView,
    schedule: &ReviewSchedule,
    today: NaiveDate,
) -> Vec<&'a IndexEntry> {
    let query = view.query.trim().to_lowercase();
    let status = view.status;
    let mut matches: Vec<&IndexEntry> = people
        .iter()
        .filter(|e| status.admits(e, schedule, today))
        .filter(|e| {
            query.is_empty()
                || e.name.to_lowercase().contains(&query)
                || e.key_worker.to_lowercase().contains(&query)
        })
        .collect();
    let by_name = |e: &IndexEntry| (e.name.to_lowercase(), e.id.clone());
    match view.sort {
        PeopleSort::Name => matches.sort_by_cached_key(|e| by_name(e)),
        PeopleSort::NextReview => matches.sort_by_cached_key(|e| {
            // `None` sorts before `Some`: flipped, so that no review to come goes last.
            let due = e.review_state(schedule, today).map(ReviewState::due);
            (due.is_none(), due, by_name(e))
        }),
        PeopleSort::Referral => {
            matches.sort_by_cached_key(|e| (Reverse(e.referral_date), by_name(e)))
        }
    }
    matches
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(id: &str, name: &str, key_worker: &str, status: CaseStatus) -> IndexEntry {
        IndexEntry {
            id: PersonId::parse(id).unwrap(),
            name: name.into(),
            key_worker: key_worker.into(),
            referral_date: NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(),
            status,
            first_contact: None,
            last_review: None,
        }
    }

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    /// zoë's next review is on 10 March 2027, Bea's on 1 November 2026; alice has had no
    /// first conversation yet; Alex's case is closed.
    fn people() -> Vec<IndexEntry> {
        vec![
            IndexEntry {
                first_contact: Some(date(2026, 6, 8)),
                last_review: Some(date(2026, 9, 10)),
                ..entry("p-1", "zoë", "Sam Patel", CaseStatus::Open)
            },
            IndexEntry {
                first_contact: Some(date(2026, 1, 1)),
                ..entry("p-2", "Alex", "Jo Brown", CaseStatus::Closed)
            },
            IndexEntry {
                first_contact: Some(date(2026, 8, 1)),
                ..entry("p-3", "Bea", "Sam Patel", CaseStatus::Open)
            },
            entry("p-4", "alice", "", CaseStatus::Open),
        ]
    }

    fn check_view(today: NaiveDate, people: &[IndexEntry], view: &PeopleView, expected: &[&str]) {
        let schedule = ReviewSchedule::default();
        let names: Vec<&str> = filter_people(people, view, &schedule, today)
            .iter()
            .map(|e| e.name.as_str())
            .collect();
        assert_eq!(names, expected, "on {today}, {view:?}");
    }

    fn check_on(today: NaiveDate, query: &str, status: StatusFilter, expected: &[&str]) {
        let view = PeopleView {
            query: query.into(),
            status,
            sort: PeopleSort::Name,
        };
        check_view(today, &people(), &view, expected);
    }

    fn check_sort(sort: PeopleSort, expected: &[&str]) {
        // Referred on different days: Bea last, alice and zoë on the same day.
        let mut people = people();
        for (entry, day) in people.iter_mut().zip([3, 1, 20, 3]) {
            entry.referral_date = date(2026, 1, day);
        }
        let view = PeopleView {
            status: StatusFilter::All,
            sort,
            ..PeopleView::default()
        };
        check_view(date(2026, 10, 1), &people, &view, expected);
    }

    #[test]
    fn sorts_by_name_next_review_and_referral() {
        check_sort(PeopleSort::Name, &["Alex", "alice", "Bea", "zoë"]);
        // Bea's review (1 November 2026) comes before zoë's (10 March 2027); Alex's case is
        // closed and alice has had no first conversation: no review to come, so last, by name.
        check_sort(PeopleSort::NextReview, &["Bea", "zoë", "Alex", "alice"]);
        // Newest first; the same day falls back to the name.
        check_sort(PeopleSort::Referral, &["Bea", "alice", "zoë", "Alex"]);
    }

    #[test]
    fn an_overdue_review_sorts_first() {
        let view = PeopleView {
            sort: PeopleSort::NextReview,
            ..PeopleView::default()
        };
        check_view(date(2027, 4, 1), &people(), &view, &["Bea", "zoë", "alice"]);
    }

    fn check_query(view: PeopleView, query: &str) {
        assert_eq!(view.to_query(), query, "{view:?}");
        assert_eq!(PeopleView::from_query(query), view, "{query}");
    }

    #[test]
    fn the_view_round_trips_through_the_address() {
        check_query(PeopleView::default(), "");
        check_query(
            PeopleView {
                sort: PeopleSort::NextReview,
                ..PeopleView::default()
            },
            "?sort=review",
        );
        check_query(
            PeopleView {
                query: "Ann K&co".into(),
                status: StatusFilter::DueForReview,
                sort: PeopleSort::Referral,
            },
            "?sort=referral&show=due&q=Ann%20K%26co",
        );
        check_query(
            PeopleView {
                query: "zoë".into(),
                status: StatusFilter::All,
                sort: PeopleSort::Name,
            },
            "?show=all&q=zo%C3%AB",
        );
    }

    #[test]
    fn an_odd_address_still_shows_the_list() {
        let check = |query: &str, expected: PeopleView| {
            assert_eq!(PeopleView::from_query(query), expected, "{query}");
        };
        check("?sort=bogus&show=nothing&q=%zz", PeopleView::default());
        check(
            "sort=review&&=&x=1",
            PeopleView {
                sort: PeopleSort::NextReview,
                ..PeopleView::default()
            },
        );
        check(
            "?q=ann+k",
            PeopleView {
                query: "ann k".into(),
                ..PeopleView::default()
            },
        );
    }

    #[test]
    fn sort_values_round_trip() {
        for sort in PeopleSort::ALL {
            assert_eq!(PeopleSort::from_value(sort.value()), sort);
        }
        assert_eq!(PeopleSort::from_value(""), PeopleSort::Name);
    }

    fn check(query: &str, status: StatusFilter, expected: &[&str]) {
        check_on(date(2026, 10, 1), query, status, expected);
    }

    #[test]
    fn filters_by_search_and_status() {
        check("", StatusFilter::Open, &["alice", "Bea", "zoë"]);
        check("", StatusFilter::Closed, &["Alex"]);
        check("", StatusFilter::All, &["Alex", "alice", "Bea", "zoë"]);
        check("AL", StatusFilter::All, &["Alex", "alice"]);
        check("  sam ", StatusFilter::Open, &["Bea", "zoë"]);
        check("ZOË", StatusFilter::All, &["zoë"]);
        check("nobody", StatusFilter::All, &[]);
    }

    #[test]
    fn filters_by_review_due() {
        let due = StatusFilter::DueForReview;
        check_on(date(2026, 10, 1), "", due, &[]);
        check_on(date(2026, 10, 18), "", due, &["Bea"]);
        check_on(date(2027, 2, 23), "", due, &["Bea"]);
        check_on(date(2027, 2, 24), "", due, &["Bea", "zoë"]);
        check_on(date(2027, 3, 11), "", due, &["Bea", "zoë"]);
        check_on(date(2027, 3, 11), "ZO", due, &["zoë"]);
    }

    #[test]
    fn status_filter_values_round_trip() {
        for filter in StatusFilter::ALL {
            assert_eq!(StatusFilter::from_value(filter.value()), filter);
        }
        assert_eq!(StatusFilter::from_value("bogus"), StatusFilter::Open);
    }

    #[test]
    fn upsert_reports_changes() {
        let mut index = PeopleIndex::default();
        let alex = entry("p-2", "Alex", "", CaseStatus::Open);
        assert!(index.upsert(alex.clone()));
        assert!(!index.upsert(alex.clone()));
        assert!(index.upsert(IndexEntry {
            status: CaseStatus::Closed,
            ..alex.clone()
        }));
        assert_eq!(index.people.len(), 1);
        assert!(index.remove(&alex.id));
        assert!(!index.remove(&alex.id));
    }
}
