//! A person's outcomes over time, in two charts: the goal-attainment T-score at the first
//! conversation and at each review (see [`crate::domain::goal_attainment_over_time`]), and
//! one stacked bar per conversation counting the outcomes by status as they stood then.
//! Each comes with a caption that says the finding in words and the rows of a table.
//!
//! Decisions worth knowing:
//! - The T-score axis always covers 20 to 80 (wider when a score falls outside), so a line
//!   near 50 does not look like a big swing; a dashed line marks the expected level, 50.
//! - A bar counts the outcomes agreed by the conversation's date. Statuses start as "still
//!   being worked on"; each review sets the statuses of the outcomes it reviewed, and an
//!   outcome a review did not mention keeps its last known status. Outcomes agreed between
//!   conversations count from the next one.
//! - Each status has its own colour (Okabe–Ito, dark text readable on each) and every
//!   segment carries its count, with a legend of the statuses shown: colour is never the
//!   only cue. A segment too thin for its number leaves it to the table.
//! - Scores are written with [`format_t_score`]: float formatting would add kilobytes.
//!
//! ```
//! use chrono::NaiveDate;
//! use outcome_focus::charts::goal_attainment_chart;
//! use outcome_focus::domain::{Person, PersonDraft, PersonId};
//!
//! let today = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
//! let details = PersonDraft { name: "A.B.".into(), ..PersonDraft::new(today) };
//! let person = Person::create(PersonId::generate(1, 1), details.validate(today).unwrap());
//! let chart = goal_attainment_chart(&person, (640, 400));
//! assert!(chart.svg.is_none());
//! assert_eq!(chart.caption, "No goal-attainment levels set");
//! ```

use chrono::NaiveDate;
use plotters::element::DashedPathElement;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::common::{render_svg, Area, DrawResult, BLUE, GREEN, ORANGE, TEXT_COLOUR};
use super::plot::{
    legend_layout, short_uk_date, sort_by_key, text_style, text_width, value_ticks, Plot,
    AXIS_COLOUR, LEGEND_TEXT, SMALL_TEXT,
};
use crate::domain::{
    format_t_score, format_uk_date, goal_attainment_over_time, Conversation, ConversationKind,
    OutcomeStatus, Person,
};

/// What the goal-attainment caption says when no outcome has levels.
pub const NO_LEVELS: &str = "No goal-attainment levels set";
/// What the status caption says before the first conversation.
pub const NO_CONVERSATIONS: &str = "No conversations yet";
/// What the status caption says when no outcome was agreed by any conversation.
pub const NO_OUTCOMES: &str = "No outcomes agreed yet";
/// The label of the reference line at the expected level.
pub const EXPECTED_LEVEL: &str = "Expected level (50)";

/// Okabe–Ito sky blue: still being worked on.
const SKY_BLUE: RGBColor = RGBColor(0x56, 0xB4, 0xE9);
/// Okabe–Ito yellow: partly achieved.
const YELLOW: RGBColor = RGBColor(0xF0, 0xE4, 0x42);
/// Okabe–Ito reddish purple: not achieved.
const PURPLE: RGBColor = RGBColor(0xCC, 0x79, 0xA7);

/// The order of the statuses in the bars (from the bottom), the legend and the caption:
/// the achieved first, what is still open last.
const STACK_ORDER: [OutcomeStatus; 5] = [
    OutcomeStatus::Achieved,
    OutcomeStatus::PartlyAchieved,
    OutcomeStatus::NotAchieved,
    OutcomeStatus::Changed,
    OutcomeStatus::Working,
];

/// Each status's colour in the status chart; dark text reads on every one of them.
pub fn status_colour(status: OutcomeStatus) -> RGBColor {
    match status {
        OutcomeStatus::Working => SKY_BLUE,
        OutcomeStatus::Achieved => GREEN,
        OutcomeStatus::PartlyAchieved => YELLOW,
        OutcomeStatus::NotAchieved => PURPLE,
        OutcomeStatus::Changed => ORANGE,
    }
}

/// A goal-attainment chart ready to show: the SVG, its caption and the rows of its table.
#[derive(Clone, Debug, PartialEq)]
pub struct GoalAttainmentChart {
    /// The SVG document (with a `viewBox`, so CSS can scale it); `None` with fewer than two
    /// scores.
    pub svg: Option<String>,
    /// The finding in words, for the `<figcaption>`.
    pub caption: String,
    /// The T-score at the first conversation and at each review that recorded levels, in
    /// date order.
    pub points: Vec<(NaiveDate, f64)>,
}

/// The goal-attainment T-score of `person` over time, drawn `size` pixels wide and high.
pub fn goal_attainment_chart(person: &Person, size: (u32, u32)) -> GoalAttainmentChart {
    let points = goal_attainment_over_time(person);
    let at = |i: usize, (date, score): (NaiveDate, f64)| {
        let first = person.first_contact().map(|c| c.date);
        let kind = match first {
            Some(d) if i == 0 && d == date => ConversationKind::FirstContact,
            _ => person
                .conversations
                .iter()
                .find(|c| c.kind.is_review() && c.date == date)
                .map_or(ConversationKind::Review, |c| c.kind),
        };
        format!("{} at {}", format_t_score(score), occasion(kind, date))
    };
    let caption = match points.as_slice() {
        [] => NO_LEVELS.to_owned(),
        [only] => format!(
            "One score so far: {}. The chart appears after the next review.",
            at(0, *only)
        ),
        [first, .., last] => {
            let verb = match format_t_score(first.1) == format_t_score(last.1) {
                true => "stayed the same, from",
                false => "went from",
            };
            format!(
                "Goal attainment {verb} {} to {} (50 is the expected level)",
                at(0, *first),
                at(points.len() - 1, *last)
            )
        }
    };
    let svg = match points.len() {
        0 | 1 => None,
        _ => {
            let title = format!("Goal attainment over time: {caption}");
            Some(render_svg(size, &title, |root| {
                draw_goal_attainment(root, &points, size)
            }))
        }
    };
    GoalAttainmentChart {
        svg,
        caption,
        points,
    }
}

/// "the review on 5 September 2026".
fn occasion(kind: ConversationKind, date: NaiveDate) -> String {
    let what = match kind {
        ConversationKind::FirstContact => "the first conversation",
        ConversationKind::ThreeMonthReview => "the 3-month review",
        ConversationKind::Review => "the review",
        ConversationKind::Closing => "the closing conversation",
    };
    format!("{what} on {}", format_uk_date(date))
}

fn draw_goal_attainment(root: &Area, points: &[(NaiveDate, f64)], size: (u32, u32)) -> DrawResult {
    let (w, h) = (size.0 as i32, size.1 as i32);
    // 20 to 80 at least, out to the next ten beyond any score.
    let lowest = points.iter().map(|p| p.1).fold(20.0, f64::min);
    let highest = points.iter().map(|p| p.1).fold(80.0, f64::max);
    let values = (
        (lowest / 10.0).floor() * 10.0,
        (highest / 10.0).ceil() * 10.0,
    );
    let plot = Plot::new((64, w - 40, 20, h - 32), points.iter().map(|p| p.0), values);
    let mut ticks = Vec::new();
    let mut tick = values.0;
    while tick <= values.1 {
        ticks.push(tick);
        tick += 10.0;
    }
    plot.draw_value_axis(root, &ticks, "T-score")?;
    let dates: Vec<NaiveDate> = points.iter().map(|p| p.0).collect();
    plot.draw_date_axis(root, &dates)?;

    let expected = plot.y(50.0);
    root.draw(&DashedPathElement::new(
        vec![(plot.left, expected), (plot.right, expected)],
        8,
        5,
        AXIS_COLOUR.stroke_width(2),
    ))?;
    // At the left, where the line usually starts low (every outcome at −2), so it stays clear.
    root.draw(&Text::new(
        EXPECTED_LEVEL,
        (plot.left + 6, expected - 4),
        text_style(SMALL_TEXT).pos(Pos::new(HPos::Left, VPos::Bottom)),
    ))?;

    let line: Vec<(i32, i32)> = points.iter().map(|p| (plot.x(p.0), plot.y(p.1))).collect();
    root.draw(&PathElement::new(line.clone(), BLUE.stroke_width(3)))?;
    for at in line {
        root.draw(&Circle::new(at, 5, BLUE.filled()))?;
    }
    Ok(())
}

/// The outcomes by status as they stood at one conversation: a row of the table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StatusCounts {
    /// When the conversation took place.
    pub date: NaiveDate,
    /// What it was: "First conversation", "3-month review", "Review", "Closing conversation".
    pub label: String,
    /// How many outcomes stood at each status, in [`OutcomeStatus::ALL`] order.
    pub counts: [usize; 5],
}

/// A status chart ready to show: the SVG, its caption and the rows of its table.
#[derive(Clone, Debug, PartialEq)]
pub struct StatusChart {
    /// The SVG document (with a `viewBox`, so CSS can scale it); `None` with no outcomes.
    pub svg: Option<String>,
    /// The latest bar in words, for the `<figcaption>`.
    pub caption: String,
    /// One row per conversation, in date order.
    pub rows: Vec<StatusCounts>,
}

/// One stacked bar per conversation of `person`, counting the outcomes agreed by then by
/// status, drawn `size` pixels wide and high.
pub fn outcome_status_chart(person: &Person, size: (u32, u32)) -> StatusChart {
    let mut conversations: Vec<&Conversation> = person.conversations.iter().collect();
    // Stable: conversations of the same day stay in the order they were saved.
    sort_by_key(&mut conversations, |c| c.date);
    let mut known: Vec<(&str, OutcomeStatus)> = Vec::new();
    let rows: Vec<StatusCounts> = conversations
        .iter()
        .map(|conversation| {
            for review in &conversation.outcome_reviews {
                match known.iter_mut().find(|k| k.0 == review.outcome_id) {
                    Some(k) => k.1 = review.status,
                    None => known.push((&review.outcome_id, review.status)),
                }
            }
            let mut counts = [0; 5];
            for outcome in person
                .outcomes
                .iter()
                .filter(|o| o.agreed_on <= conversation.date)
            {
                let status = known
                    .iter()
                    .find(|k| k.0 == outcome.id)
                    .map_or(OutcomeStatus::Working, |k| k.1);
                counts[status_index(status)] += 1;
            }
            StatusCounts {
                date: conversation.date,
                label: kind_label(conversation.kind).to_owned(),
                counts,
            }
        })
        .collect();
    let empty = |caption: &str, rows| StatusChart {
        svg: None,
        caption: caption.to_owned(),
        rows,
    };
    let (Some(latest), Some(latest_kind)) = (rows.last(), conversations.last().map(|c| c.kind))
    else {
        return empty(NO_CONVERSATIONS, rows);
    };
    if rows.iter().all(|r| r.counts.iter().sum::<usize>() == 0) {
        return empty(NO_OUTCOMES, rows);
    }
    let counted: Vec<String> = STACK_ORDER
        .iter()
        .filter(|s| latest.counts[status_index(**s)] > 0)
        .map(|s| format!("{} {}", latest.counts[status_index(*s)], status_words(*s)))
        .collect();
    let counted = match counted.is_empty() {
        true => "no outcomes agreed yet".to_owned(),
        false => counted.join(", "),
    };
    let caption = format!("At {}: {counted}", occasion(latest_kind, latest.date));
    let kinds: Vec<ConversationKind> = conversations.iter().map(|c| c.kind).collect();
    let title = format!("Outcomes by status at each conversation: {caption}");
    let svg = render_svg(size, &title, |root| draw_status(root, &rows, &kinds, size));
    StatusChart {
        svg: Some(svg),
        caption,
        rows,
    }
}

/// A status's place in [`OutcomeStatus::ALL`].
fn status_index(status: OutcomeStatus) -> usize {
    OutcomeStatus::ALL
        .iter()
        .position(|s| *s == status)
        .unwrap_or(0)
}

/// A status as the caption says it: "2 achieved, 1 still being worked on".
fn status_words(status: OutcomeStatus) -> &'static str {
    match status {
        OutcomeStatus::Working => "still being worked on",
        OutcomeStatus::Achieved => "achieved",
        OutcomeStatus::PartlyAchieved => "partly achieved",
        OutcomeStatus::NotAchieved => "not achieved",
        OutcomeStatus::Changed => "changed",
    }
}

/// A conversation's kind as the table names it.
fn kind_label(kind: ConversationKind) -> &'static str {
    match kind {
        ConversationKind::FirstContact => "First conversation",
        ConversationKind::ThreeMonthReview => "3-month review",
        ConversationKind::Review => "Review",
        ConversationKind::Closing => "Closing conversation",
    }
}

/// A conversation's kind short enough to sit under its bar.
fn short_kind(kind: ConversationKind) -> &'static str {
    match kind {
        ConversationKind::FirstContact => "First",
        ConversationKind::ThreeMonthReview => "3-month",
        ConversationKind::Review => "Review",
        ConversationKind::Closing => "Closing",
    }
}

/// Where each bar's labels go, if anywhere: under the bar centred at `centres`, moved in
/// from the edges of a chart `width` wide so they stay whole, and left out where they would
/// run into the previous bar's. The latest bar is always labelled; earlier ones give way.
fn bar_label_places(centres: &[i32], width: i32) -> Vec<Option<i32>> {
    let half = text_width("30 Sep 2026", SMALL_TEXT) / 2 + 2;
    let place = |centre: i32| centre.clamp(half, (width - half).max(half));
    let gap = 2 * half + 8;
    let mut places: Vec<Option<i32>> = vec![None; centres.len()];
    let Some(latest) = centres.last().map(|c| place(*c)) else {
        return places;
    };
    let mut last: Option<i32> = None;
    for (i, centre) in centres.iter().enumerate() {
        let x = place(*centre);
        let clear_of_last = last.is_none_or(|l| x - l >= gap);
        if i + 1 < centres.len() && clear_of_last && latest - x >= gap {
            places[i] = Some(x);
            last = Some(x);
        }
    }
    if let Some(slot) = places.last_mut() {
        *slot = Some(latest);
    }
    places
}

fn draw_status(
    root: &Area,
    rows: &[StatusCounts],
    kinds: &[ConversationKind],
    size: (u32, u32),
) -> DrawResult {
    let (w, h) = (size.0 as i32, size.1 as i32);
    let shown: Vec<OutcomeStatus> = STACK_ORDER
        .iter()
        .copied()
        .filter(|s| rows.iter().any(|r| r.counts[status_index(*s)] > 0))
        .collect();
    let swatch = 16;
    let widths: Vec<i32> = shown
        .iter()
        .map(|s| swatch + 6 + text_width(s.label(), LEGEND_TEXT))
        .collect();
    let (legend_at, legend_height) = legend_layout(&widths, w);
    let most = rows
        .iter()
        .map(|r| r.counts.iter().sum::<usize>())
        .max()
        .unwrap_or(0)
        .max(1);
    let ticks = value_ticks(0.0, most as f64, 6);
    let top_value = ticks.last().copied().unwrap_or(most as f64);
    // Two lines of labels under the bars: the kind of conversation and its date.
    let plot = Plot::new(
        (64, w - 16, legend_height + 12, h - 44),
        std::iter::empty(),
        (0.0, top_value),
    );
    plot.draw_value_axis(root, &ticks, "Outcomes")?;

    let slot = f64::from(plot.right - plot.left) / rows.len().max(1) as f64;
    let bar = ((slot * 0.6).min(72.0) as i32).max(4);
    let centres: Vec<i32> = (0..rows.len())
        .map(|i| plot.left + (slot * (i as f64 + 0.5)).round() as i32)
        .collect();
    let label_at = bar_label_places(&centres, w);
    let label_style = text_style(SMALL_TEXT).pos(Pos::new(HPos::Center, VPos::Top));
    let count_style = text_style(SMALL_TEXT).pos(Pos::new(HPos::Center, VPos::Center));
    for (i, (row, kind)) in rows.iter().zip(kinds).enumerate() {
        let centre = centres[i];
        let (x0, x1) = (centre - bar / 2, centre + bar / 2);
        let mut below = 0;
        for status in STACK_ORDER {
            let count = row.counts[status_index(status)];
            if count == 0 {
                continue;
            }
            let (y0, y1) = (plot.y(below as f64), plot.y((below + count) as f64));
            // A pixel of white between segments keeps neighbours apart.
            root.draw(&Rectangle::new(
                [(x0, y1 + 1), (x1, y0)],
                status_colour(status).filled(),
            ))?;
            if y0 - y1 >= 18 {
                root.draw(&Text::new(
                    count.to_string(),
                    (centre, (y0 + y1) / 2),
                    count_style.clone(),
                ))?;
            }
            below += count;
        }
        if let Some(x) = label_at[i] {
            root.draw(&Text::new(
                short_kind(*kind),
                (x, plot.bottom + 6),
                label_style.clone(),
            ))?;
            root.draw(&Text::new(
                short_uk_date(row.date),
                (x, plot.bottom + 24),
                label_style.clone(),
            ))?;
        }
    }

    let legend_style = text_style(LEGEND_TEXT).pos(Pos::new(HPos::Left, VPos::Center));
    for (status, (x, y)) in shown.iter().zip(legend_at) {
        root.draw(&Rectangle::new(
            [(x, y - swatch / 2), (x + swatch, y + swatch / 2)],
            status_colour(*status).filled(),
        ))?;
        root.draw(&Rectangle::new(
            [(x, y - swatch / 2), (x + swatch, y + swatch / 2)],
            TEXT_COLOUR.stroke_width(1),
        ))?;
        root.draw(&Text::new(
            status.label(),
            (x + swatch + 6, y),
            legend_style.clone(),
        ))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests;
