//! The star (radar) chart of a deck: one spoke per active card, the baseline and the latest
//! reading as two overlaid shapes, with a caption that says the finding in words and the
//! rows of a table holding the same numbers (a chart alone is not accessible).
//!
//! Plotters has no polar coordinates, so the chart is drawn in pixels on the root drawing
//! area: rings for the points of the scale, spokes, then the readings.
//!
//! Decisions worth knowing:
//! - A skipped or "prefer not to say" card has no score, so it is **not plotted**: the
//!   reading's outline breaks there (a gap) instead of dipping to the centre, which would
//!   read as the worst score. Its shape is then drawn as outline pieces, without a fill.
//! - A deck with more than [`MAX_CARD_SPOKES`] active cards gets one spoke per domain,
//!   valued at the **median** score of the domain's cards (the mean of the two middle scores
//!   when there is an even number): Likert points are ordered, not evenly spaced, so a mean
//!   of card scores would claim more than the data holds.
//! - Spoke labels wrap at spaces and are never shortened. When the words do not fit around
//!   the circle (a phone, a word wider than its room, a label over another) the spokes are
//!   numbered and a key below the circle gives each number its full words.
//! - Plotters' SVG backend escapes the text it draws (`<`, `>`, `&`, quotes), so statements
//!   go to it raw; only the `<title>` we add ourselves goes through [`escape_svg_text`].
//!   Escaping in both places would show `&amp;lt;` to the reader.
//!
//! ```
//! use outcome_focus::charts::star_chart;
//! use outcome_focus::domain::built_in_decks;
//!
//! let deck = &built_in_decks()[0];
//! let chart = star_chart(deck, None, None, 600);
//! assert!(chart.svg.is_none());
//! assert_eq!(chart.caption, "No readings yet");
//! ```

use std::f64::consts::PI;

use plotters::element::DashedPathElement;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::common::{
    font, render_svg, text_width, widest_line, wrap_words, Area, DrawResult, BLUE, GRID_COLOUR,
    ORANGE, TEXT_COLOUR,
};
use crate::domain::{card_score, format_uk_date, median, Card, Change, Deck, Reading};

/// The most active cards drawn as a spoke each; beyond this the chart shows domains, since
/// more labels than this cannot be read around a circle on a phone.
pub const MAX_CARD_SPOKES: usize = 12;
/// The colour of the latest reading: Okabe–Ito blue, safe for colour-blind readers.
pub const LATEST_COLOUR: RGBColor = BLUE;
/// The colour of the baseline: Okabe–Ito orange, told apart from blue by every common form
/// of colour blindness (and drawn dashed, so colour is not the only difference).
pub const BASELINE_COLOUR: RGBColor = ORANGE;
/// What the caption says before any reading.
pub const NO_READINGS: &str = "No readings yet";
/// What the caption says while there is only one reading.
pub const ONE_READING: &str = "One reading so far: the chart compares once there is a second";

/// Spoke labels wrap onto at most this many lines; longer ones number the spokes instead.
const MAX_LABEL_LINES: usize = 4;
/// Narrower than this, words around the circle do not fit: the spokes are numbered and a key
/// below the circle names them, so the text stays at a readable size on a phone. A wider
/// chart numbers them too when its labels, wrapped at spaces, would still not fit.
pub const COMPACT_BELOW: u32 = 540;
/// The room above the circle for the legend.
const LEGEND_HEIGHT: f64 = 48.0;
/// The distance between the lines of a label that wraps.
const LABEL_LINE: i32 = 18;
/// The size of the spoke labels, in pixels as drawn.
const LABEL_PX: f64 = 14.0;
/// The height of one line of the key below a chart with numbered spokes.
const KEY_LINE: u32 = 20;

/// One active card's line in the table beside the chart.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StarRow {
    /// The card's statement as the deck words it now (raw text: the UI escapes it).
    pub statement: String,
    /// The card's domain.
    pub domain: String,
    /// The baseline's score, higher is better; `None` when there is none.
    pub baseline: Option<u8>,
    /// The latest reading's score; `None` when there is none.
    pub latest: Option<u8>,
    /// Change from the baseline to the latest reading.
    pub change: Change,
}

/// A star chart ready to show: the SVG, its caption and the rows of its table.
#[derive(Clone, Debug, PartialEq)]
pub struct StarChart {
    /// The SVG document (with a `viewBox`, so CSS can scale it); `None` with no readings.
    pub svg: Option<String>,
    /// The finding in words, for the `<figcaption>`.
    pub caption: String,
    /// One row per active card, in the deck's order.
    pub rows: Vec<StarRow>,
    /// Whether the spokes are domains (median score) rather than cards.
    pub by_domain: bool,
}

/// The star chart of `deck` comparing `baseline` with `latest` (see [`crate::domain::baseline`]
/// and [`crate::domain::latest`]), drawn `width` pixels wide (the UI passes the width it has,
/// so text is drawn at its real size); the height follows from the width. With only one of
/// the two, or the same reading twice, it shows that one reading alone.
pub fn star_chart(
    deck: &Deck,
    baseline: Option<&Reading>,
    latest: Option<&Reading>,
    width: u32,
) -> StarChart {
    // Whichever reading is there is the one to show when only one is.
    let (baseline, latest) = match (baseline, latest) {
        (Some(b), Some(l)) if b.id == l.id => (None, Some(l)),
        (Some(b), None) => (None, Some(b)),
        other => other,
    };
    let scale = deck.scale();
    let cards: Vec<&Card> = deck.active_cards().collect();
    let score_in =
        |reading: Option<&Reading>, card: &Card| reading.and_then(|r| card_score(scale, card, r));
    let rows: Vec<StarRow> = cards
        .iter()
        .map(|card| {
            let (b, l) = (score_in(baseline, card), score_in(latest, card));
            StarRow {
                statement: card.statement.clone(),
                domain: card.domain.clone(),
                baseline: b,
                latest: l,
                change: match baseline {
                    Some(_) => Change::between(b, l),
                    None => Change::FirstReading,
                },
            }
        })
        .collect();
    let by_domain = cards.len() > MAX_CARD_SPOKES;
    let Some(latest_reading) = latest else {
        return StarChart {
            svg: None,
            caption: NO_READINGS.to_owned(),
            rows,
            by_domain,
        };
    };
    let caption = match baseline {
        None => ONE_READING.to_owned(),
        Some(_) => comparison_caption(&rows),
    };
    let spokes = match by_domain {
        true => domain_spokes(&rows),
        false => rows
            .iter()
            .map(|r| Spoke {
                label: r.statement.clone(),
                baseline: r.baseline.map(f64::from),
                latest: r.latest.map(f64::from),
            })
            .collect(),
    };
    let points = scale.len();
    let legend = Legend {
        baseline: baseline.map(|b| format!("Baseline, {}", format_uk_date(b.date))),
        latest: format!("Latest, {}", format_uk_date(latest_reading.date)),
    };
    let title = format!("Star chart of {}: {}", deck.name(), caption);
    let wide = (width, width * 4 / 5);
    let labels = match width < COMPACT_BELOW {
        true => None,
        false => spoke_labels(&spokes, wide),
    };
    let (size, labels) = match labels {
        Some(spokes) => (
            wide,
            Labels {
                spokes,
                key: Vec::new(),
            },
        ),
        None => {
            // The circle as wide as the chart, the legend above it and the key below.
            let key = key_lines(&spokes, width);
            let lines: usize = key.iter().map(Vec::len).sum();
            let height = LEGEND_HEIGHT as u32 + width + 8 + KEY_LINE * lines as u32;
            let size = (width, height);
            (size, numbered_labels(spokes.len(), size, &key))
        }
    };
    let svg = draw(&spokes, points, &legend, &title, size, &labels);
    StarChart {
        svg: Some(svg),
        caption,
        rows,
        by_domain,
    }
}

/// "8 of 12 cards improved since the baseline; 3 stayed the same; 1 got worse", with the
/// cards that could not be compared counted too, so the totals add up.
fn comparison_caption(rows: &[StarRow]) -> String {
    let count = |f: fn(&Change) -> bool| rows.iter().filter(|r| f(&r.change)).count();
    let up = count(|c| matches!(c, Change::Up(_)));
    let same = count(|c| matches!(c, Change::Same));
    let down = count(|c| matches!(c, Change::Down(_)));
    let not_compared = rows.len() - up - same - down;
    let cards = if rows.len() == 1 { "card" } else { "cards" };
    let mut caption = format!(
        "{up} of {} {cards} improved since the baseline; {same} stayed the same; {down} got worse",
        rows.len()
    );
    if not_compared > 0 {
        caption.push_str(&format!(
            "; {not_compared} could not be compared (skipped or not said)"
        ));
    }
    caption
}

/// One spoke of the chart and the values plotted on it.
struct Spoke {
    label: String,
    baseline: Option<f64>,
    latest: Option<f64>,
}

struct Legend {
    baseline: Option<String>,
    latest: String,
}

/// One spoke per domain, in the order the domains first appear, valued at the median score.
fn domain_spokes(rows: &[StarRow]) -> Vec<Spoke> {
    let mut domains: Vec<&str> = Vec::new();
    for row in rows {
        if !domains.contains(&row.domain.as_str()) {
            domains.push(&row.domain);
        }
    }
    domains
        .into_iter()
        .map(|domain| {
            let in_domain = || rows.iter().filter(move |r| r.domain == domain);
            Spoke {
                label: domain.to_owned(),
                baseline: median(in_domain().filter_map(|r| r.baseline)),
                latest: median(in_domain().filter_map(|r| r.latest)),
            }
        })
        .collect()
}

/// Where the circle sits in a chart of `size`: its centre and radius. A chart with a key
/// below (taller than wide) has its circle as wide as the chart, with room only for numbers;
/// otherwise the circle leaves room either side for the words.
fn circle(size: (u32, u32)) -> ((f64, f64), f64) {
    let (w, h) = (f64::from(size.0), f64::from(size.1));
    let (centre, radius) = match h > w {
        true => ((w / 2.0, LEGEND_HEIGHT + w / 2.0), w / 2.0 - 28.0),
        false => {
            let centre = (w / 2.0, LEGEND_HEIGHT + (h - LEGEND_HEIGHT) / 2.0);
            // Room beside the circle for words, and above and below it for a line of them.
            let radius = (w / 2.0 - 140.0).min((h - LEGEND_HEIGHT) / 2.0 - 40.0);
            (centre, radius)
        }
    };
    (centre, radius.max(20.0))
}

/// The angle of spoke `i` of `n`, clockwise from the top.
fn angle(i: usize, n: usize) -> f64 {
    -PI / 2.0 + 2.0 * PI * i as f64 / n.max(1) as f64
}

/// The words or number by a spoke's end, and the key's lines for a numbered chart.
struct Labels {
    /// Each spoke's label, line by line, where its lines go and how they align.
    spokes: Vec<SpokeLabel>,
    /// The key below a numbered chart: each spoke's number and words, line by line.
    key: Vec<Vec<String>>,
}

/// One spoke's label: its lines, the centre of its first line and its alignment.
struct SpokeLabel {
    lines: Vec<String>,
    at: (i32, i32),
    h_pos: HPos,
}

impl SpokeLabel {
    /// The box the label takes, guessed from the width estimate: left, top, right, bottom.
    fn bounds(&self) -> (f64, f64, f64, f64) {
        let width = widest_line(&self.lines, LABEL_PX);
        let x = f64::from(self.at.0);
        let (left, right) = match self.h_pos {
            HPos::Left => (x, x + width),
            HPos::Right => (x - width, x),
            HPos::Center => (x - width / 2.0, x + width / 2.0),
        };
        let lines = self.lines.len().saturating_sub(1) as f64;
        let y = f64::from(self.at.1);
        // A line's glyphs reach about 0.66 em above its middle and 0.52 em below.
        let top = y - 0.66 * LABEL_PX;
        let bottom = y + lines * f64::from(LABEL_LINE) + 0.52 * LABEL_PX;
        (left, top, right, bottom)
    }
}

/// Each spoke's words around a chart of `size`, wrapped at spaces to the room beside the
/// circle; `None` when some label would not fit whole (a word wider than its room, too many
/// lines, past the chart's edge or over another label), so the spokes must be numbered.
fn spoke_labels(spokes: &[Spoke], size: (u32, u32)) -> Option<Vec<SpokeLabel>> {
    let (w, h) = (f64::from(size.0), f64::from(size.1));
    let (centre, radius) = circle(size);
    let n = spokes.len().max(1);
    let mut labels: Vec<SpokeLabel> = Vec::with_capacity(spokes.len());
    for (i, spoke) in spokes.iter().enumerate() {
        let (cos, sin) = (angle(i, n).cos(), angle(i, n).sin());
        let h_pos = match cos {
            c if c > 0.2 => HPos::Left,
            c if c < -0.2 => HPos::Right,
            _ => HPos::Center,
        };
        // Beside the circle, the room to the edge; above or below it, about the circle's width.
        let room = match h_pos {
            HPos::Center => 2.0 * radius,
            _ => w / 2.0 - radius * 1.08 * cos.abs() - 6.0,
        };
        let lines = wrap_words(&spoke.label, LABEL_PX, room, room);
        if lines.len() > MAX_LABEL_LINES || widest_line(&lines, LABEL_PX) > room {
            return None;
        }
        let end = (
            centre.0 + radius * 1.08 * cos,
            centre.1 + radius * 1.08 * sin,
        );
        let block = (lines.len() - 1) as f64 * f64::from(LABEL_LINE);
        // Above the circle the label ends at the spoke, below it starts there, beside it
        // it is centred on it.
        let first_line = match sin {
            s if s < -0.5 => end.1 - 8.0 - block,
            s if s > 0.5 => end.1 + 8.0,
            _ => end.1 - block / 2.0,
        };
        labels.push(SpokeLabel {
            lines,
            at: (end.0.round() as i32, first_line.round() as i32),
            h_pos,
        });
    }
    let inside = |(left, top, right, bottom): (f64, f64, f64, f64)| {
        left >= 2.0 && right <= w - 2.0 && top >= LEGEND_HEIGHT && bottom <= h - 2.0
    };
    let apart = |a: (f64, f64, f64, f64), b: (f64, f64, f64, f64)| {
        a.2.min(b.2) - a.0.max(b.0) <= 0.0 || a.3.min(b.3) - a.1.max(b.1) <= 0.0
    };
    let bounds: Vec<_> = labels.iter().map(SpokeLabel::bounds).collect();
    let fits = bounds.iter().all(|b| inside(*b))
        && bounds
            .iter()
            .enumerate()
            .all(|(i, a)| bounds[i + 1..].iter().all(|b| apart(*a, *b)));
    fits.then_some(labels)
}

/// The key below a numbered chart `width` wide: each spoke's number and words, wrapped at
/// spaces so that every word shows whole.
fn key_lines(spokes: &[Spoke], width: u32) -> Vec<Vec<String>> {
    spokes
        .iter()
        .enumerate()
        .map(|(i, spoke)| {
            let number = format!("{}  ", i + 1);
            let indent = text_width(&number, LABEL_PX);
            let room = f64::from(width) - 20.0 - indent;
            let mut lines = wrap_words(&spoke.label, LABEL_PX, room, room);
            if let Some(first) = lines.first_mut() {
                *first = format!("{number}{first}");
            }
            lines
        })
        .collect()
}

/// Spoke numbers around the circle of a chart of `size` whose key is `key`.
fn numbered_labels(n: usize, size: (u32, u32), key: &[Vec<String>]) -> Labels {
    let (centre, radius) = circle(size);
    let spokes = (0..n)
        .map(|i| {
            let (cos, sin) = (angle(i, n).cos(), angle(i, n).sin());
            SpokeLabel {
                lines: vec![(i + 1).to_string()],
                at: (
                    (centre.0 + (radius + 14.0) * cos).round() as i32,
                    (centre.1 + (radius + 14.0) * sin).round() as i32,
                ),
                h_pos: HPos::Center,
            }
        })
        .collect();
    Labels {
        spokes,
        key: key.to_vec(),
    }
}

fn draw(
    spokes: &[Spoke],
    points: usize,
    legend: &Legend,
    title: &str,
    size: (u32, u32),
    labels: &Labels,
) -> String {
    render_svg(size, title, |root| {
        draw_parts(root, spokes, points, legend, size, labels)
    })
}

fn draw_parts(
    root: &Area,
    spokes: &[Spoke],
    points: usize,
    legend: &Legend,
    size: (u32, u32),
    labels: &Labels,
) -> DrawResult {
    let (centre, radius) = circle(size);
    let n = spokes.len().max(1);
    let at = |i: usize, fraction: f64| {
        let a = angle(i, n);
        (
            (centre.0 + radius * fraction * a.cos()).round() as i32,
            (centre.1 + radius * fraction * a.sin()).round() as i32,
        )
    };
    let points_f = points.max(1) as f64;

    // One ring per point of the scale, so a reader can count points outwards.
    for point in 1..=points {
        let ring: Vec<(i32, i32)> = (0..=n)
            .map(|i| at(i % n, point as f64 / points_f))
            .collect();
        root.draw(&PathElement::new(ring, GRID_COLOUR.stroke_width(1)))?;
    }
    for i in 0..spokes.len() {
        root.draw(&PathElement::new(
            vec![at(i, 0.0), at(i, 1.0)],
            GRID_COLOUR.stroke_width(1),
        ))?;
    }
    let label_style = font(LABEL_PX).color(&TEXT_COLOUR);
    for label in &labels.spokes {
        let style = label_style.clone().pos(Pos::new(label.h_pos, VPos::Center));
        for (i, line) in label.lines.iter().enumerate() {
            let y = label.at.1 + LABEL_LINE * i as i32;
            root.draw(&Text::new(line.clone(), (label.at.0, y), style.clone()))?;
        }
    }
    // The key: each spoke's number and its words, the lines after the first indented to
    // line up under the words.
    let key_style = label_style.clone().pos(Pos::new(HPos::Left, VPos::Center));
    let mut y = LEGEND_HEIGHT as i32 + size.0 as i32 + 8 + KEY_LINE as i32 / 2;
    for (i, lines) in labels.key.iter().enumerate() {
        let indent = text_width(&format!("{}  ", i + 1), LABEL_PX).round() as i32;
        for (n, line) in lines.iter().enumerate() {
            let x = if n == 0 { 10 } else { 10 + indent };
            root.draw(&Text::new(line.clone(), (x, y), key_style.clone()))?;
            y += KEY_LINE as i32;
        }
    }
    let fraction = |v: f64| v / points_f;
    let baseline: Vec<Option<(i32, i32)>> = spokes
        .iter()
        .enumerate()
        .map(|(i, s)| s.baseline.map(|v| at(i, fraction(v))))
        .collect();
    let latest: Vec<Option<(i32, i32)>> = spokes
        .iter()
        .enumerate()
        .map(|(i, s)| s.latest.map(|v| at(i, fraction(v))))
        .collect();
    if legend.baseline.is_some() {
        draw_reading(root, &baseline, BASELINE_COLOUR, true)?;
    }
    draw_reading(root, &latest, LATEST_COLOUR, false)?;

    // The legend, top left: a sample of each line beside its label.
    let legend_style = font(14.0).color(&TEXT_COLOUR);
    let mut y = 14;
    if let Some(label) = &legend.baseline {
        root.draw(&DashedPathElement::new(
            vec![(10, y), (40, y)],
            6,
            4,
            BASELINE_COLOUR.stroke_width(3),
        ))?;
        root.draw(&Text::new(
            label.clone(),
            (48, y),
            legend_style.clone().pos(Pos::new(HPos::Left, VPos::Center)),
        ))?;
        y += 20;
    }
    root.draw(&PathElement::new(
        vec![(10, y), (40, y)],
        LATEST_COLOUR.stroke_width(3),
    ))?;
    root.draw(&Text::new(
        legend.latest.clone(),
        (48, y),
        legend_style.pos(Pos::new(HPos::Left, VPos::Center)),
    ))?;
    Ok(())
}

/// One reading's shape: filled when every spoke has a value; otherwise only the pieces of
/// outline between neighbouring spokes that both have one, so a missing score is a gap.
/// The baseline is dashed with hollow markers, the latest solid with filled markers.
fn draw_reading(
    root: &Area,
    at: &[Option<(i32, i32)>],
    colour: RGBColor,
    dashed: bool,
) -> DrawResult {
    let n = at.len();
    let complete: Option<Vec<(i32, i32)>> = at.iter().copied().collect();
    if let Some(shape) = &complete {
        root.draw(&Polygon::new(shape.clone(), colour.mix(0.15).filled()))?;
    }
    let style = colour.stroke_width(2);
    for i in 0..n {
        // A lone spoke has nothing to join; the marker shows its value.
        if n < 2 {
            break;
        }
        if let (Some(a), Some(b)) = (at[i], at[(i + 1) % n]) {
            match dashed {
                true => root.draw(&DashedPathElement::new(vec![a, b], 6, 4, style))?,
                false => root.draw(&PathElement::new(vec![a, b], style))?,
            }
        }
        if n == 2 {
            // Two spokes: the one segment, drawn once.
            break;
        }
    }
    for point in at.iter().flatten() {
        let marker = match dashed {
            true => Circle::new(*point, 4, colour.stroke_width(2)),
            false => Circle::new(*point, 4, colour.filled()),
        };
        root.draw(&marker)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests;
