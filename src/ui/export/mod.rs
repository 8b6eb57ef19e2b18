//! `Export CSV`: the page, and the three tidy files it downloads.

mod csv_downloads;
mod service_export_page;

pub use csv_downloads::CsvDownloads;
pub use service_export_page::ServiceExportPage;
