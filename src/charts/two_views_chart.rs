//! "Two views": the person's and the worker's latest finished readings of a deck as a pair of
//! horizontal bars per card, with the cards where they differ by [`DISCUSS_DIFFERENCE`]
//! points or more marked "Talk about this". A caption says the finding in words, and the rows
//! of [`BothViews`] hold the same numbers for the table beside the chart. Differences are
//! marked only when the two readings pair (the same conversation, or close in time: see
//! [`crate::domain::Pairing`]); otherwise the caption says when each was taken and why
//! nothing is marked.
//!
//! Decisions worth knowing:
//! - The chart is as tall as its cards need, so callers give only a width. The statement
//!   sits above its bars rather than beside them, so a phone keeps room for both the words
//!   and the bars, and it wraps at spaces onto as many lines as it needs: a statement is
//!   never shortened, since "I get help with m…" could be any of several cards.
//! - The person's bar is filled and the worker's pale with a solid outline, and a card to
//!   talk about carries words as well as a highlight: colour is never the only cue.
//! - A card without a score (skipped, "prefer not to say", not in the reading) has no bar:
//!   the row says so in words instead, so a missing answer never reads as the lowest score.
//! - Plotters escapes the text it draws, so statements go to it raw; only the `<title>` is
//!   escaped by us (in [`render_svg`]).
//!
//! ```
//! use outcome_focus::charts::two_views_chart;
//! use outcome_focus::domain::built_in_decks;
//!
//! let deck = &built_in_decks()[0];
//! let chart = two_views_chart(deck, &[], 640);
//! assert!(chart.svg.is_none());
//! assert_eq!(chart.caption, "No readings yet");
//! ```

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters::style::FontStyle;

use super::common::{
    font, render_svg, respondent_colour, styled_font, text_width, wrap_words, Area, DrawResult,
    BOLD_WIDTH, GRID_COLOUR, TEXT_COLOUR,
};
use crate::domain::{
    both_views, format_uk_date, plural, Answer, BothViews, BothViewsRow, Deck, Reading, Respondent,
    DISCUSS_DIFFERENCE,
};

/// What the caption says when neither the person nor the worker has finished a reading (the
/// star chart's words too).
const NO_READINGS: &str = "No readings yet";
/// The words on a card the two see differently enough to talk about.
pub const TALK_ABOUT_THIS: &str = "Talk about this";
/// The highlight behind a card to talk about: a pale yellow that keeps text and bars on it
/// easy to read.
pub const DISCUSS_HIGHLIGHT: RGBColor = RGBColor(0xFF, 0xF0, 0xB3);
/// How opaque the worker's pale fill is; its outline is solid.
pub const WORKER_FILL_OPACITY: f64 = 0.3;

/// Height of the text, in `viewBox` pixels: at least 13 px however the chart is scaled.
const TEXT_PX: f64 = 14.0;
const MARGIN: i32 = 10;
/// One line of the legend.
const LEGEND_LINE: i32 = 24;
/// Room for the point numbers above the first card.
const AXIS_HEIGHT: i32 = 24;
/// One card with a one-line statement: the statement, then the person's bar, then the
/// worker's.
const ROW_HEIGHT: i32 = 72;
/// Each further line of a statement that wraps.
const LINE_HEIGHT: i32 = 18;
const BAR_HEIGHT: i32 = 16;
/// Where each bar starts below the top of its row.
const PERSON_BAR_TOP: i32 = 24;
const WORKER_BAR_TOP: i32 = 46;
/// Room right of the longest bar for its score.
const SCORE_ROOM: i32 = 28;

/// The two views compared: the SVG, its caption and the rows of its table.
#[derive(Clone, Debug, PartialEq)]
pub struct TwoViewsChart {
    /// The SVG document (with a `viewBox`, so CSS can scale it); `None` until both the person
    /// and the worker have finished a reading of the deck.
    pub svg: Option<String>,
    /// The finding in words, for the `<figcaption>`.
    pub caption: String,
    /// Both latest readings card by card: the table's rows, with the reading dates.
    pub views: BothViews,
}

/// The person's and the worker's latest finished readings of `deck` among `readings`, as
/// bars side by side, drawn `width` pixels wide and as tall as the cards need.
pub fn two_views_chart(deck: &Deck, readings: &[Reading], width: u32) -> TwoViewsChart {
    let views = both_views(readings, deck);
    let (person_date, worker_date) = match (views.person_date, views.worker_date) {
        (Some(p), Some(w)) => (p, w),
        (None, None) => return without_chart(NO_READINGS.to_owned(), views),
        (Some(_), None) => return without_chart(only_one(Respondent::Person), views),
        (None, Some(_)) => return without_chart(only_one(Respondent::Worker), views),
    };
    // Readings that do not pair (months apart, not in one conversation) are drawn side by
    // side, but nothing is highlighted and the caption says why (the domain's own words).
    let caption = match views.explain().filter(|_| !views.comparable()) {
        Some(why) => why,
        None => caption(&views.rows),
    };
    let any_to_discuss = views.rows.iter().any(|r| r.discuss);
    let legend = legend_lines(
        &[
            format!("The person, {}", format_uk_date(person_date)),
            format!("The worker, {}", format_uk_date(worker_date)),
        ],
        any_to_discuss,
        width,
    );
    let points = deck.scale().len();
    let title = format!("Two views of {}: {}", deck.name(), caption);
    let legend_height: i32 = legend.iter().map(|l| entry_height(l)).sum();
    let top = MARGIN + legend_height + AXIS_HEIGHT;
    let layout = Layout {
        width: i32::try_from(width).unwrap_or(i32::MAX),
        top,
        points,
    };
    let statements: Vec<Vec<String>> = views
        .rows
        .iter()
        .map(|row| statement_lines(&layout, row))
        .collect();
    let height = top + statements.iter().map(|s| row_height(s)).sum::<i32>() + MARGIN;
    let size = (width, u32::try_from(height).unwrap_or(0));
    let svg = render_svg(size, &title, |root| {
        draw_legend(root, &legend)?;
        draw_axis(root, &layout)?;
        let mut row_top = top;
        for (row, lines) in views.rows.iter().zip(&statements) {
            draw_row(root, &layout, row, lines, row_top)?;
            row_top += row_height(lines);
        }
        Ok(())
    });
    TwoViewsChart {
        svg: Some(svg),
        caption,
        views,
    }
}

fn without_chart(caption: String, views: BothViews) -> TwoViewsChart {
    TwoViewsChart {
        svg: None,
        caption,
        views,
    }
}

/// "Only the person has rated this deck so far: the chart compares once the worker has too".
fn only_one(rated: Respondent) -> String {
    let other = match rated {
        Respondent::Worker => "the person",
        _ => "the worker",
    };
    let rated = match rated {
        Respondent::Worker => "the worker",
        _ => "the person",
    };
    format!("Only {rated} has rated this deck so far: the chart compares once {other} has too")
}

/// "The person and the worker differ by 2 points or more on 3 of 12 cards: talk about these
/// first", or that they agree; cards one of them did not score are counted apart, so the
/// totals add up and agreement is never claimed for a card only one of them rated.
fn caption(rows: &[BothViewsRow]) -> String {
    let cards = rows.len();
    let compared = rows.iter().filter(|r| r.difference.is_some()).count();
    let discuss = rows.iter().filter(|r| r.discuss).count();
    let not_compared = cards - compared;
    let within = plural(usize::from(DISCUSS_DIFFERENCE) - 1, "point", "points");
    let mut caption = match (discuss, compared) {
        (0, 0) => {
            return "The person and the worker have not both scored any card, so none can be \
                    compared"
                .to_owned()
        }
        (0, _) if not_compared == 0 => {
            return format!("The person and the worker agree within {within} on every card")
        }
        (0, _) => {
            format!("The person and the worker agree within {within} on every card both scored")
        }
        (d, _) => format!(
            "The person and the worker differ by {DISCUSS_DIFFERENCE} points or more on {d} of \
             {}: talk about {} first",
            plural(cards, "card", "cards"),
            if d == 1 { "this" } else { "these" }
        ),
    };
    if not_compared > 0 {
        caption.push_str(&format!(
            "; {not_compared} could not be compared (skipped or not said)"
        ));
    }
    caption
}

/// Where the bars go.
struct Layout {
    width: i32,
    /// Top of the first card's row.
    top: i32,
    points: usize,
}

impl Layout {
    fn bars_left(&self) -> i32 {
        MARGIN
    }

    fn bars_width(&self) -> i32 {
        (self.width - 2 * MARGIN - SCORE_ROOM).max(1)
    }

    /// Where a bar of `score` ends.
    fn x(&self, score: usize) -> i32 {
        let points = i32::try_from(self.points.max(1)).unwrap_or(1);
        let score = i32::try_from(score).unwrap_or(points);
        self.bars_left() + self.bars_width() * score / points
    }
}

/// A card's statement wrapped to the chart's width, its first line leaving room for "Talk
/// about this" on the right when the card has it.
fn statement_lines(layout: &Layout, row: &BothViewsRow) -> Vec<String> {
    let room = f64::from(layout.width - 2 * MARGIN);
    let first = match row.discuss {
        true => room - text_width(TALK_ABOUT_THIS, TEXT_PX) * BOLD_WIDTH - 12.0,
        false => room,
    };
    wrap_words(&row.statement, TEXT_PX, first, room)
}

/// The height of a card whose statement takes `lines`.
fn row_height(lines: &[String]) -> i32 {
    let extra = i32::try_from(lines.len().saturating_sub(1)).unwrap_or(0);
    ROW_HEIGHT + extra * LINE_HEIGHT
}

/// The legend's entries: the person's and the worker's names with their reading dates, and
/// what the highlight means when there is one, each wrapped at spaces to the room beside its
/// sample.
fn legend_lines(names: &[String; 2], any_to_discuss: bool, width: u32) -> Vec<Vec<String>> {
    let room = f64::from(width) - f64::from(2 * MARGIN + 38);
    let highlight = format!("Highlighted: {DISCUSS_DIFFERENCE} points or more apart");
    names
        .iter()
        .chain(any_to_discuss.then_some(&highlight))
        .map(|entry| wrap_words(entry, TEXT_PX, room, room))
        .collect()
}

/// The height of a legend entry of `lines`.
fn entry_height(lines: &[String]) -> i32 {
    LEGEND_LINE + i32::try_from(lines.len().saturating_sub(1)).unwrap_or(0) * LINE_HEIGHT
}

/// The sample of each respondent's bar beside their name and reading date, then what the
/// highlight means when there is one (a third entry).
fn draw_legend(root: &Area, entries: &[Vec<String>]) -> DrawResult {
    let style = font(TEXT_PX).pos(Pos::new(HPos::Left, VPos::Center));
    let mut top = MARGIN;
    let samples = [Some(Respondent::Person), Some(Respondent::Worker), None];
    for (lines, sample) in entries.iter().zip(samples) {
        let y = top + LEGEND_LINE / 2;
        match sample {
            Some(respondent) => draw_bar(root, respondent, (MARGIN, y - 7), (MARGIN + 30, y + 7))?,
            None => root.draw(&Rectangle::new(
                [(MARGIN, y - 9), (MARGIN + 30, y + 9)],
                DISCUSS_HIGHLIGHT.filled(),
            ))?,
        }
        for (i, line) in lines.iter().enumerate() {
            let line_y = y + i32::try_from(i).unwrap_or(0) * LINE_HEIGHT;
            root.draw(&Text::new(
                line.clone(),
                (MARGIN + 38, line_y),
                style.clone(),
            ))?;
        }
        top += entry_height(lines);
    }
    Ok(())
}

/// The number of each point of the scale above the first card, over its grid lines.
fn draw_axis(root: &Area, layout: &Layout) -> DrawResult {
    let style = font(TEXT_PX).pos(Pos::new(HPos::Center, VPos::Bottom));
    for point in 1..=layout.points {
        root.draw(&Text::new(
            point.to_string(),
            (layout.x(point), layout.top - 4),
            style.clone(),
        ))?;
    }
    Ok(())
}

/// A grid line for each point across a card's bars (not its statement, which stays clear to
/// read), and a darker zero line where every bar starts; `top` is where the bars' part of
/// the row would start if the statement took one line.
fn draw_grid(root: &Area, layout: &Layout, top: i32) -> DrawResult {
    let (from, to) = (
        top + PERSON_BAR_TOP - 4,
        top + WORKER_BAR_TOP + BAR_HEIGHT + 4,
    );
    for point in 1..=layout.points {
        let x = layout.x(point);
        root.draw(&PathElement::new(
            vec![(x, from), (x, to)],
            GRID_COLOUR.stroke_width(1),
        ))?;
    }
    let x = layout.bars_left();
    root.draw(&PathElement::new(
        vec![(x, from), (x, to)],
        TEXT_COLOUR.stroke_width(1),
    ))
}

/// One respondent's bar: the person's filled, the worker's pale with a solid outline.
fn draw_bar(root: &Area, respondent: Respondent, from: (i32, i32), to: (i32, i32)) -> DrawResult {
    let colour = respondent_colour(respondent);
    match respondent {
        Respondent::Worker => {
            root.draw(&Rectangle::new(
                [from, to],
                colour.mix(WORKER_FILL_OPACITY).filled(),
            ))?;
            // Drawn as a path: plotters writes no stroke width for a rectangle's outline.
            root.draw(&PathElement::new(
                vec![
                    (from.0, from.1),
                    (to.0, from.1),
                    (to.0, to.1),
                    (from.0, to.1),
                    (from.0, from.1),
                ],
                colour.stroke_width(2),
            ))
        }
        _ => root.draw(&Rectangle::new([from, to], colour.filled())),
    }
}

/// One card: the highlight and "Talk about this" when the two differ enough, the statement
/// on its `lines`, then each respondent's bar with its score, or in words why there is none.
fn draw_row(
    root: &Area,
    layout: &Layout,
    row: &BothViewsRow,
    lines: &[String],
    top: i32,
) -> DrawResult {
    if row.discuss {
        root.draw(&Rectangle::new(
            [(0, top), (layout.width, top + row_height(lines) - 4)],
            DISCUSS_HIGHLIGHT.filled(),
        ))?;
        root.draw(&Text::new(
            TALK_ABOUT_THIS,
            (layout.width - MARGIN, top + 12),
            styled_font(TEXT_PX, FontStyle::Bold).pos(Pos::new(HPos::Right, VPos::Center)),
        ))?;
    }
    for (i, line) in lines.iter().enumerate().filter(|(_, l)| !l.is_empty()) {
        let y = top + 12 + i32::try_from(i).unwrap_or(0) * LINE_HEIGHT;
        root.draw(&Text::new(
            line.clone(),
            (MARGIN, y),
            font(TEXT_PX).pos(Pos::new(HPos::Left, VPos::Center)),
        ))?;
    }
    // The bars sit below the statement's last line.
    let top = top + row_height(lines) - ROW_HEIGHT;
    draw_grid(root, layout, top)?;
    let bars = [
        (
            Respondent::Person,
            row.person,
            row.person_answer,
            PERSON_BAR_TOP,
        ),
        (
            Respondent::Worker,
            row.worker,
            row.worker_answer,
            WORKER_BAR_TOP,
        ),
    ];
    for (respondent, score, answer, bar_top) in bars {
        let y = top + bar_top;
        let middle = y + BAR_HEIGHT / 2;
        let at = Pos::new(HPos::Left, VPos::Center);
        match score {
            Some(score) => {
                let end = layout.x(usize::from(score));
                draw_bar(
                    root,
                    respondent,
                    (layout.bars_left(), y),
                    (end, y + BAR_HEIGHT),
                )?;
                root.draw(&Text::new(
                    score.to_string(),
                    (end + 6, middle),
                    font(TEXT_PX).pos(at),
                ))?;
            }
            None => {
                root.draw(&Text::new(
                    no_score(respondent, answer),
                    (layout.bars_left() + 6, middle),
                    styled_font(TEXT_PX, FontStyle::Italic).pos(at),
                ))?;
            }
        }
    }
    Ok(())
}

/// Why a respondent's bar is missing, in words that name them, since there is no bar to
/// tell them apart by.
fn no_score(respondent: Respondent, answer: Option<Answer>) -> String {
    let who = match respondent {
        Respondent::Worker => "Worker",
        _ => "Person",
    };
    let why = match answer {
        Some(Answer::Skipped) => "skipped",
        Some(Answer::PreferNotToSay) => "prefer not to say",
        Some(Answer::Rated(_)) => "not on the scale",
        None => "not answered",
    };
    format!("{who}: {why}")
}

#[cfg(test)]
mod tests;
