use super::*;
use crate::domain::cards::{Answer, CardId, DeckId, Respondent};
use crate::domain::conversation::{ConversationKind, Direction, UnplannedOutcome};
use crate::domain::service::aims::{ReadingsTarget, StatusTarget, TargetFocus};
use crate::domain::service::test_support::{
    conversation, day, deck, outcome, person, reading, s, unplanned,
};

use Respondent::{Carer, Person as Self_, Worker};

const TODAY: (u32, u32) = (11, 22);

fn today() -> NaiveDate {
    day(TODAY.0, TODAY.1)
}

fn readings_target(focus: TargetFocus, respondent: Respondent, points: u32) -> ReadingsTarget {
    ReadingsTarget {
        deck: DeckId::parse("d-1").unwrap(),
        focus,
        respondent,
        min_improvement: points,
        target_percent: 60,
    }
}

fn card(id: &str) -> TargetFocus {
    TargetFocus::Card(CardId::parse(id).unwrap())
}

fn run(people: &[Person], aims: &[Aim], filter: &DashboardFilter) -> Dashboard {
    let caseload = Caseload::new(people);
    let data = ServiceData {
        caseload: &caseload,
        decks: &[deck()],
        settings: &ServiceSettings::default(),
    };
    dashboard(&data, aims, filter, today())
}

fn measure(people: &[Person], target: ReadingsTarget, filter: &DashboardFilter) -> ReadingsResult {
    let aim = Aim {
        id: "a-1".into(),
        words: "An aim".into(),
        targets: vec![Target::Readings(target)],
    };
    let figures = run(people, &[aim], filter);
    match &figures.aims[0].targets[0] {
        TargetResult::Readings(r) => r.clone(),
        other => panic!("expected a readings result, got {other:?}"),
    }
}

/// What one person's readings come to for `target`: `Some(change in points)` when counted,
/// `None` when not; and separately whether they had one reading or could not be compared.
#[derive(Debug, PartialEq)]
enum Counted {
    Change(f64),
    OneReading,
    NotComparable,
    NotAtAll,
}

fn check(target: ReadingsTarget, readings: &[Reading], expected: Counted) {
    let result = measure(
        &[person(1, "Sam", readings)],
        target.clone(),
        &DashboardFilter::default(),
    );
    let got = match (
        result.improved.whole,
        result.one_reading,
        result.not_comparable,
    ) {
        (1, 0, 0) => Counted::Change(result.median_change.unwrap()),
        (0, 1, 0) => Counted::OneReading,
        (0, 0, 1) => Counted::NotComparable,
        (0, 0, 0) => Counted::NotAtAll,
        other => panic!("counted in two ways: {other:?}"),
    };
    assert_eq!(got, expected, "{target:?} over {readings:?}");
}

#[test]
fn each_person_counts_earliest_against_latest_on_the_focus() {
    let r = |who, date, answers: &[(&str, Answer)]| reading(who, date, answers);
    let a = |n| ("a", s(n));
    // A card: latest minus earliest, whatever happened between.
    let three = [
        r(Self_, day(1, 10), &[a(2)]),
        r(Self_, day(4, 10), &[a(5)]),
        r(Self_, day(7, 10), &[a(3)]),
    ];
    check(
        readings_target(card("a"), Self_, 1),
        &three,
        Counted::Change(1.0),
    );
    // Given out of date order: still the earliest and the latest by date.
    let mut shuffled = three.clone();
    shuffled.reverse();
    check(
        readings_target(card("a"), Self_, 1),
        &shuffled,
        Counted::Change(1.0),
    );
    // One reading is not counted yet.
    check(
        readings_target(card("a"), Self_, 1),
        &three[..1],
        Counted::OneReading,
    );
    // An unfinished reading never counts.
    let mut unfinished = three[..2].to_vec();
    unfinished[1].complete = false;
    check(
        readings_target(card("a"), Self_, 1),
        &unfinished,
        Counted::OneReading,
    );
    // Skipped or "prefer not to say" in either reading: not comparable, never a zero.
    for latest in [s(0), Answer::PreferNotToSay] {
        let skipped = [
            r(Self_, day(1, 10), &[a(2)]),
            r(Self_, day(4, 10), &[("a", latest)]),
        ];
        check(
            readings_target(card("a"), Self_, 1),
            &skipped,
            Counted::NotComparable,
        );
    }
    let unanswered = [
        r(Self_, day(1, 10), &[a(2)]),
        r(Self_, day(4, 10), &[("b", s(4))]),
    ];
    check(
        readings_target(card("a"), Self_, 1),
        &unanswered,
        Counted::NotComparable,
    );
}

#[test]
fn reverse_scored_cards_count_less_often_as_better() {
    // "c-rev" answered at the top of the scale ("Completely true") scores 1, at the bottom 5.
    let rev = |point| ("c-rev", Answer::Rated(point));
    let better = [
        reading(Self_, day(1, 10), &[rev(4)]),
        reading(Self_, day(4, 10), &[rev(1)]),
    ];
    check(
        readings_target(card("c-rev"), Self_, 1),
        &better,
        Counted::Change(3.0),
    );
    let worse = [
        reading(Self_, day(1, 10), &[rev(0)]),
        reading(Self_, day(4, 10), &[rev(2)]),
    ];
    check(
        readings_target(card("c-rev"), Self_, 1),
        &worse,
        Counted::Change(-2.0),
    );
}

#[test]
fn respondents_are_kept_apart() {
    let readings = [
        reading(Self_, day(1, 10), &[("a", s(2))]),
        reading(Worker, day(2, 10), &[("a", s(5))]),
        reading(Worker, day(5, 10), &[("a", s(4))]),
        reading(Self_, day(6, 10), &[("a", s(3))]),
        reading(Carer, day(6, 11), &[("a", s(1))]),
    ];
    check(
        readings_target(card("a"), Self_, 1),
        &readings,
        Counted::Change(1.0),
    );
    check(
        readings_target(card("a"), Worker, 1),
        &readings,
        Counted::Change(-1.0),
    );
    check(
        readings_target(card("a"), Carer, 1),
        &readings,
        Counted::OneReading,
    );
    // Another deck's readings are not this deck's.
    let mut other = readings.to_vec();
    for r in &mut other {
        r.deck = DeckId::parse("d-2").unwrap();
    }
    check(
        readings_target(card("a"), Self_, 1),
        &other,
        Counted::NotAtAll,
    );
}

#[test]
fn domains_and_totals_use_the_cards_scored_both_times() {
    let first = reading(
        Self_,
        day(1, 10),
        &[("a", s(1)), ("b", s(2)), ("c-rev", s(0)), ("d", s(1))],
    );
    let then = reading(
        Self_,
        day(4, 10),
        &[
            ("a", s(2)),
            ("b", s(5)),
            ("c-rev", Answer::Rated(0)),
            ("d", s(5)),
        ],
    );
    // Safety: c-rev skipped at first, so a and b only: median 1.5 → 3.5, up 2.
    check(
        readings_target(TargetFocus::Domain("Safety".into()), Self_, 1),
        &[first.clone(), then.clone()],
        Counted::Change(2.0),
    );
    // Total of a, b and d: 4 → 12.
    check(
        readings_target(TargetFocus::Total, Self_, 1),
        &[first.clone(), then.clone()],
        Counted::Change(8.0),
    );
    // A domain median may fall between points.
    let a_b = |x, y, date| reading(Self_, date, &[("a", s(x)), ("b", s(y))]);
    check(
        readings_target(TargetFocus::Domain("Safety".into()), Self_, 1),
        &[a_b(2, 2, day(1, 1)), a_b(2, 3, day(2, 1))],
        Counted::Change(0.5),
    );
    // Nothing of the domain scored both times.
    let only_d = [
        reading(Self_, day(1, 10), &[("d", s(2))]),
        reading(Self_, day(4, 10), &[("d", s(3))]),
    ];
    check(
        readings_target(TargetFocus::Domain("Safety".into()), Self_, 1),
        &only_d,
        Counted::NotComparable,
    );
}

#[test]
fn improvement_share_median_and_distribution_across_people() {
    let two = |n, before, after| {
        person(
            n,
            "Sam",
            &[
                reading(Self_, day(1, 10), &[("a", s(before))]),
                reading(Self_, day(4, 10), &[("a", s(after))]),
            ],
        )
    };
    let people = [
        two(1, 1, 3),
        two(2, 2, 3),
        two(3, 3, 3),
        two(4, 4, 2),
        two(5, 1, 5),
        person(6, "Sam", &[reading(Self_, day(1, 10), &[("a", s(4))])]),
        two(7, 2, 0),
    ];
    let result = measure(
        &people,
        readings_target(card("a"), Self_, 2),
        &DashboardFilter::default(),
    );
    // Changes +2, +1, 0, −2, +4: two of five improved by 2 points or more.
    assert_eq!(result.improved, Share { part: 2, whole: 5 });
    assert_eq!((result.one_reading, result.not_comparable), (1, 1));
    assert_eq!(result.median_change, Some(1.0));
    assert_eq!(result.based_on(), 5);
    assert_eq!(result.focus_label, "Statement a");
    // The latest readings of the six with two readings: 3, 3, 3, 2, 5 and one skipped.
    assert_eq!(result.distribution.len(), 1);
    assert_eq!(result.distribution[0].counts, [0, 1, 3, 0, 1]);
    assert_eq!(result.distribution[0].not_scored, 1);
    // The chart's columns: the deck's scale, worst first.
    assert_eq!(result.point_labels.len(), 5);
    assert_eq!(result.point_labels[0], "Not at all true");
    let with_one = measure(
        &people,
        readings_target(card("a"), Self_, 1),
        &DashboardFilter::default(),
    );
    assert_eq!(with_one.improved, Share { part: 3, whole: 5 });
    // An even number of people: the median is between the middle two.
    let result = measure(
        &people[..4],
        readings_target(card("a"), Self_, 1),
        &DashboardFilter::default(),
    );
    assert_eq!(result.median_change, Some(0.5));
    // A deck deleted since the aim was set: nothing counted, named by its id.
    let mut gone = readings_target(card("a"), Self_, 1);
    gone.deck = DeckId::parse("d-gone").unwrap();
    let result = measure(&people, gone, &DashboardFilter::default());
    assert_eq!(
        (result.deck_name.as_str(), result.based_on()),
        ("d-gone", 0)
    );
    assert!(result.point_labels.is_empty());
}

#[test]
fn shares_round_down_and_small_numbers_are_flagged() {
    for (part, whole, percent, target, verdict, small) in [
        (2, 3, Some(66), 66, Verdict::Met, true),
        (2, 3, Some(66), 67, Verdict::NotYet, true),
        (599, 1000, Some(59), 60, Verdict::NotYet, false),
        (3, 5, Some(60), 60, Verdict::Met, false),
        (4, 4, Some(100), 100, Verdict::Met, true),
        (0, 0, None, 60, Verdict::NoData, true),
        (0, 7, Some(0), 1, Verdict::NotYet, false),
    ] {
        let share = Share { part, whole };
        assert_eq!(share.percent(), percent, "{share:?}");
        assert_eq!(share.verdict(target), verdict, "{share:?} against {target}");
        assert_eq!(share.is_small(), small, "{share:?}");
    }
}

fn filter_people() -> Vec<Person> {
    let readings = |before, after| {
        [
            reading(Self_, day(1, 10), &[("a", s(before))]),
            reading(Self_, day(6, 10), &[("a", s(after))]),
        ]
    };
    let mut sam = person(1, "Sam", &readings(1, 3));
    sam.outcomes = vec![
        outcome("Safety", Term::Short, OutcomeStatus::Achieved, day(1, 10)),
        outcome("Safety", Term::Longer, OutcomeStatus::Working, day(1, 10)),
        outcome(
            "Independence",
            Term::Short,
            OutcomeStatus::NotAchieved,
            day(6, 1),
        ),
    ];
    sam.unplanned_outcomes = vec![
        unplanned(Direction::Positive, day(2, 1)),
        unplanned(Direction::Negative, day(8, 1)),
    ];
    sam.conversations = vec![conversation(ConversationKind::FirstContact, day(1, 10))];
    let mut kim = person(2, " sam ", &readings(4, 3));
    kim.outcomes = vec![outcome(
        "Education",
        Term::Short,
        OutcomeStatus::PartlyAchieved,
        day(3, 1),
    )];
    kim.conversations = vec![
        conversation(ConversationKind::FirstContact, day(5, 20)),
        conversation(ConversationKind::ThreeMonthReview, day(8, 20)),
    ];
    let mut lee = person(3, "Jo", &readings(2, 5));
    lee.status = CaseStatus::Closed;
    lee.closed_on = Some(day(9, 1));
    lee.outcomes = vec![outcome(
        "Safety",
        Term::Longer,
        OutcomeStatus::Achieved,
        day(2, 1),
    )];
    lee.unplanned_outcomes = vec![unplanned(Direction::Positive, day(3, 1))];
    vec![sam, kim, lee]
}

#[test]
fn every_figure_follows_the_filters() {
    let target = |statuses: Vec<OutcomeStatus>, term| {
        Target::OutcomeStatus(StatusTarget {
            term,
            statuses,
            target_percent: 70,
        })
    };
    let aim = Aim {
        id: "a-1".into(),
        words: "An aim".into(),
        targets: vec![
            Target::Readings(readings_target(card("a"), Self_, 1)),
            target(
                vec![OutcomeStatus::Achieved, OutcomeStatus::PartlyAchieved],
                Some(Term::Short),
            ),
            target(vec![OutcomeStatus::Achieved], None),
        ],
    };
    let people = filter_people();
    // Each case: the filter, then (improved, counted), short-term statuses (met, ended,
    // working, people), (open, closed), (positive, negative, people), (due, overdue).
    type Expected = (
        (usize, usize),
        (usize, usize, usize, usize),
        (usize, usize),
        (usize, usize, usize),
        (usize, usize),
    );
    let check = |filter: DashboardFilter, expected: Expected| {
        let d = run(&people, std::slice::from_ref(&aim), &filter);
        let TargetResult::Readings(r) = &d.aims[0].targets[0] else {
            panic!()
        };
        let TargetResult::OutcomeStatus(st) = &d.aims[0].targets[1] else {
            panic!()
        };
        let got = (
            (r.improved.part, r.improved.whole),
            (
                st.outcomes.part,
                st.outcomes.whole,
                st.still_working,
                st.people,
            ),
            (d.people.open, d.people.closed),
            (
                d.unplanned.positive,
                d.unplanned.negative,
                d.unplanned.people,
            ),
            (d.reviews.due, d.reviews.overdue),
        );
        assert_eq!(got, expected, "{filter:?}");
    };
    // Everyone: Sam's and Lee's readings improved, Kim's did not; Sam's first review (10
    // April) is overdue; Kim's next (20 February 2027) is not yet due.
    check(
        DashboardFilter::default(),
        ((2, 3), (2, 3, 0, 2), (2, 1), (2, 1, 2), (0, 1)),
    );
    // Dates: from March the readings of 10 January drop out (one reading each); Sam's
    // outcomes agreed in January too, and his positive unplanned outcome of February.
    let march_on = DashboardFilter {
        from: Some(day(3, 1)),
        ..DashboardFilter::default()
    };
    check(march_on, ((0, 0), (1, 2, 0, 2), (2, 1), (1, 1, 2), (0, 1)));
    let to_may = DashboardFilter {
        to: Some(day(5, 31)),
        ..DashboardFilter::default()
    };
    check(to_may, ((0, 0), (2, 2, 0, 2), (2, 1), (2, 0, 2), (0, 1)));
    // Key worker: " sam " and "Sam" are the same worker.
    let sams = DashboardFilter {
        key_worker: Some("SAM".into()),
        ..DashboardFilter::default()
    };
    check(sams, ((1, 2), (2, 3, 0, 2), (2, 0), (1, 1, 1), (0, 1)));
    let closed = DashboardFilter {
        status: Some(CaseStatus::Closed),
        ..DashboardFilter::default()
    };
    check(closed, ((1, 1), (0, 0, 0, 0), (0, 1), (1, 0, 1), (0, 0)));
    // Term: longer-term only leaves the short-term target nothing to count.
    let longer = DashboardFilter {
        term: Some(Term::Longer),
        ..DashboardFilter::default()
    };
    check(longer, ((2, 3), (0, 0, 0, 0), (2, 1), (2, 1, 2), (0, 1)));

    // The any-term target counts ended outcomes of both terms; Sam's longer one is working.
    let d = run(
        &people,
        std::slice::from_ref(&aim),
        &DashboardFilter::default(),
    );
    let TargetResult::OutcomeStatus(any) = &d.aims[0].targets[2] else {
        panic!()
    };
    assert_eq!(
        (any.outcomes, any.still_working, any.people),
        (Share { part: 2, whole: 4 }, 1, 3)
    );
    assert_eq!(d.aims[0].targets[2].verdict(), Verdict::NotYet);
    assert!(d.aims[0].targets[2].is_small());
}

#[test]
fn outcome_statuses_by_domain_and_by_term() {
    let people = filter_people();
    let d = run(&people, &[], &DashboardFilter::default());
    let row = |rows: &[StatusTally], label: &str| {
        rows.iter()
            .find(|r| r.label == label)
            .map(|r| (r.counts, r.people))
    };
    // Working, achieved, partly, not achieved, changed.
    assert_eq!(
        row(&d.statuses_by_domain, "Safety"),
        Some(([1, 2, 0, 0, 0], 2))
    );
    assert_eq!(
        row(&d.statuses_by_domain, "Independence"),
        Some(([0, 0, 0, 1, 0], 1))
    );
    // A domain not in the settings shows after the service's own, where it is used.
    assert_eq!(
        row(&d.statuses_by_domain, "Education"),
        Some(([0, 0, 1, 0, 0], 1))
    );
    assert_eq!(
        d.statuses_by_domain.last().map(|r| r.label.as_str()),
        Some("Education")
    );
    assert_eq!(
        row(&d.statuses_by_domain, "Identity and belonging"),
        Some(([0; 5], 0))
    );
    assert_eq!(
        row(&d.statuses_by_term, Term::Short.label()),
        Some(([0, 1, 1, 1, 0], 2))
    );
    assert_eq!(
        row(&d.statuses_by_term, Term::Longer.label()),
        Some(([1, 1, 0, 0, 0], 2))
    );
    let jo = DashboardFilter {
        key_worker: Some("Jo".into()),
        ..DashboardFilter::default()
    };
    let d = run(&people, &[], &jo);
    assert_eq!(row(&d.statuses_by_domain, "Education"), None);
    assert_eq!(
        row(&d.statuses_by_domain, "Safety"),
        Some(([0, 1, 0, 0, 0], 1))
    );
}

#[test]
fn damaged_readings_leave_the_rest_of_the_figures() {
    let mut people = filter_people();
    people[0].readings = serde_json::from_str("[{\"broken\": true}]").unwrap();
    let caseload = Caseload::new(&people);
    assert_eq!(caseload.unreadable(), [people[0].id.clone()]);
    assert_eq!(caseload.key_workers(), ["Jo", "Sam"]);
    let aim = Aim {
        id: "a-1".into(),
        words: "An aim".into(),
        targets: vec![Target::Readings(readings_target(card("a"), Self_, 1))],
    };
    let d = run(&people, &[aim], &DashboardFilter::default());
    assert_eq!(d.unreadable_readings, 1);
    // Sam's readings are left out; Kim's and Lee's still count, and Sam's outcomes too.
    assert_eq!(d.aims[0].targets[0].share().0, Share { part: 1, whole: 2 });
    assert_eq!(d.people.open, 2);
    assert_eq!(d.statuses_by_term[0].people, 2);
}

#[test]
fn targets_describe_themselves() {
    let aim = Aim {
        id: "a-1".into(),
        words: "An aim".into(),
        targets: vec![
            Target::Readings(readings_target(card("a"), Worker, 1)),
            Target::Readings(readings_target(
                TargetFocus::Domain("Safety".into()),
                Self_,
                2,
            )),
            Target::Readings(readings_target(TargetFocus::Total, Carer, 5)),
            Target::OutcomeStatus(StatusTarget {
                term: Some(Term::Short),
                statuses: vec![OutcomeStatus::Achieved, OutcomeStatus::PartlyAchieved],
                target_percent: 70,
            }),
            Target::OutcomeStatus(StatusTarget {
                term: None,
                statuses: vec![OutcomeStatus::Achieved],
                target_percent: 40,
            }),
        ],
    };
    let d = run(&[], &[aim], &DashboardFilter::default());
    let words: Vec<String> = d.aims[0]
        .targets
        .iter()
        .map(TargetResult::describe)
        .collect();
    assert_eq!(
        words,
        [
            "60% of people improve by at least 1 point on \u{201c}Statement a\u{201d} (Test deck), the worker's view",
            "60% of people improve by at least 2 points on the Safety cards (Test deck), the person's view",
            "60% of people improve by at least 5 points on the total (Test deck), a carer's view",
            "70% of short-term outcomes achieved or partly achieved",
            "40% of outcomes achieved",
        ]
    );
}

#[test]
fn the_method_states_the_rules_the_code_follows() {
    for words in [
        "earliest and the latest",
        "only one reading are not counted",
        "never scored",
        "reverse-scored",
        "kept apart",
        "rounded down",
        "never averaged",
        "non-parametric",
    ] {
        assert!(METHOD.contains(words), "{words}");
    }
    assert!(METHOD.contains(&format!("fewer than {SMALL_NUMBERS} people")));
}

#[test]
fn unplanned_outcomes_are_counted_by_domain() {
    let in_domain = |direction, date, domain: Option<&str>| UnplannedOutcome {
        domain: domain.map(str::to_owned),
        ..unplanned(direction, date)
    };
    let mut sam = person(1, "Jo", &[]);
    sam.unplanned_outcomes = vec![
        in_domain(Direction::Positive, day(2, 1), Some("Safety")),
        in_domain(Direction::Negative, day(3, 1), Some("Safety")),
        in_domain(Direction::Negative, day(4, 1), Some("Gardening")),
        in_domain(Direction::Positive, day(5, 1), None),
    ];
    let mut kim = person(2, "Jo", &[]);
    kim.unplanned_outcomes = vec![
        in_domain(Direction::Positive, day(2, 1), Some("Safety")),
        in_domain(Direction::Positive, day(9, 1), Some("Independence")),
    ];
    let people = vec![sam, kim];
    let check = |filter: DashboardFilter, expected: &[(&str, usize, usize, usize)]| {
        let d = run(&people, &[], &filter);
        let got: Vec<(&str, usize, usize, usize)> = d
            .unplanned_by_domain
            .iter()
            .map(|u| (u.label.as_str(), u.positive, u.negative, u.people))
            .collect();
        assert_eq!(got, expected, "{filter:?}");
        let total: usize = d
            .unplanned_by_domain
            .iter()
            .map(|u| u.positive + u.negative)
            .sum();
        assert_eq!(total, d.unplanned.positive + d.unplanned.negative);
    };
    // The service's domains in their order, then others found in records (sorted), then
    // those without a domain; empty groups are left out.
    check(
        DashboardFilter::default(),
        &[
            ("Independence", 1, 0, 1),
            ("Safety", 2, 1, 2),
            ("Gardening", 0, 1, 1),
            (NO_DOMAIN, 1, 0, 1),
        ],
    );
    check(
        DashboardFilter {
            to: Some(day(3, 31)),
            ..DashboardFilter::default()
        },
        &[("Safety", 2, 1, 2)],
    );
}
