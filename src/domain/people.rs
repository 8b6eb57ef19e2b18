//! The index of people: a small summary of each person, stored under one key so the People
//! page can list everyone without reading each person's (much larger) record.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::envelope::{DecodeError, Migrate};
use super::person::{CaseStatus, Person, PersonId};
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

/// The people matching a search (name or key worker, ignoring case) and a status filter,
/// sorted by name. Whether a review is due is judged by `schedule` on `today`.
pub fn filter_people<'a>(
    people: &'a [IndexEntry],
    query: &str,
    status: StatusFilter,
    schedule: &ReviewSchedule,
    today: NaiveDate,
) -> Vec<&'a IndexEntry> {
    let query = query.trim().to_lowercase();
    let mut matches: Vec<&IndexEntry> = people
        .iter()
        .filter(|e| status.admits(e, schedule, today))
        .filter(|e| {
            query.is_empty()
                || e.name.to_lowercase().contains(&query)
                || e.key_worker.to_lowercase().contains(&query)
        })
        .collect();
    matches.sort_by_cached_key(|e| (e.name.to_lowercase(), e.id.clone()));
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

    fn check_on(today: NaiveDate, query: &str, status: StatusFilter, expected: &[&str]) {
        let people = people();
        let schedule = ReviewSchedule::default();
        let names: Vec<&str> = filter_people(&people, query, status, &schedule, today)
            .iter()
            .map(|e| e.name.as_str())
            .collect();
        assert_eq!(names, expected, "on {today}, query {query:?}, {status:?}");
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
