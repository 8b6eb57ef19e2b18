//! Property tests of the backup import: whatever a file holds, importing it never panics,
//! and a rejected file leaves storage byte for byte as it was; export → wipe → import gives
//! the same data back; a merge of two diverged copies keeps the newer of each person and
//! loses no one. Host only (proptest is not built for wasm32).
#![cfg(not(target_arch = "wasm32"))]

use chrono::{DateTime, Duration, NaiveDate, TimeZone, Utc};
use outcome_focus::domain::{
    apply, export_backup, parse_backup, plan_merge, plan_replace, wipe, KeyValueStore, Keys,
    MemoryStore, Person, PersonDraft, PersonId, Repository,
};
use proptest::prelude::*;

fn at(minutes: i64) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 22, 9, 0, 0).unwrap() + Duration::minutes(minutes)
}

fn person(n: u64, name: &str) -> Person {
    let today = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
    let draft = PersonDraft {
        name: name.into(),
        ..PersonDraft::new(today)
    };
    let valid = draft.validate(today).expect("a valid test person");
    Person::create(PersonId::generate(n, n), valid)
}

/// A browser holding `names` as people, and a key of another app.
fn store_with(names: &[String]) -> MemoryStore {
    let store = MemoryStore::default();
    let repo = Repository::new(&store);
    for (n, name) in names.iter().enumerate() {
        repo.save_person(&person(n as u64 + 1, name), at(n as i64))
            .expect("saved");
    }
    store.set("another-app", "theirs").expect("set");
    store
}

/// What the Data page does with a chosen file: check it, then merge or replace.
fn import(store: &MemoryStore, text: &str, replace: bool) -> Result<(), String> {
    let keys = Keys::default();
    let backup = parse_backup(text, &keys).map_err(|e| e.to_string())?;
    let writes = match replace {
        true => plan_replace(store, &keys, &backup),
        false => plan_merge(store, &keys, &backup, at(1000)),
    }
    .map_err(|e| e.to_string())?;
    apply(store, &writes).map_err(|e| e.to_string())
}

fn a_backup() -> String {
    let store = store_with(&["Alex".into(), "Bo".into()]);
    export_backup(&store, &Keys::default(), at(100))
        .expect("exported")
        .text
}

fn name() -> impl Strategy<Value = String> {
    "[A-Za-z\u{e9}\u{1f600}<>\"&' ]{0,12}[A-Za-z]"
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn any_text_is_checked_without_panicking_and_a_rejected_one_changes_nothing(
        text in any::<String>(),
        replace in any::<bool>(),
    ) {
        let store = store_with(&["Alex".into()]);
        let before = store.snapshot();
        if import(&store, &text, replace).is_err() {
            prop_assert_eq!(store.snapshot(), before);
        }
    }

    #[test]
    fn a_damaged_backup_is_rejected_without_changing_anything(
        cut in 0.0..1.0f64,
        at_byte in 0.0..1.0f64,
        insert in "[\\[\\]{}\",:0-9a-z\\\\]{0,3}",
        replace in any::<bool>(),
    ) {
        let good = a_backup();
        let cut_at = (good.len() as f64 * cut) as usize;
        let edit_at = (good.len() as f64 * at_byte) as usize;
        let truncated = good.get(..cut_at).unwrap_or_default().to_owned();
        let mut edited = good.clone();
        if edited.is_char_boundary(edit_at) {
            edited.insert_str(edit_at, &insert);
        }
        for text in [truncated, edited] {
            let store = store_with(&["Cy".into()]);
            let before = store.snapshot();
            if import(&store, &text, replace).is_err() {
                prop_assert_eq!(store.snapshot(), before);
            }
        }
    }

    #[test]
    fn export_wipe_import_gives_identical_data(
        names in prop::collection::vec(name(), 0..6),
        replace in any::<bool>(),
    ) {
        let keys = Keys::default();
        let store = store_with(&names);
        let before = store.snapshot();
        let exported = export_backup(&store, &keys, at(100)).expect("exported");
        wipe(&store, &keys).expect("wiped");
        prop_assert_eq!(store.keys().expect("keys"), vec!["another-app".to_owned()]);
        import(&store, &exported.text, replace).expect("imported");
        prop_assert_eq!(store.snapshot(), before);
    }

    #[test]
    fn a_merge_of_diverged_copies_keeps_the_newer_of_each_and_loses_no_one(
        edits in prop::collection::vec((0u64..5, any::<bool>(), 1i64..500), 0..12),
        added_here in 0u64..3,
        added_there in 0u64..3,
    ) {
        let keys = Keys::default();
        let shared: Vec<String> = (0..5).map(|n| format!("P{n}")).collect();
        let here = store_with(&shared);
        let there = MemoryStore::default();
        for (key, text) in here.snapshot() {
            there.set(&key, &text).expect("copied");
        }
        for (i, (who, in_here, minute)) in edits.into_iter().enumerate() {
            let store = if in_here { &here } else { &there };
            let repo = Repository::new(store);
            let id = person(who + 1, "x").id;
            let mut p = repo.load_person(&id).expect("loaded");
            p.name = format!("P{who} edit {i}");
            // Distinct times, so that exactly one copy is newer.
            let when = at(10_000 + minute * 100 + i as i64);
            repo.save_person(&p, when).expect("saved");
        }
        for n in 0..added_here {
            Repository::new(&here)
                .save_person(&person(100 + n, &format!("Here {n}")), at(50))
                .expect("added");
        }
        for n in 0..added_there {
            Repository::new(&there)
                .save_person(&person(200 + n, &format!("There {n}")), at(50))
                .expect("added");
        }
        // What each person should be after the merge: the copy saved later.
        let saved_at = |store: &MemoryStore, id: &PersonId| {
            store
                .get(&keys.person(id))
                .expect("get")
                .map(|t| outcome_focus::domain::decode::<Person>(&t).expect("decoded"))
        };
        let mut expected = Vec::new();
        let mut ids: Vec<PersonId> = (1..=5).chain(100..100 + added_here).chain(200..200 + added_there)
            .map(|n| person(n, "x").id)
            .collect();
        ids.sort();
        for id in &ids {
            let winner = match (saved_at(&here, id), saved_at(&there, id)) {
                (Some(h), Some(t)) if t.saved_at > h.saved_at => t,
                (Some(h), _) => h,
                (None, Some(t)) => t,
                (None, None) => unreachable!("every id is somewhere"),
            };
            expected.push((winner.data.name, winner.saved_at));
        }

        let exported = export_backup(&there, &keys, at(99_999)).expect("exported");
        import(&here, &exported.text, false).expect("merged");
        let repo = Repository::new(&here);
        let mut got = Vec::new();
        for id in &ids {
            let p = repo.load_person(id).expect("nobody lost");
            let envelope = saved_at(&here, id).expect("stored");
            got.push((p.name, envelope.saved_at));
        }
        prop_assert_eq!(got, expected);
        prop_assert_eq!(repo.load_index().people.len(), ids.len());
        prop_assert_eq!(here.get("another-app").expect("get"), Some("theirs".to_owned()));
    }
}
