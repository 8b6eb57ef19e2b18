//! What every chart shares: the palette, drawing into an SVG string with a `<title>`, labels
//! wrapped at spaces and rough text widths. Kept in one place so the charts look and behave
//! alike.

use plotters::prelude::*;
use plotters::style::FontStyle;

use super::escape_svg_text;
use crate::domain::Respondent;

/// Okabe–Ito blue: the person's view, and the latest reading.
pub const BLUE: RGBColor = RGBColor(0x00, 0x72, 0xB2);
/// Okabe–Ito orange: the baseline.
pub const ORANGE: RGBColor = RGBColor(0xE6, 0x9F, 0x00);
/// Okabe–Ito vermilion: the worker's view.
pub const VERMILION: RGBColor = RGBColor(0xD5, 0x5E, 0x00);
/// Okabe–Ito bluish green: a carer's view.
pub const GREEN: RGBColor = RGBColor(0x00, 0x9E, 0x73);
/// Text on a white background (contrast well over 4.5:1).
pub const TEXT_COLOUR: RGBColor = RGBColor(0x1A, 0x1A, 0x1A);
/// Grid lines and axes that should sit behind the data.
pub const GRID_COLOUR: RGBColor = RGBColor(0xBB, 0xBB, 0xBB);

/// Each respondent's colour; charts also give each a different marker or dash, so colour is
/// never the only difference.
pub fn respondent_colour(respondent: Respondent) -> RGBColor {
    match respondent {
        Respondent::Person => BLUE,
        Respondent::Worker => VERMILION,
        Respondent::Carer => GREEN,
    }
}

/// The drawing area of an SVG chart.
pub type Area<'a> = DrawingArea<SVGBackend<'a>, plotters::coord::Shift>;
/// What drawing on an [`Area`] can fail with.
pub type DrawResult = Result<(), DrawingAreaErrorKind<std::io::Error>>;

/// Draws a chart of `size` pixels into an SVG string (with a `viewBox`, so CSS scales it) and
/// puts `title` first in it, escaped, so screen readers announce it.
pub fn render_svg(size: (u32, u32), title: &str, draw: impl FnOnce(&Area) -> DrawResult) -> String {
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, size).into_drawing_area();
        // Drawing into a string cannot fail; an error here would be a plotters bug, and a
        // chart with a missing piece is better than no page.
        let _ = root.fill(&WHITE);
        let _ = draw(&root);
        let _ = root.present();
    }
    add_title(&svg, title)
}

/// The SVG with `role="img"` and a `<title>` as the first child of the root, so assistive
/// technology announces one picture named by its title rather than every piece of text in it.
fn add_title(svg: &str, title: &str) -> String {
    let title = format!("<title>{}</title>\n", escape_svg_text(title));
    match svg
        .find("<svg")
        .and_then(|s| svg[s..].find('>').map(|e| s + e + 1))
    {
        Some(end) => {
            let open = svg[..end].replacen("<svg ", "<svg role=\"img\" ", 1);
            let rest = svg[end..].trim_start_matches('\n');
            format!("{open}\n{title}{rest}")
        }
        None => svg.to_owned(),
    }
}

/// The font of chart text `px` CSS pixels high in the `viewBox`. Plotters' SVG backend
/// writes `font-size` as the size it is given divided by 1.24, so asking for `px` directly
/// would draw text a fifth smaller than intended.
pub fn font(px: f64) -> TextStyle<'static> {
    styled_font(px, FontStyle::Normal)
}

/// Like [`font`], bold or italic.
pub fn styled_font(px: f64, style: FontStyle) -> TextStyle<'static> {
    ("sans-serif", px * 1.24, style)
        .into_font()
        .color(&TEXT_COLOUR)
}

/// The average width of a character as a share of the font's height: a little over what
/// common sans-serif fonts need for mixed text (DejaVu Sans, the widest usual default,
/// averages about 0.57), so a label measured with it fits where it is put.
const CHAR_WIDTH: f64 = 0.6;
/// How much wider bold text runs than regular.
pub const BOLD_WIDTH: f64 = 1.1;

/// A generous guess at how wide `text` is in a sans-serif font `px` high: there are no font
/// metrics in the browser-free renderer, and guessing wide keeps labels from overlapping.
pub fn text_width(text: &str, px: f64) -> f64 {
    text.chars().count() as f64 * px * CHAR_WIDTH
}

/// `text` broken at spaces into lines that fit: the first line `first` pixels wide (a label
/// may share its first line with words on the right), the others `rest`. Words are never
/// split or shortened, since the chart's label must say what its table says: a word wider
/// than its line gets that line to itself and runs over, which [`widest_line`] tells the
/// caller, so it can find more room. A first word that fits only the wider lines leaves the
/// first line empty.
pub fn wrap_words(text: &str, px: f64, first: f64, rest: f64) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let room = if lines.is_empty() { first } else { rest };
        if line.is_empty() {
            if lines.is_empty() && text_width(word, px) > first && first < rest {
                lines.push(String::new());
            }
            line.push_str(word);
        } else if text_width(&line, px) + text_width(" ", px) + text_width(word, px) <= room {
            line.push(' ');
            line.push_str(word);
        } else {
            lines.push(std::mem::take(&mut line));
            line.push_str(word);
        }
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

/// The width of the widest of `lines`, by [`text_width`].
pub fn widest_line(lines: &[String], px: f64) -> f64 {
    lines
        .iter()
        .map(|line| text_width(line, px))
        .fold(0.0, f64::max)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_wrap_at_spaces_and_keep_every_word_whole() {
        /// Wraps at 10 px a character (a 16.67 px font), `first` and `rest` characters wide.
        fn check(text: &str, first: usize, rest: usize, expected: &[&str]) {
            let px = 10.0 / CHAR_WIDTH;
            let lines = wrap_words(text, px, first as f64 * 10.0, rest as f64 * 10.0);
            assert_eq!(lines, expected, "{text:?} in {first} then {rest}");
            assert_eq!(lines.concat().replace(' ', ""), text.replace(' ', ""));
        }
        check("Short", 10, 10, &["Short"]);
        check("Health and wellbeing", 12, 12, &["Health and", "wellbeing"]);
        check("Health and wellbeing", 20, 20, &["Health and wellbeing"]);
        // A word longer than the line is kept whole, on a line of its own.
        check(
            "I feel extraordinarily well",
            8,
            8,
            &["I feel", "extraordinarily", "well"],
        );
        // A narrow first line (words on its right), then the full width.
        check(
            "I can get to the shops",
            6,
            20,
            &["I can", "get to the shops"],
        );
        check("Wellbeing matters", 6, 20, &["", "Wellbeing matters"]);
        check("Zoë Zoë Zoë", 7, 7, &["Zoë Zoë", "Zoë"]);
        check("  spaces   between  ", 20, 20, &["spaces between"]);
        check("", 10, 10, &[""]);
        assert_eq!(
            widest_line(&["ab".into(), "abcd".into()], 10.0),
            4.0 * 10.0 * CHAR_WIDTH
        );
    }

    #[test]
    fn title_comes_first_and_escaped() {
        let svg = render_svg((100, 50), "<b>&", |_| Ok(()));
        assert!(svg.contains("viewBox=\"0 0 100 50\""));
        let after_open = &svg[svg.find("<svg").unwrap()..];
        let first_child = after_open.split('\n').nth(1).unwrap();
        assert_eq!(first_child, "<title>&lt;b&gt;&amp;</title>");
        assert!(after_open.starts_with("<svg role=\"img\" "), "{after_open}");
    }
}
