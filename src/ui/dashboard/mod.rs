//! The service dashboard and the printable service report: the filters, each target's
//! figures, the tables of outcome statuses and unplanned outcomes, and [`ServiceRecords`],
//! which loads what they count.

mod dashboard_figures;
mod dashboard_filters;
mod dashboard_page;
mod service_records;
mod service_report_page;
mod status_table;
mod target_result_view;
mod unplanned_table;

pub use dashboard_figures::DashboardFigures;
pub use dashboard_filters::DashboardFilters;
pub use dashboard_page::DashboardPage;
pub use service_records::ServiceRecords;
pub use service_report_page::ServiceReportPage;
pub use status_table::StatusTable;
pub use target_result_view::TargetResultView;
pub use unplanned_table::UnplannedTable;
