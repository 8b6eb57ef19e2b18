use super::*;
use crate::domain::cards::test_support::{day, deck, reading};
use crate::domain::{both_views, summarise, Answer, Respondent, DISCUSS_DIFFERENCE};

use Answer::{PreferNotToSay as Pnts, Rated, Skipped};
use Respondent::{Carer, Person, Worker};

#[test]
fn scores_count_from_one_and_reverse_scored_cards_turn_round() {
    let d = deck(&["up", "down-rev"]);
    let (up, down) = (&d.cards()[0], &d.cards()[1]);
    for (answer, normal, reversed) in [
        (Rated(0), Some(1), Some(5)),
        (Rated(1), Some(2), Some(4)),
        (Rated(2), Some(3), Some(3)),
        (Rated(4), Some(5), Some(1)),
        (Rated(5), None, None),
        (Skipped, None, None),
        (Pnts, None, None),
    ] {
        assert_eq!(score(d.scale(), up, answer), normal, "{answer:?}");
        assert_eq!(
            score(d.scale(), down, answer),
            reversed,
            "{answer:?} reversed"
        );
    }
}

#[test]
fn change_between_two_scores() {
    for (before, after, change) in [
        (Some(2), Some(4), Change::Up(2)),
        (Some(4), Some(4), Change::Same),
        (Some(5), Some(1), Change::Down(4)),
        (None, Some(3), Change::NotComparable),
        (Some(3), None, Change::NotComparable),
        (None, None, Change::NotComparable),
    ] {
        assert_eq!(
            Change::between(before, after),
            change,
            "{before:?} → {after:?}"
        );
    }
    let labels: Vec<String> = [
        Change::Up(1),
        Change::Down(2),
        Change::Same,
        Change::FirstReading,
    ]
    .iter()
    .map(|c| c.label())
    .collect();
    assert_eq!(
        labels,
        ["Up 1 point", "Down 2 points", "No change", "First reading"]
    );
}

#[test]
fn the_baseline_is_the_respondents_first_finished_reading_of_the_deck() {
    let mut unfinished = reading("r-0", Person, day(1, 1), &[]);
    unfinished.complete = false;
    let mut other_deck = reading("r-9", Person, day(1, 2), &[]);
    other_deck.deck = crate::domain::DeckId::generate(1, 1);
    let readings = [
        unfinished,
        other_deck,
        reading("r-1", Worker, day(2, 1), &[]),
        reading("r-3", Person, day(3, 1), &[]),
        reading("r-2", Person, day(2, 15), &[]),
        reading("r-4", Person, day(3, 1), &[]),
    ];
    let d = deck(&[]);
    type Pick = for<'r> fn(&'r [Reading], &'r DeckId, Respondent) -> Option<&'r Reading>;
    let found = |f: Pick, who| f(&readings, d.id(), who).map(|r| r.id.as_str());
    assert_eq!(found(baseline, Person), Some("r-2"));
    assert_eq!(found(latest, Person), Some("r-4"));
    assert_eq!(found(baseline, Worker), Some("r-1"));
    assert_eq!(found(latest, Worker), Some("r-1"));
    assert_eq!(found(baseline, Carer), None);
}

/// Checks the change column of the summary of the last of `readings`.
fn check_changes(cards: &[&str], readings: &[Reading], expected: &[(&str, Change)]) {
    let d = deck(cards);
    let last = readings.last().unwrap();
    let summary = summarise(readings, &d, last);
    let got: Vec<(&str, Change)> = summary
        .rows
        .iter()
        .map(|r| (r.card.as_str(), r.change))
        .collect();
    assert_eq!(got, expected, "{}", last.id);
}

#[test]
fn change_since_baseline_per_card() {
    let base = reading(
        "r-1",
        Person,
        day(6, 1),
        &[
            ("a", Rated(1)),
            ("b", Rated(3)),
            ("c", Skipped),
            ("d-rev", Rated(0)),
            ("e", Rated(2)),
        ],
    );
    check_changes(
        &["a", "b", "c", "d-rev", "e"],
        std::slice::from_ref(&base),
        &[
            ("a", Change::FirstReading),
            ("b", Change::FirstReading),
            ("c", Change::FirstReading),
            ("d-rev", Change::FirstReading),
            ("e", Change::FirstReading),
        ],
    );
    let later = reading(
        "r-2",
        Person,
        day(9, 1),
        &[
            ("a", Rated(3)),
            ("b", Rated(3)),
            ("c", Rated(4)),
            ("d-rev", Rated(2)),
            ("e", Pnts),
        ],
    );
    check_changes(
        &["a", "b", "c", "d-rev", "e"],
        &[base.clone(), later.clone()],
        &[
            ("a", Change::Up(2)),
            ("b", Change::Same),
            ("c", Change::NotComparable),
            ("d-rev", Change::Down(2)),
            ("e", Change::NotComparable),
        ],
    );
    // Another respondent's reading is not the person's baseline.
    let worker = reading("r-3", Worker, day(9, 2), &[("a", Rated(4))]);
    check_changes(
        &["a"],
        &[base.clone(), worker],
        &[("a", Change::FirstReading)],
    );
    // A card added after the baseline cannot be compared.
    let with_new = reading(
        "r-4",
        Person,
        day(9, 3),
        &[("a", Rated(2)), ("new", Rated(4))],
    );
    check_changes(
        &["a", "new"],
        &[base, with_new],
        &[("a", Change::Up(1)), ("new", Change::NotComparable)],
    );
}

#[test]
fn the_summary_gives_words_scores_notes_and_the_total() {
    let d = deck(&["a", "b-rev", "c", "d"]);
    let base = reading(
        "r-1",
        Person,
        day(6, 1),
        &[("a", Rated(0)), ("b-rev", Rated(4)), ("c", Rated(2))],
    );
    let mut now = reading(
        "r-2",
        Person,
        day(9, 1),
        &[("a", Rated(3)), ("b-rev", Rated(2)), ("c", Rated(1))],
    );
    now.answers[0].note = "I go every week now".into();
    now.complete = false;
    let summary = summarise(&[base.clone(), now.clone()], &d, &now);
    let rows: Vec<(&str, &str, Option<u8>, Change)> = summary
        .rows
        .iter()
        .map(|r| (r.card.as_str(), r.answer_label.as_str(), r.score, r.change))
        .collect();
    assert_eq!(
        rows,
        [
            ("a", "Mostly true", Some(4), Change::Up(3)),
            ("b-rev", "Somewhat true", Some(3), Change::Up(2)),
            ("c", "A little true", Some(2), Change::Down(1)),
            ("d", "Not answered yet", None, Change::NotComparable),
        ]
    );
    assert_eq!(summary.rows[0].note, "I go every week now");
    assert_eq!(summary.rows[0].statement, "Statement a");
    assert_eq!(summary.baseline_date, Some(day(6, 1)));
    assert_eq!((summary.total_change, summary.compared), (Some(4), 3));

    let first = summarise(std::slice::from_ref(&base), &d, &base);
    assert_eq!(
        (first.baseline_date, first.total_change, first.compared),
        (None, None, 0)
    );
}

#[test]
fn both_views_flag_differences_of_two_points_or_more() {
    let d = deck(&["a", "b", "c-rev", "d", "e"]);
    let readings = [
        reading("r-1", Person, day(1, 1), &[("a", Rated(0))]),
        reading(
            "r-2",
            Person,
            day(6, 1),
            &[
                ("a", Rated(4)),
                ("b", Rated(2)),
                ("c-rev", Rated(0)),
                ("d", Skipped),
                ("e", Rated(1)),
            ],
        ),
        reading(
            "r-3",
            Worker,
            day(6, 2),
            &[
                ("a", Rated(3)),
                ("b", Rated(0)),
                ("c-rev", Rated(2)),
                ("d", Rated(4)),
                ("e", Rated(4)),
            ],
        ),
        reading("r-4", Carer, day(6, 3), &[("a", Rated(0))]),
    ];
    let views = both_views(&readings, &d);
    assert_eq!(
        (views.person_date, views.worker_date),
        (Some(day(6, 1)), Some(day(6, 2)))
    );
    type Row<'a> = (&'a str, Option<u8>, Option<u8>, Option<i16>, bool);
    let rows: Vec<Row> = views
        .rows
        .iter()
        .map(|r| (r.card.as_str(), r.person, r.worker, r.difference, r.discuss))
        .collect();
    assert_eq!(
        rows,
        [
            ("a", Some(5), Some(4), Some(1), false),
            ("b", Some(3), Some(1), Some(2), true),
            ("c-rev", Some(5), Some(3), Some(2), true),
            ("d", None, Some(5), None, false),
            ("e", Some(2), Some(5), Some(-3), true),
        ]
    );
    assert_eq!(views.rows[3].person_answer, Some(Skipped));
    assert_eq!(DISCUSS_DIFFERENCE, 2);

    let alone = both_views(&readings[..2], &d);
    assert_eq!(alone.worker_date, None);
    assert!(alone.rows.iter().all(|r| r.worker.is_none() && !r.discuss));
}
