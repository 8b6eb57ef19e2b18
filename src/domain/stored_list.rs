//! A list inside a stored record that is kept as its JSON text until something reads it.
//!
//! A person's readings are only looked at by the pages about readings. Kept as text, the
//! other pages' downloads carry no code to decode them (about 5 KB of gzipped wasm each), and
//! saving such a record writes the readings back exactly as they were read.
//!
//! ```
//! use outcome_focus::domain::StoredList;
//!
//! let mut list = StoredList::<u32>::default();
//! assert!(list.is_empty());
//! list.set(&[1, 2]).unwrap();
//! assert_eq!(list.get().unwrap(), [1, 2]);
//! ```

use std::fmt;
use std::marker::PhantomData;

use serde::de::DeserializeOwned;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::value::RawValue;

use super::envelope::DecodeError;

/// A list of `T`, stored as JSON text and decoded on demand.
pub struct StoredList<T> {
    text: String,
    items: PhantomData<fn() -> T>,
}

impl<T> StoredList<T> {
    /// Whether the list has no items, without decoding it.
    pub fn is_empty(&self) -> bool {
        self.text.trim() == "[]"
    }
}

impl<T: DeserializeOwned> StoredList<T> {
    /// The items. An error means the stored list is damaged; the rest of the record is fine.
    pub fn get(&self) -> Result<Vec<T>, DecodeError> {
        serde_json::from_str(&self.text).map_err(|e| DecodeError::BadData(e.to_string()))
    }
}

impl<T> StoredList<T> {
    /// How many items the list holds, without decoding them. An error means the stored list
    /// is damaged.
    pub fn count(&self) -> Result<usize, DecodeError> {
        serde_json::from_str::<Vec<serde::de::IgnoredAny>>(&self.text)
            .map(|items| items.len())
            .map_err(|e| DecodeError::BadData(e.to_string()))
    }
}

impl<T: Serialize> StoredList<T> {
    /// Replaces the items.
    pub fn set(&mut self, items: &[T]) -> Result<(), DecodeError> {
        self.text =
            serde_json::to_string(items).map_err(|e| DecodeError::BadData(e.to_string()))?;
        Ok(())
    }
}

impl<T> Default for StoredList<T> {
    fn default() -> Self {
        StoredList {
            text: "[]".to_owned(),
            items: PhantomData,
        }
    }
}

impl<T> Clone for StoredList<T> {
    fn clone(&self) -> Self {
        StoredList {
            text: self.text.clone(),
            items: PhantomData,
        }
    }
}

impl<T> PartialEq for StoredList<T> {
    fn eq(&self, other: &Self) -> bool {
        self.text == other.text
    }
}

impl<T> Eq for StoredList<T> {}

impl<T> fmt::Debug for StoredList<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

impl<T> Serialize for StoredList<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let raw = RawValue::from_string(self.text.clone()).map_err(serde::ser::Error::custom)?;
        raw.serialize(serializer)
    }
}

impl<'de, T> Deserialize<'de> for StoredList<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let raw = Box::<RawValue>::deserialize(deserializer)?;
        if !raw.get().trim_start().starts_with('[') {
            return Err(serde::de::Error::custom("expected a list"));
        }
        Ok(StoredList {
            text: raw.get().to_owned(),
            items: PhantomData,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Serialize, Deserialize)]
    struct Record {
        name: String,
        #[serde(default)]
        items: StoredList<u8>,
    }

    #[test]
    fn the_stored_text_is_written_back_as_it_was_read() {
        for text in [
            r#"{"name":"a","items":[]}"#,
            r#"{"name":"a","items":[1,2,3]}"#,
            r#"{"name":"a","items":[1, 2 ,3]}"#,
            // Damaged items do not stop the record being read, or lose them on a save.
            r#"{"name":"a","items":[1,"two",300]}"#,
        ] {
            let record: Record = serde_json::from_str(text).unwrap();
            assert_eq!(serde_json::to_string(&record).unwrap(), text);
        }
    }

    #[test]
    fn items_are_decoded_on_demand() {
        for (text, items, empty) in [
            (r#"{"name":"a"}"#, Some(vec![]), true),
            (r#"{"name":"a","items":[]}"#, Some(vec![]), true),
            (r#"{"name":"a","items":[4,5]}"#, Some(vec![4, 5]), false),
            (r#"{"name":"a","items":[1,"two"]}"#, None, false),
            (r#"{"name":"a","items":[256]}"#, None, false),
        ] {
            let record: Record = serde_json::from_str(text).unwrap();
            assert_eq!(record.items.get().ok(), items, "{text}");
            assert_eq!(record.items.is_empty(), empty, "{text}");
        }
    }

    #[test]
    fn anything_but_a_list_is_refused_when_the_record_is_read() {
        for text in [
            r#"{"name":"a","items":{}}"#,
            r#"{"name":"a","items":"[]"}"#,
            r#"{"name":"a","items":3}"#,
            r#"{"name":"a","items":[1,2"#,
        ] {
            assert!(serde_json::from_str::<Record>(text).is_err(), "{text}");
        }
    }

    #[test]
    fn setting_replaces_the_items() {
        let mut list = StoredList::<u8>::default();
        list.set(&[7, 8]).unwrap();
        assert_eq!(list.get().unwrap(), [7, 8]);
        assert_eq!(serde_json::to_string(&list).unwrap(), "[7,8]");
        list.set(&[]).unwrap();
        assert!(list.is_empty());
    }
}
