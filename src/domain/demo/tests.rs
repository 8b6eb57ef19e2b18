use chrono::{NaiveDate, TimeZone, Utc};

use super::*;
use crate::domain::cards::{Reading, Respondent};
use crate::domain::conversation::{ConversationKind, Direction};
use crate::domain::outcome::{OutcomeStatus, Term};
use crate::domain::people::IndexEntry;
use crate::domain::person::{PersonDraft, PersonId};
use crate::domain::schedule::ReviewState;
use crate::domain::service::{
    dashboard, AimDraft, Caseload, DashboardFilter, ServiceData, Verdict,
};
use crate::domain::store::MemoryStore;
use crate::domain::unplanned::UnplannedDraft;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn today() -> NaiveDate {
    day(2026, 11, 22)
}

/// Days the demo must work on: month ends, a leap day, years apart.
fn todays() -> [NaiveDate; 6] {
    [
        today(),
        day(2024, 2, 29),
        day(2025, 1, 1),
        day(2026, 3, 31),
        day(2027, 8, 31),
        day(2031, 12, 31),
    ]
}

fn demo() -> DemoService {
    demo_service(today()).unwrap()
}

fn readings(person: &Person) -> Vec<Reading> {
    person.readings.get().unwrap()
}

fn is_child(person: &Person) -> bool {
    readings(person)
        .iter()
        .any(|r| r.deck.as_str() == "built-in-young-people")
}

#[test]
fn ten_people_adults_and_children_with_two_to_four_outcomes_across_domains_and_terms() {
    let demo = demo();
    assert!((8..=12).contains(&demo.people.len()));
    let children = demo.people.iter().filter(|p| is_child(p)).count();
    assert_eq!(children, 4);
    assert_eq!(demo.people.len() - children, 6);
    let mut domains: Vec<&str> = Vec::new();
    let mut terms: Vec<Term> = Vec::new();
    for person in &demo.people {
        assert!(
            (2..=4).contains(&person.outcomes.len()),
            "{} has {} outcomes",
            person.name,
            person.outcomes.len()
        );
        for outcome in &person.outcomes {
            domains.push(&outcome.domain);
            terms.push(outcome.term);
        }
        let first = person.first_contact().expect("a first conversation");
        assert!(!first.aspirations.is_empty(), "{}", person.name);
        assert!(!first.imagined.changed.is_empty(), "{}", person.name);
    }
    domains.sort_unstable();
    domains.dedup();
    assert!(domains.len() >= 3, "{domains:?}");
    for term in Term::ALL {
        assert!(terms.contains(&term), "no {term:?} outcome");
    }
    let ids: Vec<&str> = demo.people.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(ids[0], "p-demo-01");
    let mut unique = ids.clone();
    unique.dedup();
    assert_eq!(unique, ids, "ids are unique");
}

#[test]
fn everyone_has_readings_by_the_person_and_the_worker_at_each_conversation() {
    for person in demo().people {
        let kinds: Vec<ConversationKind> = person.conversations.iter().map(|c| c.kind).collect();
        assert_eq!(
            kinds,
            [
                ConversationKind::FirstContact,
                ConversationKind::ThreeMonthReview,
                ConversationKind::Review
            ],
            "{}",
            person.name
        );
        let readings = readings(&person);
        assert_eq!(readings.len(), 6, "{}", person.name);
        for conversation in &person.conversations {
            for respondent in [Respondent::Person, Respondent::Worker] {
                let taken: Vec<&Reading> = readings
                    .iter()
                    .filter(|r| {
                        r.respondent == respondent
                            && r.conversation.as_deref() == Some(conversation.id.as_str())
                    })
                    .collect();
                assert_eq!(taken.len(), 1, "{} {respondent:?}", person.name);
                assert_eq!(taken[0].date, conversation.date);
                assert!(taken[0].complete);
            }
        }
        // Reviews hold both views of every outcome they reviewed.
        for review in person.conversations.iter().skip(1) {
            assert!(!review.outcome_reviews.is_empty(), "{}", person.name);
            for said in &review.outcome_reviews {
                assert!(said.person_view.rating.is_some() && said.worker_view.rating.is_some());
            }
        }
    }
}

#[test]
fn a_mix_of_statuses_goal_levels_and_unplanned_outcomes() {
    let demo = demo();
    let outcomes: Vec<_> = demo.people.iter().flat_map(|p| &p.outcomes).collect();
    for status in OutcomeStatus::ALL {
        assert!(
            outcomes.iter().any(|o| o.status == status),
            "no outcome is {status:?}"
        );
    }
    let levelled = outcomes.iter().filter(|o| o.has_levels()).count();
    assert!(levelled >= 3 && levelled < outcomes.len());
    let levels_reached = demo
        .people
        .iter()
        .flat_map(|p| &p.conversations)
        .flat_map(|c| &c.outcome_reviews)
        .filter(|r| r.level.is_some())
        .count();
    assert!(levels_reached >= levelled, "levels at reviews");

    let unplanned: Vec<_> = demo
        .people
        .iter()
        .flat_map(|p| &p.unplanned_outcomes)
        .collect();
    assert!(unplanned.iter().any(|u| u.direction == Direction::Positive));
    assert!(
        unplanned.iter().all(|u| u.domain.is_some()),
        "each names a domain"
    );
    // The negative change that changed the plan: an outcome changed, and a new one agreed
    // at the review after it.
    let changed_plan = demo
        .people
        .iter()
        .find(|p| {
            p.unplanned_outcomes
                .iter()
                .any(|u| u.direction == Direction::Negative && u.changes_the_plan)
        })
        .expect("a negative unplanned outcome that changes the plan");
    let change = &changed_plan.unplanned_outcomes[0];
    assert!(changed_plan
        .outcomes
        .iter()
        .any(|o| o.status == OutcomeStatus::Changed));
    assert!(changed_plan
        .outcomes
        .iter()
        .any(|o| o.agreed_on > change.date));
}

#[test]
fn some_reviews_are_due_or_overdue_today_and_one_case_is_closed() {
    for today in todays() {
        let demo = demo_service(today).unwrap();
        let schedule = demo.settings.schedule();
        let states: Vec<Option<ReviewState>> = demo
            .people
            .iter()
            .map(|p| IndexEntry::from(p).review_state(&schedule, today))
            .collect();
        let count = |f: fn(&ReviewState) -> bool| states.iter().flatten().filter(|s| f(s)).count();
        assert!(
            count(|s| matches!(s, ReviewState::Due { .. })) >= 1,
            "{today}: {states:?}"
        );
        assert!(
            count(|s| matches!(s, ReviewState::Overdue { .. })) >= 1,
            "{today}"
        );
        assert!(
            count(|s| matches!(s, ReviewState::Scheduled { .. })) >= 3,
            "{today}"
        );
        assert_eq!(
            states.iter().filter(|s| s.is_none()).count(),
            1,
            "one closed case"
        );
        for person in &demo.people {
            for date in person
                .conversations
                .iter()
                .map(|c| c.date)
                .chain(person.unplanned_outcomes.iter().map(|u| u.date))
                .chain(person.closed_on)
            {
                assert!(
                    date <= today && date >= person.referral_date,
                    "{}",
                    person.name
                );
            }
        }
    }
}

fn verdicts(demo: &DemoService, today: NaiveDate) -> Vec<Vec<(Verdict, usize)>> {
    let decks = crate::domain::cards::built_in_decks();
    let caseload = Caseload::new(&demo.people);
    let data = ServiceData {
        caseload: &caseload,
        decks: &decks,
        settings: &demo.settings,
    };
    let figures = dashboard(&data, &demo.aims.aims, &DashboardFilter::default(), today);
    figures
        .aims
        .iter()
        .map(|aim| {
            aim.targets
                .iter()
                .map(|t| (t.verdict(), t.based_on()))
                .collect()
        })
        .collect()
}

#[test]
fn the_dashboard_shows_targets_met_and_not_yet_met() {
    use Verdict::{Met, NotYet};
    let demo = demo();
    let aims = &demo.aims.aims;
    assert_eq!(
        aims[0].words,
        "Support children to improve their educational attainment"
    );
    let found = verdicts(&demo, today());
    // The seed's example, counted on the four children only (the children's deck): 3 of 4
    // go to school more (60% met), 1 of 4 feels better about themselves (40% not yet).
    assert_eq!(found[0], [(Met, 4), (NotYet, 4)]);
    // Adults: independence 4 of 6 (60% met), and loneliness; then the seed's second
    // example, short-term outcomes achieved or partly achieved.
    assert_eq!(found[1][0], (Met, 6));
    assert_eq!(found[1].len(), 2);
    assert_eq!(found[2].len(), 1);
    let all: Vec<Verdict> = found.iter().flatten().map(|(v, _)| *v).collect();
    assert!(all.contains(&Met) && all.contains(&NotYet), "{all:?}");
    assert!(!all.contains(&Verdict::NoData), "{all:?}");
    for today in todays() {
        assert_eq!(
            verdicts(&demo_service(today).unwrap(), today),
            found,
            "{today}"
        );
    }
}

#[test]
fn the_same_today_gives_the_same_demo_and_dates_follow_today() {
    for today in todays() {
        let one = demo_service(today).unwrap();
        assert_eq!(one, demo_service(today).unwrap(), "{today}");
        let later = today + chrono::Days::new(30);
        let moved = demo_service(later).unwrap();
        for (a, b) in one.people.iter().zip(&moved.people) {
            assert_eq!(a.name, b.name);
            let shift = (b.referral_date - a.referral_date).num_days();
            assert!((27..=33).contains(&shift), "{} moved {shift} days", a.name);
            let last = |p: &Person| p.conversations.last().map(|c| c.date);
            assert_eq!(last(a).map(|d| d + chrono::Days::new(30)), last(b));
        }
    }
}

#[test]
fn every_record_passes_the_checks_of_user_input() {
    for today in todays() {
        let demo = demo_service(today).unwrap();
        for person in &demo.people {
            assert!(PersonDraft::from_person(person).validate(today).is_ok());
            for change in &person.unplanned_outcomes {
                let draft = UnplannedDraft {
                    direction: Some(change.direction),
                    note: change.note.clone(),
                    changes_the_plan: change.changes_the_plan,
                    domain: change.domain.clone().unwrap_or_default(),
                    ..UnplannedDraft::new(change.date)
                };
                assert!(draft.validate(person, today).is_ok(), "{}", person.name);
            }
            let decks = crate::domain::cards::built_in_decks();
            for reading in readings(person) {
                let deck = decks.iter().find(|d| d.id() == &reading.deck).unwrap();
                assert_eq!(
                    reading.progress(deck),
                    (deck.cards().len(), deck.cards().len())
                );
            }
        }
        let decks = crate::domain::cards::built_in_decks();
        for aim in &demo.aims.aims {
            assert!(AimDraft::from_aim(aim).validate(&aim.id, &decks).is_ok());
        }
        assert_eq!(demo.settings.name, DEMO_SERVICE_NAME);
        assert_eq!(
            demo.logic_models.pieces_of_work[0].work.name,
            "Life story work"
        );
        assert!(!demo.logic_models.service.outcomes.is_empty());
    }
}

fn at(seconds: i64) -> chrono::DateTime<Utc> {
    Utc.timestamp_opt(1_795_000_000 + seconds, 0).unwrap()
}

#[test]
fn installing_writes_only_demo_keys_and_replaces_the_old_demo() {
    let store = MemoryStore::default();
    let real = Repository::new(&store);
    let mut details = PersonDraft::new(today());
    details.name = "Real person".into();
    let someone = Person::create(PersonId::generate(1, 1), details.validate(today()).unwrap());
    real.save_person(&someone, at(0)).unwrap();
    let before = store.snapshot();

    let demo = demo();
    let keys = demo_keys();
    assert_eq!(install_demo(&store, &keys, &demo, at(1)), Ok(13));
    let after = store.snapshot();
    for (key, value) in &before {
        assert_eq!(after.get(key), Some(value), "{key} unchanged");
    }
    let added: Vec<&String> = after.keys().filter(|k| !before.contains_key(*k)).collect();
    assert!(added
        .iter()
        .all(|k| keys.owns(k) && !Keys::default().owns(k)));
    assert_eq!(
        added.len(),
        10 + 5,
        "people, index, settings, aims, logic models, device"
    );

    // A changed demo is reset by installing again: the change is gone.
    let repository = Repository::with_keys(&store, keys.clone());
    repository.delete_person(&demo.people[0].id, at(2)).unwrap();
    assert_eq!(repository.load_index().people.len(), 9);
    install_demo(&store, &keys, &demo, at(3)).unwrap();
    let loaded = repository.load_index();
    assert_eq!(loaded.people.len(), 10);
    assert!(loaded.problems.is_empty());
    let first = repository.load_person(&demo.people[0].id).unwrap();
    assert_eq!(first.outcomes, demo.people[0].outcomes);
    assert_eq!(
        repository
            .load_service_record::<ServiceAims>()
            .unwrap()
            .aims,
        demo.aims.aims
    );
    assert_eq!(Repository::new(&store).load_index().people.len(), 1);
    for (key, value) in &before {
        assert_eq!(store.snapshot().get(key), Some(value), "{key} unchanged");
    }
}

#[test]
fn never_installs_over_the_real_records() {
    let store = MemoryStore::default();
    assert_eq!(
        install_demo(&store, &Keys::default(), &demo(), at(0)),
        Err(DemoError::RealKeys)
    );
    assert!(store.snapshot().is_empty());
    assert!(install_demo(&store, &Keys::with_prefix("outcome-focus/"), &demo(), at(0)).is_err());
}
