//! A person's progress page and their printable report, with the charts they show: each one
//! a [`ChartFigure`](crate::ui::widgets::ChartFigure) around an SVG our chart code drew, its
//! finding in words and a table of the same numbers.

mod deck_charts;
mod likert_figure;
mod outcome_figures;
mod person_progress_page;
mod person_report_page;
mod progress_figure;
mod readings_table_view;
mod readings_with_decks;
mod report_outcomes;
mod report_unplanned;
mod star_chart_figure;
mod two_views_figure;

pub use deck_charts::DeckCharts;
pub use likert_figure::LikertFigure;
pub use outcome_figures::OutcomeFigures;
pub use person_progress_page::PersonProgressPage;
pub use person_report_page::PersonReportPage;
pub use progress_figure::ProgressFigure;
pub use readings_table_view::ReadingsTableView;
pub use readings_with_decks::ReadingsWithDecks;
pub use report_outcomes::ReportOutcomes;
pub use report_unplanned::ReportUnplanned;
pub use star_chart_figure::StarChartFigure;
pub use two_views_figure::TwoViewsFigure;
