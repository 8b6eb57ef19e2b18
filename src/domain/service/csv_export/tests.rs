use super::*;
use crate::domain::cards::Respondent;
use crate::domain::conversation::Direction;
use crate::domain::outcome::{OutcomeStatus, Term};
use crate::domain::service::dashboard::Caseload;
use crate::domain::service::test_support::{day, deck, outcome, person, reading, s, unplanned};

/// The file's rows as read back by the csv crate, header first, after checking the BOM.
fn read_back(text: &str) -> Vec<Vec<String>> {
    let body = text.strip_prefix(BOM).expect("the file starts with a BOM");
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(body.as_bytes())
        .records()
        .map(|r| r.unwrap().iter().map(str::to_owned).collect())
        .collect()
}

#[test]
fn cells_that_could_be_formulas_are_neutralised() {
    for (cell, expected) in [
        ("=1+1", "'=1+1"),
        ("+44 7700 900123", "'+44 7700 900123"),
        ("-2", "'-2"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tTabbed", "'\tTabbed"),
        ("\rReturn", "'\rReturn"),
        ("I can cook", "I can cook"),
        ("", ""),
        ("a=b", "a=b"),
        ("'quoted", "'quoted"),
        ("ünïcödé 🙂", "ünïcödé 🙂"),
    ] {
        assert_eq!(neutralise(cell), expected, "{cell:?}");
    }
}

#[test]
fn one_row_per_rating_of_finished_readings() {
    let mut first = reading(
        Respondent::Person,
        day(1, 10),
        &[
            ("a", s(2)),
            ("b", s(0)),
            ("c-rev", Answer::Rated(4)),
            ("d", Answer::PreferNotToSay),
        ],
    );
    first.conversation = Some("c-1".into());
    let mut unfinished = reading(Respondent::Worker, day(2, 10), &[("a", s(5))]);
    unfinished.complete = false;
    let mut gone = reading(Respondent::Carer, day(3, 10), &[("a", s(3))]);
    gone.deck = crate::domain::cards::DeckId::parse("d-gone").unwrap();
    let people = [person(1, "Sam", &[first, unfinished, gone])];
    let caseload = Caseload::new(&people);
    let rows = read_back(&ratings_csv(caseload.records(), &[deck()]));
    assert_eq!(rows[0], RATINGS_HEADER);
    let row = |n: usize| rows[n].iter().map(String::as_str).collect::<Vec<_>>();
    assert_eq!(
        row(1),
        [
            "p-1",
            "r-0110",
            "2026-01-10",
            "c-1",
            "person",
            "d-1",
            "Test deck",
            "a",
            "Statement a",
            "Safety",
            "no",
            "A little true",
            "2",
            "2"
        ]
    );
    assert_eq!(&row(2)[11..], ["skipped", "", ""]);
    // Reverse-scored: the last point of the scale is the worst score.
    assert_eq!(&row(3)[10..], ["yes", "Completely true", "5", "1"]);
    assert_eq!(&row(4)[11..], ["prefer not to say", "", ""]);
    // The unfinished reading is left out; a reading of a deleted deck keeps its point.
    assert_eq!(
        &row(5)[..7],
        ["p-1", "r-0310", "2026-03-10", "", "carer", "d-gone", ""]
    );
    assert_eq!(&row(5)[11..], ["", "3", ""]);
    assert_eq!(rows.len(), 6);
}

#[test]
fn user_text_comes_back_neutralised_and_whole() {
    let mut sam = person(1, "Sam", &[]);
    let mut formula = outcome(
        "Safety",
        Term::Longer,
        OutcomeStatus::PartlyAchieved,
        day(2, 1),
    );
    formula.words = "=HYPERLINK(\"http://evil.example\",\"Click\")".into();
    formula.how_we_know = "She says \"yes\", often;\nand smiles".into();
    sam.outcomes = vec![
        formula,
        outcome("@home", Term::Short, OutcomeStatus::Working, day(3, 1)),
    ];
    let mut note = unplanned(Direction::Negative, day(4, 1));
    note.note = "-1 day at school, then +2".into();
    note.domain = Some("=Education".into());
    sam.unplanned_outcomes = vec![note];
    let people = [sam];
    let caseload = Caseload::new(&people);

    let rows = read_back(&outcomes_csv(caseload.records()));
    assert_eq!(rows[0], OUTCOMES_HEADER);
    assert_eq!(rows.len(), 3);
    assert_eq!(
        rows[1],
        [
            "p-1",
            "o-Safety",
            "2026-02-01",
            "Safety",
            "longer",
            "Partly achieved",
            "2027-02-01",
            "'=HYPERLINK(\"http://evil.example\",\"Click\")",
            "She says \"yes\", often;\nand smiles",
        ]
    );
    assert_eq!(
        (rows[2][3].as_str(), rows[2][4].as_str()),
        ("'@home", "short")
    );
    assert!(rows
        .iter()
        .flatten()
        .all(|cell| !cell.starts_with(['=', '+', '-', '@'])));

    let rows = read_back(&unplanned_csv(caseload.records()));
    assert_eq!(rows[0], UNPLANNED_HEADER);
    assert_eq!(
        rows[1],
        [
            "p-1",
            "u-1",
            "2026-04-01",
            "Negative",
            "'=Education",
            "no",
            "'-1 day at school, then +2"
        ]
    );
}

#[test]
fn an_empty_caseload_gives_the_header_alone() {
    let caseload = Caseload::new(&[]);
    for (text, header) in [
        (ratings_csv(caseload.records(), &[]), &RATINGS_HEADER[..]),
        (outcomes_csv(caseload.records()), &OUTCOMES_HEADER[..]),
        (unplanned_csv(caseload.records()), &UNPLANNED_HEADER[..]),
    ] {
        assert_eq!(read_back(&text), [header]);
    }
}
