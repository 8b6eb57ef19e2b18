//! One fictional person's record, built step by step as a worker would enter it: the person
//! form, the first conversation, readings by the person and the worker, the 3-month review,
//! unplanned outcomes, the later review (with readings at each), and closing the case.

use chrono::{Days, Months, NaiveDate};

use super::cast::{Member, Planned};
use super::prng::Prng;
use super::DemoError;
use crate::domain::cards::{Answer, Card, Deck, DeckId, Reading, ReadingSetup, Respondent};
use crate::domain::conversation::{Imagined, ProgressView, View};
use crate::domain::conversation_draft::{ConversationDraft, OutcomeDraft};
use crate::domain::dates::iso_date;
use crate::domain::goal_attainment::GoalLevel;
use crate::domain::outcome::{OutcomeChecks, OutcomeStatus};
use crate::domain::person::{Person, PersonDraft, PersonId};
use crate::domain::review::ReviewDraft;
use crate::domain::unplanned::UnplannedDraft;

/// Days from referral to the first conversation.
const REFERRAL_TO_FIRST: u64 = 10;
/// Days from the 3-month review to the first unplanned outcome, then between them.
const CHANGE_SPACING: u64 = 20;

/// The `n`th member of the cast (from 0) as a stored person, on `today`.
pub fn person(
    n: usize,
    member: &Member,
    decks: &[Deck],
    today: NaiveDate,
    prng: &mut Prng,
) -> Result<Person, DemoError> {
    let who = member.name;
    let first = today
        .checked_sub_months(Months::new(member.started_months_ago))
        .ok_or_else(|| DemoError::invalid(who, "today is too early for the demo"))?;
    let referral = first - Days::new(REFERRAL_TO_FIRST);
    let three = first + Months::new(3);
    let later = today - Days::new(member.later_review_days_ago);

    let details = PersonDraft {
        name: member.name.to_owned(),
        referral_date: iso_date(referral),
        key_worker: member.key_worker.to_owned(),
        carer: member.carer.to_owned(),
        presentation: member.presentation.to_owned(),
    };
    let valid = details
        .validate(today)
        .map_err(|e| DemoError::invalid(who, first_message(e.iter().map(|e| &e.message))))?;
    let id = PersonId::parse(&format!("p-demo-{:02}", n + 1))
        .ok_or_else(|| DemoError::invalid(who, "not a person id"))?;
    let person = Person::create(id, valid);

    let mut talk = ConversationDraft::new(&person, first);
    talk.took_part = member.took_part.to_owned();
    talk.aspirations = member.aspirations.iter().map(|a| (*a).to_owned()).collect();
    let [changed, behaviour, our_difference] = member.imagined.map(str::to_owned);
    talk.imagined = Imagined {
        changed,
        behaviour,
        our_difference,
    };
    talk.outcomes = member
        .outcomes
        .iter()
        .map(|p| outcome_draft(p, first))
        .collect();
    let mut person = talk
        .finish(&person, today)
        .map_err(|e| DemoError::invalid(who, first_message(e.iter().map(|e| &e.message))))?;

    let deck = deck_of(member, decks)?;
    let mut scores = Scores::new(member, deck, prng);
    let baseline = person.conversations[0].id.clone();
    take_readings(&mut person, deck, &scores, first, &baseline, today, prng)?;
    scores.advance();

    let conversation = review(&mut person, member, 0, three, today, prng)?;
    take_readings(
        &mut person,
        deck,
        &scores,
        three,
        &conversation,
        today,
        prng,
    )?;
    scores.advance();

    for (i, change) in (0u64..).zip(member.changes) {
        let draft = UnplannedDraft {
            direction: Some(change.direction),
            note: change.note.to_owned(),
            changes_the_plan: change.changes_the_plan,
            domain: change.domain.to_owned(),
            ..UnplannedDraft::new(three + Days::new(CHANGE_SPACING * (i + 1)))
        };
        let valid = draft
            .validate(&person, today)
            .map_err(|e| DemoError::invalid(who, first_message(e.iter().map(|e| &e.message))))?;
        person.record_unplanned(valid);
    }

    let conversation = review(&mut person, member, 1, later, today, prng)?;
    take_readings(
        &mut person,
        deck,
        &scores,
        later,
        &conversation,
        today,
        prng,
    )?;
    if let Some(days) = member.closed_days_ago {
        person.close(today - Days::new(days));
    }
    Ok(person)
}

fn first_message<'a>(mut messages: impl Iterator<Item = &'a String>) -> String {
    messages.next().cloned().unwrap_or_default()
}

fn outcome_draft(planned: &Planned, from: NaiveDate) -> OutcomeDraft {
    let mut draft = OutcomeDraft::new(from);
    draft.set_term(planned.term, from);
    draft.words = planned.words.to_owned();
    draft.domain = planned.domain.to_owned();
    draft.steps = "Agreed together at the first conversation; see the notes of each visit.".into();
    draft.how_we_know = "We will see it happening, and say so at each review.".into();
    if let Some(levels) = planned.levels {
        draft.levels = levels.iter().map(|l| (*l).to_owned()).collect();
    }
    draft.checks = OutcomeChecks {
        person_centred: true,
        realistic: true,
        wellbeing_focused: true,
        collaborative: true,
        measurable: true,
    };
    draft
}

/// Records review `stage` (0: the 3-month review, 1: the later one) on `date`; returns its
/// conversation id.
fn review(
    person: &mut Person,
    member: &Member,
    stage: usize,
    date: NaiveDate,
    today: NaiveDate,
    prng: &mut Prng,
) -> Result<String, DemoError> {
    let mut draft = ReviewDraft::new(person, date);
    draft.took_part = member.took_part.to_owned();
    for entry in &mut draft.outcomes {
        let position = person
            .outcomes
            .iter()
            .position(|o| o.id == entry.outcome_id);
        let planned = position.and_then(|p| member.outcomes.get(p).or(member.added.as_ref()));
        let Some(planned) = planned else {
            continue;
        };
        let status = planned.statuses[stage];
        let (person_view, worker_view) = views(status, prng);
        entry.status = status;
        entry.person_view = View {
            rating: Some(person_view),
            comment: pick(prng, person_comments(status)),
        };
        entry.worker_view = View {
            rating: Some(worker_view),
            comment: pick(prng, worker_comments(status)),
        };
        entry.helped = pick(prng, &HELPED);
        entry.got_in_the_way = pick(prng, &GOT_IN_THE_WAY);
        entry.we_contributed = pick(prng, &WE_CONTRIBUTED);
        if matches!(status, OutcomeStatus::NotAchieved | OutcomeStatus::Changed) {
            entry.did_not_work = pick(prng, &DID_NOT_WORK);
        }
        entry.level = GoalLevel::new(level(status, stage, prng));
    }
    if let (1, Some(added)) = (stage, member.added.as_ref()) {
        draft.add_outcome(today);
        if let Some(new) = draft.new_outcomes.last_mut() {
            new.set_term(added.term, date);
            new.words = added.words.to_owned();
            new.domain = added.domain.to_owned();
            new.how_we_know = "They will tell us, and it will show at home.".into();
        }
    }
    let valid = draft.validate(person, today).map_err(|e| {
        DemoError::invalid(member.name, first_message(e.iter().map(|e| &e.message)))
    })?;
    Ok(person.record_review(valid))
}

/// The person's and the worker's view of progress on an outcome with this status.
fn views(status: OutcomeStatus, prng: &mut Prng) -> (ProgressView, ProgressView) {
    let point = match status {
        OutcomeStatus::Achieved => 3 + prng.below(2),
        OutcomeStatus::PartlyAchieved | OutcomeStatus::Working => 3,
        OutcomeStatus::NotAchieved => 2,
        OutcomeStatus::Changed => 1,
    };
    let worker = point
        .saturating_add_signed(isize::from(prng.wobble()))
        .min(4);
    let at = |p: usize| ProgressView::ALL[p.min(4)];
    (at(point), at(worker))
}

/// The goal-attainment level an outcome with this status reached at review `stage`.
fn level(status: OutcomeStatus, stage: usize, prng: &mut Prng) -> i8 {
    match status {
        OutcomeStatus::Achieved if prng.below(3) == 0 => 1,
        OutcomeStatus::Achieved => 0,
        OutcomeStatus::PartlyAchieved | OutcomeStatus::Working if stage == 0 => -1,
        OutcomeStatus::PartlyAchieved | OutcomeStatus::Working => -1 + (prng.below(2) as i8),
        OutcomeStatus::NotAchieved | OutcomeStatus::Changed => -2,
    }
}

fn pick(prng: &mut Prng, texts: &[&str]) -> String {
    prng.pick(texts)
        .map(|t| (*t).to_owned())
        .unwrap_or_default()
}

fn person_comments(status: OutcomeStatus) -> &'static [&'static str] {
    match status {
        OutcomeStatus::Achieved => &[
            "I did it, and I'm proud of myself.",
            "It's just normal for me now.",
            "Better than I thought it would be.",
        ],
        OutcomeStatus::PartlyAchieved | OutcomeStatus::Working => &[
            "Some days are good, some are hard.",
            "Getting there, slowly.",
            "I want to keep going with this.",
        ],
        OutcomeStatus::NotAchieved | OutcomeStatus::Changed => &[
            "It hasn't happened and I'm fed up.",
            "Too much else going on.",
        ],
    }
}

fn worker_comments(status: OutcomeStatus) -> &'static [&'static str] {
    match status {
        OutcomeStatus::Achieved => &[
            "Clear change, confirmed by the people around them.",
            "Sustained for several weeks now.",
        ],
        OutcomeStatus::PartlyAchieved | OutcomeStatus::Working => &[
            "Real progress, not yet every week.",
            "Moving in the right direction; keep the plan.",
        ],
        OutcomeStatus::NotAchieved | OutcomeStatus::Changed => &[
            "Circumstances changed; we need a different plan.",
            "Little change so far; we talked about why.",
        ],
    }
}

const HELPED: [&str; 4] = [
    "Regular visits at the same time each week.",
    "Family stepping in at the right moment.",
    "Small steps, practised together first.",
    "Being asked what they wanted, not told.",
];
const GOT_IN_THE_WAY: [&str; 3] = [
    "A bad patch with their health.",
    "Changes of worker over the summer.",
    "Money worries.",
];
const WE_CONTRIBUTED: [&str; 3] = [
    "Planning each step together.",
    "Introductions to the right people.",
    "Encouragement when it got hard.",
];
const DID_NOT_WORK: [&str; 2] = [
    "Expecting too much too soon.",
    "Relying on one person to make it happen.",
];

fn deck_of<'d>(member: &Member, decks: &'d [Deck]) -> Result<&'d Deck, DemoError> {
    let id = DeckId::built_in(if member.child {
        "young-people"
    } else {
        "adult"
    });
    decks
        .iter()
        .find(|d| d.id() == &id)
        .ok_or_else(|| DemoError::invalid(member.name, "the built-in deck is missing"))
}

/// The person's scores on each card at the current stage (0 … top of the scale, higher is
/// better), moving towards the cast's progress.
struct Scores<'m> {
    member: &'m Member,
    stage: usize,
    base: Vec<(String, u8)>,
    top: u8,
}

impl<'m> Scores<'m> {
    fn new(member: &'m Member, deck: &Deck, prng: &mut Prng) -> Self {
        let top = u8::try_from(deck.scale().len().saturating_sub(1)).unwrap_or(4);
        let base = deck
            .active_cards()
            .map(|c| (c.id.as_str().to_owned(), 1 + prng.below(2) as u8))
            .collect();
        Scores {
            member,
            stage: 0,
            base,
            top,
        }
    }

    fn advance(&mut self) {
        self.stage += 1;
    }

    /// The person's own score on `card` now.
    fn person(&self, card: &Card, prng: &mut Prng) -> u8 {
        let key = match (self.member.child, card.id.as_str(), card.domain.as_str()) {
            (true, "go-to-school", _) | (false, _, "Independence") => Some(self.member.first_card),
            (true, "like-who-i-am", _) | (false, "feel-lonely", _) => Some(self.member.second_card),
            _ => None,
        };
        if let Some(key) = key {
            return key[self.stage.min(2)].min(self.top);
        }
        let base = self
            .base
            .iter()
            .find(|(id, _)| id == card.id.as_str())
            .map_or(1, |(_, b)| *b);
        let moved = self.member.progress as usize * self.stage / 2;
        let score = (base as usize + moved).min(self.top as usize) as u8;
        score.saturating_add_signed(prng.wobble()).min(self.top)
    }
}

/// A finished reading by the person and one by the worker on `date`, set up as the form
/// would be and answered card by card.
fn take_readings(
    person: &mut Person,
    deck: &Deck,
    scores: &Scores,
    date: NaiveDate,
    conversation: &str,
    today: NaiveDate,
    prng: &mut Prng,
) -> Result<(), DemoError> {
    let who = person.name.clone();
    let invalid = |e: &dyn std::fmt::Display| DemoError::invalid(&who, e);
    let own: Vec<u8> = deck
        .active_cards()
        .map(|card| scores.person(card, prng))
        .collect();
    for respondent in [Respondent::Person, Respondent::Worker] {
        let setup = ReadingSetup {
            deck: Some(deck.id().clone()),
            respondent: Some(respondent),
            date: iso_date(date),
            conversation: Some(conversation.to_owned()),
        };
        let ids: Vec<&str> = person.conversations.iter().map(|c| c.id.as_str()).collect();
        let valid = setup
            .validate(std::slice::from_ref(deck), &ids, today)
            .map_err(|e| invalid(&first_message(e.iter().map(|e| &e.message))))?;
        let readings = person.readings.get().map_err(|e| invalid(&e))?;
        let mut reading = Reading::start(
            Person::next_reading_id(&readings),
            deck,
            valid.respondent,
            valid.date,
            valid.conversation,
        );
        for (card, score) in deck.active_cards().zip(&own) {
            let score = match respondent {
                // The worker mostly agrees, but not always: the two views are worth comparing.
                Respondent::Worker => score.saturating_add_signed(prng.wobble()).min(scores.top),
                _ => *score,
            };
            let point = if card.reverse_scored {
                scores.top - score
            } else {
                score
            };
            reading
                .set_answer(deck, &card.id, Answer::Rated(point), "")
                .map_err(|e| invalid(&e))?;
        }
        reading.finish(deck);
        person.upsert_reading(reading).map_err(|e| invalid(&e))?;
    }
    Ok(())
}
