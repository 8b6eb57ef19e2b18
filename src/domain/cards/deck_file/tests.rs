use super::*;
use crate::domain::cards::test_support::{deck, id};
use crate::domain::{built_in_decks, ScaleError};

fn new_id() -> DeckId {
    DeckId::generate(7, 7)
}

/// A deck file with `deck` as the text of its deck object.
fn file(deck: &str) -> String {
    format!(r#"{{"format":"outcome-focus-deck","version":1,"deck":{deck}}}"#)
}

const CARD: &str = r#"{"statement":"I feel safe","domain":"Safety"}"#;

fn check(text: &str, expected: Result<(), DeckFileError>) {
    let got = import_deck(text, new_id()).map(|_| ());
    match (&got, &expected) {
        (Err(DeckFileError::NotJson(_)), Err(DeckFileError::NotJson(_)))
        | (Err(DeckFileError::WrongShape(_)), Err(DeckFileError::WrongShape(_))) => {}
        _ => assert_eq!(got, expected, "importing {text:.120}"),
    }
}

#[test]
fn exported_decks_come_back_the_same() {
    let mut own = deck(&["a", "b-rev"]);
    own.set_notice("Used under licence from Example Org.")
        .unwrap();
    let mut cards_used = crate::domain::CardsInUse::new(own.id());
    cards_used.add(&[crate::domain::cards::test_support::reading(
        "r-1",
        crate::domain::Respondent::Person,
        crate::domain::cards::test_support::day(1, 1),
        &[("a", crate::domain::Answer::Skipped)],
    )]);
    own.remove_or_retire(&id("a"), &cards_used).unwrap();
    let asked = Scale::default()
        .with_question("How true is this now?")
        .unwrap();
    own.set_scale(asked, &cards_used).unwrap();
    for original in built_in_decks().into_iter().chain([own]) {
        let text = export_deck(&original);
        assert!(text.contains("\"format\":\"outcome-focus-deck\""));
        let back = import_deck(&text, new_id()).unwrap();
        assert_eq!(back.cards(), original.cards(), "{}", original.name());
        assert_eq!(back.scale(), original.scale());
        assert_eq!(back.scale().question(), original.scale().question());
        assert_eq!(back.notice(), original.notice());
        match original.is_built_in() {
            true => assert_eq!(back.id(), &new_id(), "a built-in deck comes back as a copy"),
            false => assert_eq!(back, original),
        }
    }
}

#[test]
fn a_hand_written_file_needs_only_a_name_and_cards() {
    let text = file(&format!(
        r#"{{"name":" Our deck ","cards":[{CARD},{{"id":"card-1","statement":" I sleep ","domain":"Health","emoji":" "}},{CARD}]}}"#
    ));
    let d = import_deck(&text, new_id()).unwrap();
    assert_eq!(d.id(), &new_id());
    assert_eq!(d.name(), "Our deck");
    assert_eq!(d.scale(), &Scale::default());
    let ids: Vec<&str> = d.cards().iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids, ["card-2", "card-1", "card-3"]);
    assert_eq!(d.cards()[1].statement, "I sleep");
    assert_eq!(d.cards()[1].emoji, None);
}

#[test]
fn bad_files_are_rejected_with_a_reason() {
    let ok = || Ok(());
    let invalid = |errors: &[DeckError]| Err(DeckFileError::Invalid(errors.to_vec()));
    let shape = || Err(DeckFileError::WrongShape(String::new()));
    let not_json = || Err(DeckFileError::NotJson(String::new()));
    let cards = |n: usize| vec![CARD; n].join(",");
    let scale = |labels: &[&str]| {
        let labels: Vec<String> = labels.iter().map(|l| format!("{l:?}")).collect();
        format!(
            r#"{{"name":"D","scale":{{"labels":[{}]}},"cards":[{CARD}]}}"#,
            labels.join(",")
        )
    };
    let cases: Vec<(String, Result<(), DeckFileError>)> = vec![
        (file(&format!(r#"{{"name":"D","cards":[{CARD}]}}"#)), ok()),
        (String::new(), Err(DeckFileError::Empty)),
        ("   \n".into(), Err(DeckFileError::Empty)),
        ("{".into(), not_json()),
        ("I feel safe at home".into(), not_json()),
        (file(r#"{"name":"D","cards":[]"#), not_json()),
        ("[1,2,3]".into(), Err(DeckFileError::NotADeckFile)),
        ("\"deck\"".into(), Err(DeckFileError::NotADeckFile)),
        (
            r#"{"name":"D","cards":[]}"#.into(),
            Err(DeckFileError::NotADeckFile),
        ),
        (
            r#"{"format":"something-else","version":1,"deck":{}}"#.into(),
            Err(DeckFileError::NotADeckFile),
        ),
        (
            r#"{"format":"outcome-focus-deck","version":0,"deck":{}}"#.into(),
            Err(DeckFileError::NotADeckFile),
        ),
        (
            r#"{"format":"outcome-focus-deck","version":"1","deck":{}}"#.into(),
            Err(DeckFileError::NotADeckFile),
        ),
        (
            r#"{"format":"outcome-focus-deck","version":99999999999,"deck":{}}"#.into(),
            Err(DeckFileError::NotADeckFile),
        ),
        (
            r#"{"format":"outcome-focus-deck","version":2,"deck":{}}"#.into(),
            Err(DeckFileError::NewerVersion(2)),
        ),
        (
            r#"{"format":"outcome-focus-deck","version":1}"#.into(),
            shape(),
        ),
        (file("[]"), shape()),
        (file(r#"{"name":"D"}"#), shape()),
        (file(r#"{"name":7,"cards":[]}"#), shape()),
        (file(r#"{"name":"D","cards":[{"statement":"I"}]}"#), shape()),
        (
            file(r#"{"name":"D","cards":[{"statement":"I","domain":"S","reverse_scored":"yes"}]}"#),
            shape(),
        ),
        (
            file(r#"{"name":"D","scale":{"labels":"1-5"},"cards":[]}"#),
            shape(),
        ),
        (
            file(r#"{"name":"D","cards":[]}"#),
            invalid(&[DeckError::NoCards]),
        ),
        (
            file(&format!(r#"{{"name":"","cards":[{}]}}"#, cards(61))),
            invalid(&[DeckError::NameMissing, DeckError::TooManyCards(61)]),
        ),
        (
            file(
                r#"{"name":"D","cards":[{"statement":" ","domain":"S"},{"statement":"I","domain":""}]}"#,
            ),
            invalid(&[DeckError::StatementMissing(1), DeckError::DomainMissing(2)]),
        ),
        (
            file(&scale(&["No", "Yes"])),
            invalid(&[ScaleError::TooFewPoints(2).into()]),
        ),
        (
            file(&scale(&[
                "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12",
            ])),
            invalid(&[ScaleError::TooManyPoints(12).into()]),
        ),
        (
            file(&scale(&["Low", " ", "High"])),
            invalid(&[ScaleError::EmptyLabel(2).into()]),
        ),
        (file(&scale(&["Low", "Mid", "High"])), ok()),
        (
            file(
                r#"{"name":"D","cards":[{"id":"x","statement":"I","domain":"S"},{"id":"x","statement":"I","domain":"S"}]}"#,
            ),
            invalid(&[DeckError::DuplicateCardId("x".into())]),
        ),
        (
            file(r#"{"name":"D","cards":[{"id":"Bad Id","statement":"I","domain":"S"}]}"#),
            Err(DeckFileError::BadCardId(1, "Bad Id".into())),
        ),
        (
            file(&format!(r#"{{"id":"../x","name":"D","cards":[{CARD}]}}"#)),
            Err(DeckFileError::BadDeckId("../x".into())),
        ),
        (
            "x".repeat(MAX_DECK_FILE_BYTES + 1),
            Err(DeckFileError::TooLarge(MAX_DECK_FILE_BYTES + 1)),
        ),
        // Deep nesting stops at serde_json's recursion limit instead of the stack.
        ("[".repeat(10_000), Err(DeckFileError::NotADeckFile)),
        (file(&"[".repeat(10_000)), not_json()),
    ];
    for (text, expected) in cases {
        check(&text, expected);
    }
}

#[test]
fn messages_say_what_to_do() {
    assert_eq!(
        DeckFileError::Invalid(vec![DeckError::NoCards, DeckError::NameMissing]).to_string(),
        "The deck in this file cannot be used: The deck has no cards: add at least one \
         statement to rate. Give the deck a name, such as \"Getting out and about\"."
    );
    assert_eq!(
        DeckFileError::TooLarge(600 * 1024).to_string(),
        "The file is 600 KB, but a deck file is at most 256 KB. Check that this is a deck file."
    );
    let error = import_deck(&file(r#"{"name":7,"cards":[]}"#), new_id()).unwrap_err();
    assert!(error.to_string().contains("line 1"), "{error}");
}

#[test]
fn a_file_may_keep_its_own_deck_id() {
    let text = file(&format!(
        r#"{{"id":"d-org-1","name":"D","cards":[{CARD}]}}"#
    ));
    assert_eq!(
        import_deck(&text, new_id()).unwrap().id().as_str(),
        "d-org-1"
    );
    let text = file(&format!(
        r#"{{"id":"built-in-adult","name":"D","cards":[{CARD}]}}"#
    ));
    assert_eq!(import_deck(&text, new_id()).unwrap().id(), &new_id());
}
