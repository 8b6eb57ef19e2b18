use chrono::NaiveDate;

use super::*;
use crate::domain::cards::test_support::{day, deck, reading};

use Answer::Rated;
use Respondent::{Person, Worker};

/// A person's or a worker's reading on `date`, in `conversation` if any: card "a" two points
/// apart between the two, card "b" one point apart.
fn taken(who: Respondent, date: NaiveDate, conversation: Option<&str>) -> Reading {
    let answers = match who {
        Person => [("a", Rated(4)), ("b", Rated(2))],
        _ => [("a", Rated(2)), ("b", Rated(1))],
    };
    let mut r = reading(&format!("r-{who:?}"), who, date, &answers);
    r.conversation = conversation.map(str::to_owned);
    r
}

/// Checks how the person's reading on `person` and the worker's on `worker` (each with its
/// conversation) pair, and that card "a" is marked exactly when they are comparable.
fn check(person: (NaiveDate, Option<&str>), worker: (NaiveDate, Option<&str>), expected: Pairing) {
    let readings = [
        taken(Person, person.0, person.1),
        taken(Worker, worker.0, worker.1),
    ];
    let views = both_views(&readings, &deck(&["a", "b"]));
    let what = format!("{person:?} against {worker:?}");
    assert_eq!(views.pairing, Some(expected), "{what}");
    let marked = expected.comparable();
    assert_eq!(views.comparable(), marked, "{what}");
    type Row = (Option<u8>, Option<u8>, Option<i16>, bool);
    let rows: Vec<Row> = views
        .rows
        .iter()
        .map(|r| (r.person, r.worker, r.difference, r.discuss))
        .collect();
    let expected_rows: [Row; 2] = match marked {
        true => [
            (Some(5), Some(3), Some(2), true),
            (Some(3), Some(2), Some(1), false),
        ],
        // Both answers are still shown; nothing is set against the other.
        false => [
            (Some(5), Some(3), None, false),
            (Some(3), Some(2), None, false),
        ],
    };
    assert_eq!(rows, expected_rows, "{what}");
}

#[test]
fn readings_pair_in_the_same_conversation_or_within_fourteen_days() {
    use Pairing::{Apart, SameConversation, WithinDays};
    let (c1, c2) = (Some("c-1"), Some("c-2"));
    // The same conversation, however far apart the dates.
    check((day(12, 3), c1), (day(12, 3), c1), SameConversation);
    check((day(12, 3), c1), (day(1, 5), c1), SameConversation);
    // Different conversations, or none: by the days between them, either way round.
    check(
        (day(12, 3), None),
        (day(12, 3), None),
        WithinDays { days: 0 },
    );
    check((day(12, 3), c2), (day(12, 1), c1), WithinDays { days: 2 });
    check(
        (day(12, 3), None),
        (day(11, 19), c1),
        WithinDays { days: 14 },
    );
    check(
        (day(11, 19), c1),
        (day(12, 3), None),
        WithinDays { days: 14 },
    );
    check((day(12, 3), None), (day(11, 18), None), Apart { days: 15 });
    check((day(11, 18), c1), (day(12, 3), c2), Apart { days: 15 });
    // Months apart: the person's December reading and the worker's September one.
    check((day(12, 3), c2), (day(9, 9), c1), Apart { days: 85 });
    check((day(12, 3), None), (day(9, 9), None), Apart { days: 85 });
    assert_eq!(COMPARE_WITHIN_DAYS, 14);
}

#[test]
fn the_latest_readings_are_kept_even_when_older_ones_would_pair() {
    let d = deck(&["a", "b"]);
    let readings = [
        taken(Worker, day(9, 9), Some("c-1")),
        taken(Person, day(9, 9), Some("c-1")),
        taken(Person, day(12, 3), Some("c-2")),
    ];
    let views = both_views(&readings, &d);
    assert_eq!(
        (views.person_date, views.worker_date, views.pairing),
        (
            Some(day(12, 3)),
            Some(day(9, 9)),
            Some(Pairing::Apart { days: 85 })
        )
    );
    assert!(views
        .rows
        .iter()
        .all(|r| !r.discuss && r.difference.is_none()));
}

#[test]
fn with_only_one_side_nothing_pairs_or_is_marked() {
    let d = deck(&["a", "b"]);
    for (who, readings) in [
        ("nobody", vec![]),
        ("the person", vec![taken(Person, day(12, 3), Some("c-1"))]),
        ("the worker", vec![taken(Worker, day(12, 3), Some("c-1"))]),
    ] {
        let views = both_views(&readings, &d);
        assert_eq!(views.pairing, None, "{who}");
        assert!(!views.comparable(), "{who}");
        assert_eq!(views.explain(), None, "{who}");
        assert!(
            views
                .rows
                .iter()
                .all(|r| !r.discuss && r.difference.is_none()),
            "{who}"
        );
    }
}

#[test]
fn the_explanation_says_which_readings_are_compared_and_why() {
    fn check(person: (NaiveDate, Option<&str>), worker: (NaiveDate, Option<&str>), expected: &str) {
        let readings = [
            taken(Person, person.0, person.1),
            taken(Worker, worker.0, worker.1),
        ];
        let views = both_views(&readings, &deck(&["a", "b"]));
        assert_eq!(views.explain().as_deref(), Some(expected));
    }
    check(
        (day(12, 3), Some("c-2")),
        (day(9, 9), Some("c-1")),
        "The person's reading (3 December 2026) and the worker's (9 September 2026) were \
         taken 85 days apart, not in the same conversation, so differences are not marked. \
         Take both readings in the same conversation, or within 14 days of each other, to \
         compare them.",
    );
    check(
        (day(12, 3), Some("c-2")),
        (day(12, 3), Some("c-2")),
        "The person's reading and the worker's were both taken in the same conversation, on \
         3 December 2026, so differences of 2 points or more are marked to talk about.",
    );
    check(
        (day(12, 3), Some("c-2")),
        (day(9, 9), Some("c-2")),
        "The person's reading (3 December 2026) and the worker's (9 September 2026) were \
         both taken in the same conversation, so differences of 2 points or more are marked \
         to talk about.",
    );
    check(
        (day(12, 3), None),
        (day(12, 3), Some("c-1")),
        "The person's reading and the worker's were both taken on 3 December 2026, so \
         differences of 2 points or more are marked to talk about.",
    );
    check(
        (day(12, 3), None),
        (day(12, 2), None),
        "The person's reading (3 December 2026) and the worker's (2 December 2026) were \
         taken 1 day apart, within 14 days, so differences of 2 points or more are marked to \
         talk about.",
    );
}
