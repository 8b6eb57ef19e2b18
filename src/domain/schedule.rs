//! The review schedule: first contact (the baseline), a review at 3 months, then one every
//! N months (a service setting, 6 by default). Today is a parameter.
//!
//! ```
//! use chrono::NaiveDate;
//! use outcome_focus::domain::{ReviewSchedule, ReviewState};
//!
//! let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
//! let schedule = ReviewSchedule::default();
//! let next = schedule.next_review(d(2026, 1, 10), &[]);
//! assert_eq!(next, d(2026, 4, 10));
//! assert_eq!(schedule.state(next, d(2026, 4, 11)), ReviewState::Overdue { due: next, days: 1 });
//! ```

use chrono::{Months, NaiveDate};

/// When reviews fall due.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ReviewSchedule {
    /// Months from first contact to the first review.
    pub first_review_months: u32,
    /// Months between later reviews.
    pub interval_months: u32,
    /// How many days before its date a review shows as due.
    pub due_soon_days: i64,
}

impl Default for ReviewSchedule {
    fn default() -> Self {
        ReviewSchedule {
            first_review_months: 3,
            interval_months: 6,
            due_soon_days: 14,
        }
    }
}

/// Where a person stands against their next review.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReviewState {
    /// The next review is more than `due_soon_days` away.
    Scheduled {
        /// Its date.
        due: NaiveDate,
    },
    /// The next review is within `due_soon_days`, or today.
    Due {
        /// Its date.
        due: NaiveDate,
    },
    /// The review date has passed.
    Overdue {
        /// Its date.
        due: NaiveDate,
        /// Days since it was due.
        days: i64,
    },
}

impl ReviewState {
    /// The review's date.
    pub fn due(self) -> NaiveDate {
        match self {
            ReviewState::Scheduled { due }
            | ReviewState::Due { due }
            | ReviewState::Overdue { due, .. } => due,
        }
    }

    /// The state in a word: `Scheduled`, `Due` or `Overdue`.
    pub fn label(self) -> &'static str {
        match self {
            ReviewState::Scheduled { .. } => "Scheduled",
            ReviewState::Due { .. } => "Due",
            ReviewState::Overdue { .. } => "Overdue",
        }
    }

    /// Whether the review is due soon or overdue.
    pub fn needs_attention(self) -> bool {
        !matches!(self, ReviewState::Scheduled { .. })
    }
}

impl ReviewSchedule {
    /// The date of the next review, given the first contact and the dates of the reviews held
    /// since (in any order). Each review sets the clock for the next one, so a late review
    /// does not leave the person permanently overdue.
    pub fn next_review(&self, first_contact: NaiveDate, reviews: &[NaiveDate]) -> NaiveDate {
        let latest = reviews.iter().filter(|d| **d >= first_contact).max();
        let (from, months) = match latest {
            None => (first_contact, self.first_review_months),
            Some(latest) => (*latest, self.interval_months),
        };
        from.checked_add_months(Months::new(months))
            .unwrap_or(NaiveDate::MAX)
    }

    /// Whether a review on `due` is scheduled, due or overdue on `today`.
    pub fn state(&self, due: NaiveDate, today: NaiveDate) -> ReviewState {
        let days_left = (due - today).num_days();
        if days_left < 0 {
            ReviewState::Overdue {
                due,
                days: -days_left,
            }
        } else if days_left <= self.due_soon_days {
            ReviewState::Due { due }
        } else {
            ReviewState::Scheduled { due }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn next_review_follows_first_contact_then_the_interval() {
        let six = ReviewSchedule::default();
        let four = ReviewSchedule {
            interval_months: 4,
            ..six
        };
        for (schedule, first, reviews, expected) in [
            (six, d(2026, 1, 10), vec![], d(2026, 4, 10)),
            (six, d(2026, 11, 30), vec![], d(2027, 2, 28)),
            (six, d(2026, 1, 10), vec![d(2026, 4, 12)], d(2026, 10, 12)),
            (
                six,
                d(2026, 1, 10),
                vec![d(2026, 10, 1), d(2026, 4, 12)],
                d(2027, 4, 1),
            ),
            (four, d(2026, 1, 10), vec![d(2026, 4, 12)], d(2026, 8, 12)),
            // A review dated before first contact is a typing mistake: ignore it.
            (six, d(2026, 1, 10), vec![d(2025, 1, 1)], d(2026, 4, 10)),
        ] {
            assert_eq!(
                schedule.next_review(first, &reviews),
                expected,
                "first contact {first}, reviews {reviews:?}"
            );
        }
    }

    #[test]
    fn state_says_scheduled_due_or_overdue() {
        let schedule = ReviewSchedule::default();
        let due = d(2026, 4, 10);
        for (today, expected) in [
            (d(2026, 3, 1), ReviewState::Scheduled { due }),
            (d(2026, 3, 26), ReviewState::Scheduled { due }),
            (d(2026, 3, 27), ReviewState::Due { due }),
            (d(2026, 4, 10), ReviewState::Due { due }),
            (d(2026, 4, 11), ReviewState::Overdue { due, days: 1 }),
            (d(2026, 5, 10), ReviewState::Overdue { due, days: 30 }),
        ] {
            assert_eq!(schedule.state(due, today), expected, "on {today}");
            assert_eq!(expected.due(), due);
        }
    }

    #[test]
    fn states_in_words() {
        let due = d(2026, 4, 10);
        for (state, label, attention) in [
            (ReviewState::Scheduled { due }, "Scheduled", false),
            (ReviewState::Due { due }, "Due", true),
            (ReviewState::Overdue { due, days: 3 }, "Overdue", true),
        ] {
            assert_eq!((state.label(), state.needs_attention()), (label, attention));
        }
    }
}
