//! The service dashboard: each aim's targets measured across people, outcome statuses by
//! domain and by term, unplanned outcomes, reviews due and people open and closed, all under
//! the same filters, each figure saying how many people it is based on.
//!
//! Decode people's readings once into a [`Caseload`], then call [`dashboard`] as often as
//! the filters change: that part only counts.
//!
//! ```
//! use chrono::NaiveDate;
//! use outcome_focus::domain::{
//!     built_in_decks, dashboard, Caseload, DashboardFilter, ServiceData, ServiceSettings,
//! };
//!
//! let today = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
//! let caseload = Caseload::new(&[]);
//! let data = ServiceData {
//!     caseload: &caseload,
//!     decks: &built_in_decks(),
//!     settings: &ServiceSettings::default(),
//! };
//! let figures = dashboard(&data, &[], &DashboardFilter::default(), today);
//! assert_eq!(figures.people.open + figures.people.closed, 0);
//! ```

mod query;
mod readings;

use chrono::NaiveDate;

use super::aims::{describe_readings, describe_status, Aim, StatusTarget, Target};
use crate::domain::cards::{Deck, Reading};
use crate::domain::conversation::Direction;
use crate::domain::outcome::{Outcome, OutcomeStatus, Term};
use crate::domain::people::IndexEntry;
use crate::domain::person::{CaseStatus, Person, PersonId};
use crate::domain::schedule::ReviewState;
use crate::domain::service_settings::ServiceSettings;

pub use readings::ReadingsResult;

/// Figures based on fewer people than this are flagged: "based on 3 people".
pub const SMALL_NUMBERS: usize = 5;

/// How the dashboard measures, to state on the page.
pub const METHOD: &str = "For each person, the earliest and the latest finished readings of \
the deck by the same respondent within the dates chosen are compared; people with only one \
reading are not counted yet. A card's change is its score; a domain's is the change in the \
median score of its cards, and a deck's total the change in the sum of its cards' scores, \
over the cards scored in both readings. Skipped cards and \"prefer not to say\" are never \
scored, and reverse-scored cards are turned round so that higher is always better. The \
person's, the worker's and a carer's views are kept apart. Results are counts, shares (whole \
percentages, rounded down) and medians: a non-parametric summary, because Likert points are \
ordered but not evenly spaced, so they are never averaged. Figures based on fewer than 5 \
people are flagged: read them with care.";

/// Which people and dates the dashboard counts.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DashboardFilter {
    /// Readings, outcomes (by the date agreed) and unplanned outcomes from this date on.
    pub from: Option<NaiveDate>,
    /// … up to and including this date.
    pub to: Option<NaiveDate>,
    /// Only this key worker's people (ignoring case and spaces round the name).
    pub key_worker: Option<String>,
    /// Open or closed cases only; `None` for everyone.
    pub status: Option<CaseStatus>,
    /// Short-term or longer-term outcomes only; `None` for both.
    pub term: Option<Term>,
}

impl DashboardFilter {
    fn admits_date(&self, date: NaiveDate) -> bool {
        self.from.is_none_or(|from| date >= from) && self.to.is_none_or(|to| date <= to)
    }

    fn admits_person(&self, person: &Person) -> bool {
        let worker = self.key_worker.as_deref().map(str::trim).unwrap_or("");
        (worker.is_empty() || person.key_worker.trim().eq_ignore_ascii_case(worker))
            && self.status.is_none_or(|s| s == person.status)
    }

    fn admits_outcome(&self, outcome: &Outcome) -> bool {
        self.term.is_none_or(|t| t == outcome.term) && self.admits_date(outcome.agreed_on)
    }
}

/// One person's record with their readings decoded.
#[derive(Clone, Debug)]
pub struct CaseRecord {
    /// The person's record.
    pub person: Person,
    /// Their readings, finished and in progress.
    pub readings: Vec<Reading>,
}

/// Everyone's records with their readings decoded once, so that changing a filter only
/// counts again.
#[derive(Clone, Debug, Default)]
pub struct Caseload {
    records: Vec<CaseRecord>,
    unreadable: Vec<PersonId>,
}

impl Caseload {
    /// Decodes everyone's readings. A person whose readings are damaged still counts in
    /// every figure but the readings targets, and is listed by [`Caseload::unreadable`].
    pub fn new(people: &[Person]) -> Self {
        Caseload::from_people(people.to_vec())
    }

    /// [`Caseload::new`], keeping the records given rather than copying them: for a page
    /// that decodes once and counts on every change of filter.
    pub fn from_people(people: Vec<Person>) -> Self {
        let mut caseload = Caseload::default();
        for person in people {
            let readings = person.readings.get().unwrap_or_else(|_| {
                caseload.unreadable.push(person.id.clone());
                Vec::new()
            });
            caseload.records.push(CaseRecord { person, readings });
        }
        caseload
    }

    /// The records, in the order given.
    pub fn records(&self) -> &[CaseRecord] {
        &self.records
    }

    /// The people whose stored readings could not be read.
    pub fn unreadable(&self) -> &[PersonId] {
        &self.unreadable
    }

    /// The key workers named, each once, sorted, for the filter's choices.
    pub fn key_workers(&self) -> Vec<String> {
        let mut names: Vec<String> = Vec::new();
        for record in &self.records {
            let name = record.person.key_worker.trim();
            if !name.is_empty() && !names.iter().any(|n| n.eq_ignore_ascii_case(name)) {
                names.push(name.to_owned());
            }
        }
        names.sort();
        names
    }
}

/// What the dashboard works from.
#[derive(Clone, Copy, Debug)]
pub struct ServiceData<'a> {
    /// Everyone, readings decoded.
    pub caseload: &'a Caseload,
    /// Every deck the service has: built-in and its own.
    pub decks: &'a [Deck],
    /// The review interval and the service's own domains.
    pub settings: &'a ServiceSettings,
}

/// A part of a whole: "12 of 20".
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Share {
    /// The part that counts.
    pub part: usize,
    /// The whole it is part of.
    pub whole: usize,
}

/// Whether a target is met.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// The share reached the target.
    Met,
    /// Not yet.
    NotYet,
    /// Nobody to count yet.
    NoData,
}

impl Verdict {
    /// The verdict in words.
    pub fn label(self) -> &'static str {
        match self {
            Verdict::Met => "Met",
            Verdict::NotYet => "Not yet",
            Verdict::NoData => "Nobody to count yet",
        }
    }
}

impl Share {
    /// The share in whole percent, rounded down (so a share just under its target never
    /// shows as reaching it); `None` of nothing.
    pub fn percent(self) -> Option<u32> {
        let percent = (self.part * 100).checked_div(self.whole)?;
        u32::try_from(percent).ok()
    }

    /// Whether the share reaches `target_percent`, exactly (not after rounding).
    pub fn verdict(self, target_percent: u32) -> Verdict {
        match self.whole {
            0 => Verdict::NoData,
            whole if self.part * 100 >= target_percent as usize * whole => Verdict::Met,
            _ => Verdict::NotYet,
        }
    }

    /// Whether the whole is too small to read much into (fewer than [`SMALL_NUMBERS`]).
    pub fn is_small(self) -> bool {
        self.whole < SMALL_NUMBERS
    }
}

/// What an outcome-status target came to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StatusResult {
    /// The target measured.
    pub target: StatusTarget,
    /// Among the ended outcomes (any status but working), those with a status that counts.
    pub outcomes: Share,
    /// Outcomes of the term still being worked on: not counted yet.
    pub still_working: usize,
    /// How many people the ended outcomes belong to.
    pub people: usize,
}

/// What one target came to.
#[derive(Clone, Debug, PartialEq)]
pub enum TargetResult {
    /// A readings target.
    Readings(ReadingsResult),
    /// An outcome-status target.
    OutcomeStatus(StatusResult),
}

impl TargetResult {
    /// The share counted and the target's percentage.
    pub fn share(&self) -> (Share, u32) {
        match self {
            TargetResult::Readings(r) => (r.improved, r.target.target_percent),
            TargetResult::OutcomeStatus(s) => (s.outcomes, s.target.target_percent),
        }
    }

    /// Whether the target is met.
    pub fn verdict(&self) -> Verdict {
        let (share, target) = self.share();
        share.verdict(target)
    }

    /// How many people the figure is based on.
    pub fn based_on(&self) -> usize {
        match self {
            TargetResult::Readings(r) => r.based_on(),
            TargetResult::OutcomeStatus(s) => s.people,
        }
    }

    /// Whether the figure rests on too few people (fewer than [`SMALL_NUMBERS`]).
    pub fn is_small(&self) -> bool {
        self.based_on() < SMALL_NUMBERS
    }

    /// The target in words: "60% of people improve by at least 1 point on “I feel safe at
    /// home” (Adults' deck), the person's view".
    pub fn describe(&self) -> String {
        match self {
            TargetResult::Readings(r) => describe_readings(&r.target, &r.deck_name, &r.focus_label),
            TargetResult::OutcomeStatus(s) => describe_status(&s.target),
        }
    }
}

/// What one aim's targets came to.
#[derive(Clone, Debug, PartialEq)]
pub struct AimResult {
    /// The aim's id.
    pub aim: String,
    /// The aim's words.
    pub words: String,
    /// One result per target, in the aim's order.
    pub targets: Vec<TargetResult>,
}

/// Outcomes by status in one group (a domain or a term).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StatusTally {
    /// The domain's name or the term's label.
    pub label: String,
    /// How many outcomes stand at each status, in [`OutcomeStatus::ALL`] order.
    pub counts: [usize; 5],
    /// How many people they belong to.
    pub people: usize,
}

/// Unplanned outcomes by direction, in all or in one domain.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct UnplannedCounts {
    /// The domain's name; empty for all of them, [`NO_DOMAIN`] for those recorded without
    /// one.
    pub label: String,
    /// Changes for the better.
    pub positive: usize,
    /// Changes for the worse, or risks that came to light.
    pub negative: usize,
    /// How many people they belong to.
    pub people: usize,
}

/// The group of unplanned outcomes recorded without a domain (the domain is optional, and
/// those recorded before it existed have none).
pub const NO_DOMAIN: &str = "No domain given";

/// Reviews needing attention today among the open cases counted.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ReviewCounts {
    /// Due within the schedule's "due soon" days, or today.
    pub due: usize,
    /// Past their date.
    pub overdue: usize,
    /// Open cases with a first conversation, so with a next review: what the two are out of.
    pub scheduled: usize,
}

/// People counted, open and closed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PeopleCounts {
    /// Open cases.
    pub open: usize,
    /// Closed cases.
    pub closed: usize,
}

/// Every figure of the dashboard.
#[derive(Clone, Debug, PartialEq)]
pub struct Dashboard {
    /// People counted under the filters.
    pub people: PeopleCounts,
    /// Each aim's targets.
    pub aims: Vec<AimResult>,
    /// Outcomes by status in each domain that has any: the built-in domains, the service's
    /// own, then any other found in records, in that order.
    pub statuses_by_domain: Vec<StatusTally>,
    /// Outcomes by status, short term then longer term.
    pub statuses_by_term: Vec<StatusTally>,
    /// Unplanned outcomes, all together.
    pub unplanned: UnplannedCounts,
    /// Unplanned outcomes in each domain that has any, in the order of
    /// [`Dashboard::statuses_by_domain`], then [`NO_DOMAIN`].
    pub unplanned_by_domain: Vec<UnplannedCounts>,
    /// Reviews due and overdue today.
    pub reviews: ReviewCounts,
    /// People counted whose readings could not be read (left out of readings targets).
    pub unreadable_readings: usize,
}

/// Every figure of the dashboard under `filter`, on `today`.
pub fn dashboard(
    data: &ServiceData,
    aims: &[Aim],
    filter: &DashboardFilter,
    today: NaiveDate,
) -> Dashboard {
    let people: Vec<&CaseRecord> = data
        .caseload
        .records()
        .iter()
        .filter(|r| filter.admits_person(&r.person))
        .collect();
    let aims = aims
        .iter()
        .map(|aim| AimResult {
            aim: aim.id.clone(),
            words: aim.words.clone(),
            targets: aim
                .targets
                .iter()
                .map(|target| match target {
                    Target::Readings(t) => {
                        let deck = data.decks.iter().find(|d| d.id() == &t.deck);
                        TargetResult::Readings(readings::measure(t, deck, &people, filter))
                    }
                    Target::OutcomeStatus(t) => {
                        TargetResult::OutcomeStatus(status_target(t, &people, filter))
                    }
                })
                .collect(),
        })
        .collect();
    let unreadable = data.caseload.unreadable();
    Dashboard {
        people: PeopleCounts {
            open: people
                .iter()
                .filter(|r| r.person.status == CaseStatus::Open)
                .count(),
            closed: people
                .iter()
                .filter(|r| r.person.status == CaseStatus::Closed)
                .count(),
        },
        aims,
        statuses_by_domain: by_domain(&people, filter, data.settings),
        statuses_by_term: Term::ALL
            .iter()
            .map(|&term| {
                tally(term.label(), &people, |o| {
                    filter.admits_outcome(o) && o.term == term
                })
            })
            .collect(),
        unplanned: unplanned(&people, filter, ""),
        unplanned_by_domain: unplanned_by_domain(&people, filter, data.settings),
        reviews: reviews(&people, data.settings, today),
        unreadable_readings: people
            .iter()
            .filter(|r| unreadable.contains(&r.person.id))
            .count(),
    }
}

fn status_target(
    target: &StatusTarget,
    people: &[&CaseRecord],
    filter: &DashboardFilter,
) -> StatusResult {
    let mut result = StatusResult {
        target: target.clone(),
        outcomes: Share::default(),
        still_working: 0,
        people: 0,
    };
    for record in people {
        let mut counted = false;
        let of_term = record
            .person
            .outcomes
            .iter()
            .filter(|o| filter.admits_outcome(o) && target.term.is_none_or(|t| t == o.term));
        for outcome in of_term {
            if outcome.status == OutcomeStatus::Working {
                result.still_working += 1;
                continue;
            }
            counted = true;
            result.outcomes.whole += 1;
            if target.statuses.contains(&outcome.status) {
                result.outcomes.part += 1;
            }
        }
        result.people += usize::from(counted);
    }
    result
}

/// Outcomes by status among those `admits`.
fn tally(label: &str, people: &[&CaseRecord], admits: impl Fn(&Outcome) -> bool) -> StatusTally {
    let mut tally = StatusTally {
        label: label.to_owned(),
        counts: [0; 5],
        people: 0,
    };
    for record in people {
        let mut any = false;
        for outcome in record.person.outcomes.iter().filter(|o| admits(o)) {
            any = true;
            let slot = OutcomeStatus::ALL.iter().position(|s| *s == outcome.status);
            if let Some(slot) = slot {
                tally.counts[slot] += 1;
            }
        }
        tally.people += usize::from(any);
    }
    tally
}

fn by_domain(
    people: &[&CaseRecord],
    filter: &DashboardFilter,
    settings: &ServiceSettings,
) -> Vec<StatusTally> {
    let mut domains: Vec<&str> = settings.domains();
    let known = domains.len();
    let mut others: Vec<&str> = Vec::new();
    for record in people {
        for outcome in &record.person.outcomes {
            let domain = outcome.domain.as_str();
            if !domains.contains(&domain) && !others.contains(&domain) {
                others.push(domain);
            }
        }
    }
    others.sort_unstable();
    domains.extend(others);
    // The service's domains always show, even empty; others only where outcomes use them.
    domains
        .into_iter()
        .enumerate()
        .map(|(n, domain)| {
            let tally = tally(domain, people, |o| {
                filter.admits_outcome(o) && o.domain == domain
            });
            (n < known, tally)
        })
        .filter(|(known, t)| *known || t.people > 0)
        .map(|(_, t)| t)
        .collect()
}

/// Unplanned outcomes in the domain `label` (every one when it is empty, those without a
/// domain when it is [`NO_DOMAIN`]).
fn unplanned(people: &[&CaseRecord], filter: &DashboardFilter, label: &str) -> UnplannedCounts {
    let in_group = |domain: Option<&str>| match (label, domain) {
        ("", _) => true,
        (NO_DOMAIN, None) => true,
        (_, domain) => domain == Some(label),
    };
    let mut counts = UnplannedCounts {
        label: label.to_owned(),
        ..UnplannedCounts::default()
    };
    for record in people {
        let mut any = false;
        for change in record
            .person
            .unplanned_outcomes
            .iter()
            .filter(|u| filter.admits_date(u.date) && in_group(u.domain.as_deref()))
        {
            any = true;
            match change.direction {
                Direction::Positive => counts.positive += 1,
                Direction::Negative => counts.negative += 1,
            }
        }
        counts.people += usize::from(any);
    }
    counts
}

fn unplanned_by_domain(
    people: &[&CaseRecord],
    filter: &DashboardFilter,
    settings: &ServiceSettings,
) -> Vec<UnplannedCounts> {
    let mut domains: Vec<&str> = settings.domains();
    let mut others: Vec<&str> = people
        .iter()
        .flat_map(|r| &r.person.unplanned_outcomes)
        .filter_map(|u| u.domain.as_deref())
        .filter(|d| !domains.contains(d))
        .collect();
    others.sort_unstable();
    others.dedup();
    domains.extend(others);
    domains.push(NO_DOMAIN);
    domains
        .into_iter()
        .map(|domain| unplanned(people, filter, domain))
        .filter(|counts| counts.people > 0)
        .collect()
}

fn reviews(people: &[&CaseRecord], settings: &ServiceSettings, today: NaiveDate) -> ReviewCounts {
    let schedule = settings.schedule();
    let mut counts = ReviewCounts::default();
    for record in people {
        // The same rule as the People list: open cases from their first conversation on.
        let state = IndexEntry::from(&record.person).review_state(&schedule, today);
        match state {
            Some(ReviewState::Due { .. }) => counts.due += 1,
            Some(ReviewState::Overdue { .. }) => counts.overdue += 1,
            Some(ReviewState::Scheduled { .. }) | None => {}
        }
        counts.scheduled += usize::from(state.is_some());
    }
    counts
}

#[cfg(test)]
mod tests;
