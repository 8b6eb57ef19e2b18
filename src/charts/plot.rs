//! The parts the charts over time share: a plot area in pixels with a date axis and a value
//! axis, text sizes that stay readable when a phone scales the chart down, short UK dates,
//! and legends that wrap.
//!
//! The charts draw in pixels on the root area, like the star chart, rather than through
//! plotters' `ChartBuilder`: plotters' date axes need its `chrono` feature, and its tick
//! labels format floats with `{}`, which adds kilobytes to the app's download. Here every
//! tick is chosen by us, so labels never collide, and every number is written by the domain's
//! [`format_value`], by hand.

use chrono::{Datelike, NaiveDate};
use plotters::element::DashedPathElement;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters::style::FontTransform;

use super::common::{Area, DrawResult, GRID_COLOUR, TEXT_COLOUR};
use crate::domain::{format_uk_date, format_value};

/// Axis lines and reference lines: darker than the grid, so they read as structure.
pub const AXIS_COLOUR: RGBColor = RGBColor(0x55, 0x55, 0x55);
/// The smallest text, in SVG pixels: at a 640-wide chart shown 320 CSS pixels wide it is
/// still 7 pixels high, about as small as a phone can show legibly.
pub const SMALL_TEXT: u32 = 14;
/// Legend text, a little larger than tick labels.
pub const LEGEND_TEXT: u32 = 15;
/// The height of one legend row.
const LEGEND_ROW: i32 = 24;
/// Room between the plot's edge and the first and last dates, so markers are not on the axis.
const INSET: i32 = 14;

/// Text of `px` SVG pixels. Plotters writes a font's size divided by 1.24 into the SVG's
/// `font-size`, so the size is scaled up here to come out as `px`.
pub fn text_style(px: u32) -> TextStyle<'static> {
    ("sans-serif", f64::from(px) * 1.24)
        .into_font()
        .color(&TEXT_COLOUR)
}

/// A rough width of `text` in `px`-pixel sans-serif: enough to keep labels apart.
pub fn text_width(text: &str, px: u32) -> i32 {
    let chars = i32::try_from(text.chars().count()).unwrap_or(i32::MAX / 16);
    chars.saturating_mul(px as i32) * 3 / 5
}

/// A date short enough for an axis, the UK way: `5 Sep 2026`. Built from
/// [`format_uk_date`], so both always agree.
pub fn short_uk_date(date: NaiveDate) -> String {
    let long = format_uk_date(date);
    let mut words = long.split(' ');
    match (words.next(), words.next(), words.next()) {
        (Some(day), Some(month), Some(year)) => {
            let month: String = month.chars().take(3).collect();
            format!("{day} {month} {year}")
        }
        _ => long,
    }
}

/// A stable insertion sort. Charts sort tens of readings or conversations, and each use of
/// the standard library's sort adds kilobytes to the app's download.
pub fn sort_by_key<T, K: Ord>(items: &mut [T], key: impl Fn(&T) -> K) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && key(&items[j - 1]) > key(&items[j]) {
            items.swap(j - 1, j);
            j -= 1;
        }
    }
}

/// Evenly spaced round values from `min` to at least `max`, at most `most` of them beyond
/// the first: steps of 1, 2, 5, 10, 20, 25, 50, …
pub fn value_ticks(min: f64, max: f64, most: usize) -> Vec<f64> {
    let span = (max - min).max(1.0);
    let most = most.max(1) as f64;
    let mut step = 1.0;
    let mut scale = 1.0;
    'search: loop {
        for factor in [1.0, 2.0, 2.5, 5.0] {
            step = factor * scale;
            // 2.5 only where it gives whole numbers.
            if factor == 2.5 && scale < 10.0 {
                continue;
            }
            if span / step <= most {
                break 'search;
            }
        }
        scale *= 10.0;
        if scale > 1e9 {
            break;
        }
    }
    let mut ticks = Vec::new();
    let mut value = (min / step).floor() * step;
    while value < max + step {
        ticks.push(value);
        if value >= max {
            break;
        }
        value += step;
    }
    ticks
}

/// Where each legend entry of the given widths goes: left to right, wrapping onto a new row
/// when the next would pass `width`. Returns each entry's left edge and middle height, and
/// the height the legend takes.
pub fn legend_layout(widths: &[i32], width: i32) -> (Vec<(i32, i32)>, i32) {
    let (left, gap) = (10, 22);
    let mut at = Vec::with_capacity(widths.len());
    let (mut x, mut y) = (left, LEGEND_ROW / 2 + 2);
    for &w in widths {
        if x > left && x + w > width - left {
            x = left;
            y += LEGEND_ROW;
        }
        at.push((x, y));
        x += w + gap;
    }
    let height = match widths.is_empty() {
        true => 0,
        false => y + LEGEND_ROW / 2 + 2,
    };
    (at, height)
}

/// A rectangle of the chart in pixels, with dates across and values up.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Plot {
    /// The left edge (the value axis).
    pub left: i32,
    /// The right edge.
    pub right: i32,
    /// The top edge.
    pub top: i32,
    /// The bottom edge (the date axis).
    pub bottom: i32,
    /// The first and last day shown, as days since the common era.
    pub days: (i32, i32),
    /// The lowest and highest value shown.
    pub values: (f64, f64),
}

impl Plot {
    /// A plot whose dates run from the earliest to the latest of `dates`; a single day gets a
    /// day either side, so it sits in the middle.
    pub fn new(
        edges: (i32, i32, i32, i32),
        dates: impl IntoIterator<Item = NaiveDate>,
        values: (f64, f64),
    ) -> Plot {
        let (left, right, top, bottom) = edges;
        let mut days: Option<(i32, i32)> = None;
        for day in dates.into_iter().map(|d| d.num_days_from_ce()) {
            days = Some(days.map_or((day, day), |(a, b)| (a.min(day), b.max(day))));
        }
        let days = match days.unwrap_or((0, 0)) {
            (a, b) if a == b => (a - 1, b + 1),
            other => other,
        };
        Plot {
            left,
            right: right.max(left + 2 * INSET + 1),
            top,
            bottom: bottom.max(top + 1),
            days,
            values,
        }
    }

    /// The x of a date.
    pub fn x(&self, date: NaiveDate) -> i32 {
        let (first, last) = (f64::from(self.days.0), f64::from(self.days.1));
        let fraction = (f64::from(date.num_days_from_ce()) - first) / (last - first).max(1.0);
        let width = f64::from(self.right - self.left - 2 * INSET);
        self.left + INSET + (fraction * width).round() as i32
    }

    /// The y of a value.
    pub fn y(&self, value: f64) -> i32 {
        let (low, high) = self.values;
        let fraction = (value - low) / (high - low).max(f64::EPSILON);
        let height = f64::from(self.bottom - self.top);
        self.bottom - (fraction * height).round() as i32
    }

    /// Grid lines across the plot at `ticks`, labelled on the left, the axis lines, and
    /// `title` up the left edge, so the reader knows what the values are.
    pub fn draw_value_axis(&self, root: &Area, ticks: &[f64], title: &str) -> DrawResult {
        let label_style = text_style(SMALL_TEXT).pos(Pos::new(HPos::Right, VPos::Center));
        for &tick in ticks {
            let y = self.y(tick);
            root.draw(&PathElement::new(
                vec![(self.left, y), (self.right, y)],
                GRID_COLOUR.stroke_width(1),
            ))?;
            root.draw(&Text::new(
                format_value(tick),
                (self.left - 6, y),
                label_style.clone(),
            ))?;
        }
        root.draw(&PathElement::new(
            vec![
                (self.left, self.top),
                (self.left, self.bottom),
                (self.right, self.bottom),
            ],
            AXIS_COLOUR.stroke_width(1),
        ))?;
        let middle = (self.top + self.bottom) / 2;
        root.draw(&Text::new(
            title.to_owned(),
            (4, middle),
            text_style(SMALL_TEXT)
                .transform(FontTransform::Rotate270)
                .pos(Pos::new(HPos::Center, VPos::Top)),
        ))
    }

    /// Which of `dates` get a label on the date axis: left to right, each far enough from
    /// the last to fit, and the latest date always (it is usually the one asked about).
    pub fn date_ticks(&self, dates: &[NaiveDate]) -> Vec<NaiveDate> {
        let mut dates = dates.to_vec();
        sort_by_key(&mut dates, |d| *d);
        dates.dedup();
        // The widest short date, "30 Sep 2026", and a gap.
        let gap = text_width("30 Sep 2026", SMALL_TEXT) + 12;
        let mut chosen: Vec<NaiveDate> = Vec::new();
        for &date in &dates {
            match chosen.last() {
                Some(&last) if self.x(date) - self.x(last) < gap => {}
                _ => chosen.push(date),
            }
        }
        if let Some(&latest) = dates.last() {
            if chosen.last() != Some(&latest) {
                while chosen.len() > 1
                    && chosen
                        .last()
                        .is_some_and(|&d| self.x(latest) - self.x(d) < gap)
                {
                    chosen.pop();
                }
                // With room for only one label, the latest date wins.
                if chosen.len() == 1 && self.x(latest) - self.x(chosen[0]) < gap {
                    chosen.clear();
                }
                chosen.push(latest);
            }
        }
        chosen
    }

    /// A tick and a short UK date under the axis for each date of [`Plot::date_ticks`].
    pub fn draw_date_axis(&self, root: &Area, dates: &[NaiveDate]) -> DrawResult {
        let style = text_style(SMALL_TEXT).pos(Pos::new(HPos::Center, VPos::Top));
        for date in self.date_ticks(dates) {
            let x = self.x(date);
            root.draw(&PathElement::new(
                vec![(x, self.bottom), (x, self.bottom + 5)],
                AXIS_COLOUR.stroke_width(1),
            ))?;
            // Low enough to clear the lowest value's label, which is centred on the axis.
            root.draw(&Text::new(
                short_uk_date(date),
                (x, self.bottom + 12),
                style.clone(),
            ))?;
        }
        Ok(())
    }

    /// A dashed vertical line at each date, labelled `label` above the plot; a label that
    /// would run into the previous one is left out (the line stays).
    pub fn draw_date_markers(&self, root: &Area, dates: &[NaiveDate], label: &str) -> DrawResult {
        let mut dates = dates.to_vec();
        sort_by_key(&mut dates, |d| *d);
        dates.dedup();
        let gap = text_width(label, SMALL_TEXT) + 8;
        let style = text_style(SMALL_TEXT).pos(Pos::new(HPos::Center, VPos::Bottom));
        let mut last_label: Option<i32> = None;
        for date in dates {
            let x = self.x(date);
            // Long dashes: each dash is an element of its own in plotters' SVG.
            root.draw(&DashedPathElement::new(
                vec![(x, self.top - 2), (x, self.bottom)],
                8,
                6,
                AXIS_COLOUR.stroke_width(2),
            ))?;
            if last_label.is_none_or(|last| x - last >= gap) {
                root.draw(&Text::new(
                    label.to_owned(),
                    (x, self.top - 4),
                    style.clone(),
                ))?;
                last_label = Some(x);
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::test_support::day;

    #[test]
    fn short_dates_are_uk_dates() {
        fn check(date: NaiveDate, expected: &str) {
            assert_eq!(short_uk_date(date), expected);
        }
        check(day(3, 5), "5 Mar 2026");
        check(day(9, 30), "30 Sep 2026");
        check(day(5, 1), "1 May 2026");
    }

    #[test]
    fn round_value_ticks() {
        fn check(min: f64, max: f64, most: usize, expected: &[f64]) {
            assert_eq!(value_ticks(min, max, most), expected, "{min}..{max}");
        }
        check(0.0, 5.0, 6, &[0.0, 1.0, 2.0, 3.0, 4.0, 5.0]);
        check(0.0, 10.0, 6, &[0.0, 2.0, 4.0, 6.0, 8.0, 10.0]);
        check(0.0, 100.0, 4, &[0.0, 25.0, 50.0, 75.0, 100.0]);
        check(0.0, 100.0, 5, &[0.0, 20.0, 40.0, 60.0, 80.0, 100.0]);
        check(0.0, 7.0, 6, &[0.0, 2.0, 4.0, 6.0, 8.0]);
        check(0.0, 0.0, 6, &[0.0]);
    }

    #[test]
    fn date_ticks_never_collide_and_keep_the_latest() {
        let plot = Plot::new((60, 600, 40, 400), [day(1, 1), day(12, 31)], (0.0, 1.0));
        fn check(plot: &Plot, dates: &[NaiveDate], expected: &[NaiveDate]) {
            let ticks = plot.date_ticks(dates);
            assert_eq!(ticks, expected);
            for pair in ticks.windows(2) {
                assert!(plot.x(pair[1]) - plot.x(pair[0]) > text_width("30 Sep 2026", 14));
            }
        }
        check(&plot, &[day(1, 1), day(12, 31)], &[day(1, 1), day(12, 31)]);
        // A date a day after another is dropped; the latest is kept over its neighbour.
        check(
            &plot,
            &[day(1, 1), day(1, 2), day(6, 1), day(12, 30), day(12, 31)],
            &[day(1, 1), day(6, 1), day(12, 31)],
        );
        let monthly: Vec<NaiveDate> = (1..=12).map(|m| day(m, 1)).chain([day(12, 31)]).collect();
        let ticks = plot.date_ticks(&monthly);
        assert!(ticks.len() <= 6, "{ticks:?}");
        assert_eq!(ticks.last(), Some(&day(12, 31)));
        let narrow = Plot::new((60, 150, 40, 400), [day(1, 1), day(1, 3)], (0.0, 1.0));
        check(&narrow, &[day(1, 1), day(1, 3)], &[day(1, 3)]);
    }

    #[test]
    fn legends_wrap_onto_new_rows() {
        let (at, height) = legend_layout(&[100, 100, 100], 640);
        assert_eq!(at.iter().map(|p| p.1).collect::<Vec<_>>(), [14, 14, 14]);
        assert_eq!(height, 28);
        let (at, height) = legend_layout(&[200, 200, 200], 320);
        assert_eq!(at.iter().map(|p| p.0).collect::<Vec<_>>(), [10, 10, 10]);
        assert_eq!(height, 76);
        assert_eq!(legend_layout(&[], 320).1, 0);
    }

    #[test]
    fn stable_sort() {
        let mut items = [(2, 'a'), (1, 'b'), (2, 'c'), (1, 'd')];
        sort_by_key(&mut items, |i| i.0);
        assert_eq!(items, [(1, 'b'), (1, 'd'), (2, 'a'), (2, 'c')]);
    }
}
