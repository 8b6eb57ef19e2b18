use std::collections::BTreeMap;

use chrono::{TimeZone, Utc};

use super::*;
use crate::domain::test_support::{at, today};
use crate::domain::{
    decode, encode, KeyKind, KeyValueStore, Keys, MemoryStore, Person, PersonDraft, PersonId,
    Repository, SaveError, ServiceSettings,
};

fn person(n: u64, name: &str) -> Person {
    let draft = PersonDraft {
        name: name.into(),
        ..PersonDraft::new(today())
    };
    Person::create(PersonId::generate(n, n), draft.validate(today()).unwrap())
}

fn keys() -> Keys {
    Keys::default()
}

/// A browser with two people, settings, a kept-aside value and a foreign key.
fn filled() -> MemoryStore {
    let store = MemoryStore::default();
    let repo = Repository::new(&store);
    repo.save_person(&person(1, "Alex"), at(0)).unwrap();
    repo.save_person(&person(2, "Bo \"<b>\""), at(1)).unwrap();
    let settings = ServiceSettings {
        review_interval_months: 4,
        ..ServiceSettings::default()
    };
    repo.save_service_record(&settings, at(2)).unwrap();
    store
        .set("outcome-focus/kept-aside/2026/outcome-focus/index", "{bro")
        .unwrap();
    store.set("someone-else", "theirs").unwrap();
    store
}

fn owned(store: &MemoryStore) -> BTreeMap<String, String> {
    let mut all = store.snapshot();
    all.retain(|k, _| keys().owns(k));
    all
}

fn names(store: &MemoryStore) -> Vec<String> {
    let mut names: Vec<String> = Repository::new(store)
        .load_index()
        .people
        .into_iter()
        .map(|e| e.name)
        .collect();
    names.sort();
    names
}

#[test]
fn export_wipe_import_gives_identical_data() {
    let store = filled();
    let before = owned(&store);
    let exported = export_backup(&store, &keys(), at(5)).unwrap();
    assert_eq!(
        exported.file_name,
        format!("outcome-focus-backup-2026-11-22-schema-3-v{APP_VERSION}.json")
    );
    assert_eq!(wipe(&store, &keys()), Ok(before.len()));
    assert!(owned(&store).is_empty());
    assert_eq!(
        store.get("someone-else").unwrap().as_deref(),
        Some("theirs")
    );

    let backup = parse_backup(&exported.text, &keys()).unwrap();
    apply(&store, &plan_replace(&store, &keys(), &backup).unwrap()).unwrap();
    assert_eq!(owned(&store), before);

    // A merge into an empty browser gives the same.
    wipe(&store, &keys()).unwrap();
    apply(
        &store,
        &plan_merge(&store, &keys(), &backup, at(9)).unwrap(),
    )
    .unwrap();
    assert_eq!(owned(&store), before);
}

#[test]
fn merging_two_diverged_copies_keeps_the_newer_of_each_person_and_loses_no_one() {
    let here = filled();
    let there = MemoryStore::default();
    for (key, text) in owned(&here) {
        there.set(&key, &text).unwrap();
    }
    let (repo_here, repo_there) = (Repository::new(&here), Repository::new(&there));
    let alex_id = person(1, "x").id;
    let bo_id = person(2, "x").id;
    // Here: Alex edited later than there; Di added. There: Bo edited later; Cy added.
    let mut alex = repo_there.load_person(&alex_id).unwrap();
    alex.name = "Alex (there)".into();
    repo_there.save_person(&alex, at(10)).unwrap();
    let mut alex = repo_here.load_person(&alex_id).unwrap();
    alex.name = "Alex (here)".into();
    repo_here.save_person(&alex, at(20)).unwrap();
    let mut bo = repo_here.load_person(&bo_id).unwrap();
    bo.name = "Bo (here)".into();
    repo_here.save_person(&bo, at(11)).unwrap();
    let mut bo = repo_there.load_person(&bo_id).unwrap();
    bo.name = "Bo (there)".into();
    repo_there.save_person(&bo, at(21)).unwrap();
    repo_there.save_person(&person(3, "Cy"), at(12)).unwrap();
    repo_here.save_person(&person(4, "Di"), at(13)).unwrap();

    let backup = parse_backup(
        &export_backup(&there, &keys(), at(30)).unwrap().text,
        &keys(),
    )
    .unwrap();
    let preview = preview(&here, &keys(), &backup).unwrap();
    let of = |list: &[PreviewPerson]| -> Vec<(String, NewerCopy)> {
        list.iter().map(|p| (p.name.clone(), p.newer)).collect()
    };
    assert_eq!(of(&preview.new_people), [("Cy".into(), NewerCopy::Same)]);
    assert_eq!(
        of(&preview.in_both),
        [
            ("Alex (there)".into(), NewerCopy::Here),
            ("Bo (there)".into(), NewerCopy::File)
        ]
    );
    assert_eq!(of(&preview.only_here), [("Di".into(), NewerCopy::Same)]);
    assert_eq!(preview.settings, Some(NewerCopy::Same));

    apply(&here, &plan_merge(&here, &keys(), &backup, at(31)).unwrap()).unwrap();
    assert_eq!(names(&here), ["Alex (here)", "Bo (there)", "Cy", "Di"]);
    assert_eq!(here.get("someone-else").unwrap().as_deref(), Some("theirs"));
    // The kept-aside copy is still there, untouched.
    assert!(owned(&here).contains_key("outcome-focus/kept-aside/2026/outcome-focus/index"));
}

#[test]
fn a_tab_holding_the_copy_a_merge_replaced_cannot_overwrite_it() {
    let here = MemoryStore::default();
    let repo = Repository::new(&here);
    let mut opened = repo.save_person(&person(1, "Alex"), at(0)).unwrap();
    opened = repo.save_person(&opened, at(1)).unwrap();
    opened = repo.save_person(&opened, at(2)).unwrap();
    // A backup with a later edit but fewer saves (revision 1 against 3).
    let there = MemoryStore::default();
    let mut edited = Repository::new(&there)
        .save_person(&person(1, "Alex elsewhere"), at(40))
        .unwrap();
    edited.revision = 1;
    let backup = parse_backup(
        &export_backup(&there, &keys(), at(41)).unwrap().text,
        &keys(),
    )
    .unwrap();
    apply(&here, &plan_merge(&here, &keys(), &backup, at(42)).unwrap()).unwrap();
    let merged = repo.load_person(&opened.id).unwrap();
    assert_eq!(merged.name, "Alex elsewhere");
    assert!(merged.revision > opened.revision);
    assert_eq!(repo.save_person(&opened, at(43)), Err(SaveError::Stale));
}

fn file(records: &str) -> String {
    format!(
        r#"{{"format":"outcome-focus-backup","app_version":"0.1.0","schema":3,"exported_at":"2026-11-22T09:00:00Z","records":{records}}}"#
    )
}

fn person_text(id: &str, name: &str) -> String {
    let mut p = person(1, name);
    p.id = PersonId::parse(id).unwrap();
    encode(&p, at(0))
}

fn check_rejected(text: &str, expected: BackupError) {
    let store = filled();
    let before = store.snapshot();
    let got = parse_backup(text, &keys());
    match got {
        Err(error) => assert_eq!(
            std::mem::discriminant(&error),
            std::mem::discriminant(&expected),
            "{text:.120}: {error}"
        ),
        Ok(_) => panic!("accepted {text:.120}"),
    }
    assert_eq!(store.snapshot(), before);
}

#[test]
fn malformed_files_are_rejected_with_a_reason() {
    let good = person_text("p-1", "Alex");
    let quoted = |t: &str| serde_json::to_string(t).unwrap();
    let whole = file(&format!(
        r#"{{"outcome-focus/person/p-1":{}}}"#,
        quoted(&good)
    ));
    assert!(parse_backup(&whole, &keys()).is_ok());

    check_rejected("hello", BackupError::NotJson(String::new()));
    check_rejected("", BackupError::Truncated);
    check_rejected(&whole[..whole.len() / 2], BackupError::Truncated);
    check_rejected("[1,2]", BackupError::NotABackup);
    check_rejected(r#"{"format":"deck"}"#, BackupError::NotABackup);
    check_rejected(
        &whole.replace(r#""schema":3"#, r#""schema":9"#),
        BackupError::NewerSchema(9),
    );
    check_rejected(
        &whole.replace(r#""schema":3"#, r#""schema":"3""#),
        BackupError::WrongShape(String::new()),
    );
    check_rejected(&file("[1]"), BackupError::WrongShape(String::new()));
    check_rejected(
        &file(r#"{"outcome-focus/person/p-1":42}"#),
        BackupError::WrongShape(String::new()),
    );
    check_rejected(
        &file(&format!(
            r#"{{"outcome-focus/person/p-1":{q},"outcome-focus/person/p-1":{q}}}"#,
            q = quoted(&good)
        )),
        BackupError::DuplicateKey(String::new()),
    );
    check_rejected(
        &file(&format!(
            r#"{{"outcome-focus/person/p-2":{}}}"#,
            quoted(&good)
        )),
        BackupError::DuplicatePerson(String::new()),
    );
    check_rejected(
        &file(r#"{"other-app/x":"{}"}"#),
        BackupError::ForeignKey(String::new()),
    );
    check_rejected(
        &file(&format!(
            r#"{{"outcome-focus/person/p-1":{}}}"#,
            quoted(&good.replace(r#""schema":3"#, r#""schema":4"#))
        )),
        BackupError::NewerSchema(4),
    );
    check_rejected(
        &file(&format!(
            r#"{{"outcome-focus/person/p-1":{}}}"#,
            quoted(&good.replace(r#""name":"Alex""#, r#""name":7"#))
        )),
        BackupError::BadRecord {
            key: String::new(),
            error: DecodeError::NotAnEnvelope,
        },
    );
    let index = encode(
        &crate::domain::PeopleIndex {
            people: vec![(&person(1, "A")).into(), (&person(1, "A again")).into()],
        },
        at(0),
    );
    check_rejected(
        &file(&format!(r#"{{"outcome-focus/index":{}}}"#, quoted(&index))),
        BackupError::DuplicatePerson(String::new()),
    );
    let huge = " ".repeat(MAX_BACKUP_BYTES + 1);
    check_rejected(&huge, BackupError::TooLarge { size: 0, max: 0 });
    let many: Vec<String> = (0..=MAX_RECORDS)
        .map(|n| format!(r#""outcome-focus/kept-aside/{n}":"""#))
        .collect();
    check_rejected(
        &file(&format!("{{{}}}", many.join(","))),
        BackupError::TooManyRecords(0),
    );
}

#[test]
fn older_schemas_are_migrated_on_import() {
    let old = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/schema-1/person-open.json"
    ))
    .unwrap();
    let id = decode::<Person>(&old).unwrap().data.id;
    let text = file(&format!(
        r#"{{"outcome-focus/person/{}":{}}}"#,
        id.as_str(),
        serde_json::to_string(&old).unwrap()
    ))
    .replace(r#""schema":3,"exported"#, r#""schema":1,"exported"#);
    let backup = parse_backup(&text, &keys()).unwrap();
    assert_eq!(backup.schema, 1);
    let record = &backup.records[0];
    assert!(
        record.text.starts_with(r#"{"schema":3,"#),
        "{}",
        record.text
    );
    let store = MemoryStore::default();
    apply(
        &store,
        &plan_merge(&store, &keys(), &backup, at(0)).unwrap(),
    )
    .unwrap();
    assert_eq!(
        Repository::new(&store).load_person(&id).unwrap(),
        decode::<Person>(&old).unwrap().data
    );
}

#[test]
fn a_replace_that_runs_out_of_room_puts_everything_back() {
    let store = filled();
    let bigger = MemoryStore::default();
    let repo = Repository::new(&bigger);
    for n in 10..20 {
        repo.save_person(&person(n, &"x".repeat(100)), at(0))
            .unwrap();
    }
    let backup = parse_backup(
        &export_backup(&bigger, &keys(), at(1)).unwrap().text,
        &keys(),
    )
    .unwrap();
    store.set_quota(Some(store.used() + 200));
    let before = store.snapshot();
    let writes = plan_replace(&store, &keys(), &backup).unwrap();
    assert!(writes.iter().any(|w| matches!(w, Write::Remove(_))));
    assert_eq!(apply(&store, &writes), Err(ApplyError::QuotaExceeded));
    assert_eq!(store.snapshot(), before);
    store.set_quota(None);
    apply(&store, &writes).unwrap();
    assert_eq!(names(&store).len(), 10);
}

#[test]
fn an_unreadable_stored_value_is_exported_as_a_kept_aside_copy() {
    let store = filled();
    store.set("outcome-focus/person/p-zz", "{oops").unwrap();
    let exported = export_backup(&store, &keys(), at(5)).unwrap();
    assert_eq!(exported.unreadable, ["outcome-focus/person/p-zz"]);
    let backup = parse_backup(&exported.text, &keys()).unwrap();
    assert!(backup
        .records
        .iter()
        .any(|r| r.kind == KeyKind::KeptAside && r.text == "{oops"));
}

#[test]
fn the_device_notes_are_neither_exported_nor_imported() {
    let store = filled();
    store
        .set(&keys().device(), &encode(&DeviceNotes::default(), at(0)))
        .unwrap();
    let exported = export_backup(&store, &keys(), at(5)).unwrap();
    assert!(!exported.text.contains("outcome-focus/device"));
    let with_device = file(r#"{"outcome-focus/device":"whatever"}"#);
    assert_eq!(parse_backup(&with_device, &keys()).unwrap().records, []);
}

#[test]
fn a_backup_is_suggested_after_the_set_days_with_changes_since() {
    let day = |d: u32| Utc.with_ymd_and_hms(2026, 11, d, 9, 0, 0).unwrap();
    for (last, changes, now, due) in [
        (None, None, day(30), false),
        (None, Some((day(1), day(2))), day(14), false),
        (None, Some((day(1), day(2))), day(15), true),
        (Some(day(1)), Some((day(1), day(1))), day(30), false),
        (Some(day(1)), Some((day(1), day(2))), day(14), false),
        (Some(day(1)), Some((day(1), day(2))), day(15), true),
    ] {
        assert_eq!(
            reminder_due(last, changes, now, DEFAULT_REMINDER_DAYS),
            due,
            "{last:?} {changes:?} {now}"
        );
    }
}

#[test]
fn record_times_span_the_records_only() {
    let store = filled();
    store
        .set(&keys().device(), &encode(&DeviceNotes::default(), at(50)))
        .unwrap();
    assert_eq!(record_times(&store, &keys()), Ok(Some((at(0), at(2)))));
    assert_eq!(record_times(&MemoryStore::default(), &keys()), Ok(None));
}
