use super::*;
use crate::domain::test_support::{at, today};
use crate::domain::{CaseStatus, KeyValueStore, MemoryStore, PersonDraft, ServiceSettings};

fn person(n: u64, name: &str) -> Person {
    let draft = PersonDraft {
        name: name.into(),
        key_worker: "Sam".into(),
        ..PersonDraft::new(today())
    };
    Person::create(PersonId::generate(n, n), draft.validate(today()).unwrap())
}

fn names(loaded: &Loaded) -> Vec<&str> {
    let mut names: Vec<&str> = loaded.people.iter().map(|e| e.name.as_str()).collect();
    names.sort();
    names
}

#[test]
fn saves_a_record_and_its_index_entry() {
    let repo = Repository::new(MemoryStore::default());
    let saved = repo.save_person(&person(1, "Alex"), at(0)).unwrap();
    assert_eq!(saved.revision, 1);
    assert_eq!(repo.load_person(&saved.id), Ok(saved.clone()));
    let loaded = repo.load_index();
    assert_eq!(loaded.people, vec![IndexEntry::from(&saved)]);
    assert!(loaded.problems.is_empty() && loaded.unavailable.is_none());
}

#[test]
fn a_save_that_keeps_the_summary_leaves_the_index_alone() {
    let repo = Repository::new(MemoryStore::default());
    let mut alex = repo.save_person(&person(1, "Alex"), at(0)).unwrap();
    let index_before = repo.store().get("outcome-focus/index").unwrap();
    alex.presentation = "Now more confident.".into();
    let alex = repo.save_person(&alex, at(1)).unwrap();
    assert_eq!(
        repo.store().get("outcome-focus/index").unwrap(),
        index_before
    );
    assert_eq!(alex.revision, 2);

    let mut alex = alex;
    alex.close(today());
    repo.save_person(&alex, at(2)).unwrap();
    assert_ne!(
        repo.store().get("outcome-focus/index").unwrap(),
        index_before
    );
    assert_eq!(repo.load_index().people[0].status, CaseStatus::Closed);
}

#[test]
fn a_stale_copy_never_overwrites_a_newer_one() {
    let store = MemoryStore::default();
    let (tab_a, tab_b) = (Repository::new(&store), Repository::new(&store));
    let opened = tab_a.save_person(&person(1, "Alex"), at(0)).unwrap();
    let mut in_a = opened.clone();
    let mut in_b = opened;
    in_b.name = "Alex B".into();
    tab_b.save_person(&in_b, at(1)).unwrap();
    let before = store.snapshot();
    in_a.name = "Alex A".into();
    assert_eq!(tab_a.save_person(&in_a, at(2)), Err(SaveError::Stale));
    assert_eq!(store.snapshot(), before);
}

#[test]
fn two_tabs_adding_different_people_both_persist() {
    let store = MemoryStore::default();
    let (tab_a, tab_b) = (Repository::new(&store), Repository::new(&store));
    tab_a.save_person(&person(1, "Alex"), at(0)).unwrap();
    tab_b.save_person(&person(2, "Bea"), at(1)).unwrap();
    assert_eq!(names(&tab_a.load_index()), ["Alex", "Bea"]);
}

#[test]
fn saving_a_person_deleted_elsewhere_is_refused() {
    let store = MemoryStore::default();
    let (tab_a, tab_b) = (Repository::new(&store), Repository::new(&store));
    let alex = tab_a.save_person(&person(1, "Alex"), at(0)).unwrap();
    tab_b.delete_person(&alex.id, at(1)).unwrap();
    assert_eq!(
        tab_a.save_person(&alex, at(2)),
        Err(SaveError::DeletedElsewhere)
    );
    assert!(!store.snapshot().contains_key("outcome-focus/person/p-11"));
}

#[test]
fn a_full_store_changes_nothing_and_saving_works_once_space_is_freed() {
    // Measure what one save takes, then allow one character less for the index.
    let sizing = MemoryStore::default();
    Repository::new(&sizing)
        .save_person(&person(1, "Alex"), at(0))
        .unwrap();
    for quota in [
        0,
        sizing.used() - "outcome-focus/index".len() - 1,
        sizing.used() - 1,
    ] {
        let store = MemoryStore::with_quota(quota);
        let repo = Repository::new(&store);
        assert_eq!(
            repo.save_person(&person(1, "Alex"), at(0)),
            Err(SaveError::QuotaExceeded),
            "quota {quota}"
        );
        assert!(store.snapshot().is_empty(), "quota {quota}");
        store.set_quota(None);
        assert!(repo.save_person(&person(1, "Alex"), at(0)).is_ok());
    }
}

#[test]
fn a_full_store_keeps_the_previous_version_of_an_edited_record() {
    let store = MemoryStore::default();
    let repo = Repository::new(&store);
    let mut alex = repo.save_person(&person(1, "Alex"), at(0)).unwrap();
    let before = store.snapshot();
    store.set_quota(Some(store.used()));
    alex.name = "Alexandra".into();
    alex.presentation = "A much longer note than before".into();
    assert_eq!(
        repo.save_person(&alex, at(1)),
        Err(SaveError::QuotaExceeded)
    );
    assert_eq!(store.snapshot(), before);
}

#[test]
fn disabled_storage_is_reported_not_fatal() {
    let repo = Repository::new(MemoryStore::unavailable());
    assert_eq!(
        repo.save_person(&person(1, "Alex"), at(0)),
        Err(SaveError::Unavailable)
    );
    let loaded = repo.load_index();
    assert_eq!(loaded.unavailable, Some(StoreError::Unavailable));
    assert!(loaded.people.is_empty());
    assert!(matches!(
        repo.load_person(&PersonId::generate(1, 1)),
        Err(LoadError::Storage(StoreError::Unavailable))
    ));
}

#[test]
fn an_unreadable_record_is_reported_and_never_overwritten() {
    let store = MemoryStore::default();
    let repo = Repository::new(&store);
    let alex = repo.save_person(&person(1, "Alex"), at(0)).unwrap();
    repo.save_person(&person(2, "Bea"), at(0)).unwrap();
    let key = repo.keys().person(&alex.id);
    for damaged in [
        "{\"schema\":1,\"saved_at\":",
        "{\"schema\":9,\"saved_at\":\"2030-01-01T00:00:00Z\",\"data\":{}}",
        "{\"schema\":1,\"saved_at\":\"2026-01-01T00:00:00Z\",\"data\":{\"name\":3}}",
    ] {
        store.set(&key, damaged).unwrap();
        assert!(matches!(
            repo.load_person(&alex.id),
            Err(LoadError::Unreadable(_))
        ));
        assert!(matches!(
            repo.save_person(&alex, at(1)),
            Err(SaveError::Unreadable(_))
        ));
        assert_eq!(store.get(&key).unwrap().as_deref(), Some(damaged));
        // The rest of the app still works.
        let bea = repo.save_person(&person(3, "Cal"), at(1)).unwrap();
        assert_eq!(repo.load_person(&bea.id).unwrap().name, "Cal");
        repo.delete_person(&bea.id, at(1)).unwrap();
    }
}

#[test]
fn a_record_missing_from_the_index_is_still_listed() {
    let store = MemoryStore::default();
    let repo = Repository::new(&store);
    repo.save_person(&person(1, "Alex"), at(0)).unwrap();
    let bea = person(2, "Bea");
    store
        .set(
            &repo.keys().person(&bea.id),
            &crate::domain::encode(&bea, at(0)),
        )
        .unwrap();
    store
        .set(&repo.keys().person(&PersonId::generate(3, 3)), "garbage")
        .unwrap();
    let loaded = repo.load_index();
    assert_eq!(names(&loaded), ["Alex", "Bea"]);
    assert_eq!(loaded.problems.len(), 1);
    assert_eq!(loaded.problems[0].key, "outcome-focus/person/p-33");
}

#[test]
fn an_index_entry_without_a_record_is_dropped() {
    let store = MemoryStore::default();
    let repo = Repository::new(&store);
    let alex = repo.save_person(&person(1, "Alex"), at(0)).unwrap();
    repo.save_person(&person(2, "Bea"), at(0)).unwrap();
    store.remove(&repo.keys().person(&alex.id)).unwrap();
    assert_eq!(names(&repo.load_index()), ["Bea"]);
}

#[test]
fn an_unreadable_index_is_kept_aside_before_it_is_rebuilt() {
    let store = MemoryStore::default();
    let repo = Repository::new(&store);
    repo.save_person(&person(1, "Alex"), at(0)).unwrap();
    store.set("outcome-focus/index", "not json at all").unwrap();

    let loaded = repo.load_index();
    assert_eq!(names(&loaded), ["Alex"]);
    assert_eq!(loaded.problems.len(), 1);
    assert_eq!(loaded.problems[0].key, "outcome-focus/index");
    assert_eq!(
        store.get("outcome-focus/index").unwrap().as_deref(),
        Some("not json at all"),
        "loading writes nothing"
    );

    repo.save_person(&person(2, "Bea"), at(5)).unwrap();
    let aside = repo.keys().kept_aside("outcome-focus/index", at(5));
    assert_eq!(
        store.get(&aside).unwrap().as_deref(),
        Some("not json at all")
    );
    let loaded = repo.load_index();
    assert_eq!(names(&loaded), ["Alex", "Bea"]);
    assert_eq!(loaded.problems.len(), 1);
    assert_eq!(loaded.problems[0].key, aside);
}

#[test]
fn an_unreadable_index_that_cannot_be_kept_aside_blocks_the_save() {
    let store = MemoryStore::default();
    let repo = Repository::new(&store);
    repo.save_person(&person(1, "Alex"), at(0)).unwrap();
    store.set("outcome-focus/index", "not json at all").unwrap();
    store.set_quota(Some(store.used()));
    let before = store.snapshot();
    assert_eq!(
        repo.save_person(&person(2, "Bea"), at(5)),
        Err(SaveError::QuotaExceeded)
    );
    assert_eq!(store.snapshot(), before);
}

#[test]
fn delete_removes_only_that_person() {
    let store = MemoryStore::default();
    let repo = Repository::new(&store);
    let alex = repo.save_person(&person(1, "Alex"), at(0)).unwrap();
    repo.save_person(&person(2, "Bea"), at(0)).unwrap();
    repo.delete_person(&alex.id, at(1)).unwrap();
    assert_eq!(names(&repo.load_index()), ["Bea"]);
    assert_eq!(repo.load_person(&alex.id), Err(LoadError::NotFound));
}

#[test]
fn other_prefixes_do_not_mix() {
    let store = MemoryStore::default();
    let real = Repository::new(&store);
    let demo = Repository::with_keys(&store, Keys::with_prefix("outcome-focus-demo"));
    real.save_person(&person(1, "Alex"), at(0)).unwrap();
    demo.save_person(&person(2, "Demo Dee"), at(0)).unwrap();
    assert_eq!(names(&real.load_index()), ["Alex"]);
    assert_eq!(names(&demo.load_index()), ["Demo Dee"]);
}

#[test]
fn drafts_are_saved_alone_and_kept_aside_when_unreadable() {
    use crate::domain::ConversationDraft;
    let store = MemoryStore::default();
    let repo = Repository::new(&store);
    let alex = repo.save_person(&person(1, "Alex"), at(0)).unwrap();
    assert_eq!(repo.load_draft(&alex.id), Ok(None));

    let mut draft = ConversationDraft::new(&alex, today());
    draft.step = 2;
    let before = store.snapshot();
    repo.save_draft(&alex.id, &draft, at(1)).unwrap();
    let after = store.snapshot();
    let changed: Vec<&String> = after
        .keys()
        .filter(|k| before.get(*k) != after.get(*k))
        .collect();
    assert_eq!(changed, ["outcome-focus/draft/p-11"]);
    assert_eq!(repo.load_draft(&alex.id), Ok(Some(draft.clone())));
    assert_eq!(names(&repo.load_index()), ["Alex"]);

    store.set("outcome-focus/draft/p-11", "{broken").unwrap();
    assert!(matches!(
        repo.load_draft(&alex.id),
        Err(LoadError::Unreadable(_))
    ));
    repo.save_draft(&alex.id, &draft, at(2)).unwrap();
    let aside = repo.keys().kept_aside("outcome-focus/draft/p-11", at(2));
    assert_eq!(store.get(&aside).unwrap().as_deref(), Some("{broken"));

    repo.discard_draft(&alex.id, at(3)).unwrap();
    assert_eq!(repo.load_draft(&alex.id), Ok(None));
    repo.save_draft(&alex.id, &draft, at(4)).unwrap();
    repo.delete_person(&alex.id, at(5)).unwrap();
    assert_eq!(repo.load_draft(&alex.id), Ok(None));
}

#[test]
fn review_drafts_are_saved_alone_beside_the_conversation_draft() {
    use crate::domain::ReviewDraft;
    let store = MemoryStore::default();
    let repo = Repository::new(&store);
    let alex = repo.save_person(&person(1, "Alex"), at(0)).unwrap();
    assert_eq!(repo.load_review_draft(&alex.id), Ok(None));

    let mut draft = ReviewDraft::new(&alex, today());
    draft.took_part = "Alex and Sam".into();
    let before = store.snapshot();
    repo.save_review_draft(&alex.id, &draft, at(1)).unwrap();
    let after = store.snapshot();
    let changed: Vec<&String> = after
        .keys()
        .filter(|k| before.get(*k) != after.get(*k))
        .collect();
    assert_eq!(changed, ["outcome-focus/review-draft/p-11"]);
    assert_eq!(repo.load_review_draft(&alex.id), Ok(Some(draft.clone())));
    assert_eq!(repo.load_draft(&alex.id), Ok(None));

    store
        .set("outcome-focus/review-draft/p-11", "{broken")
        .unwrap();
    assert!(matches!(
        repo.load_review_draft(&alex.id),
        Err(LoadError::Unreadable(_))
    ));
    repo.discard_review_draft(&alex.id, at(2)).unwrap();
    let aside = repo
        .keys()
        .kept_aside("outcome-focus/review-draft/p-11", at(2));
    assert_eq!(store.get(&aside).unwrap().as_deref(), Some("{broken"));
    assert_eq!(repo.load_review_draft(&alex.id), Ok(None));

    repo.save_review_draft(&alex.id, &draft, at(3)).unwrap();
    repo.delete_person(&alex.id, at(4)).unwrap();
    assert_eq!(repo.load_review_draft(&alex.id), Ok(None));
}

#[test]
fn a_likert_tap_writes_only_that_persons_key() {
    use crate::domain::{built_in_decks, Answer, Reading, Respondent};
    let store = MemoryStore::default();
    let repo = Repository::new(&store);
    let alex = repo.save_person(&person(1, "Alex"), at(0)).unwrap();
    repo.save_person(&person(2, "Bea"), at(0)).unwrap();
    let deck = &built_in_decks()[0];
    let mut reading = Reading::start(
        Person::next_reading_id(&[]),
        deck,
        Respondent::Person,
        today(),
        None,
    );
    let mut alex = alex;
    for (minute, card) in deck.cards().iter().take(3).enumerate() {
        reading
            .set_answer(deck, &card.id, Answer::Rated(2), "")
            .unwrap();
        let before = store.snapshot();
        alex = repo
            .save_reading(&alex, &reading, at(minute as u32 + 1))
            .unwrap();
        let after = store.snapshot();
        let changed: Vec<&String> = after
            .keys()
            .filter(|k| before.get(*k) != after.get(*k))
            .collect();
        assert_eq!(changed, ["outcome-focus/person/p-11"]);
    }
    let stored = repo.load_person(&alex.id).unwrap();
    let readings = stored.readings.get().unwrap();
    assert_eq!(readings, [reading.clone()]);
    assert_eq!(stored.revision, 4);
    assert_eq!(Person::next_reading_id(&readings), "r-2");
    // A stale tab's tap is refused like any other save.
    let mut stale = stored.clone();
    stale.revision = 1;
    assert_eq!(
        repo.save_reading(&stale, &reading, at(9)),
        Err(SaveError::Stale)
    );
}

fn own_decks(names: &[&str]) -> crate::domain::UserDecks {
    use crate::domain::{Deck, DeckId, Scale, UserDecks};
    let mut decks = UserDecks::default();
    for (n, name) in names.iter().enumerate() {
        let deck = Deck::new(DeckId::generate(n as u64, 1), name, Scale::default()).unwrap();
        decks.upsert(deck).unwrap();
    }
    decks
}

fn deck_names(decks: &crate::domain::UserDecks) -> Vec<&str> {
    decks.decks().iter().map(|d| d.name()).collect()
}

#[test]
fn own_decks_are_saved_under_their_own_key() {
    let store = MemoryStore::default();
    let repo = Repository::new(&store);
    assert_eq!(repo.load_decks().map(|d| d.revision), Ok(0));
    repo.save_person(&person(1, "Alex"), at(0)).unwrap();
    let before = store.snapshot();
    let saved = repo.save_decks(&own_decks(&["Ours"]), at(1)).unwrap();
    assert_eq!(saved.revision, 1);
    let after = store.snapshot();
    let changed: Vec<&String> = after
        .keys()
        .filter(|k| before.get(*k) != after.get(*k))
        .collect();
    assert_eq!(changed, ["outcome-focus/decks"]);
    assert_eq!(repo.load_decks(), Ok(saved.clone()));
    assert_eq!(names(&repo.load_index()), ["Alex"]);
}

#[test]
fn a_stale_copy_of_the_decks_never_overwrites_a_newer_one() {
    let store = MemoryStore::default();
    let (tab_a, tab_b) = (Repository::new(&store), Repository::new(&store));
    let opened = tab_a.save_decks(&own_decks(&["Ours"]), at(0)).unwrap();
    let newer = tab_b.save_decks(&opened, at(1)).unwrap();
    let before = store.snapshot();
    assert_eq!(
        tab_a.save_decks(&own_decks(&["Stale"]), at(2)),
        Err(DecksError::Stale {
            record: "Your service's own decks"
        })
    );
    assert_eq!(
        tab_a.save_decks(&opened, at(2)),
        Err(DecksError::Stale {
            record: "Your service's own decks"
        })
    );
    assert_eq!(store.snapshot(), before);
    assert!(tab_a.save_decks(&newer, at(3)).is_ok());
}

#[test]
fn unreadable_decks_are_reported_then_kept_aside_before_a_save() {
    let store = MemoryStore::default();
    let repo = Repository::new(&store);
    for (n, damaged) in [
        "{\"schema\":3,\"saved_at\":",
        "{\"schema\":9,\"saved_at\":\"2030-01-01T00:00:00Z\",\"data\":{}}",
        "{\"schema\":2,\"saved_at\":\"2026-01-01T00:00:00Z\",\"data\":{}}",
        "{\"schema\":3,\"saved_at\":\"2026-01-01T00:00:00Z\",\"data\":{\"decks\":7}}",
    ]
    .into_iter()
    .enumerate()
    {
        store.set("outcome-focus/decks", damaged).unwrap();
        assert!(matches!(
            repo.load_decks(),
            Err(DecksError::Unreadable { .. })
        ));
        assert_eq!(
            store.get("outcome-focus/decks").unwrap().as_deref(),
            Some(damaged),
            "loading writes nothing"
        );
        let now = at(n as u32);
        let saved = repo.save_decks(&own_decks(&["Fresh"]), now).unwrap();
        let aside = repo.keys().kept_aside("outcome-focus/decks", now);
        assert_eq!(store.get(&aside).unwrap().as_deref(), Some(damaged));
        assert_eq!(repo.load_decks(), Ok(saved));
        assert!(repo.load_index().problems.iter().any(|p| p.key == aside));
    }
}

#[test]
fn a_failed_decks_save_changes_nothing() {
    let store = MemoryStore::default();
    let repo = Repository::new(&store);
    let saved = repo.save_decks(&own_decks(&["Ours"]), at(0)).unwrap();
    let before = store.snapshot();
    store.set_quota(Some(store.used()));
    assert_eq!(
        repo.save_decks(
            &own_decks(&["Ours", "A second, longer deck"]).with_revision(&saved),
            at(1)
        ),
        Err(DecksError::Save(SaveError::QuotaExceeded))
    );
    assert_eq!(store.snapshot(), before);
    assert_eq!(repo.load_decks().map(|d| deck_names(&d).len()), Ok(1));

    let off = Repository::new(MemoryStore::unavailable());
    assert_eq!(
        off.load_decks(),
        Err(DecksError::Storage(StoreError::Unavailable))
    );
    assert_eq!(
        off.save_decks(&own_decks(&["Ours"]), at(0)),
        Err(DecksError::Save(SaveError::Unavailable))
    );
}

trait WithRevision {
    fn with_revision(self, saved: &crate::domain::UserDecks) -> Self;
}

impl WithRevision for crate::domain::UserDecks {
    fn with_revision(mut self, saved: &crate::domain::UserDecks) -> Self {
        self.revision = saved.revision;
        self
    }
}

#[test]
fn service_settings_start_as_the_defaults_and_keep_what_is_saved() {
    let repo = Repository::new(MemoryStore::default());
    assert_eq!(
        repo.load_service_record::<ServiceSettings>(),
        Ok(ServiceSettings::default())
    );
    let four = ServiceSettings {
        review_interval_months: 4,
        ..ServiceSettings::default()
    };
    let saved = repo.save_service_record(&four, at(1)).unwrap();
    assert_eq!(saved.revision, 1);
    assert_eq!(
        repo.load_service_record::<ServiceSettings>(),
        Ok(saved.clone())
    );
    assert_eq!(
        repo.save_service_record(&four, at(2)),
        Err(ServiceRecordError::Stale {
            record: "The service settings"
        })
    );
    assert!(repo.save_service_record(&saved, at(3)).is_ok());
}

#[test]
fn only_an_unfinished_reading_can_be_discarded() {
    use crate::domain::{built_in_decks, Reading, Respondent};
    let deck = &built_in_decks()[0];
    let mut alex = person(1, "Alex");
    let mut finished = Reading::start("r-1".into(), deck, Respondent::Person, today(), None);
    finished.finish(deck);
    let unfinished = Reading::start("r-2".into(), deck, Respondent::Worker, today(), None);
    alex.upsert_reading(finished.clone()).unwrap();
    alex.upsert_reading(unfinished).unwrap();
    for (id, removed) in [
        ("r-1", false),
        ("r-3", false),
        ("r-2", true),
        ("r-2", false),
    ] {
        assert_eq!(alex.discard_unfinished_reading(id), Ok(removed), "{id}");
    }
    assert_eq!(alex.readings.get().unwrap(), [finished]);
}

/// Saves `record` twice from the same copy: the second save must be refused as stale, and
/// what was saved must load back under its own key.
fn check_service_record<T: ServiceRecord + PartialEq + std::fmt::Debug>(record: T, key: &str) {
    let repo = Repository::new(MemoryStore::default());
    assert_eq!(repo.load_service_record::<T>(), Ok(T::default()), "{key}");
    let saved = repo.save_service_record(&record, at(1)).unwrap();
    assert_eq!(saved.revision(), record.revision() + 1, "{key}");
    assert_eq!(repo.load_service_record::<T>(), Ok(saved.clone()), "{key}");
    assert!(repo.store().get(key).unwrap().is_some(), "{key}");
    assert_eq!(
        repo.save_service_record(&record, at(2)),
        Err(ServiceRecordError::Stale { record: T::NAME }),
        "{key}"
    );
    // Damaged: kept aside before the key is written again.
    repo.store().set(key, "{not json").unwrap();
    assert!(
        matches!(
            repo.load_service_record::<T>(),
            Err(ServiceRecordError::Unreadable { .. })
        ),
        "{key}"
    );
    assert!(repo.save_service_record(&saved, at(3)).is_ok(), "{key}");
    let aside = repo.store().keys().unwrap();
    assert!(
        aside
            .iter()
            .any(|k| k.contains("kept-aside") && k.ends_with(key)),
        "{key}"
    );
}

#[test]
fn aims_logic_models_and_reflections_are_service_records() {
    use crate::domain::{
        life_story_work, Aim, FiguresSnapshot, LogicModels, ReflectionDraft, Reflections,
        ServiceAims,
    };
    let aims = ServiceAims {
        revision: 0,
        aims: vec![Aim {
            id: "a-1".into(),
            words: "Support people to live more independently".into(),
            targets: Vec::new(),
        }],
    };
    check_service_record(aims, "outcome-focus/aims");
    let mut models = LogicModels::default();
    models.upsert(life_story_work());
    check_service_record(models, "outcome-focus/logic-models");
    let mut kept = Reflections::default();
    let draft = ReflectionDraft {
        answers: [
            "Fewer forms".into(),
            String::new(),
            String::new(),
            String::new(),
        ],
    };
    kept.add(&draft, today(), FiguresSnapshot::default())
        .unwrap();
    check_service_record(kept, "outcome-focus/reflections");
}

#[test]
fn everyone_is_loaded_and_an_unreadable_record_is_listed_untouched() {
    let store = MemoryStore::default();
    let repo = Repository::new(&store);
    let alex = repo.save_person(&person(1, "Alex"), at(0)).unwrap();
    let bo = repo.save_person(&person(2, "Bo"), at(1)).unwrap();
    let key = Keys::default().person(&bo.id);
    store.set(&key, "{not json").unwrap();
    let (people, problems) = repo.load_everyone();
    assert_eq!(people, vec![alex]);
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].key, key);
    assert_eq!(store.get(&key).unwrap().as_deref(), Some("{not json"));
}
