//! Wiping a shared device: every key the app owns goes, and nothing else on the origin.

use super::super::keys::Keys;
use super::super::store::KeyValueStore;
use super::ApplyError;

/// Removes every key under `keys`' prefix (records, kept-aside copies, drafts, the device's
/// notes) and leaves every other key of the origin alone. Returns how many were removed.
pub fn wipe<S: KeyValueStore>(store: &S, keys: &Keys) -> Result<usize, ApplyError> {
    let mut removed = 0;
    for key in store.keys()? {
        if keys.owns(&key) {
            store.remove(&key)?;
            removed += 1;
        }
    }
    Ok(removed)
}
