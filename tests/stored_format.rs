//! Golden fixtures of every stored format version ever shipped: each must keep decoding, and
//! migrate to what the current app expects. Add a folder `schema-N` when schema N ships, and
//! never edit an old one.
#![cfg(not(target_arch = "wasm32"))]

use chrono::NaiveDate;
use outcome_focus::domain::{
    baseline, both_views, built_in_deck, decode, encode, goal_attainment_over_time, summarise,
    t_score, Answer, CardId, CaseStatus, Change, ConversationDraft, ConversationKind, DeckId,
    DecodeError, Direction, GoalLevel, IndexEntry, LogicModels, OutcomeStatus, Pairing,
    PeopleIndex, Person, ProgressView, Reflections, Respondent, ReviewDraft, ReviewSchedule,
    ReviewState, ServiceAims, ServiceSettings, Term, UserDecks, CURRENT_SCHEMA,
};

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

#[test]
fn schema_1_people_migrate_to_empty_conversations() {
    for path in ["schema-1/person-open.json", "schema-1/person-closed.json"] {
        let envelope = decode::<Person>(&fixture(path)).unwrap();
        assert_eq!(envelope.schema, CURRENT_SCHEMA, "{path}");
        let person = envelope.data;
        assert!(person.conversations.is_empty(), "{path}");
        assert!(person.outcomes.is_empty(), "{path}");
        assert!(person.unplanned_outcomes.is_empty(), "{path}");
        assert!(person.readings.is_empty(), "{path}");
        assert_eq!(IndexEntry::from(&person).first_contact, None, "{path}");
    }
}

#[test]
fn schema_2_index_decodes() {
    let people = decode::<PeopleIndex>(&fixture("schema-2/index.json"))
        .unwrap()
        .data
        .people;
    assert_eq!(people[0].first_contact, Some(date(2026, 6, 8)));
    assert_eq!(people[0].last_review, Some(date(2026, 9, 10)));
    assert_eq!(
        people[0].review_state(&ReviewSchedule::default(), date(2027, 3, 20)),
        Some(ReviewState::Overdue {
            due: date(2027, 3, 10),
            days: 10
        })
    );
    assert_eq!(
        people[1].review_state(&ReviewSchedule::default(), date(2027, 3, 20)),
        None
    );
}

#[test]
fn schema_2_person_decodes_with_everything() {
    let person: Person = decode(&fixture("schema-2/person-with-conversations.json"))
        .unwrap()
        .data;
    let first = person.first_contact().unwrap();
    assert_eq!(first.kind, ConversationKind::FirstContact);
    assert_eq!(
        first.aspirations,
        ["To see my friends again", "To do my own shopping"]
    );
    assert_eq!(person.review_dates(), [date(2026, 9, 10)]);

    let review = &person.conversations[1].outcome_reviews[0];
    assert_eq!(review.status, OutcomeStatus::PartlyAchieved);
    assert_eq!(review.person_view.rating, Some(ProgressView::Better));
    assert_eq!(review.worker_view.rating, Some(ProgressView::MuchBetter));
    assert_eq!(review.level, GoalLevel::new(-1));
    assert_eq!(
        review.reworded_from.as_deref(),
        Some("I can go to the shops")
    );
    assert_eq!(
        person.conversations[1].outcome_reviews[1].reworded_from,
        None
    );

    let [shops, friends] = person.outcomes.as_slice() else {
        panic!("expected two outcomes");
    };
    assert_eq!(shops.term, Term::Short);
    assert!(shops.has_levels() && !friends.has_levels());
    assert_eq!(friends.words, "I see my friends <b>every</b> week");
    assert_eq!(
        friends.contributors.describe(),
        "the person, a carer and Her church group"
    );
    assert_eq!(person.unplanned_outcomes[1].direction, Direction::Negative);
    assert!(person.unplanned_outcomes[1].changes_the_plan);
    let t = t_score(&[(review.level.unwrap(), 1.0)]).unwrap();
    assert!((t - 40.0).abs() < 1e-9);
    // The one outcome with levels: −2 at the first conversation, −1 at the review.
    assert_eq!(
        goal_attainment_over_time(&person),
        [(date(2026, 6, 8), 30.0), (date(2026, 9, 10), 40.0)]
    );
}

#[test]
fn every_fixture_of_every_schema_decodes_as_current() {
    let root = format!("{}/tests/fixtures", env!("CARGO_MANIFEST_DIR"));
    let mut checked = 0;
    for schema in 1..=CURRENT_SCHEMA {
        let dir = format!("{root}/schema-{schema}");
        let mut names: Vec<String> = std::fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("schema {schema} has no fixtures ({dir}): {e}"))
            .map(|entry| entry.unwrap().file_name().into_string().unwrap())
            .collect();
        names.sort();
        for name in names {
            let path = format!("schema-{schema}/{name}");
            let text = fixture(&path);
            let schema_read = match name.as_str() {
                "index.json" => decode::<PeopleIndex>(&text).map(|e| e.schema),
                "decks.json" => decode::<UserDecks>(&text).map(|e| e.schema),
                "aims.json" => decode::<ServiceAims>(&text).map(|e| e.schema),
                "logic-models.json" => decode::<LogicModels>(&text).map(|e| e.schema),
                "reflections.json" => decode::<Reflections>(&text).map(|e| e.schema),
                n if n.starts_with("settings") => {
                    decode::<ServiceSettings>(&text).map(|e| e.schema)
                }
                n if n.starts_with("person-") => decode::<Person>(&text).map(|e| e.schema),
                "draft-conversation.json" => decode::<ConversationDraft>(&text).map(|e| e.schema),
                "draft-review.json" => decode::<ReviewDraft>(&text).map(|e| e.schema),
                _ => panic!(
                    "{path}: name the fixture after what it holds (index, person-…, draft-…)"
                ),
            };
            assert_eq!(schema_read, Ok(CURRENT_SCHEMA), "{path}");
            checked += 1;
        }
    }
    assert!(checked >= 10, "only {checked} fixtures found");
}

#[test]
fn schema_2_people_migrate_to_no_readings() {
    let person: Person = decode(&fixture("schema-2/person-with-conversations.json"))
        .unwrap()
        .data;
    assert!(person.readings.is_empty());
    assert_eq!(person.readings.get(), Ok(vec![]));
    assert_eq!(Person::next_reading_id(&[]), "r-1");
}

#[test]
fn decks_were_never_stored_before_schema_3() {
    for schema in 1..3 {
        let text = format!(
            r#"{{"schema":{schema},"saved_at":"2026-01-01T00:00:00Z","data":{{"decks":[]}}}}"#
        );
        assert!(
            matches!(decode::<UserDecks>(&text), Err(DecodeError::BadData(_))),
            "schema {schema}"
        );
    }
}

#[test]
fn schema_3_settings_set_the_review_interval() {
    let settings: ServiceSettings = decode(&fixture("schema-3/settings.json")).unwrap().data;
    assert_eq!(settings.revision, 4);
    assert_eq!(settings.schedule().interval_months, 4);
    assert!(matches!(
        decode::<ServiceSettings>(
            r#"{"schema":2,"saved_at":"2026-01-01T00:00:00Z","data":{"review_interval_months":4}}"#
        ),
        Err(DecodeError::BadData(_))
    ));
}

#[test]
fn schema_3_fixtures_are_what_this_app_writes() {
    for path in [
        "schema-3/person-with-readings.json",
        "schema-3/person-unplanned-domain.json",
        "schema-3/decks.json",
        "schema-3/settings.json",
        "schema-3/settings-named.json",
        "schema-3/aims.json",
        "schema-3/logic-models.json",
        "schema-3/reflections.json",
        "schema-3/draft-review.json",
    ] {
        let text = fixture(path);
        let again = if path.contains("draft-review") {
            let e = decode::<ReviewDraft>(&text).unwrap();
            encode(&e.data, e.saved_at)
        } else if path.contains("reflections") {
            let e = decode::<Reflections>(&text).unwrap();
            encode(&e.data, e.saved_at)
        } else if path.contains("logic-models") {
            let e = decode::<LogicModels>(&text).unwrap();
            encode(&e.data, e.saved_at)
        } else if path.contains("aims") {
            let e = decode::<ServiceAims>(&text).unwrap();
            encode(&e.data, e.saved_at)
        } else if path.contains("decks") {
            let e = decode::<UserDecks>(&text).unwrap();
            encode(&e.data, e.saved_at)
        } else if path.contains("settings") {
            let e = decode::<ServiceSettings>(&text).unwrap();
            encode(&e.data, e.saved_at)
        } else {
            let e = decode::<Person>(&text).unwrap();
            encode(&e.data, e.saved_at)
        };
        assert_eq!(again, text.trim_end(), "{path}");
    }
}

fn card(text: &str) -> CardId {
    CardId::parse(text).unwrap()
}

#[test]
fn schema_3_person_decodes_with_readings() {
    let person: Person = decode(&fixture("schema-3/person-with-readings.json"))
        .unwrap()
        .data;
    let adult = built_in_deck(&DeckId::parse("built-in-adult").unwrap()).unwrap();
    let readings = person.readings.get().unwrap();
    assert_eq!(readings.len(), 4);
    assert_eq!(Person::next_reading_id(&readings), "r-5");

    let first = baseline(&readings, adult.id(), Respondent::Person).unwrap();
    assert_eq!((first.id.as_str(), first.date), ("r-1", date(2026, 6, 8)));
    assert_eq!(first.conversation.as_deref(), Some("c-1"));
    assert_eq!(
        first.answer(&card("safe-at-home")).unwrap().answer,
        Answer::PreferNotToSay
    );

    let review = person.reading("r-3").unwrap().unwrap();
    // Stored answers are points, not words: readings saved when the built-in scale said
    // "Mostly" and "All of the time" read in today's wording for the same points.
    assert_eq!(
        review.corrections[0].describe(&adult),
        "12 September 2026: \"I have people I can talk to\" changed from Mostly true to Completely true, and its note changed"
    );
    let summary = summarise(&readings, &adult, &review);
    let change = |id: &str| {
        summary
            .rows
            .iter()
            .find(|r| r.card == card(id))
            .map(|r| r.change)
    };
    assert_eq!(change("shops-on-my-own"), Some(Change::Up(2)));
    assert_eq!(change("people-to-talk-to"), Some(Change::Up(2)));
    // Reverse-scored: feeling lonely less often is better.
    assert_eq!(change("feel-lonely"), Some(Change::Up(2)));
    assert_eq!(change("safe-at-home"), Some(Change::NotComparable));
    assert_eq!(change("sleep-well"), Some(Change::NotComparable));
    assert_eq!(summary.total_change, Some(6));

    let views = both_views(&readings, &adult);
    assert_eq!(
        (views.person_date, views.worker_date),
        (Some(date(2026, 9, 10)), Some(date(2026, 6, 8)))
    );
    // The worker's latest reading is from the first conversation, three months before the
    // person's: shown side by side, but no difference is marked.
    assert_eq!(views.pairing, Some(Pairing::Apart { days: 94 }));
    assert!(views
        .rows
        .iter()
        .all(|r| !r.discuss && r.difference.is_none()));
    let people_to_talk_to = views
        .rows
        .iter()
        .find(|r| r.card == card("people-to-talk-to"));
    assert_eq!(
        people_to_talk_to.map(|r| (r.person, r.worker)),
        Some((Some(5), Some(1)))
    );

    let in_progress = person.reading("r-4").unwrap().unwrap();
    assert!(!in_progress.complete);
    assert_eq!(in_progress.respondent, Respondent::Carer);
    let young = built_in_deck(&in_progress.deck).unwrap();
    assert_eq!(
        in_progress.next_card(&young).map(|c| c.id.as_str()),
        Some("go-to-school")
    );
}

#[test]
fn schema_3_decks_decode_with_retired_cards() {
    let decks: UserDecks = decode(&fixture("schema-3/decks.json")).unwrap().data;
    assert_eq!(decks.revision, 2);
    let deck = &decks.decks()[0];
    assert_eq!(deck.check(), Ok(()));
    assert_eq!(deck.name(), "Getting out & about <ours>");
    assert_eq!(deck.scale().len(), 3);
    assert!(!deck.scale().offers_prefer_not_to_say());
    assert_eq!(deck.cards()[1].statement, "I use the bus on my own");
    assert!(deck.card(&card("sleep-well")).unwrap().retired);
    assert!(deck.card(&card("learning-something")).is_none());
    assert_eq!(decks.find(deck.id()).as_ref(), Some(deck));
}

#[test]
fn schema_3_settings_name_the_service_and_add_domains() {
    let settings: ServiceSettings = decode(&fixture("schema-3/settings-named.json"))
        .unwrap()
        .data;
    assert_eq!(settings.name, "Hill House <Children & Families>");
    assert_eq!(settings.extra_domains, ["Education", "Family \"time\""]);
    assert_eq!(settings.domains().len(), 8);
    // Settings saved before the name and domains existed read them as blank.
    let older: ServiceSettings = decode(&fixture("schema-3/settings.json")).unwrap().data;
    assert_eq!((older.name.as_str(), older.extra_domains.len()), ("", 0));
}

#[test]
fn schema_3_unplanned_outcomes_may_name_a_domain() {
    let person: Person = decode(&fixture("schema-3/person-unplanned-domain.json"))
        .unwrap()
        .data;
    let domains: Vec<Option<&str>> = person
        .unplanned_outcomes
        .iter()
        .map(|u| u.domain.as_deref())
        .collect();
    assert_eq!(domains, [None, Some("Safety")]);
    // Unplanned outcomes recorded before the domain existed read it as none.
    let older: Person = decode(&fixture("schema-3/person-with-readings.json"))
        .unwrap()
        .data;
    assert!(older.unplanned_outcomes.iter().all(|u| u.domain.is_none()));
}

#[test]
fn schema_3_aims_decode_with_both_kinds_of_target() {
    use outcome_focus::domain::{built_in_decks, AimDraft, Target, TargetFocus};
    let aims: ServiceAims = decode(&fixture("schema-3/aims.json")).unwrap().data;
    assert_eq!(aims.revision, 3);
    assert_eq!(aims.next_id(), "a-3");
    let [children, outcomes] = aims.aims.as_slice() else {
        panic!("expected two aims");
    };
    assert_eq!(children.targets.len(), 2);
    let Target::Readings(first) = &children.targets[0] else {
        panic!("expected a readings target");
    };
    assert_eq!(
        first.focus,
        TargetFocus::Domain("Personal development".into())
    );
    assert_eq!(first.respondent, Respondent::Person);
    let Target::OutcomeStatus(short) = &outcomes.targets[0] else {
        panic!("expected a status target");
    };
    assert_eq!(short.term, Some(Term::Short));
    assert_eq!(
        short.statuses,
        [OutcomeStatus::Achieved, OutcomeStatus::PartlyAchieved]
    );
    assert_eq!(outcomes.targets[1].target_percent(), 40);
    // Every stored target is one the form accepts again, against the built-in decks.
    for aim in &aims.aims {
        assert_eq!(
            AimDraft::from_aim(aim)
                .validate(&aim.id, &built_in_decks())
                .as_ref(),
            Ok(aim)
        );
    }
}

#[test]
fn schema_3_logic_models_hold_the_service_and_its_pieces_of_work() {
    use outcome_focus::domain::life_story_work;
    let models: LogicModels = decode(&fixture("schema-3/logic-models.json")).unwrap().data;
    assert_eq!(models.revision, 2);
    assert_eq!(models.service.name, "Hill House <our service>");
    assert_eq!(
        models.service.inputs,
        ["Two key workers", "A room & a minibus"]
    );
    assert_eq!(models.pieces_of_work, [life_story_work()]);
    assert_eq!(models.next_id(), "w-2");
}

#[test]
fn schema_3_reflections_keep_their_answers_and_figures() {
    use outcome_focus::domain::REFLECTION_QUESTIONS;
    let kept: Reflections = decode(&fixture("schema-3/reflections.json")).unwrap().data;
    let reflection = kept.get("f-1").unwrap();
    assert_eq!(reflection.date, date(2026, 11, 22));
    assert_eq!(reflection.answers.len(), REFLECTION_QUESTIONS.len());
    // Stored as typed: neutralising formulas is the CSV export's job, not storage's.
    assert_eq!(reflection.answers[3], "=A case study in the newsletter");
    let figures = &reflection.figures;
    assert_eq!((figures.from, figures.to), (Some(date(2026, 4, 1)), None));
    assert_eq!((figures.open, figures.closed), (12, 3));
    let [readings, statuses] = figures.targets.as_slice() else {
        panic!("expected two targets");
    };
    assert_eq!((readings.part, readings.whole, readings.met), (4, 7, false));
    assert_eq!(readings.median_change_quarters, Some(2));
    assert_eq!((statuses.part, statuses.whole, statuses.met), (3, 4, true));
    assert_eq!(statuses.median_change_quarters, None);
}

#[test]
fn schema_2_conversation_drafts_resume_where_they_were_left() {
    let draft: ConversationDraft = decode(&fixture("schema-2/draft-conversation.json"))
        .unwrap()
        .data;
    assert_eq!(draft.step, 3);
    assert_eq!(draft.date, "2025-03-12");
    assert_eq!(draft.aspirations, ["To cook for my grandchildren"]);
    assert_eq!(draft.outcomes.len(), 1);
    assert_eq!(draft.outcomes[0].words, "I make my own lunch");
    assert_eq!(draft.outcomes[0].term, Term::Short);
    assert!(draft.outcomes[0].contributors.person && draft.outcomes[0].checks.person_centred);
}

#[test]
fn schema_3_review_drafts_keep_everything_typed() {
    let draft: ReviewDraft = decode(&fixture("schema-3/draft-review.json")).unwrap().data;
    assert_eq!(draft.date, "2026-11-20");
    assert_eq!(draft.took_part, "A.B. and Sam");
    let first = &draft.outcomes[0];
    assert_eq!(first.outcome_id, "o-1");
    assert_eq!(first.status, OutcomeStatus::PartlyAchieved);
    assert_eq!(first.person_view.rating, Some(ProgressView::Better));
    assert_eq!(first.level, GoalLevel::new(1));
    assert_eq!(draft.new_outcomes[0].words, "I join the walking group");
    assert_eq!(draft.unplanned[0].direction, Some(Direction::Negative));
    // Review drafts were first stored under schema 3.
    let older = fixture("schema-3/draft-review.json").replacen(r#""schema":3"#, r#""schema":2"#, 1);
    assert!(matches!(
        decode::<ReviewDraft>(&older),
        Err(DecodeError::BadData(_))
    ));
}
