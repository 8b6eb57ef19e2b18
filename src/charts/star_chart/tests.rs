use chrono::NaiveDate;

use super::*;
use crate::charts::test_support::{
    day, deck_of, label_problems, rated, reading_by, texts, unescape, LONG_STATEMENTS,
};
use crate::domain::{Answer, Respondent, Scale};

const SIZE: u32 = 640;

/// A deck of `n` cards, all in one domain.
fn deck(n: usize) -> Deck {
    let statements: Vec<String> = (0..n).map(|i| format!("Statement {i}")).collect();
    let cards: Vec<(&str, &str)> = statements.iter().map(|s| (s.as_str(), "Safety")).collect();
    deck_of("Test deck", &cards)
}

/// A finished reading by the person answering card `c-i` with `answers[i]`.
fn reading(id: &str, date: NaiveDate, answers: &[Answer]) -> Reading {
    reading_by(id, Respondent::Person, date, answers)
}

fn svg(chart: &StarChart) -> &str {
    chart.svg.as_deref().expect("an SVG")
}

fn two_readings(n: usize) -> (Deck, Reading, Reading) {
    let before = vec![1; n];
    let after = vec![3; n];
    (
        deck(n),
        reading("r-1", day(1, 5), &rated(&before)),
        reading("r-2", day(6, 5), &rated(&after)),
    )
}

#[test]
fn one_spoke_per_active_card() {
    fn check(cards: usize) {
        let (deck, b, l) = two_readings(cards);
        let chart = star_chart(&deck, Some(&b), Some(&l), SIZE);
        let labels: Vec<String> = texts(svg(&chart))
            .into_iter()
            .filter(|t| t.starts_with("Statement "))
            .collect();
        assert_eq!(labels.len(), cards, "labels for {cards} cards");
        assert_eq!(chart.rows.len(), cards);
        assert!(!chart.by_domain);
    }
    for cards in [1, 3, 5, 12] {
        check(cards);
    }
}

#[test]
fn retired_cards_have_no_spoke() {
    let (mut deck, b, l) = two_readings(4);
    let mut cards = deck.cards().to_vec();
    cards[1].retired = true;
    deck = Deck::from_parts(
        deck.id().clone(),
        "Test deck".into(),
        String::new(),
        Scale::default(),
        cards,
    );
    let chart = star_chart(&deck, Some(&b), Some(&l), SIZE);
    let labels = texts(svg(&chart));
    assert!(!labels.contains(&"Statement 1".to_owned()));
    assert_eq!(chart.rows.len(), 3);
}

#[test]
fn two_polygons_and_a_legend_with_both_labels() {
    let (deck, b, l) = two_readings(5);
    let chart = star_chart(&deck, Some(&b), Some(&l), SIZE);
    let svg = svg(&chart);
    assert_eq!(svg.matches("<polygon").count(), 2);
    let texts = texts(svg);
    assert!(
        texts.contains(&"Baseline, 5 January 2026".to_owned()),
        "{texts:?}"
    );
    assert!(
        texts.contains(&"Latest, 5 June 2026".to_owned()),
        "{texts:?}"
    );
    assert!(
        svg.contains("#0072B2") && svg.contains("#E69F00"),
        "Okabe–Ito colours"
    );
}

#[test]
fn svg_scales_and_has_a_title() {
    let (deck, b, l) = two_readings(3);
    let chart = star_chart(&deck, Some(&b), Some(&l), SIZE);
    let svg = svg(&chart);
    assert!(svg.contains("viewBox=\"0 0 640 512\""));
    let title_at = svg.find("<title>").expect("a title");
    assert!(
        title_at < svg.find("<rect").unwrap_or(svg.len()),
        "title comes first"
    );
    assert!(svg.contains("<title>Star chart of Test deck: 3 of 3 cards improved"));
}

#[test]
fn empty_and_one_reading_states() {
    let (deck, b, l) = two_readings(4);
    let none = star_chart(&deck, None, None, SIZE);
    assert_eq!(none.svg, None);
    assert_eq!(none.caption, NO_READINGS);
    assert_eq!(none.caption, "No readings yet");
    assert_eq!(none.rows.len(), 4);

    for (base, last) in [(Some(&b), Some(&b)), (None, Some(&l)), (Some(&b), None)] {
        let one = star_chart(&deck, base, last, SIZE);
        assert_eq!(
            one.caption,
            "One reading so far: the chart compares once there is a second"
        );
        let svg = svg(&one);
        assert_eq!(svg.matches("<polygon").count(), 1, "the one reading alone");
        assert!(!texts(svg).iter().any(|t| t.starts_with("Baseline")));
        assert!(one.rows.iter().all(|r| r.change == Change::FirstReading));
    }
}

#[test]
fn caption_counts_improved_same_and_worse() {
    fn check(before: &[Answer], after: &[Answer], expected: &str) {
        let deck = deck(before.len());
        let chart = star_chart(
            &deck,
            Some(&reading("r-1", day(1, 1), before)),
            Some(&reading("r-2", day(2, 1), after)),
            SIZE,
        );
        assert_eq!(chart.caption, expected);
    }
    check(
        &rated(&[0, 1, 2, 3]),
        &rated(&[1, 2, 3, 4]),
        "4 of 4 cards improved since the baseline; 0 stayed the same; 0 got worse",
    );
    check(
        &rated(&[2, 2, 2]),
        &rated(&[3, 2, 1]),
        "1 of 3 cards improved since the baseline; 1 stayed the same; 1 got worse",
    );
    check(
        &rated(&[4]),
        &rated(&[0]),
        "0 of 1 card improved since the baseline; 0 stayed the same; 1 got worse",
    );
    check(
        &[Answer::Rated(1), Answer::Skipped, Answer::Rated(2)],
        &[Answer::Rated(2), Answer::Rated(3), Answer::PreferNotToSay],
        "1 of 3 cards improved since the baseline; 0 stayed the same; 0 got worse; \
         2 could not be compared (skipped or not said)",
    );
}

#[test]
fn unscored_answers_are_never_plotted() {
    let deck = deck(4);
    let b = reading("r-1", day(1, 1), &rated(&[1, 1, 1, 1]));
    let l = reading(
        "r-2",
        day(2, 1),
        &[
            Answer::Rated(2),
            Answer::Skipped,
            Answer::PreferNotToSay,
            Answer::Rated(2),
        ],
    );
    let chart = star_chart(&deck, Some(&b), Some(&l), SIZE);
    let svg = svg(&chart);
    // The latest has gaps, so only the baseline is a filled shape.
    assert_eq!(svg.matches("<polygon").count(), 1);
    // Markers: 4 for the baseline, 2 for the scored answers of the latest.
    assert_eq!(svg.matches("<circle").count(), 6);
    assert_eq!(chart.rows[1].latest, None);
    assert_eq!(chart.rows[2].latest, None);
}

#[test]
fn user_text_is_escaped_exactly_once() {
    let nasty = ["<script>alert(1)</script>", "Tom & Jerry \"quoted\""];
    let deck = deck_of(
        "<b>Deck</b> & \"co\"",
        // Four spokes: the top and bottom labels have the whole width, so neither is shortened.
        &[
            (nasty[0], "Safety"),
            ("Fine", "Safety"),
            (nasty[1], "Safety"),
            ("Also fine", "Safety"),
        ],
    );
    let b = reading("r-1", day(1, 1), &rated(&[1, 1, 1, 1]));
    let l = reading("r-2", day(2, 1), &rated(&[2, 2, 2, 2]));
    let chart = star_chart(&deck, Some(&b), Some(&l), SIZE);
    let svg = svg(&chart);
    assert!(!svg.contains("<script"), "{svg}");
    assert!(!svg.contains("<b>"));
    assert!(!svg.contains("&amp;lt;") && !svg.contains("&amp;amp;") && !svg.contains("&amp;quot;"));
    for statement in nasty {
        assert!(!svg.contains(statement), "{statement} raw in the SVG");
        assert!(
            texts(svg).contains(&statement.to_owned()),
            "{statement} reads back"
        );
    }
    assert!(svg.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(svg.contains("Tom &amp; Jerry"));
    let title_start = svg.find("<title>").unwrap() + "<title>".len();
    let title_end = svg.find("</title>").unwrap();
    let title = unescape(&svg[title_start..title_end]);
    assert!(
        title.starts_with("Star chart of <b>Deck</b> & \"co\": 4 of 4"),
        "{title}"
    );
    // The rows keep raw text: the UI's table escapes it as it renders.
    assert_eq!(chart.rows[0].statement, nasty[0]);
}

#[test]
fn long_statements_wrap_whole_or_number_the_spokes() {
    let long = "I can get to the shops and back on my own whenever I want to";
    let deck = deck_of(
        "Deck",
        &[
            (long, "Independence"),
            (long, "Independence"),
            ("Short", "Independence"),
        ],
    );
    let l = reading("r-1", day(1, 1), &rated(&[1, 1, 1]));
    let chart = star_chart(&deck, None, Some(&l), SIZE);
    let svg = svg(&chart);
    assert_eq!(label_problems(svg), Vec::<String>::new());
    // Each label's lines, read in order, say the whole statement.
    let texts = texts(svg);
    let joined = texts.join(" ");
    assert_eq!(joined.matches(long).count(), 2, "{texts:?}");
    assert!(
        texts.iter().all(|t| t.len() < long.len()),
        "{texts:?}: wrapped"
    );
    assert_eq!(chart.rows[0].statement, long);
}

#[test]
fn labels_never_cut_or_overlap_at_any_width() {
    /// Every word of every label drawn whole, no label over another or past the edge.
    fn check(deck: &Deck, width: u32) -> String {
        let n = deck.active_cards().count();
        let b = reading("r-1", day(1, 1), &rated(&vec![1; n]));
        let l = reading("r-2", day(2, 1), &rated(&vec![3; n]));
        let chart = star_chart(deck, Some(&b), Some(&l), width);
        let svg = svg(&chart).to_owned();
        assert_eq!(label_problems(&svg), Vec::<String>::new(), "at {width}");
        let words: Vec<String> = texts(&svg)
            .iter()
            .flat_map(|t| t.split(' ').map(str::to_owned).collect::<Vec<_>>())
            .collect();
        let spokes: Vec<&str> = match chart.by_domain {
            true => deck.active_cards().map(|c| c.domain.as_str()).collect(),
            false => deck.active_cards().map(|c| c.statement.as_str()).collect(),
        };
        for word in spokes.iter().flat_map(|s| s.split(' ')) {
            assert!(words.iter().any(|w| w == word), "{word:?} at {width}");
        }
        svg
    }
    let cards = deck_of("Cards", &LONG_STATEMENTS);
    // Thirteen cards: one spoke per domain, the demo's longest domain names among them.
    let mut many: Vec<(&str, &str)> = LONG_STATEMENTS.to_vec();
    many.extend_from_slice(&LONG_STATEMENTS);
    many.push(LONG_STATEMENTS[0]);
    let domains = deck_of("Domains", &many);
    for width in [260, 294, 360, COMPACT_BELOW, 640, 800] {
        check(&cards, width);
        let svg = check(&domains, width);
        if width >= COMPACT_BELOW {
            // Domain names fit around the circle once wrapped: no numbers needed.
            assert!(
                texts(&svg).iter().any(|t| t == "Independence"),
                "{width}: {:?}",
                texts(&svg)
            );
        }
    }
}

#[test]
fn a_label_with_a_word_too_long_for_its_room_numbers_the_spokes() {
    let word = "Supercalifragilisticexpialidocious-and-then-some";
    let deck = deck_of("Deck", &[("Short", "A"), (word, "A"), ("Fine", "A")]);
    let l = reading("r-1", day(1, 1), &rated(&[1, 1, 1]));
    let chart = star_chart(&deck, None, Some(&l), 640);
    let svg = svg(&chart);
    let texts = texts(svg);
    assert!(texts.contains(&format!("2  {word}")), "{texts:?}");
    assert!(texts.contains(&"2".to_owned()), "{texts:?}");
}

#[test]
fn more_than_twelve_cards_gives_one_spoke_per_domain_at_the_median() {
    let domains = ["Safety", "Independence", "Social connection"];
    let statements: Vec<String> = (0..13).map(|i| format!("Statement {i}")).collect();
    let cards: Vec<(&str, &str)> = statements
        .iter()
        .enumerate()
        .map(|(i, s)| (s.as_str(), domains[i % 3]))
        .collect();
    let deck = deck_of("Big deck", &cards);
    let b = reading("r-1", day(1, 1), &rated(&[0; 13]));
    let l = reading("r-2", day(2, 1), &rated(&[4; 13]));
    let chart = star_chart(&deck, Some(&b), Some(&l), SIZE);
    assert!(chart.by_domain);
    assert_eq!(chart.rows.len(), 13, "the table keeps every card");
    let texts = texts(svg(&chart));
    for domain in domains {
        assert_eq!(texts.iter().filter(|t| *t == domain).count(), 1, "{domain}");
    }
    assert!(!texts.iter().any(|t| t.starts_with("Statement")));
    assert!(chart.caption.starts_with("13 of 13 cards improved"));
}

#[test]
fn narrow_charts_number_the_spokes_and_name_them_in_a_key() {
    fn check(width: u32, cards: usize, numbered: bool) {
        let (deck, b, l) = two_readings(cards);
        let chart = star_chart(&deck, Some(&b), Some(&l), width);
        let texts = texts(svg(&chart));
        let numbers = (1..=cards)
            .filter(|n| texts.contains(&n.to_string()))
            .count();
        let keyed = (0..cards)
            .filter(|i| texts.contains(&format!("{}  Statement {i}", i + 1)))
            .count();
        match numbered {
            true => {
                assert_eq!((numbers, keyed), (cards, cards), "width {width}");
                let height = 48 + width + 8 + 20 * cards as u32;
                assert!(
                    svg(&chart).contains(&format!("viewBox=\"0 0 {width} {height}\"")),
                    "the key makes the chart taller"
                );
            }
            false => {
                assert_eq!(keyed, 0, "width {width}");
                assert!(texts.contains(&"Statement 0".to_owned()));
            }
        }
    }
    check(300, 5, true);
    check(COMPACT_BELOW - 1, 12, true);
    check(COMPACT_BELOW, 5, false);
    check(640, 12, false);
}

#[test]
fn text_is_at_least_13_px_at_every_width() {
    for width in [300, COMPACT_BELOW - 1, COMPACT_BELOW, 640] {
        let (deck, b, l) = two_readings(14);
        let chart = star_chart(&deck, Some(&b), Some(&l), width);
        let sizes = crate::charts::test_support::font_sizes(svg(&chart));
        assert!(!sizes.is_empty());
        assert!(sizes.iter().all(|s| *s >= 13.0), "{width}: {sizes:?}");
    }
}
