//! The stored format: every value in local storage is a versioned envelope
//! `{ "schema": N, "saved_at": "…", "data": … }`.
//!
//! Reading goes through [`decode`], which reads the envelope first, leaving its data as raw
//! JSON: a current value's data is then deserialised directly; an older one's is upgraded
//! one schema at a time by its type's pure [`Migrate`] steps N → N+1 before deserialising. Writing goes through
//! [`encode`], which always writes [`CURRENT_SCHEMA`].
//!
//! | schema | shipped with | change |
//! |---|---|---|
//! | 1 | people (issue 2) | person details, index of people |
//! | 2 | conversations (issue 3) | a person's conversations, outcomes and unplanned outcomes |
//! | 3 | trigger cards (issue 4) | a person's readings; the service's own decks under their own key |
//!
//! Service outcomes (issue 6) stayed on schema 3: its aims, logic models and reflections are
//! new keys that no older app reads, and the settings' name and domains are optional fields
//! left out while empty. The one cost: an older app that saves the settings again drops the
//! name and domains (it still reads them without error). Review drafts came later under
//! schema 3 too, on keys of their own (`…/review-draft/<person>`).
//!
//! Every schema ever shipped has a golden fixture under `tests/fixtures/` that must keep
//! decoding.
//!
//! ```
//! use chrono::{TimeZone, Utc};
//! use outcome_focus::domain::{decode, encode, PeopleIndex};
//!
//! let saved_at = Utc.with_ymd_and_hms(2026, 11, 22, 9, 30, 0).unwrap();
//! let text = encode(&PeopleIndex::default(), saved_at);
//! let back: PeopleIndex = decode(&text).unwrap().data;
//! assert!(back.people.is_empty());
//! ```

use chrono::{DateTime, Utc};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::error::Category;
use serde_json::value::RawValue;
use thiserror::Error;

/// The schema this version of the app writes.
pub const CURRENT_SCHEMA: u32 = 3;

/// A stored value with its schema version and the time it was saved.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Envelope<T> {
    /// The version of the stored format.
    pub schema: u32,
    /// When the value was written.
    #[serde(deserialize_with = "crate::domain::dates::stored::time")]
    pub saved_at: DateTime<Utc>,
    /// The value itself.
    pub data: T,
}

/// Why a stored value could not be read. The value itself is never changed because of it.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum DecodeError {
    /// The text is not JSON at all (for example, cut short).
    #[error("it is not valid JSON ({0})")]
    NotJson(String),
    /// JSON, but without `schema`, `saved_at` and `data`.
    #[error("it is not an Outcome Focus record (no schema version)")]
    NotAnEnvelope,
    /// Written by a newer version of the app than this one.
    #[error("it was saved by a newer version of Outcome Focus (format {0}); open the app's latest version to read it")]
    NewerSchema(u32),
    /// The envelope is fine but its contents do not have the expected shape.
    #[error("its contents are damaged ({0})")]
    BadData(String),
}

/// Serialises a value in an envelope of the current schema.
pub fn encode<T: Serialize>(data: &T, saved_at: DateTime<Utc>) -> String {
    let envelope = Envelope {
        schema: CURRENT_SCHEMA,
        saved_at,
        data,
    };
    // Our own types only hold strings, numbers, dates and enums: serialising cannot fail.
    serde_json::to_string(&envelope).unwrap_or_default()
}

/// A stored type that knows how to upgrade its older stored forms.
pub trait Migrate: DeserializeOwned {
    /// Upgrades `data`, the JSON text written under schema `from`, to schema `from + 1`.
    /// Pure; called once per step, oldest first, so each migration only knows its
    /// neighbour. It works on text so that a step with nothing to change costs nothing: a
    /// step that reshapes data parses it into a `serde_json::Value` itself.
    fn migrate(from: u32, data: String) -> Result<String, DecodeError>;
}

/// Reads an envelope of any schema shipped so far, migrating it to the current one.
pub fn decode<T: Migrate>(text: &str) -> Result<Envelope<T>, DecodeError> {
    let envelope = open(text)?;
    let data = match envelope.schema {
        CURRENT_SCHEMA => serde_json::from_str(envelope.data.get()),
        older => {
            let mut data = envelope.data.get().to_owned();
            for from in older..CURRENT_SCHEMA {
                data = T::migrate(from, data)?;
            }
            serde_json::from_str(&data)
        }
    };
    Ok(Envelope {
        schema: CURRENT_SCHEMA,
        saved_at: envelope.saved_at,
        data: data.map_err(|e| DecodeError::BadData(e.to_string()))?,
    })
}

/// The envelope around a stored value with its data still unread, if this app can read its
/// schema. The same for every stored type, so it is kept out of the generic [`decode`]: each
/// type a page reads would otherwise carry its own copy in the wasm.
fn open(text: &str) -> Result<Envelope<&RawValue>, DecodeError> {
    let envelope: Envelope<&RawValue> =
        serde_json::from_str(text).map_err(|e| match e.classify() {
            Category::Data => DecodeError::NotAnEnvelope,
            Category::Io | Category::Syntax | Category::Eof => DecodeError::NotJson(e.to_string()),
        })?;
    match envelope.schema {
        0 => Err(DecodeError::NotAnEnvelope),
        newer if newer > CURRENT_SCHEMA => Err(DecodeError::NewerSchema(newer)),
        _ => Ok(envelope),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    /// A stand-in stored type: schema 1 stored a bare list, schema 2 wraps it, schema 3
    /// changed nothing.
    #[derive(Debug, PartialEq, Serialize, Deserialize)]
    struct Counts {
        counts: Vec<u32>,
    }

    impl Migrate for Counts {
        fn migrate(from: u32, data: String) -> Result<String, DecodeError> {
            match from {
                1 => Ok(format!(r#"{{"counts":{data}}}"#)),
                2 => Ok(data),
                _ => Err(DecodeError::BadData(format!("no migration from {from}"))),
            }
        }
    }

    fn check(text: &str, expected: Result<Vec<u32>, DecodeError>) {
        let got = decode::<Counts>(text).map(|e| e.data.counts);
        match (&got, &expected) {
            (Ok(a), Ok(b)) => assert_eq!(a, b, "decoding {text}"),
            (Err(a), Err(b)) => assert_eq!(
                std::mem::discriminant(a),
                std::mem::discriminant(b),
                "decoding {text}: {a}"
            ),
            _ => panic!("decoding {text}: got {got:?}, expected {expected:?}"),
        }
    }

    #[test]
    fn decodes_and_migrates_envelopes_and_names_what_is_wrong() {
        let at = r#""saved_at":"2026-11-22T09:30:00Z""#;
        let ok = |v: &[u32]| Ok(v.to_vec());
        let not_json = || Err(DecodeError::NotJson(String::new()));
        let bad = || Err(DecodeError::BadData(String::new()));
        check(
            &format!(r#"{{"schema":3,{at},"data":{{"counts":[1,2]}}}}"#),
            ok(&[1, 2]),
        );
        check(
            &format!(r#"{{"schema":2,{at},"data":{{"counts":[1,2]}}}}"#),
            ok(&[1, 2]),
        );
        check(&format!(r#"{{"schema":1,{at},"data":[1,2]}}"#), ok(&[1, 2]));
        check(&format!(r#"{{"schema":1,{at},"data":[]}}"#), ok(&[]));
        check(&format!(r#"{{"schema":1,{at},"data":[1,2]"#), not_json());
        check("", not_json());
        check("[1,2]", Err(DecodeError::NotAnEnvelope));
        check(
            r#"{"schema":2,"data":[1]}"#,
            Err(DecodeError::NotAnEnvelope),
        );
        check(
            &format!(r#"{{"schema":0,{at},"data":[1]}}"#),
            Err(DecodeError::NotAnEnvelope),
        );
        check(
            &format!(r#"{{"schema":99,{at},"data":[1]}}"#),
            Err(DecodeError::NewerSchema(99)),
        );
        check(&format!(r#"{{"schema":1,{at},"data":"oops"}}"#), bad());
        check(&format!(r#"{{"schema":2,{at},"data":[1,2]}}"#), bad());
        check(&format!(r#"{{"schema":3,{at},"data":[1,2]}}"#), bad());
    }

    #[test]
    fn encode_writes_the_current_schema() {
        let at = Utc.with_ymd_and_hms(2026, 11, 22, 9, 30, 0).unwrap();
        let text = encode(&Counts { counts: vec![7] }, at);
        assert_eq!(
            text,
            r#"{"schema":3,"saved_at":"2026-11-22T09:30:00Z","data":{"counts":[7]}}"#
        );
        let back = decode::<Counts>(&text).unwrap();
        assert_eq!(
            (back.schema, back.saved_at, back.data.counts),
            (3, at, vec![7])
        );
    }
}
