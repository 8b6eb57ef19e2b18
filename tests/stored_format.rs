//! Golden fixtures of every stored format version ever shipped: each must keep decoding, and
//! migrate to what the current app expects. Add a folder `schema-N` when schema N ships, and
//! never edit an old one.
#![cfg(not(target_arch = "wasm32"))]

use chrono::NaiveDate;
use outcome_focus::domain::{
    decode, goal_attainment_over_time, t_score, CaseStatus, ConversationKind, Direction, GoalLevel,
    IndexEntry, OutcomeStatus, PeopleIndex, Person, ProgressView, ReviewSchedule, ReviewState,
    Term, CURRENT_SCHEMA,
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
