use super::*;
use crate::charts::test_support::{
    day, deck, deck_of, deck_with, font_sizes, label_problems, placed_texts, rated, reading_by,
    rects, texts, title, Rect, LONG_STATEMENTS,
};
use crate::domain::{Answer, Scale};
use chrono::NaiveDate;

const WIDTH: u32 = 640;
const PERSON_FILL: &str = "#0072B2";
const WORKER_FILL: &str = "#D55E00";
const HIGHLIGHT: &str = "#FFF0B3";

fn svg(chart: &TwoViewsChart) -> &str {
    chart.svg.as_deref().expect("an SVG")
}

/// The person's reading on 5 January and the worker's on 6 January.
fn both(person: &[Answer], worker: &[Answer]) -> Vec<Reading> {
    vec![
        reading_by("r-1", Respondent::Person, day(1, 5), person),
        reading_by("r-2", Respondent::Worker, day(1, 6), worker),
    ]
}

fn chart_of(person: &[Answer], worker: &[Answer]) -> TwoViewsChart {
    two_views_chart(&deck(person.len()), &both(person, worker), WIDTH)
}

/// The person's bars, and the worker's, the legend's samples included (the first of each).
fn bars(svg: &str) -> (Vec<Rect>, Vec<Rect>) {
    let all = rects(svg);
    let person = all
        .iter()
        .filter(|r| r.fill == PERSON_FILL && r.opacity == "1")
        .cloned()
        .collect();
    let worker = all
        .iter()
        .filter(|r| r.fill == WORKER_FILL && r.opacity == "0.3")
        .cloned()
        .collect();
    (person, worker)
}

fn highlights(svg: &str) -> Vec<Rect> {
    rects(svg)
        .into_iter()
        .filter(|r| r.fill == HIGHLIGHT)
        .collect()
}

#[test]
fn a_pair_of_bars_and_a_label_per_card() {
    fn check(cards: usize) {
        let chart = chart_of(&rated(&vec![2; cards]), &rated(&vec![3; cards]));
        let svg = svg(&chart);
        let (person, worker) = bars(svg);
        assert_eq!(person.len(), cards + 1, "person's bars for {cards} cards");
        assert_eq!(worker.len(), cards + 1, "worker's bars for {cards} cards");
        let texts = texts(svg);
        for i in 0..cards {
            assert!(texts.contains(&format!("Statement {i}")), "{texts:?}");
        }
        assert_eq!(chart.views.rows.len(), cards);
    }
    for cards in [1, 3, 12, 20] {
        check(cards);
    }
}

#[test]
fn bars_are_as_long_as_the_score_and_say_it_at_their_end() {
    // Scores 1 to 5 for the person, 5 to 1 for the worker.
    let chart = chart_of(&rated(&[0, 1, 2, 3, 4]), &rated(&[4, 3, 2, 1, 0]));
    let svg = svg(&chart);
    let (person, worker) = bars(svg);
    let full = WIDTH as i32 - 2 * MARGIN - SCORE_ROOM;
    let placed = placed_texts(svg);
    for (bars, scores) in [
        (&person[1..], [1, 2, 3, 4, 5]),
        (&worker[1..], [5, 4, 3, 2, 1]),
    ] {
        for (bar, score) in bars.iter().zip(scores) {
            assert_eq!(bar.x, MARGIN, "every bar starts at zero");
            assert_eq!(bar.width, full * score / 5, "score {score}");
            let end = bar.x + bar.width;
            assert!(
                placed.iter().any(|t| t.text == score.to_string()
                    && t.x == end + 6
                    && t.y == bar.y + BAR_HEIGHT / 2),
                "{score} at the end of its bar"
            );
        }
    }
    // The person's bar sits above the worker's in each row.
    assert!(person[1..].iter().zip(&worker[1..]).all(|(p, w)| p.y < w.y));
}

#[test]
fn talk_about_this_marks_exactly_the_cards_two_points_apart() {
    fn check(person: &[u8], worker: &[u8], expected: &[usize]) {
        let chart = chart_of(&rated(person), &rated(worker));
        let svg = svg(&chart);
        let placed = placed_texts(svg);
        let marked: Vec<usize> = (0..person.len())
            .filter(|i| {
                let label = placed
                    .iter()
                    .find(|t| t.text == format!("Statement {i}"))
                    .unwrap();
                placed
                    .iter()
                    .any(|t| t.text == TALK_ABOUT_THIS && t.y == label.y)
            })
            .collect();
        assert_eq!(marked, expected, "{person:?} against {worker:?}");
        let talk = placed.iter().filter(|t| t.text == TALK_ABOUT_THIS).count();
        assert_eq!(talk, expected.len(), "no marker anywhere else");
        // One highlight behind each marked row, plus the legend's sample when there is any.
        let highlights = highlights(svg);
        let legend = usize::from(!expected.is_empty());
        assert_eq!(highlights.len(), expected.len() + legend);
        for i in expected {
            let label = placed
                .iter()
                .find(|t| t.text == format!("Statement {i}"))
                .unwrap();
            assert!(
                highlights[legend..]
                    .iter()
                    .any(|h| h.y <= label.y && label.y < h.y + h.height),
                "highlight behind card {i}"
            );
        }
        let flagged: Vec<usize> = (0..person.len())
            .filter(|i| chart.views.rows[*i].discuss)
            .collect();
        assert_eq!(flagged, expected, "the table agrees");
    }
    check(&[0, 2, 4, 1], &[2, 3, 1, 1], &[0, 2]);
    check(&[2, 2, 2], &[3, 1, 2], &[]);
    check(&[0, 4], &[4, 0], &[0, 1]);
    check(&[4], &[0], &[0]);
}

#[test]
fn reverse_scored_cards_are_drawn_by_score() {
    // "I feel lonely": answering the top point is the worst score.
    let deck = deck_with("Deck", Scale::default(), &[("I feel lonely", true)]);
    let readings = both(&rated(&[4]), &rated(&[1]));
    let chart = two_views_chart(&deck, &readings, WIDTH);
    let svg = svg(&chart);
    let (person, worker) = bars(svg);
    let full = WIDTH as i32 - 2 * MARGIN - SCORE_ROOM;
    assert_eq!(person[1].width, full / 5, "the person's score is 1");
    assert_eq!(worker[1].width, full * 4 / 5, "the worker's score is 4");
    assert_eq!(
        placed_texts(svg)
            .iter()
            .filter(|t| t.text == TALK_ABOUT_THIS)
            .count(),
        1
    );
}

#[test]
fn unscored_answers_have_no_bar_but_words() {
    let person = [Answer::Skipped, Answer::Rated(2), Answer::PreferNotToSay];
    let worker = [Answer::Rated(2), Answer::Rated(2)];
    let chart = chart_of(&person, &worker);
    let svg = svg(&chart);
    let (person_bars, worker_bars) = bars(svg);
    assert_eq!(person_bars.len(), 1 + 1, "one scored card, and the legend");
    assert_eq!(worker_bars.len(), 2 + 1);
    let texts = texts(svg);
    for words in [
        "Person: skipped",
        "Person: prefer not to say",
        "Worker: not answered",
    ] {
        assert!(texts.contains(&words.to_owned()), "{words} in {texts:?}");
    }
}

#[test]
fn legend_names_both_with_their_reading_dates() {
    fn check(person: &[u8], worker: &[u8], expected: &[&str]) {
        let chart = chart_of(&rated(person), &rated(worker));
        let texts = texts(svg(&chart));
        let legend: Vec<&str> = texts
            .iter()
            .map(String::as_str)
            .filter(|t| t.starts_with("The ") || t.starts_with("Highlighted"))
            .collect();
        assert_eq!(legend, expected);
    }
    check(
        &[1, 1],
        &[1, 2],
        &["The person, 5 January 2026", "The worker, 6 January 2026"],
    );
    check(
        &[1, 1],
        &[1, 3],
        &[
            "The person, 5 January 2026",
            "The worker, 6 January 2026",
            "Highlighted: 2 points or more apart",
        ],
    );
}

#[test]
fn the_latest_finished_reading_of_each_is_compared() {
    let mut readings = both(&rated(&[0]), &rated(&[0]));
    // A later person's reading, and a later one still that is not finished.
    readings.push(reading_by(
        "r-3",
        Respondent::Person,
        day(3, 1),
        &rated(&[4]),
    ));
    let mut unfinished = reading_by("r-4", Respondent::Person, day(4, 1), &rated(&[1]));
    unfinished.complete = false;
    readings.push(unfinished);
    // A carer's view is not one of the two.
    readings.push(reading_by(
        "r-5",
        Respondent::Carer,
        day(5, 1),
        &rated(&[2]),
    ));
    let chart = two_views_chart(&deck(1), &readings, WIDTH);
    assert_eq!(chart.views.person_date, Some(day(3, 1)));
    assert_eq!(chart.views.rows[0].person, Some(5));
    assert!(texts(svg(&chart)).contains(&"The person, 1 March 2026".to_owned()));
}

#[test]
fn captions_say_where_the_two_differ() {
    fn check(person: &[Answer], worker: &[Answer], expected: &str) {
        assert_eq!(chart_of(person, worker).caption, expected);
    }
    check(
        &rated(&[0, 0, 0, 2, 2, 2, 2, 2, 2, 2, 2, 2]),
        &rated(&[2, 3, 4, 2, 2, 2, 2, 2, 2, 2, 3, 1]),
        "The person and the worker differ by 2 points or more on 3 of 12 cards: \
         talk about these first",
    );
    check(
        &rated(&[0, 2, 2]),
        &rated(&[2, 2, 2]),
        "The person and the worker differ by 2 points or more on 1 of 3 cards: \
         talk about this first",
    );
    check(
        &rated(&[0]),
        &rated(&[4]),
        "The person and the worker differ by 2 points or more on 1 of 1 card: \
         talk about this first",
    );
    check(
        &rated(&[0, 1, 2, 3]),
        &rated(&[1, 0, 2, 4]),
        "The person and the worker agree within 1 point on every card",
    );
    check(
        &[Answer::Rated(1), Answer::Skipped, Answer::Rated(3)],
        &[Answer::Rated(1), Answer::Rated(1), Answer::PreferNotToSay],
        "The person and the worker agree within 1 point on every card both scored; \
         2 could not be compared (skipped or not said)",
    );
    check(
        &[Answer::Rated(0), Answer::Skipped],
        &[Answer::Rated(4), Answer::Rated(1)],
        "The person and the worker differ by 2 points or more on 1 of 2 cards: \
         talk about this first; 1 could not be compared (skipped or not said)",
    );
    check(
        &[Answer::Skipped],
        &[Answer::Rated(1)],
        "The person and the worker have not both scored any card, so none can be compared",
    );
}

#[test]
fn no_chart_until_both_have_a_finished_reading() {
    fn check(readings: &[Reading], expected: &str) {
        let chart = two_views_chart(&deck(3), readings, WIDTH);
        assert_eq!(chart.svg, None, "{expected}");
        assert_eq!(chart.caption, expected);
    }
    let person = reading_by("r-1", Respondent::Person, day(1, 1), &rated(&[1, 1, 1]));
    let worker = reading_by("r-2", Respondent::Worker, day(1, 1), &rated(&[1, 1, 1]));
    let mut unfinished = worker.clone();
    unfinished.complete = false;
    check(&[], "No readings yet");
    check(std::slice::from_ref(&unfinished), "No readings yet");
    check(
        &[person.clone(), unfinished],
        "Only the person has rated this deck so far: the chart compares once the worker has too",
    );
    check(
        &[worker],
        "Only the worker has rated this deck so far: the chart compares once the person has too",
    );
    // The table still has the one view that there is.
    let only = two_views_chart(&deck(3), &[person], WIDTH);
    assert_eq!(only.views.rows.len(), 3);
    assert_eq!(only.views.rows[0].person, Some(2));
}

#[test]
fn scales_grows_with_the_cards_and_has_a_title() {
    fn check(cards: usize, discuss: bool, height: i32) {
        let worker = if discuss { 4 } else { 1 };
        let chart = chart_of(&rated(&vec![0; cards]), &rated(&vec![worker; cards]));
        let svg = svg(&chart);
        assert!(
            svg.contains(&format!("viewBox=\"0 0 640 {height}\"")),
            "{cards} cards: {}",
            &svg[..200]
        );
        assert!(
            svg.find("<title>").unwrap() < svg.find("<rect").unwrap(),
            "title first"
        );
        assert_eq!(
            title(svg),
            format!("Two views of Test deck: {}", chart.caption)
        );
    }
    let fixed = MARGIN + 2 * LEGEND_LINE + AXIS_HEIGHT + MARGIN;
    check(1, false, fixed + ROW_HEIGHT);
    check(12, false, fixed + 12 * ROW_HEIGHT);
    // The legend explains the highlight when there is one.
    check(12, true, fixed + LEGEND_LINE + 12 * ROW_HEIGHT);
}

#[test]
fn text_stays_readable_and_long_statements_wrap_whole() {
    let long = "I can get to the shops and back on my own whenever I want to, rain or shine";
    let deck = deck_with("Deck", Scale::default(), &[(long, false), ("Short", false)]);
    let readings = both(&rated(&[0, 2]), &rated(&[4, 2]));
    for width in [260, 320, 640] {
        let chart = two_views_chart(&deck, &readings, width);
        let svg = svg(&chart);
        assert!(font_sizes(svg).iter().all(|size| *size >= 13.0), "{width}");
        let placed = placed_texts(svg);
        // The statement's lines, in order, say it all; the first shares its line with
        // "Talk about this" (the card is 4 points apart), the others have the full width.
        let start = placed
            .iter()
            .position(|t| t.text.starts_with("I can"))
            .unwrap();
        let lines: Vec<&str> = placed[start..]
            .iter()
            .take_while(|t| t.x == MARGIN)
            .map(|t| t.text.as_str())
            .collect();
        assert!(lines.len() > 1, "{width}: {lines:?}");
        assert_eq!(lines.join(" "), long, "{width}");
        let talk = placed.iter().find(|t| t.text == TALK_ABOUT_THIS).unwrap();
        assert_eq!(talk.y, placed[start].y, "{width}");
        assert_eq!(label_problems(svg), Vec::<String>::new(), "{width}");
        // The bars come after the last line, and the next card after the bars.
        let (person, _) = bars(svg);
        let last_line = placed[start + lines.len() - 1].y;
        assert!(person[1].y > last_line + 6, "{width}");
        let short = placed.iter().find(|t| t.text == "Short").unwrap();
        assert!(short.y > person[1].y + 2 * BAR_HEIGHT, "{width}");
        assert_eq!(
            chart.views.rows[0].statement, long,
            "the table keeps it all"
        );
    }
}

#[test]
fn labels_never_cut_or_overlap_at_any_width() {
    let deck = deck_of("Personal outcomes (adults)", &LONG_STATEMENTS);
    let n = LONG_STATEMENTS.len();
    // Some cards far apart (to talk about), some the same, one skipped by the worker.
    let person = rated(&[0, 4, 2, 1, 3, 4]);
    let mut worker = rated(&[4, 0, 2, 1, 3, 4]);
    worker[n - 1] = Answer::Skipped;
    for width in [260, 294, 360, 640] {
        let chart = two_views_chart(&deck, &both(&person, &worker), width);
        let svg = svg(&chart);
        assert_eq!(label_problems(svg), Vec::<String>::new(), "at {width}");
        let words: String = texts(svg).join(" ");
        for (statement, _) in LONG_STATEMENTS {
            for word in statement.split(' ') {
                assert!(words.split(' ').any(|w| w == word), "{word:?} at {width}");
            }
        }
    }
}

#[test]
fn user_text_is_escaped_exactly_once() {
    let nasty = "<script>alert(1)</script>";
    let deck = deck_with(
        "<b>Deck</b> & \"co\"",
        Scale::default(),
        &[(nasty, false), ("Tom & Jerry", false)],
    );
    let chart = two_views_chart(&deck, &both(&rated(&[1, 1]), &rated(&[1, 1])), WIDTH);
    let svg = svg(&chart);
    assert!(!svg.contains("<script"), "{svg}");
    assert!(!svg.contains("<b>"));
    assert!(!svg.contains("&amp;lt;") && !svg.contains("&amp;amp;"));
    assert!(svg.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(svg.contains("Tom &amp; Jerry"));
    assert!(texts(svg).contains(&nasty.to_owned()), "reads back once");
    assert!(title(svg).starts_with("Two views of <b>Deck</b> & \"co\": "));
    assert_eq!(
        chart.views.rows[0].statement, nasty,
        "the table keeps raw text"
    );
}

#[test]
fn differences_are_marked_only_when_the_readings_pair() {
    /// The person's reading on 3 December, the worker's on `worker_date`, two points apart
    /// on the one card; each in `conversation`s.
    fn check(worker_date: NaiveDate, conversations: [Option<&str>; 2], marked: bool) {
        let mut readings = vec![
            reading_by("r-1", Respondent::Person, day(12, 3), &rated(&[4])),
            reading_by("r-2", Respondent::Worker, worker_date, &rated(&[2])),
        ];
        for (r, c) in readings.iter_mut().zip(conversations) {
            r.conversation = c.map(str::to_owned);
        }
        let chart = two_views_chart(&deck(1), &readings, WIDTH);
        let svg = svg(&chart);
        let what = format!("{worker_date} in {conversations:?}");
        let talk = placed_texts(svg)
            .iter()
            .filter(|t| t.text == TALK_ABOUT_THIS)
            .count();
        assert_eq!(talk, usize::from(marked), "{what}");
        // The row's highlight and the legend's sample, or neither.
        assert_eq!(highlights(svg).len(), 2 * usize::from(marked), "{what}");
        assert_eq!(
            chart.views.rows[0].discuss, marked,
            "{what}: the table agrees"
        );
        // Both bars are drawn either way: each view is shown, only the marking goes.
        let (person, worker) = bars(svg);
        assert_eq!((person.len(), worker.len()), (2, 2), "{what}");
        match marked {
            true => assert!(chart
                .caption
                .starts_with("The person and the worker differ")),
            false => assert_eq!(
                chart.caption,
                "The person's reading (3 December 2026) and the worker's (9 September 2026) \
                 were taken 85 days apart, not in the same conversation, so differences are \
                 not marked. Take both readings in the same conversation, or within 14 days \
                 of each other, to compare them.",
                "{what}"
            ),
        }
        assert_eq!(
            title(svg),
            format!("Two views of Test deck: {}", chart.caption)
        );
    }
    check(day(9, 9), [Some("c-2"), Some("c-1")], false);
    check(day(9, 9), [None, None], false);
    check(day(9, 9), [Some("c-2"), Some("c-2")], true);
    check(day(11, 19), [Some("c-2"), Some("c-1")], true);
    check(day(11, 19), [None, None], true);
}

#[test]
fn a_long_statement_with_markup_wraps_and_stays_escaped() {
    let nasty = "<script>alert(1)</script> & a statement long enough to wrap on a phone";
    let deck = deck_with("Deck", Scale::default(), &[(nasty, false)]);
    let chart = two_views_chart(&deck, &both(&rated(&[0]), &rated(&[4])), 260);
    let svg = svg(&chart);
    assert!(!svg.contains("<script"), "{svg}");
    assert!(
        svg.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
        "{svg}"
    );
    assert!(!svg.contains("&amp;lt;"), "escaped once");
    let lines: Vec<String> = placed_texts(svg)
        .into_iter()
        .filter(|t| t.x == MARGIN)
        .map(|t| t.text)
        .skip_while(|t| !t.starts_with("<script>"))
        .collect();
    assert!(lines.len() > 1, "{lines:?}");
    assert!(lines.join(" ").starts_with(nasty), "{lines:?}");
}
