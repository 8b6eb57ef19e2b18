//! The stored format: every value in local storage is a versioned envelope
//! `{ "schema": N, "saved_at": "…", "data": … }`.
//!
//! Reading goes through [`decode`], which reads the schema first and then the data; writing
//! goes through [`encode`], which always writes [`CURRENT_SCHEMA`]. When schema 2 ships, the
//! schema-1 branch of `decode` reads the data as a `serde_json::Value` and runs pure
//! migrations N → N+1 on it before deserialising (kept out until then: it costs download
//! size on every phone). Every schema ever shipped has a golden fixture under
//! `tests/fixtures/` that must keep decoding.
//!
//! ```
//! use chrono::{TimeZone, Utc};
//! use outcome_focus::domain::{decode, encode};
//!
//! let saved_at = Utc.with_ymd_and_hms(2026, 11, 22, 9, 30, 0).unwrap();
//! let text = encode(&vec!["a", "b"], saved_at);
//! let back: Vec<String> = decode(&text).unwrap().data;
//! assert_eq!(back, ["a", "b"]);
//! ```

use chrono::{DateTime, Utc};
use serde::de::{DeserializeOwned, IgnoredAny};
use serde::{Deserialize, Serialize};
use serde_json::error::Category;
use thiserror::Error;

/// The schema this version of the app writes.
pub const CURRENT_SCHEMA: u32 = 1;

/// A stored value with its schema version and the time it was saved.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Envelope<T> {
    /// The version of the stored format.
    pub schema: u32,
    /// When the value was written.
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

/// Reads an envelope of any schema shipped so far, migrating it to the current one.
pub fn decode<T: DeserializeOwned>(text: &str) -> Result<Envelope<T>, DecodeError> {
    let head: Envelope<IgnoredAny> =
        serde_json::from_str(text).map_err(|e| match e.classify() {
            Category::Data => DecodeError::NotAnEnvelope,
            Category::Io | Category::Syntax | Category::Eof => DecodeError::NotJson(e.to_string()),
        })?;
    match head.schema {
        0 => Err(DecodeError::NotAnEnvelope),
        CURRENT_SCHEMA => {
            serde_json::from_str(text).map_err(|e| DecodeError::BadData(e.to_string()))
        }
        // Each later schema adds its migrations here, oldest first.
        newer => Err(DecodeError::NewerSchema(newer)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn check(text: &str, expected: Result<Vec<u32>, DecodeError>) {
        let got = decode::<Vec<u32>>(text).map(|e| e.data);
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
    fn decodes_envelopes_and_names_what_is_wrong() {
        let at = r#""saved_at":"2026-11-22T09:30:00Z""#;
        check(
            &format!(r#"{{"schema":1,{at},"data":[1,2]}}"#),
            Ok(vec![1, 2]),
        );
        check(
            &format!(r#"{{"schema":1,{at},"data":[1,2]"#),
            Err(DecodeError::NotJson(String::new())),
        );
        check("", Err(DecodeError::NotJson(String::new())));
        check("[1,2]", Err(DecodeError::NotAnEnvelope));
        check(
            r#"{"schema":1,"data":[1]}"#,
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
        check(
            &format!(r#"{{"schema":1,{at},"data":"oops"}}"#),
            Err(DecodeError::BadData(String::new())),
        );
    }

    #[test]
    fn encode_writes_the_current_schema() {
        let at = Utc.with_ymd_and_hms(2026, 11, 22, 9, 30, 0).unwrap();
        let text = encode(&vec![7u32], at);
        assert_eq!(
            text,
            r#"{"schema":1,"saved_at":"2026-11-22T09:30:00Z","data":[7]}"#
        );
        let back = decode::<Vec<u32>>(&text).unwrap();
        assert_eq!((back.schema, back.saved_at, back.data), (1, at, vec![7]));
    }
}
