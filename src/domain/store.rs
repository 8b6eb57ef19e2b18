//! The key-value store the repository writes to: local storage in the app, memory in tests.
//!
//! Methods take `&self` because local storage is one shared object per origin; the memory
//! store mirrors that with interior mutability.

use std::cell::{Cell, RefCell};
use std::collections::BTreeMap;
use thiserror::Error;

/// What can go wrong when touching the store itself.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum StoreError {
    /// The browser refused the write: its storage quota is used up.
    #[error("storage is full")]
    QuotaExceeded,
    /// Storage is disabled, blocked, or not offered (some private windows).
    #[error("storage is not available in this browser")]
    Unavailable,
    /// Anything else the browser reported.
    #[error("{0}")]
    Other(String),
}

/// A store of string values under string keys, like the browser's local storage.
pub trait KeyValueStore {
    /// The value under `key`, or `None` when there is none.
    fn get(&self, key: &str) -> Result<Option<String>, StoreError>;
    /// Writes `value` under `key`; on error the old value is still there.
    fn set(&self, key: &str, value: &str) -> Result<(), StoreError>;
    /// Removes `key` (no error if it is absent).
    fn remove(&self, key: &str) -> Result<(), StoreError>;
    /// Every key in the store.
    fn keys(&self) -> Result<Vec<String>, StoreError>;
}

/// Several repositories can share one store, as several tabs share one local storage.
impl<T: KeyValueStore + ?Sized> KeyValueStore for &T {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        (**self).get(key)
    }
    fn set(&self, key: &str, value: &str) -> Result<(), StoreError> {
        (**self).set(key, value)
    }
    fn remove(&self, key: &str) -> Result<(), StoreError> {
        (**self).remove(key)
    }
    fn keys(&self) -> Result<Vec<String>, StoreError> {
        (**self).keys()
    }
}

/// An in-memory store for tests, which can also behave like a full or a disabled browser.
#[derive(Debug, Default)]
pub struct MemoryStore {
    entries: RefCell<BTreeMap<String, String>>,
    /// Largest total size in UTF-16 code units (keys plus values), as browsers count it.
    quota: Cell<Option<usize>>,
    unavailable: bool,
}

impl MemoryStore {
    /// A store that refuses writes that would take it over `quota` UTF-16 code units.
    pub fn with_quota(quota: usize) -> Self {
        MemoryStore {
            quota: Cell::new(Some(quota)),
            ..MemoryStore::default()
        }
    }

    /// A store that behaves like disabled storage: every call fails.
    pub fn unavailable() -> Self {
        MemoryStore {
            unavailable: true,
            ..MemoryStore::default()
        }
    }

    /// Changes the quota, as when a user frees space or the browser grants more.
    pub fn set_quota(&self, quota: Option<usize>) {
        self.quota.set(quota);
    }

    /// The space used, in UTF-16 code units (keys plus values).
    pub fn used(&self) -> usize {
        self.entries
            .borrow()
            .iter()
            .map(|(k, v)| utf16_len(k) + utf16_len(v))
            .sum()
    }

    /// The length of one value in UTF-16 code units (0 when absent).
    pub fn get_len(&self, key: &str) -> usize {
        self.entries.borrow().get(key).map_or(0, |v| utf16_len(v))
    }

    /// A copy of everything stored, to check that a failed operation changed nothing.
    pub fn snapshot(&self) -> BTreeMap<String, String> {
        self.entries.borrow().clone()
    }

    fn check(&self) -> Result<(), StoreError> {
        if self.unavailable {
            Err(StoreError::Unavailable)
        } else {
            Ok(())
        }
    }
}

fn utf16_len(text: &str) -> usize {
    text.encode_utf16().count()
}

impl KeyValueStore for MemoryStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.check()?;
        Ok(self.entries.borrow().get(key).cloned())
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StoreError> {
        self.check()?;
        let mut entries = self.entries.borrow_mut();
        if let Some(quota) = self.quota.get() {
            let others: usize = entries
                .iter()
                .filter(|(k, _)| k.as_str() != key)
                .map(|(k, v)| utf16_len(k) + utf16_len(v))
                .sum();
            if others + utf16_len(key) + utf16_len(value) > quota {
                return Err(StoreError::QuotaExceeded);
            }
        }
        entries.insert(key.to_owned(), value.to_owned());
        Ok(())
    }

    fn remove(&self, key: &str) -> Result<(), StoreError> {
        self.check()?;
        self.entries.borrow_mut().remove(key);
        Ok(())
    }

    fn keys(&self) -> Result<Vec<String>, StoreError> {
        self.check()?;
        Ok(self.entries.borrow().keys().cloned().collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quota_counts_keys_and_values_and_keeps_the_old_value() {
        let store = MemoryStore::with_quota(10);
        store.set("ab", "cdef").unwrap();
        assert_eq!(store.set("ab", "cdefghijk"), Err(StoreError::QuotaExceeded));
        assert_eq!(store.get("ab").unwrap().as_deref(), Some("cdef"));
        store.set("ab", "12345678").unwrap();
        assert_eq!(store.set("x", ""), Err(StoreError::QuotaExceeded));
    }

    #[test]
    fn unavailable_store_fails_every_call() {
        let store = MemoryStore::unavailable();
        assert_eq!(store.get("a"), Err(StoreError::Unavailable));
        assert_eq!(store.set("a", "b"), Err(StoreError::Unavailable));
        assert_eq!(store.keys(), Err(StoreError::Unavailable));
    }
}
