//! The service dashboard's parts: its filters, each target's figures, the tables of
//! outcome statuses and unplanned outcomes, and the CSV downloads.

mod csv_downloads;
mod dashboard_figures;
mod dashboard_filters;
mod service_records;
mod status_table;
mod target_result_view;
mod unplanned_table;

pub use csv_downloads::CsvDownloads;
pub use dashboard_figures::DashboardFigures;
pub use dashboard_filters::DashboardFilters;
pub use service_records::ServiceRecords;
pub use status_table::StatusTable;
pub use target_result_view::TargetResultView;
pub use unplanned_table::UnplannedTable;
