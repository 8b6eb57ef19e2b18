//! The person's own answers over time, on their phone: one bar per date, split by how many
//! cards had each answer. Drawn as a plain SVG string rather than through plotters: it is
//! the only chart on the answer page, whose whole download must stay small. Every label
//! goes through [`escape_svg_text`]; counts are written in the segments, so colour is not the
//! only way to read them, and the page shows the same figures as a table.

use std::fmt::Write as _;

use super::{escape_svg_text, likert_palette};
use crate::domain::{format_uk_date, plural, KeptAnswers};

const WIDTH: usize = 320;
const BAR: usize = 28;
const DATE_LINE: usize = 20;
const LEGEND_LINE: usize = 22;

/// The chart and its caption.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OwnAnswersChart {
    /// The SVG.
    pub svg: String,
    /// What it shows, in a sentence.
    pub caption: String,
}

/// The chart of `kept`, oldest date first; its legend uses the latest set's labels.
pub fn own_answers_chart(kept: &[KeptAnswers]) -> OwnAnswersChart {
    let labels = kept.last().map(|k| k.labels.clone()).unwrap_or_default();
    let palette = likert_palette(labels.len());
    let rows = kept.len() * (BAR + DATE_LINE + 6);
    let height = rows + labels.len() * LEGEND_LINE + 28;
    let mut svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {WIDTH} {height}\" font-family=\"system-ui, sans-serif\" font-size=\"14\" focusable=\"false\" aria-hidden=\"true\">"
    );
    let mut y = 0;
    for set in kept {
        let _ = write!(
            svg,
            "<text x=\"0\" y=\"{}\" fill=\"#1b1f23\">{}</text>",
            y + 15,
            escape_svg_text(&format_uk_date(set.answered))
        );
        y += DATE_LINE;
        // Whole pixels: widths add up to the full bar however they round, and no float
        // formatting weighs on the answer page's download.
        let total = set.cards.len().max(1);
        let mut before = 0;
        for (point, count) in set.counts().into_iter().enumerate() {
            if count == 0 {
                continue;
            }
            let x = before * WIDTH / total;
            before += count;
            let w = before * WIDTH / total - x;
            let colour = palette.get(point).copied().unwrap_or(super::MIDDLE_GREY);
            let (r, g, b) = (colour.0, colour.1, colour.2);
            let _ = write!(
                svg,
                "<rect x=\"{x}\" y=\"{y}\" width=\"{w}\" height=\"{BAR}\" fill=\"rgb({r},{g},{b})\" stroke=\"#ffffff\"/>"
            );
            if w >= 18 {
                let text = if is_dark(r, g, b) {
                    "#ffffff"
                } else {
                    "#1b1f23"
                };
                let _ = write!(
                    svg,
                    "<text x=\"{}\" y=\"{}\" text-anchor=\"middle\" fill=\"{text}\">{count}</text>",
                    x + w / 2,
                    y + 19
                );
            }
        }
        y += BAR + 6;
    }
    y += 8;
    for (point, label) in labels.iter().enumerate() {
        let colour = palette.get(point).copied().unwrap_or(super::MIDDLE_GREY);
        let _ = write!(
            svg,
            "<rect x=\"0\" y=\"{y}\" width=\"16\" height=\"16\" fill=\"rgb({},{},{})\" stroke=\"#767676\"/><text x=\"24\" y=\"{}\" fill=\"#1b1f23\">{}</text>",
            colour.0,
            colour.1,
            colour.2,
            y + 13,
            escape_svg_text(label)
        );
        y += LEGEND_LINE;
    }
    svg.push_str("</svg>");
    OwnAnswersChart {
        svg,
        caption: caption(kept),
    }
}

fn is_dark(r: u8, g: u8, b: u8) -> bool {
    let luminance = 299 * u32::from(r) + 587 * u32::from(g) + 114 * u32::from(b);
    luminance < 128_000
}

fn caption(kept: &[KeptAnswers]) -> String {
    let Some(latest) = kept.last() else {
        return "No answers kept yet".to_owned();
    };
    let counts = latest.counts();
    let most = counts
        .iter()
        .enumerate()
        .max_by_key(|(point, n)| (**n, *point))
        .and_then(|(point, n)| Some((latest.labels.get(point)?, *n)))
        .filter(|(_, n)| *n > 0);
    let dates = plural(kept.len(), "date", "dates");
    match most {
        Some((label, n)) => format!(
            "Your answers on {dates}. On {}, your most frequent answer was \u{201c}{label}\u{201d}, on {}.",
            format_uk_date(latest.answered),
            plural(n, "card", "cards")
        ),
        None => format!("Your answers on {dates}."),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Answer;
    use chrono::NaiveDate;

    fn set(day: u32, answers: &[Answer], labels: &[&str]) -> KeptAnswers {
        KeptAnswers {
            answered: NaiveDate::from_ymd_opt(2026, 12, day).unwrap(),
            labels: labels.iter().map(|l| (*l).to_owned()).collect(),
            cards: answers
                .iter()
                .enumerate()
                .map(|(i, a)| (format!("Card {i}"), *a))
                .collect(),
        }
    }

    #[test]
    fn one_bar_per_date_with_counts_and_an_escaped_legend() {
        let labels = ["<script>alert(1)</script>", "Sometimes", "Often"];
        let kept = [
            set(
                1,
                &[Answer::Rated(0), Answer::Rated(0), Answer::Skipped],
                &labels,
            ),
            set(
                8,
                &[Answer::Rated(2), Answer::Rated(2), Answer::Rated(1)],
                &labels,
            ),
        ];
        let chart = own_answers_chart(&kept);
        assert!(!chart.svg.contains("<script>"));
        assert!(chart.svg.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assert!(chart.svg.contains(">1 December 2026<") && chart.svg.contains(">8 December 2026<"));
        assert_eq!(chart.svg.matches("<rect").count(), 1 + 2 + labels.len());
        assert_eq!(
            chart.caption,
            "Your answers on 2 dates. On 8 December 2026, your most frequent answer was \u{201c}Often\u{201d}, on 2 cards."
        );
    }
}
