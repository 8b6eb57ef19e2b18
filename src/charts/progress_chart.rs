//! Progress over time for one deck of trigger cards: one card, one domain or the whole deck,
//! as one line per respondent (the person, the worker, a carer) across the dates of their
//! finished readings, with the reviews marked on the time axis. Like every chart here it
//! comes with a caption that says the finding in words and the rows of a table holding the
//! same numbers.
//!
//! Decisions worth knowing:
//! - A skipped or "prefer not to say" card has no score, so a reading without one is **not
//!   plotted**: the line breaks there (a gap) instead of dropping to zero, which would read
//!   as the worst score. A total of no scored cards is a gap too.
//! - A domain is valued at the **median** score of its cards that were scored (see
//!   [`super::star_chart`] for why not the mean); the deck's total is the **sum** of the
//!   scores of the cards scored, so a reading that skipped cards totals less. The table says
//!   how many cards each value covers, and the caption warns when totals cover different
//!   cards.
//! - Retired cards still count in the readings that scored them: they are part of the
//!   history being drawn.
//! - Each respondent has a colour, a marker (circle, square, triangle) and a dash (solid,
//!   dashed, dotted), so colour is never the only difference. Where markers coincide the
//!   larger square sits under the triangle, and the triangle under the circle, so all show.
//! - The time axis spans the readings and the reviews; its labels are short UK dates, spaced
//!   so they never collide, and always include the latest.
//! - Plotters escapes the text it draws, so the card's statement and the domain go to it
//!   raw; only the `<title>` goes through [`super::escape_svg_text`] (in `render_svg`).
//!
//! ```
//! use outcome_focus::charts::{progress_chart, ProgressFocus};
//! use outcome_focus::domain::built_in_decks;
//!
//! let deck = &built_in_decks()[0];
//! let chart = progress_chart(deck, &[], &ProgressFocus::Total, &[], (640, 400));
//! assert!(chart.svg.is_none());
//! assert_eq!(chart.caption, "No readings yet");
//! ```

use chrono::NaiveDate;
use plotters::element::DashedPathElement;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::common::{render_svg, respondent_colour, Area, DrawResult};
use super::plot::{
    legend_layout, sort_by_key, text_style, text_width, value_ticks, Plot, LEGEND_TEXT,
};
use super::star_chart::NO_READINGS;
use crate::domain::{
    card_score, format_uk_date, format_value, median, Card, CardId, Deck, Reading, Respondent,
};

/// What the caption says while no respondent has more than one reading.
pub const ONE_READING_EACH: &str = "One reading so far: a chart appears after the next one";
/// What the caption says when the deck has no card or domain of that name (a card deleted
/// since the page was opened, say).
pub const NO_SUCH_FOCUS: &str = "This deck has no such card or domain";
/// What the caption adds when the totals add up different cards.
pub const DIFFERENT_CARDS: &str =
    "Totals cover different cards: not every reading scored the same cards (see the table).";
/// The label of each review line on the time axis.
pub const REVIEW_LABEL: &str = "Review";

/// What the chart follows over time.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProgressFocus {
    /// One card's score.
    Card(CardId),
    /// The median score of the cards of this domain.
    Domain(String),
    /// The sum of the scores of the deck's cards.
    Total,
}

/// One finished reading's value: a row of the table beside the chart.
#[derive(Clone, Debug, PartialEq)]
pub struct ProgressPoint {
    /// When the reading was taken.
    pub date: NaiveDate,
    /// Whose view it was.
    pub respondent: Respondent,
    /// The reading's id.
    pub reading: String,
    /// The card's score, the domain's median or the deck's total; `None` when no card of the
    /// focus was scored (skipped or "prefer not to say").
    pub value: Option<f64>,
    /// How many of the focus's cards the reading scored.
    pub scored: usize,
}

/// A progress chart ready to show: the SVG, its caption and the rows of its table.
#[derive(Clone, Debug, PartialEq)]
pub struct ProgressChart {
    /// The SVG document (with a `viewBox`, so CSS can scale it); `None` until some respondent
    /// has two readings.
    pub svg: Option<String>,
    /// The finding in words, for the `<figcaption>`.
    pub caption: String,
    /// One row per finished reading of the deck, in date order, then by respondent.
    pub points: Vec<ProgressPoint>,
}

/// The progress over time of `focus` in the finished readings of `deck` among `readings`,
/// with a dashed line at each date of `reviews`, drawn `size` pixels wide and high.
pub fn progress_chart(
    deck: &Deck,
    readings: &[Reading],
    focus: &ProgressFocus,
    reviews: &[NaiveDate],
    size: (u32, u32),
) -> ProgressChart {
    let mut finished: Vec<&Reading> = readings
        .iter()
        .filter(|r| r.complete && &r.deck == deck.id())
        .collect();
    sort_by_key(&mut finished, |r| (r.date, rank(r.respondent)));
    let cards: Vec<&Card> = match focus {
        ProgressFocus::Card(id) => deck.card(id).into_iter().collect(),
        ProgressFocus::Domain(domain) => deck
            .cards()
            .iter()
            .filter(|c| &c.domain == domain)
            .collect(),
        ProgressFocus::Total => deck.cards().iter().collect(),
    };
    let empty = |caption: &str, points| ProgressChart {
        svg: None,
        caption: caption.to_owned(),
        points,
    };
    if finished.is_empty() {
        return empty(NO_READINGS, Vec::new());
    }
    if cards.is_empty() {
        return empty(NO_SUCH_FOCUS, Vec::new());
    }
    let scale = deck.scale();
    // Which of the focus's cards each reading scored, to tell when totals differ in cards.
    let mut scored_sets: Vec<Vec<bool>> = Vec::with_capacity(finished.len());
    let points: Vec<ProgressPoint> = finished
        .iter()
        .map(|reading| {
            let scores: Vec<Option<u8>> = cards
                .iter()
                .map(|c| card_score(scale, c, reading))
                .collect();
            scored_sets.push(scores.iter().map(Option::is_some).collect());
            let scores: Vec<u8> = scores.into_iter().flatten().collect();
            let scored = scores.len();
            let value = match focus {
                ProgressFocus::Card(_) => scores.first().map(|s| f64::from(*s)),
                ProgressFocus::Domain(_) => median(scores),
                ProgressFocus::Total => {
                    (scored > 0).then(|| scores.iter().map(|s| f64::from(*s)).sum())
                }
            };
            ProgressPoint {
                date: reading.date,
                respondent: reading.respondent,
                reading: reading.id.clone(),
                value,
                scored,
            }
        })
        .collect();
    let series: Vec<(Respondent, Vec<&ProgressPoint>)> = Respondent::ALL
        .iter()
        .map(|&who| (who, points.iter().filter(|p| p.respondent == who).collect()))
        .filter(|(_, of)| !Vec::is_empty(of))
        .collect();
    if series.iter().all(|(_, of)| of.len() < 2) {
        return empty(ONE_READING_EACH, points);
    }
    let mut caption = series
        .iter()
        .map(|(who, of)| respondent_sentence(*who, of))
        .collect::<Vec<_>>()
        .join(" ");
    let different_cards = scored_sets.windows(2).any(|pair| pair[0] != pair[1]);
    if *focus == ProgressFocus::Total && different_cards {
        caption.push(' ');
        caption.push_str(DIFFERENT_CARDS);
    }

    let title = match focus {
        ProgressFocus::Card(_) => {
            let statement = cards.first().map_or("", |c| c.statement.as_str());
            format!("Score over time for \u{201c}{statement}\u{201d}: {caption}")
        }
        ProgressFocus::Domain(domain) => format!("Median score over time for {domain}: {caption}"),
        ProgressFocus::Total => format!("Total score over time for {}: {caption}", deck.name()),
    };
    let lines: Vec<Line> = series
        .iter()
        .map(|(who, of)| Line {
            respondent: *who,
            points: of.iter().map(|p| (p.date, p.value)).collect(),
        })
        .collect();
    let axes = value_axis(deck, focus, &points, reviews);
    let svg = render_svg(size, &title, |root| draw(root, &lines, &axes, size));
    ProgressChart {
        svg: Some(svg),
        caption,
        points,
    }
}

/// The value axis: the points of the scale for a card or a domain; for the total, from 0 to
/// every card at the top point, in round steps.
fn value_axis<'a>(
    deck: &Deck,
    focus: &ProgressFocus,
    points: &[ProgressPoint],
    reviews: &'a [NaiveDate],
) -> Axes<'a> {
    let points_on_scale = deck.scale().len();
    let (ticks, title) = match focus {
        ProgressFocus::Card(_) | ProgressFocus::Domain(_) => {
            let ticks = (1..=points_on_scale).map(|p| p as f64).collect();
            let title = match focus {
                ProgressFocus::Card(_) => "Score",
                _ => "Median score",
            };
            (ticks, title)
        }
        ProgressFocus::Total => {
            // Retired cards count where a reading scored them, so the most scored may be more.
            let most_scored = points.iter().map(|p| p.scored).max().unwrap_or(0);
            let cards = deck.active_cards().count().max(most_scored).max(1);
            let top = (points_on_scale * cards) as f64;
            (value_ticks(0.0, top, 6), "Total score")
        }
    };
    let values = (
        ticks.first().copied().unwrap_or(0.0),
        ticks.last().copied().unwrap_or(1.0),
    );
    Axes {
        values,
        ticks,
        title,
        reviews,
    }
}

/// A respondent's place in [`Respondent::ALL`], the order of the table and the legend.
fn rank(respondent: Respondent) -> usize {
    Respondent::ALL
        .iter()
        .position(|r| *r == respondent)
        .unwrap_or(Respondent::ALL.len())
}

/// "The person: 2 at the baseline (3 March 2026), 4 at the latest reading (5 September
/// 2026), up 2."
fn respondent_sentence(who: Respondent, points: &[&ProgressPoint]) -> String {
    let value = |p: &ProgressPoint, at: &str| match p.value {
        Some(v) => format!("{} at {at} ({})", format_value(v), format_uk_date(p.date)),
        None => format!("not scored at {at} ({})", format_uk_date(p.date)),
    };
    let label = who.label();
    match points {
        [] => format!("{label}: no readings."),
        [only] => format!("{label}: {}.", value(only, "the only reading")),
        [first, .., last] => {
            let change = match (first.value, last.value) {
                (Some(a), Some(b)) if format_value(b) == format_value(a) => "no change".to_owned(),
                (Some(a), Some(b)) if b > a => format!("up {}", format_value(b - a)),
                (Some(a), Some(b)) => format!("down {}", format_value(a - b)),
                _ => "so the two cannot be compared".to_owned(),
            };
            format!(
                "{label}: {}, {}, {change}.",
                value(first, "the baseline"),
                value(last, "the latest reading")
            )
        }
    }
}

/// One respondent's readings, in date order.
struct Line {
    respondent: Respondent,
    points: Vec<(NaiveDate, Option<f64>)>,
}

/// What the axes show.
struct Axes<'a> {
    values: (f64, f64),
    ticks: Vec<f64>,
    title: &'a str,
    reviews: &'a [NaiveDate],
}

fn draw(root: &Area, lines: &[Line], axes: &Axes, size: (u32, u32)) -> DrawResult {
    let (w, h) = (size.0 as i32, size.1 as i32);
    let sample = 44;
    let widths: Vec<i32> = lines
        .iter()
        .map(|l| sample + 8 + text_width(l.respondent.label(), LEGEND_TEXT))
        .collect();
    let (legend_at, legend_height) = legend_layout(&widths, w);
    let dates = lines
        .iter()
        .flat_map(|l| l.points.iter().map(|p| p.0))
        .chain(axes.reviews.iter().copied());
    // Room for the review labels above the plot, the values' labels on the left and the
    // dates below; half a date label beyond the right edge.
    let plot = Plot::new((64, w - 40, legend_height + 26, h - 32), dates, axes.values);
    plot.draw_value_axis(root, &axes.ticks, axes.title)?;
    let reading_dates: Vec<NaiveDate> = lines
        .iter()
        .flat_map(|l| l.points.iter().map(|p| p.0))
        .collect();
    plot.draw_date_axis(root, &reading_dates)?;
    plot.draw_date_markers(root, axes.reviews, REVIEW_LABEL)?;

    for line in lines {
        let mut run: Vec<(i32, i32)> = Vec::new();
        for (date, value) in &line.points {
            match value {
                Some(v) => run.push((plot.x(*date), plot.y(*v))),
                None => draw_run(root, &std::mem::take(&mut run), line.respondent)?,
            }
        }
        draw_run(root, &run, line.respondent)?;
    }
    // Largest marker first, so each shows around the next where they coincide.
    for who in [Respondent::Worker, Respondent::Carer, Respondent::Person] {
        for line in lines.iter().filter(|l| l.respondent == who) {
            for (date, value) in &line.points {
                if let Some(v) = value {
                    draw_marker(root, (plot.x(*date), plot.y(*v)), who)?;
                }
            }
        }
    }

    let label_style = text_style(LEGEND_TEXT).pos(Pos::new(HPos::Left, VPos::Center));
    for (line, (x, y)) in lines.iter().zip(legend_at) {
        draw_run(root, &[(x, y), (x + sample, y)], line.respondent)?;
        draw_marker(root, (x + sample / 2, y), line.respondent)?;
        root.draw(&Text::new(
            line.respondent.label(),
            (x + sample + 8, y),
            label_style.clone(),
        ))?;
    }
    Ok(())
}

/// One unbroken stretch of a respondent's line: solid for the person, dashed for the
/// worker, dotted for a carer. A lone point has nothing to join; its marker shows it.
fn draw_run(root: &Area, run: &[(i32, i32)], who: Respondent) -> DrawResult {
    if run.len() < 2 {
        return Ok(());
    }
    let style = respondent_colour(who).stroke_width(3);
    let points = run.to_vec();
    match who {
        Respondent::Person => root.draw(&PathElement::new(points, style)),
        Respondent::Worker => root.draw(&DashedPathElement::new(points, 10, 6, style)),
        Respondent::Carer => root.draw(&DashedPathElement::new(points, 3, 5, style)),
    }
}

/// A reading's marker: a circle for the person, a square for the worker, a triangle for a
/// carer.
fn draw_marker(root: &Area, (x, y): (i32, i32), who: Respondent) -> DrawResult {
    let fill = respondent_colour(who).filled();
    match who {
        Respondent::Person => root.draw(&Circle::new((x, y), 5, fill)),
        Respondent::Worker => root.draw(&Rectangle::new([(x - 7, y - 7), (x + 7, y + 7)], fill)),
        Respondent::Carer => root.draw(&TriangleMarker::new((x, y), 9, fill)),
    }
}

#[cfg(test)]
mod tests;
