//! Golden fixtures of every stored format version ever shipped: each must keep decoding, and
//! migrate to what the current app expects. Add a folder `schema-N` when schema N ships, and
//! never edit an old one.
#![cfg(not(target_arch = "wasm32"))]

use chrono::NaiveDate;
use outcome_focus::domain::{decode, CaseStatus, PeopleIndex, Person, CURRENT_SCHEMA};

fn fixture(path: &str) -> String {
    let full = format!("{}/tests/fixtures/{path}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&full).unwrap_or_else(|e| panic!("reading {full}: {e}"))
}

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

#[test]
fn schema_1_index_decodes() {
    let index = decode::<PeopleIndex>(&fixture("schema-1/index.json")).unwrap();
    assert_eq!(index.schema, CURRENT_SCHEMA);
    let people = index.data.people;
    assert_eq!(people.len(), 2);
    assert_eq!(people[0].name, "A.B.");
    assert_eq!(people[1].name, "Chris <O'Neil> & \"Co\"");
    assert_eq!(people[1].status, CaseStatus::Closed);
    assert_eq!(people[1].referral_date, date(2025, 2, 28));
}

#[test]
fn schema_1_people_decode() {
    for (path, name, status, closed_on, revision) in [
        (
            "schema-1/person-open.json",
            "A.B.",
            CaseStatus::Open,
            None,
            3,
        ),
        (
            "schema-1/person-closed.json",
            "Chris <O'Neil> & \"Co\"",
            CaseStatus::Closed,
            Some(date(2026, 11, 20)),
            7,
        ),
    ] {
        let person: Person = decode(&fixture(path)).unwrap().data;
        assert_eq!(person.name, name, "{path}");
        assert_eq!(person.status, status, "{path}");
        assert_eq!(person.closed_on, closed_on, "{path}");
        assert_eq!(person.revision, revision, "{path}");
    }
    let open: Person = decode(&fixture("schema-1/person-open.json")).unwrap().data;
    assert_eq!(open.carer, "Mum (Jo)");
    assert!(open.presentation.contains("\nAnxious"));
}
