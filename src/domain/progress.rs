//! A person's progress at a glance: what matters to them now, the goal-attainment T-score at
//! each review, and everything that has happened in date order.
//!
//! ```
//! use chrono::NaiveDate;
//! use outcome_focus::domain::{timeline, Person, PersonDraft, PersonId, TimelineEvent};
//!
//! let today = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
//! let details = PersonDraft { name: "A.B.".into(), ..PersonDraft::new(today) };
//! let person = Person::create(PersonId::generate(1, 1), details.validate(today).unwrap());
//! let items = timeline(&person);
//! assert_eq!(items.len(), 1);
//! assert_eq!(items[0].event, TimelineEvent::Referred);
//! ```

use chrono::NaiveDate;

use super::conversation::{Conversation, OutcomeReview, UnplannedOutcome};
use super::goal_attainment::{t_score, GoalLevel};
use super::outcome::Outcome;
use super::person::Person;

/// The goal-attainment T-score over time: first the baseline at the first conversation,
/// with every outcome that has levels and was agreed by then at −2; then one score per
/// review, over the outcomes with levels whose level that review recorded. Every outcome
/// weighs the same. Empty when no outcome has levels; reviews that recorded no level are
/// left out. In date order.
pub fn goal_attainment_over_time(person: &Person) -> Vec<(NaiveDate, f64)> {
    let with_levels = |id: &str| person.outcome(id).is_some_and(Outcome::has_levels);
    let mut points = Vec::new();
    if let Some(first) = person.first_contact() {
        let baseline = GoalLevel::new(-2).map(|level| {
            person
                .outcomes
                .iter()
                .filter(|o| o.has_levels() && o.agreed_on <= first.date)
                .map(|_| (level, 1.0))
                .collect::<Vec<_>>()
        });
        if let Some(score) = baseline.and_then(|levels| t_score(&levels)) {
            points.push((first.date, score));
        }
    }
    let mut reviews: Vec<&Conversation> = person
        .conversations
        .iter()
        .filter(|c| c.kind.is_review())
        .collect();
    sort_by_key(&mut reviews, |c| c.date);
    for review in reviews {
        let levels: Vec<(GoalLevel, f64)> = review
            .outcome_reviews
            .iter()
            .filter(|r| with_levels(&r.outcome_id))
            .filter_map(|r| Some((r.level?, 1.0)))
            .collect();
        if let Some(score) = t_score(&levels) {
            points.push((review.date, score));
        }
    }
    points
}

/// Something that happened in the work with a person.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum TimelineEvent<'a> {
    /// The person was referred.
    Referred,
    /// A conversation: the first one, a review, or the closing one.
    Conversation(&'a Conversation),
    /// A change nobody planned.
    Unplanned(&'a UnplannedOutcome),
    /// The case was closed.
    Closed,
}

/// One dated entry of a person's timeline.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TimelineItem<'a> {
    /// When it happened.
    pub date: NaiveDate,
    /// What happened.
    pub event: TimelineEvent<'a>,
}

/// The referral, conversations, reviews, unplanned outcomes and the closing of the case, in
/// date order. On the same day the referral comes first, then conversations in the order
/// they were saved, then unplanned outcomes, then the closing.
pub fn timeline(person: &Person) -> Vec<TimelineItem<'_>> {
    let mut items = vec![TimelineItem {
        date: person.referral_date,
        event: TimelineEvent::Referred,
    }];
    items.extend(person.conversations.iter().map(|c| TimelineItem {
        date: c.date,
        event: TimelineEvent::Conversation(c),
    }));
    items.extend(person.unplanned_outcomes.iter().map(|u| TimelineItem {
        date: u.date,
        event: TimelineEvent::Unplanned(u),
    }));
    items.extend(person.closed_on.map(|date| TimelineItem {
        date,
        event: TimelineEvent::Closed,
    }));
    let rank = |event: &TimelineEvent| match event {
        TimelineEvent::Referred => 0,
        TimelineEvent::Conversation(_) => 1,
        TimelineEvent::Unplanned(_) => 2,
        TimelineEvent::Closed => 3,
    };
    // A stable sort keeps conversations of the same day in the order they were saved.
    sort_by_key(&mut items, |item| (item.date, rank(&item.event)));
    items
}

/// A stable insertion sort. A person's record holds tens of conversations, not thousands,
/// and each use of the standard library's sort adds kilobytes to the app's download.
fn sort_by_key<T, K: Ord>(items: &mut [T], key: impl Fn(&T) -> K) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && key(&items[j - 1]) > key(&items[j]) {
            items.swap(j - 1, j);
            j -= 1;
        }
    }
}

impl Person {
    /// The latest review that recorded something about the outcome `outcome_id`, with its
    /// date: where the person's and the worker's views of its progress stand now.
    pub fn latest_review_of(&self, outcome_id: &str) -> Option<(NaiveDate, &OutcomeReview)> {
        self.conversations
            .iter()
            .enumerate()
            .filter_map(|(saved, c)| {
                let review = c
                    .outcome_reviews
                    .iter()
                    .find(|r| r.outcome_id == outcome_id)?;
                Some(((c.date, saved), review))
            })
            .max_by_key(|(when, _)| *when)
            .map(|((date, _), review)| (date, review))
    }

    /// Every review that recorded something about the outcome `outcome_id`, with its date,
    /// oldest first (reviews of one day in the order they were saved): what helped and what
    /// got in the way over the whole piece of work, not only at the latest review.
    pub fn reviews_of(&self, outcome_id: &str) -> Vec<(NaiveDate, &OutcomeReview)> {
        let mut reviews: Vec<_> = self
            .conversations
            .iter()
            .filter_map(|c| {
                let review = c
                    .outcome_reviews
                    .iter()
                    .find(|r| r.outcome_id == outcome_id)?;
                Some((c.date, review))
            })
            .collect();
        sort_by_key(&mut reviews, |(date, _)| *date);
        reviews
    }

    /// What matters to the person: the aspirations of the latest conversation that recorded
    /// any (reviews usually do not ask again).
    pub fn latest_aspirations(&self) -> &[String] {
        self.conversations
            .iter()
            .enumerate()
            .filter(|(_, c)| !c.aspirations.is_empty())
            .max_by_key(|(saved, c)| (c.date, *saved))
            .map_or(&[], |(_, c)| c.aspirations.as_slice())
    }
}

#[cfg(test)]
mod tests;
