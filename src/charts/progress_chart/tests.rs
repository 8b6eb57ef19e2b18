use chrono::NaiveDate;

use super::*;
use crate::charts::test_support::{
    attr, day, deck_of, elements, font_sizes, label_problems, points, rated, reading_by, texts,
    title,
};
use crate::domain::{Answer, Respondent};

const SIZE: (u32, u32) = (640, 400);
const PERSON: &str = "fill=\"#0072B2\"";
const WORKER: &str = "fill=\"#D55E00\"";
const CARER: &str = "fill=\"#009E73\"";
/// Everything drawn below this is in the plot, not the legend (one legend row at 640 wide).
const PLOT_TOP: i32 = 40;

/// A deck of `n` cards "Statement 0", … with the domains given in turn.
fn deck(n: usize, domains: &[&str]) -> Deck {
    let statements: Vec<String> = (0..n).map(|i| format!("Statement {i}")).collect();
    let cards: Vec<(&str, &str)> = statements
        .iter()
        .enumerate()
        .map(|(i, s)| (s.as_str(), domains[i % domains.len()]))
        .collect();
    deck_of("Test deck", &cards)
}

/// Readings by `who`, one a month from January, of the one card of a deck: a score (1 is the
/// lowest) or `None` for skipped.
fn monthly(who: Respondent, scores: &[Option<u8>]) -> Vec<Reading> {
    scores
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let answer = s.map_or(Answer::Skipped, |s| Answer::Rated(s - 1));
            let id = format!("r-{who:?}-{i}");
            reading_by(&id, who, day(i as u32 + 1, 5), &[answer])
        })
        .collect()
}

fn card_chart(readings: &[Reading], reviews: &[NaiveDate]) -> ProgressChart {
    let card = ProgressFocus::Card(CardId::parse("c-0").unwrap());
    progress_chart(&deck(1, &["Safety"]), readings, &card, reviews, SIZE)
}

/// The y of the `<text>` that reads `content`, such as a tick label.
fn text_y(svg: &str, content: &str) -> i32 {
    let element = svg
        .split("<text ")
        .skip(1)
        .find(|t| {
            t.split_once('>').is_some_and(|(_, rest)| {
                rest.trim_start()
                    .starts_with(&format!("{content}\n</text>"))
            })
        })
        .unwrap_or_else(|| panic!("no text {content:?}"));
    attr(element, "y") as i32
}

fn svg(chart: &ProgressChart) -> &str {
    chart.svg.as_deref().expect("an SVG")
}

/// The centres of one respondent's markers in the plot.
fn markers(svg: &str, who: Respondent) -> Vec<(i32, i32)> {
    let centres: Vec<(i32, i32)> = match who {
        Respondent::Person => elements(svg, "circle", &[PERSON])
            .iter()
            .map(|e| (attr(e, "cx") as i32, attr(e, "cy") as i32))
            .collect(),
        Respondent::Worker => elements(svg, "rect", &[WORKER])
            .iter()
            .map(|e| (attr(e, "x") as i32 + 7, attr(e, "y") as i32 + 7))
            .collect(),
        Respondent::Carer => elements(svg, "polygon", &[CARER])
            .iter()
            .map(|e| {
                // The triangle's top corner is 9 pixels above its centre.
                let top = points(e)[0];
                (top.0, top.1 + 9)
            })
            .collect(),
    };
    centres.into_iter().filter(|c| c.1 > PLOT_TOP).collect()
}

/// The pieces of one respondent's line in the plot: each stretch for the person's solid
/// line, each dash for the others.
fn line_pieces(svg: &str, who: Respondent) -> Vec<Vec<(i32, i32)>> {
    let stroke = format!("stroke=\"{}\"", respondent_colour(who).to_hex());
    elements(svg, "polyline", &[&stroke])
        .iter()
        .map(|e| points(e))
        .filter(|p| p.iter().all(|(_, y)| *y > PLOT_TOP))
        .collect()
}

trait Hex {
    fn to_hex(&self) -> String;
}

impl Hex for RGBColor {
    fn to_hex(&self) -> String {
        format!("#{:02X}{:02X}{:02X}", self.0, self.1, self.2)
    }
}

#[test]
fn one_line_and_a_marker_per_reading_for_each_respondent() {
    fn check(person: usize, worker: usize, carer: usize) {
        let mut readings = monthly(Respondent::Person, &vec![Some(3); person]);
        readings.extend(monthly(Respondent::Worker, &vec![Some(2); worker]));
        readings.extend(monthly(Respondent::Carer, &vec![Some(4); carer]));
        let chart = card_chart(&readings, &[]);
        let svg = svg(&chart);
        let counts = [person, worker, carer];
        for (who, count) in Respondent::ALL.into_iter().zip(counts) {
            assert_eq!(markers(svg, who).len(), count, "{who:?} of {counts:?}");
            assert_eq!(
                texts(svg).contains(&who.label().to_owned()),
                count > 0,
                "legend names {who:?} only with readings"
            );
        }
        // The person's solid line is one unbroken polyline through every reading.
        let solid = line_pieces(svg, Respondent::Person);
        match person {
            0 | 1 => assert!(solid.is_empty()),
            n => {
                assert_eq!(solid.len(), 1);
                assert_eq!(solid[0].len(), n);
                assert_eq!(solid[0], markers(svg, Respondent::Person));
            }
        }
        // Dashed and dotted lines run from the first marker to the last.
        for who in [Respondent::Worker, Respondent::Carer] {
            let ends = markers(svg, who);
            let pieces = line_pieces(svg, who);
            if ends.len() > 1 {
                assert_eq!(pieces.first().and_then(|p| p.first()), ends.first());
                assert!(pieces.len() > ends.len(), "{who:?} is dashed");
            } else {
                assert!(pieces.is_empty());
            }
        }
        assert_eq!(chart.points.len(), person + worker + carer);
    }
    check(2, 0, 0);
    check(3, 3, 0);
    check(4, 2, 3);
    check(1, 2, 0);
    check(0, 0, 5);
}

#[test]
fn markers_differ_so_colour_is_not_the_only_cue() {
    let mut readings = monthly(Respondent::Person, &[Some(3), Some(4)]);
    readings.extend(monthly(Respondent::Worker, &[Some(3), Some(4)]));
    readings.extend(monthly(Respondent::Carer, &[Some(3), Some(4)]));
    let chart = card_chart(&readings, &[]);
    let svg = svg(&chart);
    // Circles, squares and triangles, the same in the legend (one each above the plot).
    assert_eq!(elements(svg, "circle", &[PERSON]).len(), 3);
    assert_eq!(elements(svg, "rect", &[WORKER]).len(), 3);
    assert_eq!(elements(svg, "polygon", &[CARER]).len(), 3);
    // Solid for the person; dashes of different lengths for the worker and a carer.
    let dash = |who| line_pieces(svg, who)[0].clone();
    let length = |p: Vec<(i32, i32)>| {
        let (a, b) = (p[0], p[p.len() - 1]);
        f64::from((b.0 - a.0).pow(2) + (b.1 - a.1).pow(2)).sqrt()
    };
    assert!(length(dash(Respondent::Worker)) > length(dash(Respondent::Carer)) + 4.0);
}

#[test]
fn a_skipped_card_is_a_gap_not_a_zero() {
    fn check(scores: &[Option<u8>], solid_stretches: &[usize]) {
        let chart = card_chart(&monthly(Respondent::Person, scores), &[]);
        let svg = svg(&chart);
        let scored = scores.iter().flatten().count();
        let markers = markers(svg, Respondent::Person);
        assert_eq!(markers.len(), scored, "{scores:?}");
        let stretches: Vec<usize> = line_pieces(svg, Respondent::Person)
            .iter()
            .map(Vec::len)
            .collect();
        assert_eq!(stretches, solid_stretches, "{scores:?}");
        let values: Vec<Option<f64>> = chart.points.iter().map(|p| p.value).collect();
        let expected: Vec<Option<f64>> = scores.iter().map(|s| s.map(f64::from)).collect();
        assert_eq!(values, expected);
        // Nothing is drawn below the lowest score (a zero would be).
        let lowest = markers.iter().map(|m| m.1).max().unwrap();
        assert!(lowest <= text_y(svg, "1"), "{scores:?}");
    }
    check(&[Some(1), None, Some(3), Some(4)], &[2]);
    check(&[Some(2), Some(3), None, Some(4), Some(5)], &[2, 2]);
    check(&[None, Some(3), Some(4), None], &[2]);
    check(&[Some(2), None, Some(3)], &[]);
}

#[test]
fn dashed_lines_have_gaps_too() {
    let readings = monthly(Respondent::Worker, &[Some(2), None, Some(4), Some(5)]);
    let chart = card_chart(&readings, &[]);
    let svg = svg(&chart);
    let at = markers(svg, Respondent::Worker);
    assert_eq!(at.len(), 3);
    // No dash between the first reading and the one after the skipped one.
    let (from, to) = (at[0].0, at[1].0);
    for dash in line_pieces(svg, Respondent::Worker) {
        assert!(dash.iter().all(|(x, _)| *x <= from || *x >= to), "{dash:?}");
    }
}

#[test]
fn reviews_are_labelled_dashed_lines() {
    fn check(reviews: &[NaiveDate], lines: usize, labels: usize) {
        let readings = monthly(Respondent::Person, &[Some(1), Some(2), Some(3), Some(4)]);
        let chart = card_chart(&readings, reviews);
        let svg = svg(&chart);
        let vertical: Vec<Vec<(i32, i32)>> = elements(svg, "polyline", &["stroke=\"#555555\""])
            .iter()
            .map(|e| points(e))
            .filter(|p| p.len() == 2 && p[0].0 == p[1].0 && p[1].1 - p[0].1 < 10)
            .collect();
        let mut xs: Vec<i32> = vertical.iter().map(|p| p[0].0).collect();
        xs.dedup();
        // The axis ticks are short solid lines too; review dashes run the plot's height.
        let dashed = xs
            .iter()
            .filter(|x| vertical.iter().filter(|p| p[0].0 == **x).count() > 3)
            .count();
        assert_eq!(dashed, lines, "{reviews:?}");
        let said = texts(svg).iter().filter(|t| *t == "Review").count();
        assert_eq!(said, labels, "{reviews:?}");
    }
    check(&[], 0, 0);
    check(&[day(2, 20)], 1, 1);
    check(&[day(2, 20), day(4, 1)], 2, 2);
    // Two days apart: both lines, one label.
    check(&[day(2, 20), day(2, 22)], 2, 1);
    // The same review twice is one line.
    check(&[day(3, 1), day(3, 1)], 1, 1);
}

#[test]
fn a_review_after_the_readings_widens_the_time_axis() {
    let readings = monthly(Respondent::Person, &[Some(1), Some(2)]);
    let chart = card_chart(&readings, &[day(6, 1)]);
    let svg = svg(&chart);
    let at = markers(svg, Respondent::Person);
    assert!(at[1].0 < 400, "the readings sit left of the review: {at:?}");
    assert!(texts(svg).contains(&"Review".to_owned()));
}

#[test]
fn dates_are_short_uk_dates_that_do_not_collide() {
    let scores: Vec<Option<u8>> = (0..12).map(|i| Some(i % 5 + 1)).collect();
    let chart = card_chart(&monthly(Respondent::Person, &scores), &[]);
    let svg = svg(&chart);
    let texts = texts(svg);
    assert!(texts.contains(&"5 Jan 2026".to_owned()), "{texts:?}");
    assert!(
        texts.contains(&"5 Dec 2026".to_owned()),
        "the latest: {texts:?}"
    );
    let dates = texts.iter().filter(|t| t.ends_with(" 2026")).count();
    assert!((3..=6).contains(&dates), "few ticks: {texts:?}");
    assert!(!svg.contains("2026-"), "no ISO dates");
    assert!(
        chart.caption.contains("(5 January 2026)"),
        "{}",
        chart.caption
    );
}

#[test]
fn svg_scales_and_has_a_title_naming_the_focus() {
    let deck = deck(4, &["Safety", "Independence"]);
    let readings = vec![
        reading_by("r-1", Respondent::Person, day(3, 3), &rated(&[1, 1, 1, 1])),
        reading_by("r-2", Respondent::Person, day(9, 5), &rated(&[3, 2, 3, 2])),
    ];
    fn check(deck: &Deck, readings: &[Reading], focus: ProgressFocus, expected: &str) {
        let chart = progress_chart(deck, readings, &focus, &[], SIZE);
        let svg = svg(&chart);
        assert!(svg.contains("viewBox=\"0 0 640 400\""));
        assert!(svg.find("<title>") < svg.find("<rect"), "title comes first");
        assert_eq!(title(svg), format!("{expected}: {}", chart.caption));
    }
    let card = ProgressFocus::Card(CardId::parse("c-1").unwrap());
    check(
        &deck,
        &readings,
        card,
        "Score over time for \u{201c}Statement 1\u{201d}",
    );
    let safety = ProgressFocus::Domain("Safety".into());
    check(
        &deck,
        &readings,
        safety,
        "Median score over time for Safety",
    );
    check(
        &deck,
        &readings,
        ProgressFocus::Total,
        "Total score over time for Test deck",
    );
}

#[test]
fn values_by_focus() {
    let deck = deck(4, &["Safety", "Independence"]);
    fn check(
        deck: &Deck,
        answers: &[Answer],
        focus: ProgressFocus,
        value: Option<f64>,
        scored: usize,
    ) {
        let readings = [
            reading_by("r-1", Respondent::Person, day(1, 1), answers),
            reading_by("r-2", Respondent::Person, day(2, 1), answers),
        ];
        let chart = progress_chart(deck, &readings, &focus, &[], SIZE);
        assert_eq!(chart.points[0].value, value, "{focus:?} of {answers:?}");
        assert_eq!(chart.points[0].scored, scored, "{focus:?} of {answers:?}");
    }
    let card = |i: usize| ProgressFocus::Card(CardId::parse(&format!("c-{i}")).unwrap());
    let domain = |d: &str| ProgressFocus::Domain(d.to_owned());
    let all = rated(&[0, 1, 2, 4]);
    check(&deck, &all, card(0), Some(1.0), 1);
    check(&deck, &all, card(3), Some(5.0), 1);
    // Safety holds cards 0 and 2: scores 1 and 3; Independence 2 and 5.
    check(&deck, &all, domain("Safety"), Some(2.0), 2);
    check(&deck, &all, domain("Independence"), Some(3.5), 2);
    check(&deck, &all, ProgressFocus::Total, Some(11.0), 4);
    let gaps = [
        Answer::Skipped,
        Answer::Rated(1),
        Answer::PreferNotToSay,
        Answer::Rated(3),
    ];
    check(&deck, &gaps, card(0), None, 0);
    check(&deck, &gaps, domain("Safety"), None, 0);
    check(&deck, &gaps, domain("Independence"), Some(3.0), 2);
    check(&deck, &gaps, ProgressFocus::Total, Some(6.0), 2);
    let none = [Answer::Skipped; 4];
    check(&deck, &none, ProgressFocus::Total, None, 0);
}

#[test]
fn reverse_scored_cards_are_turned_round() {
    let mut cards = deck(1, &["Safety"]).cards().to_vec();
    cards[0].reverse_scored = true;
    let deck = Deck::from_parts(
        deck(1, &["Safety"]).id().clone(),
        "Reversed".into(),
        String::new(),
        crate::domain::Scale::default(),
        cards,
    );
    let readings = [
        reading_by("r-1", Respondent::Person, day(1, 1), &rated(&[4])),
        reading_by("r-2", Respondent::Person, day(2, 1), &rated(&[0])),
    ];
    let card = ProgressFocus::Card(CardId::parse("c-0").unwrap());
    let chart = progress_chart(&deck, &readings, &card, &[], SIZE);
    let values: Vec<Option<f64>> = chart.points.iter().map(|p| p.value).collect();
    assert_eq!(values, [Some(1.0), Some(5.0)]);
    assert!(chart.caption.ends_with("up 4."), "{}", chart.caption);
}

#[test]
fn value_axis_by_focus() {
    let deck = deck(4, &["Safety"]);
    let readings = [
        reading_by("r-1", Respondent::Person, day(1, 1), &rated(&[1, 1, 1, 1])),
        reading_by("r-2", Respondent::Person, day(2, 1), &rated(&[2, 2, 2, 2])),
    ];
    fn check(deck: &Deck, readings: &[Reading], focus: ProgressFocus, ticks: &[&str], title: &str) {
        let chart = progress_chart(deck, readings, &focus, &[], SIZE);
        let texts = texts(svg(&chart));
        let numbers: Vec<&str> = texts
            .iter()
            .map(String::as_str)
            .filter(|t| t.parse::<u32>().is_ok())
            .collect();
        assert_eq!(numbers, ticks, "{focus:?}");
        assert!(texts.contains(&title.to_owned()), "{texts:?}");
    }
    let card = ProgressFocus::Card(CardId::parse("c-0").unwrap());
    check(&deck, &readings, card, &["1", "2", "3", "4", "5"], "Score");
    let domain = ProgressFocus::Domain("Safety".into());
    check(
        &deck,
        &readings,
        domain,
        &["1", "2", "3", "4", "5"],
        "Median score",
    );
    // Four cards of five points: 0 to 20.
    let total = ["0", "5", "10", "15", "20"];
    check(
        &deck,
        &readings,
        ProgressFocus::Total,
        &total,
        "Total score",
    );
}

#[test]
fn empty_and_one_reading_states() {
    fn check(readings: &[Reading], caption: &str, rows: usize) {
        let chart = card_chart(readings, &[day(3, 1)]);
        assert_eq!(chart.svg, None, "{caption}");
        assert_eq!(chart.caption, caption);
        assert_eq!(chart.points.len(), rows);
    }
    check(&[], "No readings yet", 0);
    let mut unfinished = monthly(Respondent::Person, &[Some(1), Some(2)]);
    unfinished.iter_mut().for_each(|r| r.complete = false);
    check(&unfinished, NO_READINGS, 0);
    let mut other_deck = monthly(Respondent::Person, &[Some(1), Some(2)]);
    other_deck
        .iter_mut()
        .for_each(|r| r.deck = crate::domain::DeckId::parse("d-2").unwrap());
    check(&other_deck, NO_READINGS, 0);
    let one = "One reading so far: a chart appears after the next one";
    check(&monthly(Respondent::Person, &[Some(1)]), one, 1);
    let mut one_each = monthly(Respondent::Person, &[Some(1)]);
    one_each.extend(monthly(Respondent::Worker, &[Some(2)]));
    one_each.extend(monthly(Respondent::Carer, &[None]));
    check(&one_each, ONE_READING_EACH, 3);

    let readings = monthly(Respondent::Person, &[Some(1), Some(2)]);
    let missing = ProgressFocus::Card(CardId::parse("c-9").unwrap());
    let chart = progress_chart(&deck(1, &["Safety"]), &readings, &missing, &[], SIZE);
    assert_eq!((chart.svg, chart.caption.as_str()), (None, NO_SUCH_FOCUS));
    let missing = ProgressFocus::Domain("Nowhere".into());
    let chart = progress_chart(&deck(1, &["Safety"]), &readings, &missing, &[], SIZE);
    assert_eq!(chart.caption, NO_SUCH_FOCUS);
}

#[test]
fn caption_says_up_down_and_same_for_each_respondent() {
    fn check(person: &[Option<u8>], worker: &[Option<u8>], expected: &str) {
        let mut readings = monthly(Respondent::Person, person);
        readings.extend(monthly(Respondent::Worker, worker));
        assert_eq!(card_chart(&readings, &[]).caption, expected);
    }
    check(
        &[Some(2), Some(3), Some(4)],
        &[],
        "The person: 2 at the baseline (5 January 2026), 4 at the latest reading \
         (5 March 2026), up 2.",
    );
    check(
        &[Some(5), Some(4)],
        &[Some(3), Some(1), Some(3)],
        "The person: 5 at the baseline (5 January 2026), 4 at the latest reading \
         (5 February 2026), down 1. The worker: 3 at the baseline (5 January 2026), 3 at the \
         latest reading (5 March 2026), no change.",
    );
    check(
        &[None, Some(4)],
        &[Some(2)],
        "The person: not scored at the baseline (5 January 2026), 4 at the latest reading \
         (5 February 2026), so the two cannot be compared. The worker: 2 at the only reading \
         (5 January 2026).",
    );
}

#[test]
fn caption_gives_half_points_of_a_median() {
    let deck = deck(2, &["Safety"]);
    let readings = [
        reading_by("r-1", Respondent::Carer, day(1, 1), &rated(&[0, 1])),
        reading_by("r-2", Respondent::Carer, day(2, 1), &rated(&[2, 4])),
    ];
    let domain = ProgressFocus::Domain("Safety".into());
    let chart = progress_chart(&deck, &readings, &domain, &[], SIZE);
    assert_eq!(
        chart.caption,
        "A carer: 1.5 at the baseline (1 January 2026), 4 at the latest reading \
         (1 February 2026), up 2.5."
    );
}

#[test]
fn totals_of_different_cards_are_flagged() {
    let deck = deck(3, &["Safety"]);
    fn check(deck: &Deck, answers: &[&[Answer]], flagged: bool) {
        let readings: Vec<Reading> = answers
            .iter()
            .enumerate()
            .map(|(i, a)| {
                reading_by(
                    &format!("r-{i}"),
                    Respondent::Person,
                    day(i as u32 + 1, 1),
                    a,
                )
            })
            .collect();
        let chart = progress_chart(deck, &readings, &ProgressFocus::Total, &[], SIZE);
        assert_eq!(
            chart.caption.ends_with(DIFFERENT_CARDS),
            flagged,
            "{}",
            chart.caption
        );
        let card = ProgressFocus::Card(CardId::parse("c-0").unwrap());
        let chart = progress_chart(deck, &readings, &card, &[], SIZE);
        assert!(!chart.caption.contains(DIFFERENT_CARDS), "only totals");
    }
    let all: &[Answer] = &rated(&[1, 2, 3]);
    let one_skipped: &[Answer] = &[Answer::Rated(1), Answer::Skipped, Answer::Rated(3)];
    let other_skipped: &[Answer] = &[Answer::Skipped, Answer::Rated(1), Answer::Rated(3)];
    check(&deck, &[all, all], false);
    check(&deck, &[all, one_skipped], true);
    check(&deck, &[one_skipped, one_skipped], false);
    // The same number of cards, but not the same cards.
    check(&deck, &[one_skipped, other_skipped], true);
}

#[test]
fn table_rows_in_date_order_then_respondent() {
    let readings = vec![
        reading_by("late", Respondent::Person, day(5, 1), &rated(&[2])),
        reading_by("carer", Respondent::Carer, day(1, 1), &rated(&[2])),
        reading_by("worker", Respondent::Worker, day(1, 1), &rated(&[2])),
        reading_by("person", Respondent::Person, day(1, 1), &rated(&[2])),
    ];
    let chart = card_chart(&readings, &[]);
    let order: Vec<&str> = chart.points.iter().map(|p| p.reading.as_str()).collect();
    assert_eq!(order, ["person", "worker", "carer", "late"]);
}

#[test]
fn text_is_large_enough_for_a_phone() {
    let mut readings = monthly(Respondent::Person, &[Some(1), Some(2), Some(3)]);
    readings.extend(monthly(Respondent::Worker, &[Some(2), Some(2)]));
    let chart = card_chart(&readings, &[day(2, 1)]);
    let sizes = font_sizes(svg(&chart));
    assert!(!sizes.is_empty());
    assert!(sizes.iter().all(|s| *s >= 13.0), "{sizes:?}");
}

#[test]
fn user_text_is_escaped_exactly_once() {
    let nasty = "<script>alert(1)</script>";
    let escaped = "&lt;script&gt;alert(1)&lt;/script&gt;";
    let deck = deck_of(nasty, &[(nasty, nasty), ("Fine", "Safety")]);
    let readings = [
        reading_by("r-1", Respondent::Person, day(1, 1), &rated(&[1, 1])),
        reading_by("r-2", Respondent::Person, day(2, 1), &rated(&[2, 2])),
    ];
    for focus in [
        ProgressFocus::Card(CardId::parse("c-0").unwrap()),
        ProgressFocus::Domain(nasty.to_owned()),
        ProgressFocus::Total,
    ] {
        let chart = progress_chart(&deck, &readings, &focus, &[], SIZE);
        let svg = svg(&chart);
        assert!(!svg.contains("<script"), "{svg}");
        assert!(!svg.contains("&amp;lt;") && !svg.contains("&amp;amp;"));
        assert_eq!(svg.matches(escaped).count(), 1, "{focus:?}: {svg}");
        assert!(title(svg).contains(nasty), "{focus:?} reads back");
    }
}

#[test]
fn labels_never_cut_or_overlap_at_any_width() {
    // A year of readings by the person, the worker and a carer, with reviews among them.
    let mut readings = monthly(Respondent::Person, &[Some(1), Some(2), Some(2), Some(4)]);
    readings.extend(monthly(Respondent::Worker, &[Some(2), Some(3)]));
    readings.extend(monthly(Respondent::Carer, &[Some(1), None, Some(5)]));
    let reviews = [day(3, 1), day(3, 20), day(9, 30)];
    let deck = deck(3, &["Safety", "Health and wellbeing"]);
    for width in [260, 294, 360, 640] {
        let size = (width, (width * 3 / 5).max(300));
        for focus in [
            ProgressFocus::Total,
            ProgressFocus::Domain("Health and wellbeing".into()),
        ] {
            let chart = progress_chart(&deck, &readings, &focus, &reviews, size);
            let problems = label_problems(svg(&chart));
            assert_eq!(problems, Vec::<String>::new(), "{focus:?} at {width}");
        }
    }
}
