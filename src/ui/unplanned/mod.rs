//! Unplanned outcomes: the page that records one, and its fields (which a review uses too).

mod record_unplanned_page;
mod unplanned_fields;

pub use record_unplanned_page::RecordUnplannedPage;
pub use unplanned_fields::UnplannedFields;
