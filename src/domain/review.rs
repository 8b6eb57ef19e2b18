//! Reviews: the conversation, about three months after the first one and then every few
//! months, where the person and the worker look at each current outcome together: how each
//! of them sees the progress, what helped and what got in the way, what the service
//! contributed, and where the outcome stands now. Outcomes may be reworded and new ones
//! agreed.
//!
//! ```
//! use chrono::NaiveDate;
//! use outcome_focus::domain::{
//!     Conversation, ConversationKind, Imagined, OutcomeStatus, Person, PersonDraft, PersonId,
//!     ReviewDraft,
//! };
//!
//! let day = |m, d| NaiveDate::from_ymd_opt(2026, m, d).unwrap();
//! let details = PersonDraft { name: "A.B.".into(), ..PersonDraft::new(day(6, 1)) };
//! let mut person = Person::create(PersonId::generate(1, 1), details.validate(day(6, 1)).unwrap());
//! person.conversations.push(Conversation {
//!     id: "c-1".into(),
//!     kind: ConversationKind::FirstContact,
//!     date: day(6, 8),
//!     took_part: String::new(),
//!     presentation: String::new(),
//!     aspirations: Vec::new(),
//!     imagined: Imagined::default(),
//!     outcome_reviews: Vec::new(),
//! });
//! let draft = ReviewDraft::new(&person, day(9, 10));
//! let valid = draft.validate(&person, day(9, 10)).unwrap();
//! person.record_review(valid);
//! assert_eq!(person.conversations[1].kind, ConversationKind::ThreeMonthReview);
//! ```

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::conversation::{Conversation, ConversationKind, Imagined, OutcomeReview, View};
use super::dates::{format_uk_date, iso_date, parse_iso_date};
use super::envelope::{DecodeError, Migrate};
use super::form_error::{too_long, FormError, MAX_NOTE, MAX_OUTCOME_WORDS};
use super::goal_attainment::GoalLevel;
use super::outcome::{Contributors, Outcome, OutcomeChecks, OutcomeStatus, Term};
use super::person::Person;
use super::unplanned::{UnplannedDraft, ValidUnplanned};

/// The fields of the review form. Fields about one current outcome carry its position in
/// [`ReviewDraft::outcomes`]; fields of an added outcome, its position in
/// [`ReviewDraft::new_outcomes`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ReviewField {
    /// `Date of the review`.
    Date,
    /// `Who took part`.
    TookPart,
    /// The outcome's status (radio buttons).
    Status(usize),
    /// The person's view of progress (radio buttons).
    PersonRating(usize),
    /// Why the person sees it that way.
    PersonComment(usize),
    /// The worker's view of progress (radio buttons).
    WorkerRating(usize),
    /// Why the worker sees it that way.
    WorkerComment(usize),
    /// What helped.
    Helped(usize),
    /// What got in the way.
    GotInTheWay(usize),
    /// What we contributed.
    WeContributed(usize),
    /// What did not work as expected.
    DidNotWork(usize),
    /// The goal-attainment level reached (radio buttons).
    Level(usize),
    /// New words for the outcome.
    Reworded(usize),
    /// An added outcome's words.
    NewWords(usize),
    /// An added outcome's domain.
    NewDomain(usize),
    /// An added outcome's term (radio buttons).
    NewTerm(usize),
    /// An added outcome's target date.
    NewTargetDate(usize),
    /// How everyone will know the added outcome is happening.
    NewHowWeKnow(usize),
}

impl ReviewField {
    /// The HTML id of the field; a group of radio buttons gives each button this id followed
    /// by `-` and its position.
    pub fn html_id(self) -> String {
        use ReviewField::*;
        let (part, i) = match self {
            Date => return "review-date".into(),
            TookPart => return "review-took-part".into(),
            Status(i) => ("status", i),
            PersonRating(i) => ("person-rating", i),
            PersonComment(i) => ("person-comment", i),
            WorkerRating(i) => ("worker-rating", i),
            WorkerComment(i) => ("worker-comment", i),
            Helped(i) => ("helped", i),
            GotInTheWay(i) => ("got-in-the-way", i),
            WeContributed(i) => ("we-contributed", i),
            DidNotWork(i) => ("did-not-work", i),
            Level(i) => ("level", i),
            Reworded(i) => ("reworded", i),
            NewWords(i) => return format!("review-new-{i}-words"),
            NewDomain(i) => return format!("review-new-{i}-domain"),
            NewTerm(i) => return format!("review-new-{i}-term"),
            NewTargetDate(i) => return format!("review-new-{i}-target"),
            NewHowWeKnow(i) => return format!("review-new-{i}-how-we-know"),
        };
        format!("review-{i}-{part}")
    }
}

/// What the review says about one current outcome, as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutcomeReviewDraft {
    /// The outcome reviewed.
    pub outcome_id: String,
    /// Where it stands now; `Working` until changed.
    pub status: OutcomeStatus,
    /// The person's view of progress.
    pub person_view: View,
    /// The worker's view of progress.
    pub worker_view: View,
    /// What helped.
    pub helped: String,
    /// What got in the way (other influencing factors).
    pub got_in_the_way: String,
    /// What we contributed.
    pub we_contributed: String,
    /// What did not work as expected.
    pub did_not_work: String,
    /// The goal-attainment level reached; only kept when the outcome has levels.
    pub level: Option<GoalLevel>,
    /// New words for the outcome; blank keeps the old ones.
    pub reworded: String,
}

/// An outcome agreed during a review, as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewOutcomeDraft {
    /// In the person's own words.
    pub words: String,
    /// One of the domains; blank until chosen.
    pub domain: String,
    /// Short or longer term.
    pub term: Term,
    /// `YYYY-MM-DD`.
    pub target_date: String,
    /// Who works on it.
    pub contributors: Contributors,
    /// How everyone will know it is happening.
    pub how_we_know: String,
}

impl NewOutcomeDraft {
    /// A blank short-term outcome for the person and the worker, with the default target
    /// date counted from `from` (the review's date).
    pub fn new(from: NaiveDate) -> Self {
        NewOutcomeDraft {
            target_date: iso_date(Term::Short.default_target(from)),
            contributors: Contributors {
                person: true,
                worker: true,
                ..Contributors::default()
            },
            ..NewOutcomeDraft::default()
        }
    }

    /// Changes the term, moving the target date with it while it still has the old term's
    /// default.
    pub fn set_term(&mut self, term: Term, from: NaiveDate) {
        if self.target_date == iso_date(self.term.default_target(from)) {
            self.target_date = iso_date(term.default_target(from));
        }
        self.term = term;
    }
}

/// The review form as typed, kept as a draft on every change so that leaving the page or
/// losing the tab loses nothing.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReviewDraft {
    /// `YYYY-MM-DD`; today to start with.
    pub date: String,
    /// Who took part.
    pub took_part: String,
    /// One entry per current outcome, in the order they were agreed.
    pub outcomes: Vec<OutcomeReviewDraft>,
    /// Outcomes agreed during the review.
    pub new_outcomes: Vec<NewOutcomeDraft>,
    /// Changes nobody planned, recorded during the review.
    pub unplanned: Vec<UnplannedDraft>,
}

/// A review that passed validation, ready for [`Person::record_review`].
#[derive(Clone, Debug, PartialEq)]
pub struct ValidReview {
    date: NaiveDate,
    took_part: String,
    reviews: Vec<(OutcomeReview, Option<String>)>,
    new_outcomes: Vec<ValidNewOutcome>,
    unplanned: Vec<ValidUnplanned>,
}

#[derive(Clone, Debug, PartialEq)]
struct ValidNewOutcome {
    words: String,
    domain: String,
    term: Term,
    target_date: NaiveDate,
    contributors: Contributors,
    how_we_know: String,
}

impl Migrate for ReviewDraft {
    fn migrate(from: u32, _data: String) -> Result<String, DecodeError> {
        // Review drafts were first stored under schema 3: nothing older can hold one.
        Err(DecodeError::BadData(format!(
            "no review draft was stored under schema {from}"
        )))
    }
}

/// An unfinished review brought back to the form: see [`ReviewDraft::resume`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ResumedReview {
    /// The draft, with one entry per outcome being worked on now, in order.
    pub draft: ReviewDraft,
    /// How many outcomes the draft spoke of that are no longer being worked on (a review
    /// saved meanwhile in another tab ended them), whose notes the form cannot show.
    pub left_out: usize,
}

impl ResumedReview {
    /// The offer to carry on, in words: whose review, its date, and what cannot be carried on.
    pub fn offer(&self, name: &str) -> String {
        let dated = self
            .draft
            .date()
            .map(|d| format!(", dated {}", format_uk_date(d)))
            .unwrap_or_default();
        let mut offer = format!("You have an unfinished review with {name}{dated}.");
        match self.left_out {
            0 => {}
            1 => offer.push_str(
                " One outcome it spoke of is no longer being worked on (a review was saved \
                 since), so what was typed about it cannot be carried on.",
            ),
            n => offer.push_str(&format!(
                " {n} outcomes it spoke of are no longer being worked on (a review was saved \
                 since), so what was typed about them cannot be carried on."
            )),
        }
        offer
    }
}

impl ReviewDraft {
    /// A review dated today with one blank entry per current (`Working`) outcome of `person`.
    pub fn new(person: &Person, today: NaiveDate) -> Self {
        ReviewDraft {
            date: iso_date(today),
            took_part: String::new(),
            outcomes: current_outcomes(person)
                .map(|o| OutcomeReviewDraft {
                    outcome_id: o.id.clone(),
                    ..OutcomeReviewDraft::default()
                })
                .collect(),
            new_outcomes: Vec::new(),
            unplanned: Vec::new(),
        }
    }

    /// The unfinished review kept for `person`, lined up with the outcomes they are working
    /// on now: the form shows one section per current outcome, in order, so an outcome added
    /// since gets a blank entry and one ended since is counted in `left_out`.
    pub fn resume(mut self, person: &Person) -> ResumedReview {
        let mut kept = std::mem::take(&mut self.outcomes);
        self.outcomes = current_outcomes(person)
            .map(|o| match kept.iter().position(|d| d.outcome_id == o.id) {
                Some(at) => kept.swap_remove(at),
                None => OutcomeReviewDraft {
                    outcome_id: o.id.clone(),
                    ..OutcomeReviewDraft::default()
                },
            })
            .collect();
        let left_out = kept.iter().filter(|d| !d.is_blank()).count();
        ResumedReview {
            draft: self,
            left_out,
        }
    }

    /// The id prefix of the fields of unplanned outcome `index` (from 0) in the review form.
    pub fn unplanned_prefix(index: usize) -> String {
        format!("review-unplanned-{index}-")
    }

    /// Adds a blank unplanned outcome, dated on the review's date (or `today` while the date
    /// is not a real one).
    pub fn add_unplanned(&mut self, today: NaiveDate) {
        self.unplanned
            .push(UnplannedDraft::new(self.date().unwrap_or(today)));
    }

    /// The review's date, when it is a real one.
    pub fn date(&self) -> Option<NaiveDate> {
        parse_iso_date(&self.date)
    }

    /// Changes the review's date; added outcomes whose target date still has its default
    /// move with it.
    pub fn set_date(&mut self, date: String) {
        let (old, new) = (parse_iso_date(&self.date), parse_iso_date(&date));
        if let (Some(old), Some(new)) = (old, new) {
            for outcome in &mut self.new_outcomes {
                if outcome.target_date == iso_date(outcome.term.default_target(old)) {
                    outcome.target_date = iso_date(outcome.term.default_target(new));
                }
            }
        }
        self.date = date;
    }

    /// Adds a blank outcome, its target counted from the review's date (or `today` while the
    /// date is not a real one).
    pub fn add_outcome(&mut self, today: NaiveDate) {
        let from = self.date().unwrap_or(today);
        self.new_outcomes.push(NewOutcomeDraft::new(from));
    }

    /// Checks every field against `person`'s record, returning all the problems at once.
    pub fn validate(
        &self,
        person: &Person,
        today: NaiveDate,
    ) -> Result<ValidReview, Vec<FormError>> {
        let mut errors = Vec::new();
        let mut fail = |field: ReviewField, message: String| {
            errors.push(FormError::new(field.html_id(), message))
        };

        let first = person.first_contact().map(|c| c.date);
        let date = match (self.date(), first) {
            (_, None) => {
                fail(
                    ReviewField::Date,
                    "Record the first conversation before a review.".into(),
                );
                None
            }
            (None, _) if self.date.trim().is_empty() => {
                fail(ReviewField::Date, "Enter the date of the review.".into());
                None
            }
            (None, _) => {
                fail(
                    ReviewField::Date,
                    "Enter the date of the review as a real date, for example 10/09/2026.".into(),
                );
                None
            }
            (Some(date), _) if date > today => {
                fail(
                    ReviewField::Date,
                    "The date of the review cannot be in the future.".into(),
                );
                None
            }
            (Some(date), Some(first)) if date < first => {
                fail(
                    ReviewField::Date,
                    format!(
                        "The review cannot be before the first conversation ({}).",
                        format_uk_date(first)
                    ),
                );
                None
            }
            (Some(date), _) => Some(date),
        };
        if too_long(&self.took_part, MAX_NOTE) {
            fail(ReviewField::TookPart, too_long_message(MAX_NOTE));
        }

        for (i, draft) in self.outcomes.iter().enumerate() {
            for (field, text) in [
                (ReviewField::PersonComment(i), &draft.person_view.comment),
                (ReviewField::WorkerComment(i), &draft.worker_view.comment),
                (ReviewField::Helped(i), &draft.helped),
                (ReviewField::GotInTheWay(i), &draft.got_in_the_way),
                (ReviewField::WeContributed(i), &draft.we_contributed),
                (ReviewField::DidNotWork(i), &draft.did_not_work),
            ] {
                if too_long(text, MAX_NOTE) {
                    fail(field, too_long_message(MAX_NOTE));
                }
            }
            if too_long(draft.reworded.trim(), MAX_OUTCOME_WORDS) {
                fail(
                    ReviewField::Reworded(i),
                    format!("Keep the new words to {MAX_OUTCOME_WORDS} characters or fewer."),
                );
            }
        }

        for (i, draft) in self.new_outcomes.iter().enumerate() {
            let n = i + 1;
            let words = draft.words.trim();
            if words.is_empty() {
                fail(
                    ReviewField::NewWords(i),
                    format!("Write new outcome {n} in the person's own words, or remove it."),
                );
            } else if too_long(words, MAX_OUTCOME_WORDS) {
                fail(
                    ReviewField::NewWords(i),
                    format!("Keep new outcome {n} to {MAX_OUTCOME_WORDS} characters or fewer."),
                );
            }
            if draft.domain.trim().is_empty() {
                fail(
                    ReviewField::NewDomain(i),
                    format!("Choose a domain for new outcome {n}."),
                );
            }
            match parse_iso_date(&draft.target_date) {
                None => fail(
                    ReviewField::NewTargetDate(i),
                    format!("Enter a target date for new outcome {n}."),
                ),
                Some(target) if date.is_some_and(|date| target <= date) => fail(
                    ReviewField::NewTargetDate(i),
                    format!("The target date of new outcome {n} must be after the review."),
                ),
                Some(_) => {}
            }
            if too_long(&draft.how_we_know, MAX_NOTE) {
                fail(ReviewField::NewHowWeKnow(i), too_long_message(MAX_NOTE));
            }
        }

        let mut unplanned = Vec::with_capacity(self.unplanned.len());
        for (i, draft) in self.unplanned.iter().enumerate() {
            match draft.validate_in(person, today, &Self::unplanned_prefix(i)) {
                Ok(valid) => unplanned.push(valid),
                // Several may be open at once: the summary says which one each problem is in.
                Err(found) => errors.extend(found.into_iter().map(|e| FormError {
                    message: format!("Unplanned outcome {}: {}", i + 1, e.message),
                    ..e
                })),
            }
        }

        let Some(date) = date.filter(|_| errors.is_empty()) else {
            return Err(errors);
        };
        let has_levels = |id: &str| person.outcome(id).is_some_and(Outcome::has_levels);
        let reviews = self
            .outcomes
            .iter()
            .map(|d| {
                let review = OutcomeReview {
                    outcome_id: d.outcome_id.clone(),
                    status: d.status,
                    person_view: trimmed_view(&d.person_view),
                    worker_view: trimmed_view(&d.worker_view),
                    helped: d.helped.trim_end().to_owned(),
                    got_in_the_way: d.got_in_the_way.trim_end().to_owned(),
                    we_contributed: d.we_contributed.trim_end().to_owned(),
                    did_not_work: d.did_not_work.trim_end().to_owned(),
                    level: d.level.filter(|_| has_levels(&d.outcome_id)),
                    reworded_from: None,
                };
                let reworded = Some(d.reworded.trim().to_owned()).filter(|w| !w.is_empty());
                (review, reworded)
            })
            .collect();
        let new_outcomes = self
            .new_outcomes
            .iter()
            .filter_map(|d| {
                Some(ValidNewOutcome {
                    words: d.words.trim().to_owned(),
                    domain: d.domain.trim().to_owned(),
                    term: d.term,
                    target_date: parse_iso_date(&d.target_date)?,
                    contributors: Contributors {
                        others: d.contributors.others.trim().to_owned(),
                        ..d.contributors.clone()
                    },
                    how_we_know: d.how_we_know.trim_end().to_owned(),
                })
            })
            .collect();
        Ok(ValidReview {
            date,
            took_part: self.took_part.trim().to_owned(),
            reviews,
            new_outcomes,
            unplanned,
        })
    }
}

fn too_long_message(max: usize) -> String {
    format!(
        "This is too long: keep it to {max} characters or fewer, and move older notes elsewhere."
    )
}

fn trimmed_view(view: &View) -> View {
    View {
        rating: view.rating,
        comment: view.comment.trim_end().to_owned(),
    }
}

impl Person {
    /// The outcome with this id.
    pub fn outcome(&self, id: &str) -> Option<&Outcome> {
        self.outcomes.iter().find(|o| o.id == id)
    }

    /// Records a review: a new conversation (the 3-month review if it is the first review,
    /// otherwise a review) holding what was said about each outcome; each outcome takes its
    /// new status and any new words (the old words stay in the review); added outcomes are
    /// agreed on the review's date; unplanned outcomes recorded in it join the others.
    /// Returns the new conversation's id.
    pub fn record_review(&mut self, valid: ValidReview) -> String {
        let kind = if self.conversations.iter().any(|c| c.kind.is_review()) {
            ConversationKind::Review
        } else {
            ConversationKind::ThreeMonthReview
        };
        let id = self.next_id("c");
        let mut outcome_reviews = Vec::with_capacity(valid.reviews.len());
        for (mut review, reworded) in valid.reviews {
            let Some(outcome) = self.outcomes.iter_mut().find(|o| o.id == review.outcome_id) else {
                // Deleted since the form was opened: nothing to record it against.
                continue;
            };
            outcome.status = review.status;
            if let Some(words) = reworded.filter(|w| *w != outcome.words) {
                review.reworded_from = Some(std::mem::replace(&mut outcome.words, words));
            }
            outcome_reviews.push(review);
        }
        self.conversations.push(Conversation {
            id: id.clone(),
            kind,
            date: valid.date,
            took_part: valid.took_part,
            presentation: String::new(),
            aspirations: Vec::new(),
            imagined: Imagined::default(),
            outcome_reviews,
        });
        for new in valid.new_outcomes {
            let outcome = Outcome {
                id: self.next_id("o"),
                words: new.words,
                domain: new.domain,
                term: new.term,
                target_date: new.target_date,
                contributors: new.contributors,
                steps: String::new(),
                how_we_know: new.how_we_know,
                levels: Vec::new(),
                checks: OutcomeChecks::default(),
                status: OutcomeStatus::Working,
                agreed_on: valid.date,
            };
            self.outcomes.push(outcome);
        }
        for unplanned in valid.unplanned {
            self.record_unplanned(unplanned);
        }
        id
    }
}

/// The outcomes a review looks at: those still being worked on, in the order agreed.
fn current_outcomes(person: &Person) -> impl Iterator<Item = &Outcome> {
    person
        .outcomes
        .iter()
        .filter(|o| o.status == OutcomeStatus::Working)
}

impl OutcomeReviewDraft {
    /// Whether nothing has been entered about the outcome yet.
    fn is_blank(&self) -> bool {
        *self
            == OutcomeReviewDraft {
                outcome_id: self.outcome_id.clone(),
                ..OutcomeReviewDraft::default()
            }
    }
}

#[cfg(test)]
mod tests;
