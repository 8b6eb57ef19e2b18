//! Likert distributions as diverging stacked bars: for each bar (a card across people, or a
//! person's cards), the share of each score, the worse scores left of a centre line and the
//! better ones right of it. The domain counts the [`ScoreDistribution`]s (see
//! [`card_across_people`](crate::domain::card_across_people),
//! [`person_across_cards`](crate::domain::person_across_cards)); this draws them.
//!
//! Decisions worth knowing:
//! - Each bar's label sits above it and wraps at spaces onto as many lines as it needs, as
//!   do the legend's words: a label is never shortened. Grid lines run only beside the bars,
//!   so none crosses a label.
//! - Counts are by **score**, not raw answer: a reverse-scored card's "Completely true" is its
//!   worst score, so it counts at the left. [`score_labels`](crate::domain::score_labels)
//!   gives the legend's words in the same order.
//! - On an odd scale the middle point is neither good nor bad: it straddles the centre line,
//!   half each side, so neither side looks bigger than it is.
//! - Widths are shares of those who scored; skipped and "prefer not to say" are not a score,
//!   so they are counted apart ("2 did not answer") rather than drawn as a segment.
//! - The palette is ColorBrewer's PuOr (orange for worse, purple for better), safe for
//!   colour-blind readers, with a grey middle so that it shows on white; counts are written in
//!   the segments wide enough to hold them, so colour is not the only way to read them.
//!
//! ```
//! use outcome_focus::charts::likert_chart;
//! use outcome_focus::domain::ScoreDistribution;
//!
//! let labels: Vec<String> = ["Never", "Sometimes", "Always"].map(String::from).to_vec();
//! let bar = ScoreDistribution {
//!     label: "I feel safe at home".into(),
//!     counts: vec![2, 1, 7],
//!     not_scored: 2,
//! };
//! let chart = likert_chart("Safety", &labels, vec![bar], 640);
//! assert!(chart.svg.is_some());
//! assert_eq!(
//!     chart.caption,
//!     "7 of 10 people rated “I feel safe at home” positively, 2 negatively, 1 in the middle; \
//!      2 did not answer"
//! );
//! ```

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters::style::FontStyle;

use super::common::{
    font, render_svg, styled_font, text_width, widest_line, wrap_words, Area, DrawResult,
    GRID_COLOUR, TEXT_COLOUR,
};
use crate::domain::{plural, ScoreDistribution, ScoreSides};

/// What the caption says when no bar has a score.
pub const NO_RATINGS: &str = "No ratings yet";
/// The middle point of an odd scale: a neutral grey that shows on white, unlike
/// ColorBrewer's near-white middle.
pub const MIDDLE_GREY: RGBColor = RGBColor(0xBD, 0xBD, 0xBD);
/// The outline around each bar, so its palest segments keep an edge on white.
const OUTLINE: RGBColor = RGBColor(0x76, 0x76, 0x76);

/// Height of the text, in `viewBox` pixels: at least 13 px however the chart is scaled.
const TEXT_PX: f64 = 14.0;
const MARGIN: i32 = 10;
const LEGEND_LINE: i32 = 24;
const SWATCH: i32 = 16;
/// Room for the percentages above the first bar.
const AXIS_HEIGHT: i32 = 24;
/// One bar with a one-line label: the label, then the bar.
const ROW_HEIGHT: i32 = 60;
const BAR_TOP: i32 = 22;
/// Each further line of a label that wraps, in the legend or above a bar.
const LINE_HEIGHT: i32 = 18;
const BAR_HEIGHT: i32 = 26;

/// ColorBrewer PuOr, by number of classes (3 to 10), worst first. The middle class of an odd
/// scale is replaced by [`MIDDLE_GREY`].
const PU_OR: [&[u32]; 8] = [
    &[0xf1a340, 0xf7f7f7, 0x998ec3],
    &[0xe66101, 0xfdb863, 0xb2abd2, 0x5e3c99],
    &[0xe66101, 0xfdb863, 0xf7f7f7, 0xb2abd2, 0x5e3c99],
    &[0xb35806, 0xf1a340, 0xfee0b6, 0xd8daeb, 0x998ec3, 0x542788],
    &[
        0xb35806, 0xf1a340, 0xfee0b6, 0xf7f7f7, 0xd8daeb, 0x998ec3, 0x542788,
    ],
    &[
        0xb35806, 0xe08214, 0xfdb863, 0xfee0b6, 0xd8daeb, 0xb2abd2, 0x8073ac, 0x542788,
    ],
    &[
        0xb35806, 0xe08214, 0xfdb863, 0xfee0b6, 0xf7f7f7, 0xd8daeb, 0xb2abd2, 0x8073ac, 0x542788,
    ],
    &[
        0x7f3b08, 0xb35806, 0xe08214, 0xfdb863, 0xfee0b6, 0xd8daeb, 0xb2abd2, 0x8073ac, 0x542788,
        0x2d004b,
    ],
];

/// A Likert chart ready to show: the SVG, its caption and what its table needs.
#[derive(Clone, Debug, PartialEq)]
pub struct LikertChart {
    /// The SVG document (with a `viewBox`, so CSS can scale it); `None` when nobody scored.
    pub svg: Option<String>,
    /// The finding in words, for the `<figcaption>`.
    pub caption: String,
    /// The words of the scores, worst first: the table's column headings.
    pub point_labels: Vec<String>,
    /// The bars, in the order drawn (top first), each with one count per point label.
    pub bars: Vec<ScoreDistribution>,
}

/// The Likert chart of `bars`, whose scores are called `point_labels` (worst first; see
/// [`score_labels`](crate::domain::score_labels)), drawn `width` pixels wide and as tall as
/// the bars need. `title` names the chart for screen readers. Each bar's counts are made as
/// long as the labels: a missing count is 0 and one beyond the labels is dropped. One bar is
/// captioned as a statement across people; several as statements, naming the most positive.
pub fn likert_chart(
    title: &str,
    point_labels: &[String],
    mut bars: Vec<ScoreDistribution>,
    width: u32,
) -> LikertChart {
    let points = point_labels.len();
    for bar in &mut bars {
        bar.counts.resize(points, 0);
    }
    let point_labels = point_labels.to_vec();
    if bars.iter().all(|b| b.scored() == 0) {
        return LikertChart {
            svg: None,
            caption: NO_RATINGS.to_owned(),
            point_labels,
            bars,
        };
    }
    let caption = match bars.as_slice() {
        [bar] => one_bar_caption(bar),
        _ => many_bars_caption(&bars),
    };
    let width = i32::try_from(width).unwrap_or(i32::MAX);
    let legend = legend_rows(&point_labels, width);
    let top = MARGIN + legend.iter().map(LegendRow::height).sum::<i32>() + AXIS_HEIGHT;
    let (left, right) = (MARGIN, (width - MARGIN).max(MARGIN + 2));
    let labels: Vec<Vec<String>> = bars
        .iter()
        .map(|bar| bar_label_lines(bar, f64::from(right - left)))
        .collect();
    let bottom = top + labels.iter().map(|l| row_height(l)).sum::<i32>();
    let height = bottom + MARGIN;
    let layout = Layout {
        left,
        right,
        top,
        extent: extent(&bars),
    };
    let colours = likert_palette(points);
    let svg = render_svg(
        (
            u32::try_from(width).unwrap_or(0),
            u32::try_from(height).unwrap_or(0),
        ),
        &format!("{title}: {caption}"),
        |root| {
            draw_legend(root, &legend, &colours)?;
            draw_axis(root, &layout)?;
            let mut row_top = top;
            for (bar, lines) in bars.iter().zip(&labels) {
                draw_bar(root, &layout, bar, lines, &colours, row_top)?;
                row_top += row_height(lines);
            }
            Ok(())
        },
    );
    LikertChart {
        svg: Some(svg),
        caption,
        point_labels,
        bars,
    }
}

/// The diverging colours of a scale of `points`, worst first: ColorBrewer PuOr with a grey
/// middle. Scales outside 3 to 10 points (which [`crate::domain::Scale`] never has) take
/// the nearest colours of the 10-class scheme.
pub fn likert_palette(points: usize) -> Vec<RGBColor> {
    let rgb = |c: u32| RGBColor((c >> 16) as u8, (c >> 8) as u8, c as u8);
    let mut colours: Vec<RGBColor> = match points {
        3..=10 => PU_OR[points - 3].iter().map(|c| rgb(*c)).collect(),
        _ => {
            let ten = PU_OR[7];
            let last = points.saturating_sub(1).max(1);
            (0..points)
                .map(|i| rgb(ten[(i * 9 + last / 2) / last]))
                .collect()
        }
    };
    if points % 2 == 1 {
        colours[points / 2] = MIDDLE_GREY;
    }
    colours
}

/// "7 of 10 people rated “I feel safe at home” positively, 2 negatively, 1 in the middle;
/// 2 did not answer".
fn one_bar_caption(bar: &ScoreDistribution) -> String {
    let sides = bar.sides();
    let mut caption = format!(
        "{} of {} rated “{}” positively, {} negatively",
        sides.positive,
        plural(bar.scored(), "person", "people"),
        bar.label,
        sides.negative
    );
    if bar.counts.len() % 2 == 1 {
        caption.push_str(&format!(", {} in the middle", sides.middle));
    }
    if bar.not_scored > 0 {
        caption.push_str(&format!("; {} did not answer", bar.not_scored));
    }
    caption
}

/// "Across 12 statements, 40 of 100 ratings are positive, 35 negative, 25 in the middle;
/// most positive: “I feel safe at home” (80% positive)".
fn many_bars_caption(bars: &[ScoreDistribution]) -> String {
    let mut total = ScoreSides::default();
    for sides in bars.iter().map(ScoreDistribution::sides) {
        total.negative += sides.negative;
        total.middle += sides.middle;
        total.positive += sides.positive;
    }
    let scored: usize = bars.iter().map(ScoreDistribution::scored).sum();
    let not_scored: usize = bars.iter().map(|b| b.not_scored).sum();
    let mut caption = format!(
        "Across {} statements, {} of {} are positive, {} negative",
        bars.len(),
        total.positive,
        plural(scored, "rating", "ratings"),
        total.negative
    );
    if bars.first().is_some_and(|b| b.counts.len() % 2 == 1) {
        caption.push_str(&format!(", {} in the middle", total.middle));
    }
    if not_scored > 0 {
        caption.push_str(&format!("; {not_scored} not answered"));
    }
    let positive: Vec<(&ScoreDistribution, usize)> = bars
        .iter()
        .filter(|b| b.scored() > 0)
        .map(|b| (b, b.positive_percent()))
        .collect();
    let most = positive.iter().map(|(_, p)| *p).max();
    let least = positive.iter().map(|(_, p)| *p).min();
    if let (Some(most), Some(least)) = (most, least) {
        if most > least {
            let top: Vec<&ScoreDistribution> = positive
                .iter()
                .filter(|(_, p)| *p == most)
                .map(|(b, _)| *b)
                .collect();
            let others = match top.len() {
                1 => String::new(),
                n => format!(" and {}", plural(n - 1, "other", "others")),
            };
            caption.push_str(&format!(
                "; most positive: “{}”{others} ({most}% positive)",
                top[0].label
            ));
        }
    }
    caption
}

/// The widest side of any bar, in percent, rounded up to a quarter, so bars use the width
/// they have while ticks stay at round numbers.
fn extent(bars: &[ScoreDistribution]) -> usize {
    let widest = bars
        .iter()
        .filter(|b| b.scored() > 0)
        .map(|b| {
            let sides = b.sides();
            // In half-counts, so the middle splits evenly; rounded up.
            let side = (2 * sides.negative + sides.middle).max(2 * sides.positive + sides.middle);
            (side * 100).div_ceil(2 * b.scored())
        })
        .max()
        .unwrap_or(100);
    (widest.div_ceil(25) * 25).clamp(25, 100)
}

/// Where the bars go.
struct Layout {
    left: i32,
    right: i32,
    top: i32,
    /// The percent at each end of the axis.
    extent: usize,
}

impl Layout {
    fn centre(&self) -> i32 {
        (self.left + self.right) / 2
    }

    /// Pixels from the centre for `share` percent.
    fn offset(&self, share: f64) -> f64 {
        f64::from(self.right - self.left) / 2.0 * share / self.extent as f64
    }
}

/// One row of the legend: its items (a score's index and its words, wrapped when they are
/// wider than the chart), left to right.
struct LegendRow(Vec<(usize, Vec<String>)>);

impl LegendRow {
    /// As tall as its item with the most lines.
    fn height(&self) -> i32 {
        let lines = self.0.iter().map(|(_, l)| l.len()).max().unwrap_or(1);
        LEGEND_LINE + i32::try_from(lines.saturating_sub(1)).unwrap_or(0) * LINE_HEIGHT
    }
}

/// The width of a legend item: its swatch, its widest line and the gap after it.
fn legend_item_width(lines: &[String]) -> f64 {
    f64::from(SWATCH + 6) + widest_line(lines, TEXT_PX) + 16.0
}

/// The legend's items, worst first, in rows that fit the width; an item too wide for a row of
/// its own wraps at spaces (whole words, never shortened).
fn legend_rows(labels: &[String], width: i32) -> Vec<LegendRow> {
    let room = f64::from(width - 2 * MARGIN);
    let words_room = room - f64::from(SWATCH + 6);
    let mut rows: Vec<LegendRow> = Vec::new();
    let mut used = room;
    for (i, label) in labels.iter().enumerate() {
        let lines = wrap_words(label, TEXT_PX, words_room, words_room);
        let item = legend_item_width(&lines);
        match rows.last_mut() {
            Some(row) if used + item <= room => {
                row.0.push((i, lines));
                used += item;
            }
            _ => {
                rows.push(LegendRow(vec![(i, lines)]));
                used = item;
            }
        }
    }
    rows
}

/// A swatch of each score's colour beside its words, worst first, as the segments run.
fn draw_legend(root: &Area, rows: &[LegendRow], colours: &[RGBColor]) -> DrawResult {
    let style = font(TEXT_PX).pos(Pos::new(HPos::Left, VPos::Center));
    let mut y = MARGIN + LEGEND_LINE / 2;
    for row in rows {
        let mut x = MARGIN;
        for (i, lines) in &row.0 {
            let colour = colours.get(*i).copied().unwrap_or(MIDDLE_GREY);
            let swatch = [(x, y - SWATCH / 2), (x + SWATCH, y + SWATCH / 2)];
            root.draw(&Rectangle::new(swatch, colour.filled()))?;
            root.draw(&Rectangle::new(swatch, OUTLINE))?;
            for (n, line) in lines.iter().enumerate() {
                let line_y = y + i32::try_from(n).unwrap_or(0) * LINE_HEIGHT;
                root.draw(&Text::new(
                    line.clone(),
                    (x + SWATCH + 6, line_y),
                    style.clone(),
                ))?;
            }
            x += legend_item_width(lines).ceil() as i32;
        }
        y += row.height();
    }
    Ok(())
}

/// The percent of each tick above the first bar, either side of the centre ("0%").
fn draw_axis(root: &Area, layout: &Layout) -> DrawResult {
    let style = font(TEXT_PX).pos(Pos::new(HPos::Center, VPos::Bottom));
    let centre = layout.centre();
    for (tick, offset) in ticks(layout) {
        for x in [centre - offset, centre + offset] {
            // The outermost labels stay inside the chart.
            let anchor = match x {
                x if x <= layout.left => HPos::Left,
                x if x >= layout.right => HPos::Right,
                _ => HPos::Center,
            };
            root.draw(&Text::new(
                format!("{tick}%"),
                (x, layout.top - 4),
                style.clone().pos(Pos::new(anchor, VPos::Bottom)),
            ))?;
        }
    }
    root.draw(&Text::new("0%", (centre, layout.top - 4), style))
}

/// The percent ticks either side of the centre, each with its distance from the centre:
/// every 25% where their labels fit side by side, otherwise every 50%.
fn ticks(layout: &Layout) -> Vec<(usize, i32)> {
    let label_room = text_width("100%", TEXT_PX) + 12.0;
    let step = match layout.offset(25.0) >= label_room {
        true => 25,
        false => 50,
    };
    (step..=layout.extent)
        .step_by(step)
        .map(|tick| (tick, layout.offset(tick as f64).round() as i32))
        .collect()
}

/// The grid lines across one bar, from `top` to `bottom`: only beside the bar, so no line
/// runs through a label.
fn draw_grid(root: &Area, layout: &Layout, top: i32, bottom: i32) -> DrawResult {
    let centre = layout.centre();
    for (_, offset) in ticks(layout) {
        for x in [centre - offset, centre + offset] {
            root.draw(&PathElement::new(
                vec![(x, top), (x, bottom)],
                GRID_COLOUR.stroke_width(1),
            ))?;
        }
    }
    Ok(())
}

/// The centre line across one bar, under its segments: it shows above and below the bar.
fn draw_centre(root: &Area, layout: &Layout, top: i32, bottom: i32) -> DrawResult {
    let centre = layout.centre();
    root.draw(&PathElement::new(
        vec![(centre, top), (centre, bottom)],
        TEXT_COLOUR.stroke_width(2),
    ))
}

/// One bar's segments, left to right: the scores below the middle (worst outermost), the
/// middle split in two halves about the centre, then the scores above it.
fn segments(bar: &ScoreDistribution, layout: &Layout) -> Vec<Segment> {
    let scored = bar.scored();
    let points = bar.counts.len();
    let sides = bar.sides();
    // Positions in half-counts from the left end, so the middle splits exactly.
    let left_end = 2 * sides.negative + sides.middle;
    let x = |half_counts: usize| {
        let share = (half_counts as f64 - left_end as f64) * 100.0 / (2 * scored) as f64;
        (f64::from(layout.centre()) + layout.offset(share)).round() as i32
    };
    let mut segments = Vec::new();
    let mut at = 0;
    for (point, count) in bar.counts.iter().enumerate() {
        let halves = match points % 2 == 1 && point == points / 2 {
            true => vec![*count, *count],
            false => vec![2 * count],
        };
        for width in halves {
            if width > 0 {
                segments.push(Segment {
                    point,
                    from: x(at),
                    to: x(at + width),
                });
            }
            at += width;
        }
    }
    segments
}

struct Segment {
    /// The score's index, 0 for the worst.
    point: usize,
    from: i32,
    to: i32,
}

/// What is written on the right of a bar's first line: how many did not answer, if any.
fn not_answered(bar: &ScoreDistribution) -> Option<String> {
    (bar.not_scored > 0).then(|| format!("{} did not answer", bar.not_scored))
}

/// A bar's label wrapped to `room`, its first line leaving room for [`not_answered`].
fn bar_label_lines(bar: &ScoreDistribution, room: f64) -> Vec<String> {
    let first = match not_answered(bar) {
        Some(words) => room - text_width(&words, TEXT_PX) - 12.0,
        None => room,
    };
    wrap_words(&bar.label, TEXT_PX, first, room)
}

/// The height of a bar whose label takes `lines`.
fn row_height(lines: &[String]) -> i32 {
    ROW_HEIGHT + i32::try_from(lines.len().saturating_sub(1)).unwrap_or(0) * LINE_HEIGHT
}

/// One bar: its label on its `lines` (and how many did not answer), its segments with their
/// counts where they fit, and an outline.
fn draw_bar(
    root: &Area,
    layout: &Layout,
    bar: &ScoreDistribution,
    lines: &[String],
    colours: &[RGBColor],
    top: i32,
) -> DrawResult {
    let label_y = top + 10;
    if let Some(words) = not_answered(bar) {
        root.draw(&Text::new(
            words,
            (layout.right, label_y),
            styled_font(TEXT_PX, FontStyle::Italic).pos(Pos::new(HPos::Right, VPos::Center)),
        ))?;
    }
    for (i, line) in lines.iter().enumerate().filter(|(_, l)| !l.is_empty()) {
        root.draw(&Text::new(
            line.clone(),
            (
                layout.left,
                label_y + i32::try_from(i).unwrap_or(0) * LINE_HEIGHT,
            ),
            font(TEXT_PX).pos(Pos::new(HPos::Left, VPos::Center)),
        ))?;
    }
    // The bar sits below the label's last line.
    let top = top + row_height(lines) - ROW_HEIGHT;
    let (y0, y1) = (top + BAR_TOP, top + BAR_TOP + BAR_HEIGHT);
    let middle_y = (y0 + y1) / 2;
    draw_grid(root, layout, y0 - 4, y1 + 4)?;
    draw_centre(root, layout, y0 - 4, y1 + 4)?;
    if bar.scored() == 0 {
        root.draw(&Text::new(
            "No ratings",
            (layout.centre() + 8, middle_y),
            styled_font(TEXT_PX, FontStyle::Italic).pos(Pos::new(HPos::Left, VPos::Center)),
        ))?;
        return Ok(());
    }
    let segments = segments(bar, layout);
    for segment in &segments {
        let colour = colours.get(segment.point).copied().unwrap_or(MIDDLE_GREY);
        root.draw(&Rectangle::new(
            [(segment.from, y0), (segment.to, y1)],
            colour.filled(),
        ))?;
    }
    // Counts, once per score: the middle's two halves share one, on the centre line.
    let mut written: Vec<usize> = Vec::new();
    for segment in &segments {
        if written.contains(&segment.point) {
            continue;
        }
        written.push(segment.point);
        let (from, to) = segments
            .iter()
            .filter(|s| s.point == segment.point)
            .fold((i32::MAX, i32::MIN), |(f, t), s| {
                (f.min(s.from), t.max(s.to))
            });
        let count = bar.counts[segment.point].to_string();
        if f64::from(to - from) < text_width(&count, TEXT_PX) + 6.0 {
            continue;
        }
        let colour = colours.get(segment.point).copied().unwrap_or(MIDDLE_GREY);
        root.draw(&Text::new(
            count,
            ((from + to) / 2, middle_y),
            font(TEXT_PX)
                .color(&text_on(colour))
                .pos(Pos::new(HPos::Center, VPos::Center)),
        ))?;
    }
    let (left, right) = (
        segments.first().map_or(layout.centre(), |s| s.from),
        segments.last().map_or(layout.centre(), |s| s.to),
    );
    root.draw(&Rectangle::new([(left, y0), (right, y1)], OUTLINE))?;
    Ok(())
}

/// Dark text or white, whichever stands out more on `background` (WCAG contrast).
fn text_on(background: RGBColor) -> RGBColor {
    let luminance = |c: RGBColor| {
        let channel = |v: u8| {
            let v = f64::from(v) / 255.0;
            match v <= 0.039_28 {
                true => v / 12.92,
                false => ((v + 0.055) / 1.055).powf(2.4),
            }
        };
        0.2126 * channel(c.0) + 0.7152 * channel(c.1) + 0.0722 * channel(c.2)
    };
    let back = luminance(background);
    let dark = (back + 0.05) / (luminance(TEXT_COLOUR) + 0.05);
    let light = 1.05 / (back + 0.05);
    match dark >= light {
        true => TEXT_COLOUR,
        false => WHITE,
    }
}

#[cfg(test)]
mod tests;
