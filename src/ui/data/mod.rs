//! The Data page and its sections (backup, restore, storage, wiping this device), and the
//! notices about the data that the People list shows too.

mod backup;
mod backup_section;
mod data_notices;
mod data_page;
mod import_preview;
mod restore_section;
mod space_measure;
mod storage_section;
mod wipe_section;

pub use backup_section::BackupSection;
pub use data_notices::DataNotices;
pub use data_page::DataPage;
pub use import_preview::ImportPreview;
pub use restore_section::RestoreSection;
pub use space_measure::SpaceMeasure;
pub use storage_section::StorageSection;
pub use wipe_section::WipeSection;

use chrono::{DateTime, NaiveDate, Utc};

/// "today", "yesterday", "5 days ago" or "never".
pub fn days_ago(at: Option<DateTime<Utc>>, today: NaiveDate) -> String {
    let Some(at) = at else {
        return "never".to_owned();
    };
    match (today - at.date_naive()).num_days() {
        days if days <= 0 => "today".to_owned(),
        1 => "yesterday".to_owned(),
        days => format!("{days} days ago"),
    }
}
