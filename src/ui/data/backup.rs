//! Downloading a backup from the Data page, and remembering on this device that it was made.

use crate::domain::{export_backup, read_notes, write_notes};
use crate::storage::{active_keys, BrowserStore};
use crate::ui::clock::now;
use crate::ui::files::download_text;

/// Exports every record to a downloaded backup file and notes the time on this device.
/// Returns a sentence saying what was saved, or why nothing was.
pub fn download_backup() -> Result<String, String> {
    let keys = active_keys();
    let at = now();
    let exported = export_backup(&BrowserStore, &keys, at)
        .map_err(|e| format!("The backup could not be made: {e}. Nothing was changed."))?;
    download_text(&exported.file_name, &exported.text, "application/json")?;
    let mut notes = read_notes(&BrowserStore, &keys);
    notes.last_backup = Some(at);
    // Best effort: with storage full the file is still saved; only the date is not noted.
    let _ = write_notes(&BrowserStore, &keys, &notes, at);
    let unreadable = match exported.unreadable.len() {
        0 => String::new(),
        1 => " 1 stored value that could not be read is in it as a kept-aside copy.".to_owned(),
        n => format!(" {n} stored values that could not be read are in it as kept-aside copies."),
    };
    Ok(format!(
        "Backup saved as {}: {}.{unreadable} Keep it somewhere safe, away from this device.",
        exported.file_name,
        exported.contents.describe()
    ))
}
