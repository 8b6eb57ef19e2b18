//! Charts rendered to SVG strings by our own code (plotters' SVG backend), pure and tested on
//! the host. The UI puts these strings in a wrapper `<div inner_html>`; that is the only place
//! the app renders HTML, so every piece of user text that reaches a chart goes through
//! [`escape_svg_text`] first.
//!
//! ```
//! use outcome_focus::charts::escape_svg_text;
//! assert_eq!(escape_svg_text("<script>"), "&lt;script&gt;");
//! ```

mod common;
mod likert_chart;
mod outcome_chart;
mod own_answers_chart;
mod plot;
mod progress_chart;
mod qr_code;
mod star_chart;
#[cfg(test)]
mod test_support;
mod two_views_chart;

pub use common::respondent_colour;

pub use likert_chart::{likert_chart, likert_palette, LikertChart, MIDDLE_GREY, NO_RATINGS};
pub use outcome_chart::{
    goal_attainment_chart, outcome_status_chart, status_colour, GoalAttainmentChart, StatusChart,
    StatusCounts, EXPECTED_LEVEL, NO_CONVERSATIONS, NO_LEVELS, NO_OUTCOMES,
};
pub use own_answers_chart::{own_answers_chart, OwnAnswersChart};
pub use progress_chart::{
    progress_chart, ProgressChart, ProgressFocus, ProgressPoint, DIFFERENT_CARDS, NO_SUCH_FOCUS,
    ONE_READING_EACH, REVIEW_LABEL,
};
pub use qr_code::{link_qr_code, LinkQrCode, MAX_EASY_VERSION};

pub use star_chart::{
    star_chart, StarChart, StarRow, BASELINE_COLOUR, LATEST_COLOUR, MAX_CARD_SPOKES, NO_READINGS,
    ONE_READING,
};
pub use two_views_chart::{
    two_views_chart, TwoViewsChart, DISCUSS_HIGHLIGHT, TALK_ABOUT_THIS, WORKER_FILL_OPACITY,
};

/// Escapes text for use inside SVG (XML) content or a quoted attribute value.
pub fn escape_svg_text(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            '\'' => escaped.push_str("&#39;"),
            _ => escaped.push(c),
        }
    }
    escaped
}

#[cfg(test)]
mod tests {
    use super::escape_svg_text;

    fn check(input: &str, expected: &str) {
        assert_eq!(escape_svg_text(input), expected, "escaping {input:?}");
    }

    #[test]
    fn escapes_markup_and_quotes() {
        check("Alex", "Alex");
        check(
            "<script>alert(1)</script>",
            "&lt;script&gt;alert(1)&lt;/script&gt;",
        );
        check("Tom & Jerry", "Tom &amp; Jerry");
        check("\"quoted\" 'single'", "&quot;quoted&quot; &#39;single&#39;");
        check("Zoë — ☺", "Zoë — ☺");
    }
}
