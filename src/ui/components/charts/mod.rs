//! Charts in the UI: each one a `<figure>` around an SVG our chart code drew, its finding in
//! words and a table of the same numbers.

mod chart_figure;
mod deck_charts;
mod likert_figure;
mod outcome_figures;
mod progress_figure;
mod readings_table_view;
mod readings_with_decks;
mod report_outcomes;
mod report_unplanned;
mod star_chart_figure;
mod two_views_figure;

pub use chart_figure::ChartFigure;
pub use deck_charts::DeckCharts;
pub use likert_figure::LikertFigure;
pub use outcome_figures::OutcomeFigures;
pub use progress_figure::ProgressFigure;
pub use readings_table_view::ReadingsTableView;
pub use readings_with_decks::ReadingsWithDecks;
pub use report_outcomes::ReportOutcomes;
pub use report_unplanned::ReportUnplanned;
pub use star_chart_figure::StarChartFigure;
pub use two_views_figure::TwoViewsFigure;

/// The width to draw charts at: the room a figure has on this screen, so their text is drawn
/// at its real size (a phone gets a narrow layout rather than a shrunken wide one).
pub fn chart_width() -> u32 {
    let viewport = web_sys::window()
        .and_then(|w| w.inner_width().ok())
        .and_then(|w| w.as_f64())
        .unwrap_or(640.0);
    // The page's 48rem column, less its padding and the figure's padding and border.
    let room = viewport.min(768.0) - 2.0 * 16.0 - 2.0 * 17.0;
    room.clamp(260.0, 640.0) as u32
}
