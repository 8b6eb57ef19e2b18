use super::*;
use crate::domain::cards::test_support::{day, deck, id, reading};
use crate::domain::cards::{Answer, DeckId, Respondent, DEFAULT_LABELS};

fn distribution(label: &str, counts: &[usize], not_scored: usize) -> ScoreDistribution {
    ScoreDistribution {
        label: label.to_owned(),
        counts: counts.to_vec(),
        not_scored,
    }
}

#[test]
fn percentages_add_up_to_100() {
    fn check(counts: &[usize], expected: &[usize]) {
        let shares = distribution("Bar", counts, 2).percentages();
        assert_eq!(shares, expected, "{counts:?}");
        if counts.iter().sum::<usize>() > 0 {
            assert_eq!(shares.iter().sum::<usize>(), 100, "{counts:?}");
        }
    }
    check(&[1, 1, 1], &[34, 33, 33]);
    check(&[1, 1, 1, 1, 1, 1], &[17, 17, 17, 17, 16, 16]);
    check(&[2, 1, 0, 0], &[67, 33, 0, 0]);
    check(&[7, 2, 1, 0, 0], &[70, 20, 10, 0, 0]);
    check(&[1, 0, 0, 0, 0, 0, 5], &[17, 0, 0, 0, 0, 0, 83]);
    check(&[0, 0, 0], &[0, 0, 0]);
}

#[test]
fn sides_split_at_the_middle() {
    fn check(counts: &[usize], negative: usize, middle: usize, positive: usize) {
        let expected = ScoreSides {
            negative,
            middle,
            positive,
        };
        assert_eq!(
            distribution("Bar", counts, 0).sides(),
            expected,
            "{counts:?}"
        );
    }
    check(&[1, 2, 3, 4, 5], 3, 3, 9);
    check(&[1, 2, 3, 4], 3, 0, 7);
    check(&[5, 1, 9], 5, 1, 9);
}

#[test]
fn positive_share_rounds_half_up() {
    fn check(counts: &[usize], not_scored: usize, expected: usize) {
        let got = distribution("Bar", counts, not_scored).positive_percent();
        assert_eq!(got, expected, "{counts:?}");
    }
    check(&[0, 0, 0, 1, 3], 0, 100);
    // 1 of 8 is 12.5%: up to 13.
    check(&[7, 0, 0, 0, 1], 0, 13);
    // 1 of 3 is 33.3%: down to 33; those who did not answer are not counted.
    check(&[1, 1, 1], 5, 33);
    check(&[0, 0, 0], 4, 0);
    check(&[], 0, 0);
}

#[test]
fn counts_across_people_are_by_score() {
    let deck = deck(&["safe", "lonely-rev"]);
    let answers: [&[(&str, Answer)]; 6] = [
        &[("safe", Answer::Rated(4)), ("lonely-rev", Answer::Rated(4))],
        &[("safe", Answer::Rated(4)), ("lonely-rev", Answer::Rated(0))],
        &[("safe", Answer::Rated(0)), ("lonely-rev", Answer::Rated(3))],
        &[
            ("safe", Answer::Skipped),
            ("lonely-rev", Answer::PreferNotToSay),
        ],
        // Taken before the second card was in the deck.
        &[("safe", Answer::Rated(2))],
        &[("safe", Answer::Rated(1)), ("lonely-rev", Answer::Rated(1))],
    ];
    let mut readings: Vec<Reading> = answers
        .iter()
        .enumerate()
        .map(|(i, a)| reading(&format!("r-{i}"), Respondent::Person, day(1, 1), a))
        .collect();
    // An unfinished reading, and one of another deck, never count.
    readings[5].complete = false;
    let rated = [("safe", Answer::Rated(4)), ("lonely-rev", Answer::Rated(4))];
    let mut other = reading("r-9", Respondent::Person, day(1, 1), &rated);
    other.deck = DeckId::parse("d-2").unwrap();
    readings.push(other);
    let refs: Vec<&Reading> = readings.iter().collect();

    let check = |card: &str, expected: ScoreDistribution| {
        assert_eq!(
            card_across_people(&deck, &id(card), &refs),
            expected,
            "{card}"
        );
    };
    check("safe", distribution("Statement safe", &[1, 0, 1, 0, 2], 1));
    // Reverse-scored: "Completely true" lonely is the worst score.
    check(
        "lonely-rev",
        distribution("Statement lonely-rev", &[1, 1, 0, 0, 1], 1),
    );
    check("c-7", distribution("c-7", &[0; 5], 0));
}

#[test]
fn one_reading_gives_a_distribution_per_card() {
    let deck = deck(&[
        "safe",
        "lonely-rev",
        "retired-answered",
        "retired-unanswered",
        "new-since",
    ]);
    let mut cards = deck.cards().to_vec();
    cards[2].retired = true;
    cards[3].retired = true;
    let deck = Deck::from_parts(
        deck.id().clone(),
        deck.name().to_owned(),
        String::new(),
        deck.scale().clone(),
        cards,
    );
    let r = reading(
        "r-1",
        Respondent::Person,
        day(1, 1),
        &[
            ("safe", Answer::Rated(3)),
            ("lonely-rev", Answer::Rated(3)),
            ("retired-answered", Answer::Skipped),
        ],
    );
    assert_eq!(
        person_across_cards(&deck, &r),
        [
            distribution("Statement safe", &[0, 0, 0, 1, 0], 0),
            distribution("Statement lonely-rev", &[0, 1, 0, 0, 0], 0),
            distribution("Statement retired-answered", &[0; 5], 1),
            distribution("Statement new-since", &[0; 5], 1),
        ]
    );
}

#[test]
fn score_labels_follow_reverse_scoring() {
    let deck = deck(&["a", "b-rev", "c-rev"]);
    let cards: Vec<&Card> = deck.cards().iter().collect();
    let check = |which: &[usize], expected: &[&str]| {
        let chosen: Vec<&Card> = which.iter().map(|i| cards[*i]).collect();
        assert_eq!(score_labels(&deck, &chosen), expected, "{which:?}");
    };
    check(&[0], &DEFAULT_LABELS);
    check(&[], &DEFAULT_LABELS);
    check(
        &[1, 2],
        &[
            "Completely true",
            "Mostly true",
            "Somewhat true",
            "A little true",
            "Not at all true",
        ],
    );
    check(&[0, 1], &["1 (worst)", "2", "3", "4", "5 (best)"]);
}
