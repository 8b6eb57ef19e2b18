//! What every chart shares: the palette, drawing into an SVG string with a `<title>`, short
//! labels and rough text widths. Kept in one place so the charts look and behave alike.

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

/// The label shortened to `max` characters, by characters, never bytes; the chart's table
/// holds the full text.
pub fn short_label(label: &str, max: usize) -> String {
    match label.chars().count() > max {
        true => {
            let kept: String = label.chars().take(max.saturating_sub(1)).collect();
            format!("{}…", kept.trim_end())
        }
        false => label.to_owned(),
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
/// common sans-serif fonts need for mixed text.
const CHAR_WIDTH: f64 = 0.56;

/// A generous guess at how wide `text` is in a sans-serif font `px` high: there are no font
/// metrics in the browser-free renderer, and guessing wide keeps labels from overlapping.
pub fn text_width(text: &str, px: f64) -> f64 {
    text.chars().count() as f64 * px * CHAR_WIDTH
}

/// How many characters of a `px`-high font fit in `width` pixels, at least one.
pub fn chars_that_fit(width: f64, px: f64) -> usize {
    ((width / (px * CHAR_WIDTH)).floor() as usize).max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_labels_count_characters() {
        assert_eq!(short_label("Short", 10), "Short");
        assert_eq!(short_label("Zoë Zoë Zoë Zoë", 6), "Zoë Z…");
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
