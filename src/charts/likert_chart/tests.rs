use super::*;
use crate::charts::test_support::{
    elements, font_sizes, label_problems, placed_texts, points, rects, text_boxes, texts, title,
    Rect, LONG_STATEMENTS,
};
use crate::domain::DEFAULT_LABELS;

const WIDTH: u32 = 640;
/// The centre line at 640 wide: halfway between the margins.
const CENTRE: i32 = 320;
/// Pixels from the centre to either end at 640 wide.
const HALF: f64 = 310.0;
const FIVE: [&str; 5] = ["#E66101", "#FDB863", "#BDBDBD", "#B2ABD2", "#5E3C99"];

fn labels(n: usize) -> Vec<String> {
    (1..=n).map(|i| format!("Point {i}")).collect()
}

fn five() -> Vec<String> {
    DEFAULT_LABELS.iter().map(|l| (*l).to_owned()).collect()
}

fn bar(label: &str, counts: &[usize], not_scored: usize) -> ScoreDistribution {
    ScoreDistribution {
        label: label.to_owned(),
        counts: counts.to_vec(),
        not_scored,
    }
}

fn chart_of(points: usize, bars: &[&[usize]]) -> LikertChart {
    let bars = bars
        .iter()
        .enumerate()
        .map(|(i, counts)| bar(&format!("Bar {i}"), counts, 0))
        .collect();
    likert_chart("Test", &labels(points), bars, WIDTH)
}

fn svg(chart: &LikertChart) -> &str {
    chart.svg.as_deref().expect("an SVG")
}

/// Each bar's segments, top bar first, each left to right.
fn bars_of(svg: &str) -> Vec<Vec<Rect>> {
    let mut segments: Vec<Rect> = rects(svg)
        .into_iter()
        .filter(|r| r.height == BAR_HEIGHT && r.fill != "none")
        .collect();
    segments.sort_by_key(|r| (r.y, r.x));
    let mut bars: Vec<Vec<Rect>> = Vec::new();
    for segment in segments {
        match bars.last_mut() {
            Some(bar) if bar[0].y == segment.y => bar.push(segment),
            _ => bars.push(vec![segment]),
        }
    }
    bars
}

fn fills(bar: &[Rect]) -> Vec<&str> {
    bar.iter().map(|r| r.fill.as_str()).collect()
}

#[test]
fn segments_run_from_worst_on_the_left_to_best_on_the_right() {
    fn check(counts: &[usize], expected: &[&str]) {
        let chart = chart_of(counts.len(), &[counts]);
        let bars = bars_of(svg(&chart));
        assert_eq!(bars.len(), 1);
        assert_eq!(fills(&bars[0]), expected, "{counts:?}");
        for pair in bars[0].windows(2) {
            assert_eq!(pair[0].x + pair[0].width, pair[1].x, "no gaps: {counts:?}");
        }
    }
    let [o, lo, grey, lp, p] = FIVE;
    check(&[1, 2, 3, 2, 2], &[o, lo, grey, grey, lp, p]);
    // Scores nobody gave have no segment.
    check(&[4, 0, 0, 0, 1], &[o, p]);
    check(&[0, 0, 5, 0, 0], &[grey, grey]);
    check(&[1, 1, 1], &["#F1A340", grey, grey, "#998EC3"]);
    check(&[1, 1, 1, 1], &["#E66101", "#FDB863", "#B2ABD2", "#5E3C99"]);
}

#[test]
fn the_middle_point_straddles_the_centre_on_odd_scales() {
    fn check(counts: &[usize]) {
        let chart = chart_of(counts.len(), &[counts]);
        let bar = &bars_of(svg(&chart))[0];
        let greys: Vec<&Rect> = bar.iter().filter(|r| r.fill == "#BDBDBD").collect();
        match counts.len() % 2 {
            1 => {
                assert_eq!(greys.len(), 2, "{counts:?}");
                assert_eq!(greys[0].x + greys[0].width, CENTRE, "{counts:?}");
                assert_eq!(greys[1].x, CENTRE, "{counts:?}");
                assert!((greys[0].width - greys[1].width).abs() <= 1, "{counts:?}");
            }
            _ => {
                // No middle: the worse and the better scores meet at the centre.
                assert!(greys.is_empty(), "{counts:?}");
                let negatives = counts.len() / 2;
                let meeting = bar
                    .iter()
                    .take_while(|r| r.x < CENTRE)
                    .map(|r| r.x + r.width)
                    .last();
                assert_eq!(meeting, Some(CENTRE), "{counts:?}");
                assert!(negatives > 0);
            }
        }
    }
    check(&[1, 2, 3, 2, 2]);
    check(&[0, 0, 1, 0, 0]);
    check(&[5, 0, 3, 0, 1]);
    check(&[1, 1, 1]);
    check(&[2, 1, 1, 4, 3, 1, 2]);
    check(&[1, 2, 2, 1]);
    check(&[3, 0, 0, 0, 0, 1]);
}

#[test]
fn widths_are_shares_of_those_who_scored() {
    /// `expected` is each segment's share in percent of the axis' half-width at `extent`.
    fn check(counts: &[usize], extent: f64, expected: &[f64]) {
        let chart = chart_of(counts.len(), &[counts]);
        let bar = &bars_of(svg(&chart))[0];
        assert_eq!(bar.len(), expected.len(), "{counts:?}");
        for (segment, share) in bar.iter().zip(expected) {
            let width = HALF * share / extent;
            assert!(
                (f64::from(segment.width) - width).abs() <= 1.0,
                "{counts:?}: {segment:?} should be {width} wide"
            );
        }
        // The whole bar is 100% of those who scored.
        let total: i32 = bar.iter().map(|r| r.width).sum();
        assert!((f64::from(total) - HALF * 100.0 / extent).abs() <= 1.0);
        // Skipped and "prefer not to say" take no width.
        let mut with_skips = bar_chart_with_skips(counts);
        with_skips.retain(|r| r.height == BAR_HEIGHT && r.fill != "none");
        assert_eq!(with_skips.iter().map(|r| r.width).sum::<i32>(), total);
    }
    fn bar_chart_with_skips(counts: &[usize]) -> Vec<Rect> {
        let chart = likert_chart(
            "Test",
            &labels(counts.len()),
            vec![bar("Skips", counts, 7)],
            WIDTH,
        );
        rects(svg(&chart))
    }
    // All on one side: the axis runs to 100%.
    check(&[3, 0, 0, 0, 0], 100.0, &[100.0]);
    check(&[0, 0, 0, 1, 3], 100.0, &[25.0, 75.0]);
    // Half each side: the axis stops at 50%, so the bar fills the width.
    check(&[1, 1, 0, 1, 1], 50.0, &[25.0, 25.0, 25.0, 25.0]);
    // The middle's half on each side counts towards the extent: 10% + 20% + 20%.
    check(
        &[1, 2, 4, 2, 1],
        50.0,
        &[10.0, 20.0, 20.0, 20.0, 20.0, 10.0],
    );
    check(&[1, 3], 75.0, &[25.0, 75.0]);
}

#[test]
fn counts_are_written_in_segments_wide_enough_for_them() {
    let chart = chart_of(5, &[&[1, 0, 1, 0, 40]]);
    let svg = svg(&chart);
    let bar = &bars_of(svg)[0];
    let placed = placed_texts(svg);
    let in_bar = |text: &str| {
        placed
            .iter()
            .any(|t| t.text == text && t.y == bar[0].y + BAR_HEIGHT / 2)
    };
    assert!(in_bar("40"), "the wide segment has its count");
    // 1 of 42 is 7 px wide, too narrow for its count.
    assert!(!in_bar("1"), "narrow segments stay clear");
    // White on the dark purple, dark on the pale middle.
    let chart = chart_of(5, &[&[0, 0, 10, 0, 10]]);
    let two = self::svg(&chart);
    for (count, fill) in [("10", "#FFFFFF"), ("10", "#1A1A1A")] {
        assert!(
            two.split("<text")
                .any(|t| t.contains(&format!(">\n{count}\n")) && t.contains(fill)),
            "{count} in {fill}"
        );
    }
}

#[test]
fn the_legend_has_every_point_label_worst_first() {
    fn check(labels: &[String], width: u32) {
        let bars = vec![bar("Bar", &vec![1; labels.len()], 0)];
        let chart = likert_chart("Test", labels, bars, width);
        let svg = svg(&chart);
        let placed = placed_texts(svg);
        let positions: Vec<(i32, i32)> = labels
            .iter()
            .map(|l| {
                let t = placed
                    .iter()
                    .find(|t| &t.text == l)
                    .expect("a legend label");
                (t.y, t.x)
            })
            .collect();
        let mut sorted = positions.clone();
        sorted.sort();
        assert_eq!(positions, sorted, "reading order at {width}: {labels:?}");
        assert!(
            positions.iter().all(|(_, x)| *x < width as i32),
            "inside the chart"
        );
        assert_eq!(chart.point_labels, labels);
    }
    for width in [320, 640] {
        check(&five(), width);
        check(&labels(3), width);
        check(&labels(10), width);
    }
}

#[test]
fn ticks_say_percent_either_side_of_the_centre() {
    fn check(counts: &[usize], width: u32, expected: &[&str]) {
        let chart = likert_chart(
            "Test",
            &labels(counts.len()),
            vec![bar("Bar", counts, 0)],
            width,
        );
        let ticks: Vec<String> = texts(svg(&chart))
            .into_iter()
            .filter(|t| t.ends_with('%'))
            .collect();
        assert_eq!(ticks, expected, "{counts:?} at {width}");
    }
    let (left, right) = ("25%", "25%");
    check(
        &[3, 0, 0, 0, 0],
        640,
        &[
            left, right, "50%", "50%", "75%", "75%", "100%", "100%", "0%",
        ],
    );
    check(&[3, 0, 0, 0, 0], 320, &["50%", "50%", "100%", "100%", "0%"]);
    check(&[1, 0, 0, 0, 1], 640, &["25%", "25%", "50%", "50%", "0%"]);
}

#[test]
fn captions_say_the_finding_in_words() {
    fn check(bars: Vec<ScoreDistribution>, points: usize, expected: &str) {
        assert_eq!(
            likert_chart("Test", &labels(points), bars, WIDTH).caption,
            expected
        );
    }
    check(
        vec![bar("I feel safe at home", &[1, 1, 1, 3, 4], 2)],
        5,
        "7 of 10 people rated “I feel safe at home” positively, 2 negatively, 1 in the middle; \
         2 did not answer",
    );
    check(
        vec![bar("I see friends", &[1, 2, 3, 0], 0)],
        4,
        "3 of 6 people rated “I see friends” positively, 3 negatively",
    );
    check(
        vec![bar("Alone", &[0, 0, 1], 0)],
        3,
        "1 of 1 person rated “Alone” positively, 0 negatively, 0 in the middle",
    );
    check(
        vec![
            bar("A", &[1, 0, 1, 0, 2], 1),
            bar("B", &[0, 0, 0, 1, 3], 0),
            bar("C", &[3, 1, 0, 0, 0], 2),
        ],
        5,
        "Across 3 statements, 6 of 12 ratings are positive, 5 negative, 1 in the middle; \
         3 not answered; most positive: “B” (100% positive)",
    );
    check(
        vec![
            bar("A", &[0, 0, 0, 1], 0),
            bar("B", &[0, 0, 1, 0], 0),
            bar("C", &[1, 0, 0, 0], 0),
        ],
        4,
        "Across 3 statements, 2 of 3 ratings are positive, 1 negative; \
         most positive: “A” and 1 other (100% positive)",
    );
    // Statements not answered still count as statements.
    check(
        vec![
            bar("Safe", &[0, 0, 0, 1, 0], 0),
            bar("Lonely", &[0, 1, 0, 0, 0], 0),
            bar("Retired, answered", &[0; 5], 1),
            bar("New since", &[0; 5], 1),
        ],
        5,
        "Across 4 statements, 1 of 2 ratings are positive, 1 negative, 0 in the middle; \
         2 not answered; most positive: “Safe” (100% positive)",
    );
    // All alike: no bar stands out, so none is named.
    check(
        vec![bar("A", &[1, 0, 1], 0), bar("B", &[2, 0, 2], 0)],
        3,
        "Across 2 statements, 3 of 6 ratings are positive, 3 negative, 0 in the middle",
    );
}

#[test]
fn no_chart_without_a_score() {
    fn check(bars: Vec<ScoreDistribution>) {
        let chart = likert_chart("Test", &five(), bars.clone(), WIDTH);
        assert_eq!(chart.svg, None, "{bars:?}");
        assert_eq!(chart.caption, "No ratings yet");
        assert_eq!(chart.bars.len(), bars.len());
    }
    check(Vec::new());
    check(vec![bar("Skipped by all", &[0; 5], 4)]);
    check(vec![bar("A", &[0; 5], 0), bar("B", &[], 1)]);
}

#[test]
fn a_bar_without_scores_among_others_says_so() {
    let chart = likert_chart(
        "Test",
        &five(),
        vec![bar("A", &[1, 0, 0, 0, 1], 0), bar("B", &[0; 5], 3)],
        WIDTH,
    );
    let svg = svg(&chart);
    assert_eq!(bars_of(svg).len(), 1);
    let texts = texts(svg);
    assert!(texts.contains(&"No ratings".to_owned()));
    assert!(texts.contains(&"3 did not answer".to_owned()));
}

#[test]
fn counts_are_fitted_to_the_labels() {
    let chart = likert_chart(
        "Test",
        &labels(3),
        vec![bar("Short", &[1], 0), bar("Long", &[1, 1, 1, 1], 0)],
        WIDTH,
    );
    assert_eq!(chart.bars[0].counts, [1, 0, 0]);
    assert_eq!(chart.bars[1].counts, [1, 1, 1]);
}

#[test]
fn scales_and_has_a_title() {
    fn check(bars: usize, height: i32) {
        let counts: Vec<&[usize]> = vec![&[1, 1, 1, 1, 1]; bars];
        let chart = chart_of(5, &counts);
        let svg = svg(&chart);
        assert!(
            svg.contains(&format!("viewBox=\"0 0 640 {height}\"")),
            "{bars} bars"
        );
        assert!(svg.find("<title>").unwrap() < svg.find("<rect").unwrap());
        assert_eq!(title(svg), format!("Test: {}", chart.caption));
        assert_eq!(bars_of(svg).len(), bars);
        assert!(font_sizes(svg).iter().all(|size| *size >= 13.0));
    }
    // Five short labels fit on one line of the legend at 640 wide.
    let fixed = MARGIN + LEGEND_LINE + AXIS_HEIGHT + MARGIN;
    check(1, fixed + ROW_HEIGHT);
    check(20, fixed + 20 * ROW_HEIGHT);
}

#[test]
fn user_text_is_escaped_exactly_once() {
    let nasty = "<script>alert(1)</script>";
    let mut point_labels = five();
    point_labels[0] = nasty.to_owned();
    let chart = likert_chart(
        nasty,
        &point_labels,
        vec![
            bar(nasty, &[1, 1, 1, 1, 1], 0),
            bar("Tom & Jerry", &[1; 5], 0),
        ],
        WIDTH,
    );
    let svg = svg(&chart);
    assert!(!svg.contains("<script"), "{svg}");
    assert!(!svg.contains("&amp;lt;") && !svg.contains("&amp;amp;"));
    assert!(svg.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(svg.contains("Tom &amp; Jerry"));
    let texts = texts(svg);
    // The bar's label and the legend's, each whole and escaped once.
    assert_eq!(
        texts.iter().filter(|t| *t == nasty).count(),
        2,
        "the bar's label and the legend's read back once each: {texts:?}"
    );
    assert!(title(svg).starts_with(&format!("{nasty}: Across 2 statements")));
    assert_eq!(chart.bars[0].label, nasty, "the table keeps raw text");
}

#[test]
fn palettes_diverge_with_a_grey_middle() {
    fn check(points: usize) {
        let colours = likert_palette(points);
        assert_eq!(colours.len(), points);
        let mut distinct = colours.clone();
        distinct.dedup();
        assert_eq!(distinct.len(), points, "{points} distinct colours");
        assert_eq!(
            colours.contains(&MIDDLE_GREY),
            points % 2 == 1,
            "grey only in the middle of an odd scale"
        );
        if points % 2 == 1 {
            assert_eq!(colours[points / 2], MIDDLE_GREY);
        }
        // Orange for the worst, purple for the best.
        let (worst, best) = (colours[0], colours[points - 1]);
        assert!(worst.0 > worst.2 && best.2 > best.1, "{points}");
    }
    for points in 3..=10 {
        check(points);
    }
    let five: Vec<String> = likert_palette(5)
        .iter()
        .map(|c| format!("#{:02X}{:02X}{:02X}", c.0, c.1, c.2))
        .collect();
    assert_eq!(five, FIVE);
}

#[test]
fn labels_wrap_whole_and_never_overlap_at_any_width() {
    let long_points: Vec<String> = [
        "Not at all true for me",
        "A little true",
        "Somewhat true",
        "Mostly true",
        "Completely and utterly true for me",
    ]
    .map(String::from)
    .to_vec();
    let bars: Vec<ScoreDistribution> = LONG_STATEMENTS
        .iter()
        .enumerate()
        .map(|(i, (statement, _))| bar(statement, &[i, 1, 2, 3, 1], i % 2))
        .collect();
    for points in [five(), long_points] {
        for width in [260, 294, 320, 360, 640] {
            let chart = likert_chart("Test", &points, bars.clone(), width);
            let svg = svg(&chart);
            assert_eq!(label_problems(svg), Vec::<String>::new(), "at {width}");
            let words: Vec<String> = texts(svg)
                .iter()
                .flat_map(|t| t.split(' ').map(str::to_owned).collect::<Vec<_>>())
                .collect();
            let every_label = points.iter().map(String::as_str);
            for label in LONG_STATEMENTS.iter().map(|s| s.0).chain(every_label) {
                for word in label.split(' ') {
                    assert!(words.iter().any(|w| w == word), "{word:?} at {width}");
                }
            }
        }
    }
}

#[test]
fn no_line_runs_through_a_label() {
    let bars: Vec<ScoreDistribution> = LONG_STATEMENTS
        .iter()
        .map(|(statement, _)| bar(statement, &[1, 1, 2, 3, 1], 1))
        .collect();
    for width in [260, 640] {
        let chart = likert_chart("Test", &five(), bars.clone(), width);
        let svg = svg(&chart);
        // Counts sit on the bars, over the lines, by design.
        let labels: Vec<_> = text_boxes(svg)
            .into_iter()
            .filter(|t| t.text.parse::<usize>().is_err())
            .collect();
        for line in elements(svg, "polyline", &[]) {
            let at = points(line);
            let (x, from, to) = (at[0].0, at[0].1.min(at[1].1), at[0].1.max(at[1].1));
            for label in &labels {
                let crosses = f64::from(x) > label.left
                    && f64::from(x) < label.right
                    && f64::from(to) > label.top
                    && f64::from(from) < label.bottom;
                assert!(
                    !crosses,
                    "a line at x = {x} crosses {:?} at {width}",
                    label.text
                );
            }
        }
    }
}
