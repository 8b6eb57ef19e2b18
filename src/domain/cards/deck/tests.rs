use super::*;
use crate::domain::cards::test_support::{day, deck, id, reading};
use crate::domain::{built_in_decks, Answer, Respondent};

fn draft(statement: &str) -> CardDraft {
    CardDraft {
        statement: statement.into(),
        domain: "Independence".into(),
        emoji: " 🛒 ".into(),
        reverse_scored: false,
    }
}

fn ids(deck: &Deck) -> Vec<&str> {
    deck.cards().iter().map(|c| c.id.as_str()).collect()
}

fn in_use(deck: &Deck, answered: &[&str]) -> CardsInUse {
    let mut in_use = CardsInUse::new(deck.id());
    let answers: Vec<(&str, Answer)> = answered.iter().map(|c| (*c, Answer::Skipped)).collect();
    in_use.add(&[reading("r-1", Respondent::Person, day(1, 1), &answers)]);
    in_use
}

#[test]
fn cards_are_checked_with_messages_that_name_the_card() {
    for (statement, domain, emoji, expected) in [
        ("I sleep well", "Health", "", Ok(())),
        ("I sleep well", "Health", "😴", Ok(())),
        ("I sleep well", "Health", "🧑‍🤝‍🧑", Ok(())),
        ("  ", "Health", "", Err(DeckError::StatementMissing(4))),
        (
            &"x".repeat(151),
            "Health",
            "",
            Err(DeckError::StatementTooLong(4)),
        ),
        ("I sleep well", "", "", Err(DeckError::DomainMissing(4))),
        (
            "I sleep well",
            &"d".repeat(61),
            "",
            Err(DeckError::DomainTooLong(4)),
        ),
        (
            "I sleep well",
            "Health",
            "😴😴😴😴😴😴😴😴😴😴😴😴😴😴😴😴😴",
            Err(DeckError::EmojiTooLong(4)),
        ),
    ] {
        let draft = CardDraft {
            statement: statement.into(),
            domain: domain.into(),
            emoji: emoji.into(),
            reverse_scored: false,
        };
        assert_eq!(
            draft.check(4),
            expected,
            "{statement:?} {domain:?} {emoji:?}"
        );
    }
    assert_eq!(
        DeckError::StatementMissing(4).to_string(),
        "Card 4 has no statement: write one short sentence in the first person, such as \"I feel safe at home\"."
    );
}

#[test]
fn whole_decks_are_checked_and_every_problem_reported() {
    let good = deck(&["a", "b"]);
    assert_eq!(good.check(), Ok(()));
    let check = |name: &str, cards: Vec<Card>, expected: &[DeckError]| {
        let d = Deck::from_parts(
            good.id().clone(),
            name.into(),
            String::new(),
            Scale::default(),
            cards,
        );
        assert_eq!(d.check(), Err(expected.to_vec()), "{name:?}");
    };
    let card = |c: &str, statement: &str| {
        Card {
            statement: statement.into(),
            ..good.cards()[0].clone()
        }
        .with_id(c)
    };
    check("", vec![card("a", "I")], &[DeckError::NameMissing]);
    check(
        &"n".repeat(81),
        vec![card("a", "I")],
        &[DeckError::NameTooLong],
    );
    check("Deck", vec![], &[DeckError::NoCards]);
    check(
        "Deck",
        vec![card("a", "I"), card("b", ""), card("a", "I")],
        &[
            DeckError::StatementMissing(2),
            DeckError::DuplicateCardId("a".into()),
        ],
    );
    let many: Vec<Card> = (1..=61).map(|n| card(&format!("c-{n}"), "I")).collect();
    check("Deck", many, &[DeckError::TooManyCards(61)]);
}

impl Card {
    fn with_id(mut self, text: &str) -> Card {
        self.id = id(text);
        self
    }
}

#[test]
fn adding_rewording_and_reordering_keep_card_ids() {
    let mut d = Deck::new(DeckId::generate(1, 1), "  Ours  ", Scale::default()).unwrap();
    assert_eq!(d.name(), "Ours");
    let first = d.add_card(&draft(" I shop alone ")).unwrap();
    let second = d.add_card(&draft("I cook")).unwrap();
    let third = d.add_card(&draft("I clean")).unwrap();
    assert_eq!(ids(&d), ["card-1", "card-2", "card-3"]);
    assert_eq!(d.cards()[0].statement, "I shop alone");
    assert_eq!(d.cards()[0].emoji.as_deref(), Some("🛒"));

    d.reword(&first, "I go to the shops alone").unwrap();
    assert_eq!(d.card(&first).unwrap().statement, "I go to the shops alone");
    assert_eq!(d.card(&first).unwrap().domain, "Independence");
    assert_eq!(d.reword(&first, " "), Err(DeckError::StatementMissing(1)));

    d.move_card(&third, 0).unwrap();
    assert_eq!(ids(&d), ["card-3", "card-1", "card-2"]);
    d.move_card(&third, 99).unwrap();
    assert_eq!(ids(&d), ["card-1", "card-2", "card-3"]);

    // A deleted card's id is not given to the next card while it is in use.
    d.remove_or_retire(&second, &CardsInUse::new(d.id()))
        .unwrap();
    let fourth = d.add_card(&draft("I rest")).unwrap();
    assert_eq!(fourth.as_str(), "card-3".replace('3', "4"));
    assert_eq!(d.move_card(&id("nope"), 0), Err(DeckError::UnknownCard));
}

#[test]
fn a_card_with_readings_is_retired_not_deleted() {
    let mut d = deck(&["a", "b", "c"]);
    let used = in_use(&d, &["b"]);
    for (card, can_delete) in [("a", true), ("b", false), ("zz", false)] {
        assert_eq!(d.can_delete_card(&id(card), &used), can_delete, "{card}");
    }
    assert_eq!(d.remove_or_retire(&id("a"), &used), Ok(Removal::Deleted));
    assert_eq!(d.remove_or_retire(&id("b"), &used), Ok(Removal::Retired));
    assert_eq!(ids(&d), ["b", "c"]);
    assert!(d.card(&id("b")).unwrap().retired);
    let active: Vec<&str> = d.active_cards().map(|c| c.id.as_str()).collect();
    assert_eq!(active, ["c"]);
    d.restore_card(&id("b")).unwrap();
    assert_eq!(d.active_cards().count(), 2);
    assert_eq!(
        d.remove_or_retire(&id("zz"), &used),
        Err(DeckError::UnknownCard)
    );
}

#[test]
fn readings_of_another_deck_do_not_count() {
    let d = deck(&["a"]);
    let mut used = CardsInUse::new(&DeckId::generate(9, 9));
    used.add(&[reading(
        "r-1",
        Respondent::Person,
        day(1, 1),
        &[("a", Answer::Rated(1))],
    )]);
    assert!(!used.any_readings());
    assert!(d.can_delete_card(&id("a"), &used));
}

#[test]
fn the_scale_keeps_its_points_once_there_are_readings() {
    let mut d = deck(&["a"]);
    let three = Scale::new(&["Never", "Sometimes", "Always"], false).unwrap();
    let relabelled = Scale::new(&["1", "2", "3", "4", "5"], false).unwrap();
    let used = in_use(&d, &[]);
    assert!(used.any_readings());
    assert_eq!(
        d.set_scale(three.clone(), &used),
        Err(DeckError::PointsFixed(5))
    );
    d.set_scale(relabelled.clone(), &used).unwrap();
    assert_eq!(d.scale(), &relabelled);
    d.set_scale(three.clone(), &CardsInUse::new(d.id()))
        .unwrap();
    assert_eq!(d.scale(), &three);
}

#[test]
fn built_in_decks_are_copied_not_edited() {
    let mut built_in = built_in_decks().remove(0);
    let first = built_in.cards()[0].id.clone();
    let nothing = CardsInUse::new(built_in.id());
    assert_eq!(built_in.reword(&first, "Changed"), Err(DeckError::BuiltIn));
    assert_eq!(built_in.add_card(&draft("New")), Err(DeckError::BuiltIn));
    assert_eq!(built_in.rename("Mine"), Err(DeckError::BuiltIn));
    assert_eq!(built_in.move_card(&first, 3), Err(DeckError::BuiltIn));
    assert_eq!(
        built_in.remove_or_retire(&first, &nothing),
        Err(DeckError::BuiltIn)
    );
    assert!(!built_in.can_delete_card(&first, &nothing));

    let mut copy = built_in
        .copy_as(DeckId::generate(1, 1), "Our adults' deck")
        .unwrap();
    assert!(!copy.is_built_in());
    assert_eq!(copy.cards(), built_in.cards());
    copy.reword(&first, "I can get to the corner shop on my own")
        .unwrap();
    assert_eq!(
        copy.remove_or_retire(&first, &nothing),
        Ok(Removal::Deleted)
    );
    assert_eq!(
        built_in.copy_as(DeckId::generate(1, 1), " "),
        Err(DeckError::NameMissing)
    );
}

#[test]
fn a_deck_holds_at_most_max_cards() {
    let mut d = Deck::new(DeckId::generate(1, 1), "Big", Scale::default()).unwrap();
    for n in 0..MAX_CARDS {
        d.add_card(&draft(&format!("I do thing {n}"))).unwrap();
    }
    assert_eq!(
        d.add_card(&draft("One more")),
        Err(DeckError::TooManyCards(MAX_CARDS + 1))
    );
    assert_eq!(d.check(), Ok(()));
    assert_eq!(
        d.set_notice(&"n".repeat(1_001)),
        Err(DeckError::NoticeTooLong)
    );
    d.set_notice(" Used under licence. ").unwrap();
    assert_eq!(d.notice(), "Used under licence.");
}
