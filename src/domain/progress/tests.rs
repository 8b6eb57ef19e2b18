use super::*;
use crate::domain::test_support::referred_person as person;
use crate::domain::{
    Contributors, ConversationKind, Direction, Imagined, OutcomeChecks, OutcomeReview,
    OutcomeStatus, Term, View,
};

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn conversation(id: &str, kind: ConversationKind, date: NaiveDate) -> Conversation {
    Conversation {
        id: id.into(),
        kind,
        date,
        took_part: String::new(),
        presentation: String::new(),
        aspirations: Vec::new(),
        imagined: Imagined::default(),
        outcome_reviews: Vec::new(),
    }
}

fn outcome(id: &str, levels: bool, agreed_on: NaiveDate) -> Outcome {
    Outcome {
        id: id.into(),
        words: format!("Outcome {id}"),
        domain: "Independence".into(),
        term: Term::Short,
        target_date: day(2027, 6, 1),
        contributors: Contributors::default(),
        steps: String::new(),
        how_we_know: String::new(),
        levels: match levels {
            true => ["a", "b", "c", "d", "e"].map(String::from).to_vec(),
            false => Vec::new(),
        },
        checks: OutcomeChecks::default(),
        status: OutcomeStatus::Working,
        agreed_on,
    }
}

fn reviewed(id: &str, level: Option<i8>) -> OutcomeReview {
    OutcomeReview {
        outcome_id: id.into(),
        status: OutcomeStatus::Working,
        person_view: View::default(),
        worker_view: View::default(),
        helped: String::new(),
        got_in_the_way: String::new(),
        we_contributed: String::new(),
        did_not_work: String::new(),
        level: level.and_then(GoalLevel::new),
        reworded_from: None,
    }
}

/// A person with a first conversation on 8 June 2026, the given outcomes, and one review per
/// entry of `reviews`: its date and the levels recorded.
/// A review's date and the level recorded for each outcome id.
type Levels<'a> = (NaiveDate, &'a [(&'a str, Option<i8>)]);

fn with_reviews(outcomes: &[Outcome], reviews: &[Levels]) -> Person {
    let mut person = person();
    person.conversations.push(conversation(
        "c-1",
        ConversationKind::FirstContact,
        day(2026, 6, 8),
    ));
    person.outcomes = outcomes.to_vec();
    for (n, (date, levels)) in reviews.iter().enumerate() {
        let mut review = conversation(&format!("c-{}", n + 2), ConversationKind::Review, *date);
        review.outcome_reviews = levels.iter().map(|(id, x)| reviewed(id, *x)).collect();
        person.conversations.push(review);
    }
    person
}

fn check(person: &Person, expected: &[(NaiveDate, f64)]) {
    let got = goal_attainment_over_time(person);
    assert_eq!(got.len(), expected.len(), "got {got:?}, want {expected:?}");
    for ((got_date, got_t), (want_date, want_t)) in got.iter().zip(expected) {
        assert_eq!(got_date, want_date);
        assert!(
            (got_t - want_t).abs() < 0.005,
            "on {got_date}: got {got_t}, want {want_t}"
        );
    }
}

#[test]
fn goal_attainment_over_time_worked_values() {
    let first = day(2026, 6, 8);
    let (sep, mar) = (day(2026, 9, 10), day(2027, 3, 10));
    let one = [outcome("o-1", true, first)];
    let two = [outcome("o-1", true, first), outcome("o-2", true, first)];

    // One outcome: baseline −2 → 30; then 10 points a level.
    check(&with_reviews(&one, &[]), &[(first, 30.0)]);
    check(
        &with_reviews(&one, &[(sep, &[("o-1", Some(-1))])]),
        &[(first, 30.0), (sep, 40.0)],
    );
    // Two outcomes: denominator √(0.7·2 + 0.3·4) = √2.6.
    // Baseline 50 − 40/√2.6; then 0 and +1: 50 + 10/√2.6; then +2 alone: 70.
    check(
        &with_reviews(
            &two,
            &[
                (sep, &[("o-1", Some(0)), ("o-2", Some(1))]),
                (mar, &[("o-1", Some(2)), ("o-2", None)]),
            ],
        ),
        &[(first, 25.19), (sep, 56.20), (mar, 70.0)],
    );
    // Reviews are taken in date order, whatever order they were saved in.
    check(
        &with_reviews(
            &one,
            &[(mar, &[("o-1", Some(1))]), (sep, &[("o-1", Some(0))])],
        ),
        &[(first, 30.0), (sep, 50.0), (mar, 60.0)],
    );
}

#[test]
fn goal_attainment_ignores_what_has_no_levels() {
    let first = day(2026, 6, 8);
    let sep = day(2026, 9, 10);
    // No outcome with levels: nothing to show.
    check(
        &with_reviews(
            &[outcome("o-1", false, first)],
            &[(sep, &[("o-1", Some(1))])],
        ),
        &[],
    );
    // A review that recorded no level is left out; levels recorded against an outcome
    // without levels, or one that no longer exists, do not count.
    check(
        &with_reviews(
            &[outcome("o-1", true, first), outcome("o-2", false, first)],
            &[
                (sep, &[("o-1", None), ("o-2", Some(2))]),
                (day(2026, 10, 1), &[("o-1", Some(0)), ("o-9", Some(2))]),
            ],
        ),
        &[(first, 30.0), (day(2026, 10, 1), 50.0)],
    );
    // An outcome agreed after the first conversation is not in the baseline.
    check(
        &with_reviews(
            &[outcome("o-1", true, first), outcome("o-2", true, sep)],
            &[(day(2026, 12, 1), &[("o-1", Some(0)), ("o-2", Some(0))])],
        ),
        &[(first, 30.0), (day(2026, 12, 1), 50.0)],
    );
    // No first conversation, no baseline.
    let mut person = with_reviews(
        &[outcome("o-1", true, first)],
        &[(sep, &[("o-1", Some(0))])],
    );
    person.conversations.remove(0);
    check(&person, &[(sep, 50.0)]);
}

fn describe(item: &TimelineItem) -> String {
    let what = match item.event {
        TimelineEvent::Referred => "referred".to_owned(),
        TimelineEvent::Conversation(c) => c.id.clone(),
        TimelineEvent::Unplanned(u) => u.id.clone(),
        TimelineEvent::Closed => "closed".to_owned(),
    };
    format!("{} {what}", item.date)
}

fn check_timeline(person: &Person, expected: &[&str]) {
    let got: Vec<String> = timeline(person).iter().map(describe).collect();
    assert_eq!(got, expected);
}

fn unplanned(id: &str, date: NaiveDate) -> UnplannedOutcome {
    UnplannedOutcome {
        id: id.into(),
        date,
        direction: Direction::Positive,
        note: String::new(),
        changes_the_plan: false,
        domain: None,
    }
}

#[test]
fn timeline_is_in_date_order() {
    let mut person = person();
    check_timeline(&person, &["2026-06-01 referred"]);

    person.conversations = vec![
        conversation("c-1", ConversationKind::FirstContact, day(2026, 6, 8)),
        conversation("c-3", ConversationKind::Review, day(2027, 3, 10)),
        // Saved later, but held earlier: a review typed up after the fact.
        conversation("c-2", ConversationKind::ThreeMonthReview, day(2026, 9, 10)),
    ];
    person.unplanned_outcomes = vec![
        unplanned("u-2", day(2026, 9, 10)),
        unplanned("u-1", day(2026, 8, 1)),
    ];
    check_timeline(
        &person,
        &[
            "2026-06-01 referred",
            "2026-06-08 c-1",
            "2026-08-01 u-1",
            "2026-09-10 c-2",
            "2026-09-10 u-2",
            "2027-03-10 c-3",
        ],
    );

    // Same-day conversations keep the order they were saved in; the closing comes last.
    person.conversations.push(conversation(
        "c-4",
        ConversationKind::Closing,
        day(2027, 3, 10),
    ));
    person
        .unplanned_outcomes
        .push(unplanned("u-3", day(2026, 6, 1)));
    person.close(day(2027, 3, 10));
    check_timeline(
        &person,
        &[
            "2026-06-01 referred",
            "2026-06-01 u-3",
            "2026-06-08 c-1",
            "2026-08-01 u-1",
            "2026-09-10 c-2",
            "2026-09-10 u-2",
            "2027-03-10 c-3",
            "2027-03-10 c-4",
            "2027-03-10 closed",
        ],
    );
}

#[test]
fn what_matters_comes_from_the_latest_conversation_that_asked() {
    let mut person = person();
    assert!(person.latest_aspirations().is_empty());
    let mut first = conversation("c-1", ConversationKind::FirstContact, day(2026, 6, 8));
    first.aspirations = vec!["To see my friends".into()];
    let review = conversation("c-2", ConversationKind::Review, day(2026, 9, 10));
    person.conversations = vec![first.clone(), review];
    assert_eq!(person.latest_aspirations(), ["To see my friends"]);

    let mut later = conversation("c-3", ConversationKind::Review, day(2027, 3, 10));
    later.aspirations = vec!["To work again".into(), "To cook".into()];
    person.conversations.push(later.clone());
    assert_eq!(person.latest_aspirations(), ["To work again", "To cook"]);

    // By date, not by the order saved; on the same date, the one saved last.
    person.conversations = vec![later.clone(), first.clone()];
    assert_eq!(person.latest_aspirations(), ["To work again", "To cook"]);
    let mut same_day = first.clone();
    same_day.date = later.date;
    person.conversations = vec![later, same_day];
    assert_eq!(person.latest_aspirations(), ["To see my friends"]);
}

#[test]
fn the_small_sort_is_stable() {
    for (input, expected) in [
        (vec![], vec![]),
        (vec![(1, 'a')], vec![(1, 'a')]),
        (
            vec![(2, 'a'), (1, 'b'), (2, 'c'), (1, 'd'), (0, 'e')],
            vec![(0, 'e'), (1, 'b'), (1, 'd'), (2, 'a'), (2, 'c')],
        ),
        (
            vec![(3, 'a'), (2, 'b'), (1, 'c')],
            vec![(1, 'c'), (2, 'b'), (3, 'a')],
        ),
    ] {
        let mut items = input.clone();
        sort_by_key(&mut items, |(k, _)| *k);
        assert_eq!(items, expected, "sorting {input:?}");
    }
}

#[test]
fn the_latest_review_of_an_outcome_holds_its_views_now() {
    let outcomes = [
        outcome("o-1", true, day(2026, 6, 8)),
        outcome("o-2", true, day(2026, 6, 8)),
    ];
    // Saved out of date order: the later date wins, not the later save.
    let person = with_reviews(
        &outcomes,
        &[
            (day(2026, 12, 1), &[("o-1", Some(0))]),
            (day(2026, 9, 1), &[("o-1", Some(-1)), ("o-2", Some(1))]),
        ],
    );
    let level = |id: &str| {
        person
            .latest_review_of(id)
            .map(|(date, r)| (date, r.level.map(GoalLevel::value)))
    };
    assert_eq!(level("o-1"), Some((day(2026, 12, 1), Some(0))));
    assert_eq!(level("o-2"), Some((day(2026, 9, 1), Some(1))));
    assert_eq!(level("o-3"), None);
}

#[test]
fn every_review_of_an_outcome_comes_oldest_first() {
    let outcomes = [
        outcome("o-1", true, day(2026, 6, 8)),
        outcome("o-2", true, day(2026, 6, 8)),
    ];
    // Saved out of date order; two reviews on one day keep the order they were saved in.
    let person = with_reviews(
        &outcomes,
        &[
            (day(2026, 12, 1), &[("o-1", Some(0))]),
            (day(2026, 9, 1), &[("o-1", Some(-1)), ("o-2", Some(1))]),
            (day(2026, 12, 1), &[("o-1", Some(1))]),
        ],
    );
    let levels = |id: &str| -> Vec<(NaiveDate, Option<i8>)> {
        person
            .reviews_of(id)
            .into_iter()
            .map(|(date, r)| (date, r.level.map(GoalLevel::value)))
            .collect()
    };
    assert_eq!(
        levels("o-1"),
        [
            (day(2026, 9, 1), Some(-1)),
            (day(2026, 12, 1), Some(0)),
            (day(2026, 12, 1), Some(1)),
        ]
    );
    assert_eq!(levels("o-2"), [(day(2026, 9, 1), Some(1))]);
    assert_eq!(levels("o-3"), []);
}
