use super::*;
use crate::domain::cards::test_support::{day, deck, id};
use crate::domain::{CardsInUse, DeckId, Removal};

fn start(deck: &Deck) -> Reading {
    Reading::start(
        "r-1".into(),
        deck,
        Respondent::Person,
        day(6, 8),
        Some("c-1".into()),
    )
}

#[test]
fn answers_are_checked_against_the_deck() {
    let d = deck(&["a", "b"]);
    let no_pnts = Deck::from_parts(
        d.id().clone(),
        "Plain".into(),
        String::new(),
        Scale::new(&["Low", "Mid", "High"], false).unwrap(),
        d.cards().to_vec(),
    );
    let other = Deck::from_parts(
        DeckId::generate(5, 5),
        "Other".into(),
        String::new(),
        Scale::default(),
        d.cards().to_vec(),
    );
    let long_note = "n".repeat(20_001);
    for (deck, card, answer, note, expected) in [
        (&d, "a", Answer::Rated(0), "", Ok(())),
        (&d, "a", Answer::Rated(4), "good week", Ok(())),
        (
            &d,
            "a",
            Answer::Rated(5),
            "",
            Err(ReadingError::NotOnScale(6)),
        ),
        (
            &d,
            "a",
            Answer::Rated(255),
            "",
            Err(ReadingError::NotOnScale(256)),
        ),
        (&d, "a", Answer::Skipped, "", Ok(())),
        (&d, "a", Answer::PreferNotToSay, "", Ok(())),
        (
            &no_pnts,
            "a",
            Answer::PreferNotToSay,
            "",
            Err(ReadingError::PreferNotToSayNotOffered),
        ),
        (
            &no_pnts,
            "a",
            Answer::Rated(3),
            "",
            Err(ReadingError::NotOnScale(4)),
        ),
        (
            &d,
            "zz",
            Answer::Rated(1),
            "",
            Err(ReadingError::UnknownCard),
        ),
        (
            &d,
            "a",
            Answer::Rated(1),
            &long_note,
            Err(ReadingError::NoteTooLong),
        ),
        (
            &other,
            "a",
            Answer::Rated(1),
            "",
            Err(ReadingError::WrongDeck),
        ),
    ] {
        let mut reading = start(&d);
        assert_eq!(
            reading.set_answer(deck, &id(card), answer, note),
            expected,
            "{card} {answer:?}"
        );
        assert_eq!(reading.answers.len(), usize::from(expected.is_ok()));
    }
}

#[test]
fn a_reading_in_progress_resumes_at_the_first_unanswered_card() {
    let d = deck(&["a", "b", "c"]);
    let mut reading = start(&d);
    assert_eq!(reading.progress(&d), (0, 3));
    reading
        .set_answer(&d, &id("b"), Answer::Rated(2), " said a lot ")
        .unwrap();
    assert_eq!(reading.next_card(&d).map(|c| c.id.as_str()), Some("a"));
    reading
        .set_answer(&d, &id("a"), Answer::Rated(1), "")
        .unwrap();
    reading
        .set_answer(&d, &id("a"), Answer::Rated(3), "")
        .unwrap();
    assert_eq!(reading.answers.len(), 2, "a second tap replaces the first");
    assert_eq!(reading.answer(&id("a")).unwrap().answer, Answer::Rated(3));
    assert_eq!(reading.answer(&id("b")).unwrap().note, "said a lot");
    assert_eq!(reading.next_card(&d).map(|c| c.id.as_str()), Some("c"));
    assert_eq!(reading.progress(&d), (2, 3));
    assert!(!reading.complete);

    reading.finish(&d);
    assert!(reading.complete);
    assert_eq!(reading.answer(&id("c")).unwrap().answer, Answer::Skipped);
    assert_eq!(reading.next_card(&d), None);
    assert_eq!(
        reading.set_answer(&d, &id("a"), Answer::Rated(0), ""),
        Err(ReadingError::AlreadyComplete)
    );
}

#[test]
fn retired_cards_are_not_offered_or_answered() {
    let mut d = deck(&["a", "b"]);
    let mut used = CardsInUse::new(d.id());
    let mut old = start(&d);
    old.set_answer(&d, &id("a"), Answer::Rated(1), "").unwrap();
    used.add(std::slice::from_ref(&old));
    assert_eq!(d.remove_or_retire(&id("a"), &used), Ok(Removal::Retired));

    let mut reading = start(&d);
    assert_eq!(reading.next_card(&d).map(|c| c.id.as_str()), Some("b"));
    assert_eq!(reading.progress(&d), (0, 1));
    assert_eq!(
        reading.set_answer(&d, &id("a"), Answer::Rated(1), ""),
        Err(ReadingError::RetiredCard)
    );
    reading.finish(&d);
    assert_eq!(reading.answer(&id("a")), None);
}

#[test]
fn corrections_are_noted() {
    let d = deck(&["a", "b"]);
    let mut reading = start(&d);
    assert_eq!(
        reading.correct(&d, &id("a"), Answer::Rated(1), "", day(7, 1)),
        Err(ReadingError::NotComplete)
    );
    reading
        .set_answer(&d, &id("a"), Answer::Rated(2), "")
        .unwrap();
    reading.finish(&d);

    for (card, answer, note, changed) in [
        ("a", Answer::Rated(2), "", false),
        ("a", Answer::Rated(3), "", true),
        ("a", Answer::Rated(3), "on reflection", true),
        ("b", Answer::Rated(0), "", true),
        ("b", Answer::Rated(0), "", false),
    ] {
        assert_eq!(
            reading.correct(&d, &id(card), answer, note, day(7, 1)),
            Ok(changed),
            "{card} {answer:?} {note:?}"
        );
    }
    assert_eq!(
        reading.correct(&d, &id("a"), Answer::Rated(9), "", day(7, 1)),
        Err(ReadingError::NotOnScale(10))
    );
    let described: Vec<String> = reading.corrections.iter().map(|c| c.describe(&d)).collect();
    assert_eq!(
        described,
        [
            "1 July 2026: \"Statement a\" changed from Somewhat true to Mostly true",
            "1 July 2026: \"Statement a\" note changed",
            "1 July 2026: \"Statement b\" changed from Skipped to Not at all true",
        ]
    );
    assert_eq!(reading.answer(&id("a")).unwrap().note, "on reflection");
    let first_answer = Correction {
        was: None,
        note_changed: true,
        ..reading.corrections[0].clone()
    };
    assert_eq!(
        first_answer.describe(&d),
        "1 July 2026: \"Statement a\" answered Mostly true, and its note changed"
    );
}

#[test]
fn answers_and_respondents_have_words() {
    let scale = Scale::default();
    for (answer, label) in [
        (Answer::Rated(0), "Not at all true"),
        (Answer::Rated(4), "Completely true"),
        (Answer::Rated(7), "(not on the scale)"),
        (Answer::Skipped, "Skipped"),
        (Answer::PreferNotToSay, "Prefer not to say"),
    ] {
        assert_eq!(answer.label(&scale), label);
    }
    let labels: Vec<&str> = Respondent::ALL.iter().map(|r| r.label()).collect();
    assert_eq!(labels, ["The person", "The worker", "A carer"]);
}

#[test]
fn the_stored_shape_is_compact() {
    let d = deck(&["a", "b"]);
    let mut reading = start(&d);
    reading
        .set_answer(&d, &id("a"), Answer::Rated(2), "")
        .unwrap();
    reading
        .set_answer(&d, &id("b"), Answer::PreferNotToSay, "hm")
        .unwrap();
    assert_eq!(
        serde_json::to_string(&reading).unwrap(),
        r#"{"id":"r-1","deck":"d-1","date":"2026-06-08","respondent":"Person","conversation":"c-1","answers":[{"card":"a","answer":{"Rated":2}},{"card":"b","answer":"PreferNotToSay","note":"hm"}],"complete":false}"#
    );
}
