use super::*;
use crate::domain::{PersonDraft, PersonId, ProgressView};

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn today() -> NaiveDate {
    day(2026, 11, 22)
}

fn outcome(id: &str, words: &str, levels: bool, status: OutcomeStatus) -> Outcome {
    Outcome {
        id: id.into(),
        words: words.into(),
        domain: "Independence".into(),
        term: Term::Short,
        target_date: day(2026, 9, 8),
        contributors: Contributors::default(),
        steps: String::new(),
        how_we_know: String::new(),
        levels: match levels {
            true => ["a", "b", "c", "d", "e"].map(String::from).to_vec(),
            false => Vec::new(),
        },
        checks: OutcomeChecks::default(),
        status,
        agreed_on: day(2026, 6, 8),
    }
}

/// Referred 1 June 2026, first conversation 8 June; two current outcomes (the first with
/// levels) and one achieved earlier.
fn person() -> Person {
    let details = PersonDraft {
        name: "A.B.".into(),
        referral_date: "2026-06-01".into(),
        ..PersonDraft::default()
    };
    let mut person = Person::create(PersonId::generate(1, 1), details.validate(today()).unwrap());
    person.conversations.push(Conversation {
        id: "c-1".into(),
        kind: ConversationKind::FirstContact,
        date: day(2026, 6, 8),
        took_part: String::new(),
        presentation: String::new(),
        aspirations: vec!["To see my friends".into()],
        imagined: Imagined::default(),
        outcome_reviews: Vec::new(),
    });
    person.outcomes = vec![
        outcome(
            "o-1",
            "I go to the shops on my own",
            true,
            OutcomeStatus::Working,
        ),
        outcome("o-2", "I see my friends", false, OutcomeStatus::Working),
        outcome("o-3", "I sleep well", false, OutcomeStatus::Achieved),
    ];
    person
}

fn check(edit: impl Fn(&mut ReviewDraft), expected: &[&str]) {
    let person = person();
    let mut draft = ReviewDraft::new(&person, today());
    edit(&mut draft);
    let fields: Vec<String> = match draft.validate(&person, today()) {
        Ok(_) => vec![],
        Err(errors) => errors.into_iter().map(|e| e.field).collect(),
    };
    assert_eq!(fields, expected, "validating {draft:?}");
}

#[test]
fn a_new_draft_covers_the_current_outcomes_only() {
    let draft = ReviewDraft::new(&person(), today());
    assert_eq!(draft.date, "2026-11-22");
    let ids: Vec<&str> = draft
        .outcomes
        .iter()
        .map(|o| o.outcome_id.as_str())
        .collect();
    assert_eq!(ids, ["o-1", "o-2"]);
    assert!(draft
        .outcomes
        .iter()
        .all(|o| o.status == OutcomeStatus::Working && o.level.is_none()));
}

#[test]
fn a_resumed_draft_lines_up_with_the_outcomes_worked_on_now() {
    let mut person = person();
    let mut draft = ReviewDraft::new(&person, today());
    draft.took_part = "A.B. and Sam".into();
    draft.outcomes[0].helped = "Her sister came along".into();
    draft.outcomes[1].helped = "A new bus pass".into();
    draft.add_unplanned(today());

    // Unchanged: the draft comes back as it was, nothing left out.
    let same = draft.clone().resume(&person);
    assert_eq!(
        same.offer("A.B."),
        "You have an unfinished review with A.B., dated 22 November 2026."
    );
    assert_eq!((same.draft, same.left_out), (draft.clone(), 0));

    // Meanwhile o-1 was ended elsewhere and o-4 agreed: o-2 keeps its notes in its new place,
    // o-4 starts blank, and o-1's notes are counted as left out.
    person.outcomes[0].status = OutcomeStatus::Achieved;
    person.outcomes.push(outcome(
        "o-4",
        "I cook a meal",
        false,
        OutcomeStatus::Working,
    ));
    let resumed = draft.clone().resume(&person);
    let ids: Vec<&str> = resumed
        .draft
        .outcomes
        .iter()
        .map(|o| o.outcome_id.as_str())
        .collect();
    assert_eq!(ids, ["o-2", "o-4"]);
    assert_eq!(resumed.draft.outcomes[0].helped, "A new bus pass");
    assert_eq!(resumed.draft.outcomes[1].helped, "");
    assert_eq!(resumed.draft.took_part, "A.B. and Sam");
    assert_eq!(resumed.draft.unplanned.len(), 1);
    assert_eq!(resumed.left_out, 1);
    assert_eq!(
        resumed.offer("A.B."),
        "You have an unfinished review with A.B., dated 22 November 2026. One outcome it spoke \
         of is no longer being worked on (a review was saved since), so what was typed about it \
         cannot be carried on."
    );

    // An ended outcome with nothing typed about it is no loss.
    draft.outcomes[0].helped.clear();
    assert_eq!(draft.resume(&person).left_out, 0);
}

#[test]
fn a_draft_round_trips_through_its_stored_form() {
    use crate::domain::{decode, encode, Direction};
    let person = person();
    let mut draft = ReviewDraft::new(&person, today());
    draft.outcomes[0].status = OutcomeStatus::PartlyAchieved;
    draft.outcomes[0].level = GoalLevel::new(1);
    draft.outcomes[1].worker_view.comment = "<script>alert(1)</script>".into();
    draft.add_outcome(today());
    draft.new_outcomes[0].words = "I join the walking group".into();
    draft.add_unplanned(today());
    draft.unplanned[0].direction = Some(Direction::Negative);
    let at = chrono::DateTime::parse_from_rfc3339("2026-11-22T09:00:00Z")
        .unwrap()
        .to_utc();
    let text = encode(&draft, at);
    assert_eq!(decode::<ReviewDraft>(&text).unwrap().data, draft);
    // Nothing before schema 3 held a review draft.
    let older = text.replacen("\"schema\":3", "\"schema\":2", 1);
    assert!(decode::<ReviewDraft>(&older).is_err());
}

#[test]
fn validates_the_date() {
    check(|_| {}, &[]);
    check(|d| d.date = "2026-06-08".into(), &[]);
    check(|d| d.date = "".into(), &["review-date"]);
    check(|d| d.date = "10/09/2026".into(), &["review-date"]);
    check(|d| d.date = "2026-02-30".into(), &["review-date"]);
    check(|d| d.date = "2026-11-23".into(), &["review-date"]);
    check(|d| d.date = "2026-06-07".into(), &["review-date"]);
}

#[test]
fn a_review_needs_a_first_conversation() {
    let mut person = person();
    person.conversations.clear();
    let errors = ReviewDraft::new(&person, today())
        .validate(&person, today())
        .unwrap_err();
    assert_eq!(
        errors,
        [FormError::new(
            "review-date",
            "Record the first conversation before a review."
        )]
    );
}

#[test]
fn the_date_error_names_the_first_conversation() {
    let person = person();
    let draft = ReviewDraft {
        date: "2026-06-01".into(),
        ..ReviewDraft::new(&person, today())
    };
    let errors = draft.validate(&person, today()).unwrap_err();
    assert_eq!(
        errors[0].message,
        "The review cannot be before the first conversation (8 June 2026)."
    );
}

#[test]
fn validates_the_text_of_each_outcome() {
    let long = "x".repeat(20_001);
    check(
        |d| d.outcomes[1].helped = long.clone(),
        &["review-1-helped"],
    );
    check(
        |d| d.outcomes[0].person_view.comment = long.clone(),
        &["review-0-person-comment"],
    );
    check(
        |d| d.outcomes[0].did_not_work = long.clone(),
        &["review-0-did-not-work"],
    );
    check(|d| d.took_part = long.clone(), &["review-took-part"]);
    check(|d| d.outcomes[0].reworded = "y".repeat(300), &[]);
    check(
        |d| d.outcomes[0].reworded = "y".repeat(301),
        &["review-0-reworded"],
    );
    check(
        |d| {
            d.date = String::new();
            d.outcomes[1].we_contributed = long.clone();
        },
        &["review-date", "review-1-we-contributed"],
    );
}

#[test]
fn validates_added_outcomes() {
    let added = |words: &str, domain: &str, target: &str| {
        let (words, domain, target) = (words.to_owned(), domain.to_owned(), target.to_owned());
        move |d: &mut ReviewDraft| {
            d.add_outcome(today());
            let new = &mut d.new_outcomes[0];
            new.words = words.clone();
            new.domain = domain.clone();
            if !target.is_empty() {
                new.target_date = target.clone();
            }
        }
    };
    check(added("I cook a meal each week", "Independence", ""), &[]);
    check(
        added("I cook a meal each week", "Independence", "2026-11-23"),
        &[],
    );
    check(added("  ", "Independence", ""), &["review-new-0-words"]);
    check(
        added(&"w".repeat(301), "Independence", ""),
        &["review-new-0-words"],
    );
    check(added("I cook", "", ""), &["review-new-0-domain"]);
    check(
        added("I cook", "Independence", "2026-11-22"),
        &["review-new-0-target"],
    );
    check(
        added("I cook", "Independence", "someday"),
        &["review-new-0-target"],
    );
    check(
        added("", "", "2025-01-01"),
        &[
            "review-new-0-words",
            "review-new-0-domain",
            "review-new-0-target",
        ],
    );
}

#[test]
fn added_outcomes_start_with_default_targets() {
    let mut draft = ReviewDraft {
        date: "2026-09-10".into(),
        ..ReviewDraft::default()
    };
    draft.add_outcome(today());
    assert_eq!(draft.new_outcomes[0].target_date, "2026-12-10");
    draft.date = "not yet".into();
    draft.add_outcome(today());
    assert_eq!(draft.new_outcomes[1].target_date, "2027-02-22");
    assert!(draft.new_outcomes[1].contributors.person);
    assert!(draft.new_outcomes[1].domain.is_empty());
}

#[test]
fn changing_the_date_moves_default_targets_only() {
    let mut draft = ReviewDraft {
        date: "2030-01-01".into(),
        ..ReviewDraft::default()
    };
    draft.add_outcome(today());
    draft.add_outcome(today());
    draft.add_outcome(today());
    draft.new_outcomes[1].target_date = "2027-01-31".into();
    draft.new_outcomes[2].set_term(Term::Longer, day(2030, 1, 1));
    // Half-typed dates change nothing until they are real again.
    draft.set_date("2026-11-2".into());
    draft.set_date("2030-01-01".into());
    draft.set_date("2026-11-20".into());
    let targets: Vec<&str> = draft
        .new_outcomes
        .iter()
        .map(|o| o.target_date.as_str())
        .collect();
    assert_eq!(targets, ["2027-02-20", "2027-01-31", "2027-11-20"]);
    assert_eq!(draft.date, "2026-11-20");
}

#[test]
fn changing_the_term_moves_a_default_target_only() {
    let from = day(2026, 9, 10);
    for (target, term, expected) in [
        (None, Term::Longer, "2027-09-10"),
        (None, Term::Short, "2026-12-10"),
        (Some("2026-10-01"), Term::Longer, "2026-10-01"),
        (Some(""), Term::Longer, ""),
    ] {
        let mut new = NewOutcomeDraft::new(from);
        if let Some(target) = target {
            new.target_date = target.into();
        }
        new.set_term(term, from);
        assert_eq!(
            (new.term, new.target_date.as_str()),
            (term, expected),
            "{target:?}"
        );
    }
    let mut new = NewOutcomeDraft::new(from);
    new.set_term(Term::Longer, from);
    new.set_term(Term::Short, from);
    assert_eq!(new.target_date, "2026-12-10");
}

#[test]
fn field_ids_are_distinct() {
    let mut ids = vec![ReviewField::Date.html_id(), ReviewField::TookPart.html_id()];
    for i in [0, 1] {
        for field in [
            ReviewField::Status(i),
            ReviewField::PersonRating(i),
            ReviewField::PersonComment(i),
            ReviewField::WorkerRating(i),
            ReviewField::WorkerComment(i),
            ReviewField::Helped(i),
            ReviewField::GotInTheWay(i),
            ReviewField::WeContributed(i),
            ReviewField::DidNotWork(i),
            ReviewField::Level(i),
            ReviewField::Reworded(i),
            ReviewField::NewWords(i),
            ReviewField::NewDomain(i),
            ReviewField::NewTerm(i),
            ReviewField::NewTargetDate(i),
            ReviewField::NewHowWeKnow(i),
        ] {
            ids.push(field.html_id());
        }
    }
    let count = ids.len();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), count);
    assert_eq!(
        ReviewField::GotInTheWay(3).html_id(),
        "review-3-got-in-the-way"
    );
    assert_eq!(
        ReviewField::NewTargetDate(0).html_id(),
        "review-new-0-target"
    );
}

fn review(person: &Person, date: &str, edit: impl Fn(&mut ReviewDraft)) -> Person {
    let mut person = person.clone();
    let mut draft = ReviewDraft::new(&person, today());
    draft.date = date.into();
    edit(&mut draft);
    let valid = draft.validate(&person, today()).unwrap();
    person.record_review(valid);
    person
}

#[test]
fn the_first_review_is_the_three_month_review() {
    let once = review(&person(), "2026-09-10", |d| {
        d.took_part = " A.B., Sam ".into();
    });
    let twice = review(&once, "2026-11-20", |_| {});
    let kinds: Vec<(&str, ConversationKind, NaiveDate)> = twice
        .conversations
        .iter()
        .map(|c| (c.id.as_str(), c.kind, c.date))
        .collect();
    assert_eq!(
        kinds,
        [
            ("c-1", ConversationKind::FirstContact, day(2026, 6, 8)),
            ("c-2", ConversationKind::ThreeMonthReview, day(2026, 9, 10)),
            ("c-3", ConversationKind::Review, day(2026, 11, 20)),
        ]
    );
    assert_eq!(twice.conversations[1].took_part, "A.B., Sam");
    assert_eq!(twice.review_dates(), [day(2026, 9, 10), day(2026, 11, 20)]);
}

#[test]
fn a_review_records_each_outcome_and_sets_its_status() {
    let after = review(&person(), "2026-09-10", |d| {
        let shops = &mut d.outcomes[0];
        shops.status = OutcomeStatus::PartlyAchieved;
        shops.person_view = View {
            rating: Some(ProgressView::Better),
            comment: "I went twice on my own\n\n".into(),
        };
        shops.worker_view.rating = Some(ProgressView::MuchBetter);
        shops.helped = "Her neighbour ".into();
        shops.got_in_the_way = "Bad weather".into();
        shops.we_contributed = "Practice trips".into();
        shops.did_not_work = "Bus timetable app".into();
        shops.level = GoalLevel::new(-1);
        // Levels are only kept where the outcome has them.
        d.outcomes[1].level = GoalLevel::new(2);
    });
    let reviews = &after.conversations[1].outcome_reviews;
    assert_eq!(
        reviews[0],
        OutcomeReview {
            outcome_id: "o-1".into(),
            status: OutcomeStatus::PartlyAchieved,
            person_view: View {
                rating: Some(ProgressView::Better),
                comment: "I went twice on my own".into(),
            },
            worker_view: View {
                rating: Some(ProgressView::MuchBetter),
                comment: String::new(),
            },
            helped: "Her neighbour".into(),
            got_in_the_way: "Bad weather".into(),
            we_contributed: "Practice trips".into(),
            did_not_work: "Bus timetable app".into(),
            level: GoalLevel::new(-1),
            reworded_from: None,
        }
    );
    assert_eq!(reviews[1].outcome_id, "o-2");
    assert_eq!(reviews[1].level, None);
    let statuses: Vec<OutcomeStatus> = after.outcomes.iter().map(|o| o.status).collect();
    assert_eq!(
        statuses,
        [
            OutcomeStatus::PartlyAchieved,
            OutcomeStatus::Working,
            OutcomeStatus::Achieved
        ]
    );
    // The next review covers only what is still being worked on.
    let next = ReviewDraft::new(&after, today());
    assert_eq!(next.outcomes.len(), 1);
    assert_eq!(next.outcomes[0].outcome_id, "o-2");
}

#[test]
fn rewording_keeps_the_old_words_in_the_review() {
    for (new_words, expected_words, expected_from) in [
        (
            "  I see my friends every week ",
            "I see my friends every week",
            Some("I see my friends"),
        ),
        ("", "I see my friends", None),
        ("   ", "I see my friends", None),
        ("I see my friends", "I see my friends", None),
    ] {
        let after = review(&person(), "2026-09-10", |d| {
            d.outcomes[1].reworded = new_words.into();
        });
        assert_eq!(after.outcomes[1].words, expected_words, "{new_words:?}");
        assert_eq!(
            after.conversations[1].outcome_reviews[1]
                .reworded_from
                .as_deref(),
            expected_from,
            "{new_words:?}"
        );
        assert_eq!(after.outcomes[1].id, "o-2");
    }
}

#[test]
fn added_outcomes_are_agreed_on_the_review_date() {
    let after = review(&person(), "2026-09-10", |d| {
        for words in ["I cook a meal each week", "I join a walking group"] {
            d.add_outcome(today());
            let new = d.new_outcomes.last_mut().unwrap();
            new.words = format!(" {words} ");
            new.domain = "Health and wellbeing".into();
        }
        d.new_outcomes[1].set_term(Term::Longer, day(2026, 9, 10));
        d.new_outcomes[1].contributors.others = " Mum ".into();
        d.new_outcomes[1].how_we_know = "She tells us\n".into();
    });
    let added: Vec<(&str, &str, Term, NaiveDate, OutcomeStatus)> = after.outcomes[3..]
        .iter()
        .map(|o| {
            (
                o.id.as_str(),
                o.words.as_str(),
                o.term,
                o.target_date,
                o.status,
            )
        })
        .collect();
    assert_eq!(
        added,
        [
            (
                "o-4",
                "I cook a meal each week",
                Term::Short,
                day(2026, 12, 10),
                OutcomeStatus::Working
            ),
            (
                "o-5",
                "I join a walking group",
                Term::Longer,
                day(2027, 9, 10),
                OutcomeStatus::Working
            ),
        ]
    );
    let walking = &after.outcomes[4];
    assert_eq!(walking.agreed_on, day(2026, 9, 10));
    assert_eq!(
        walking.contributors.describe(),
        "the person, the worker and Mum"
    );
    assert_eq!(walking.how_we_know, "She tells us");
    assert_eq!(walking.domain, "Health and wellbeing");
    // The review itself only covers the outcomes that existed before it.
    assert_eq!(after.conversations[1].outcome_reviews.len(), 2);
}

#[test]
fn outcomes_deleted_meanwhile_are_skipped() {
    let person = person();
    let valid = ReviewDraft::new(&person, today())
        .validate(&person, today())
        .unwrap();
    let mut changed = person.clone();
    changed.outcomes.retain(|o| o.id != "o-1");
    let id = changed.record_review(valid);
    assert_eq!(id, "c-2");
    let reviewed: Vec<&str> = changed.conversations[1]
        .outcome_reviews
        .iter()
        .map(|r| r.outcome_id.as_str())
        .collect();
    assert_eq!(reviewed, ["o-2"]);
}

#[test]
fn unplanned_outcomes_in_a_review_are_checked_each_under_its_own_ids() {
    use crate::domain::Direction;
    let complete = |d: &mut ReviewDraft| {
        d.add_unplanned(today());
        d.unplanned[0].direction = Some(Direction::Negative);
        d.unplanned[0].note = "A new friend asks for money".into();
    };
    check(complete, &[]);
    check(
        |d| {
            complete(d);
            d.add_unplanned(today());
            d.unplanned[1].date = "2030-01-01".into();
        },
        &[
            "review-unplanned-1-date",
            "review-unplanned-1-direction-0",
            "review-unplanned-1-note",
        ],
    );
    check(
        |d| {
            d.add_unplanned(today());
            d.unplanned[0].note = "  ".into();
            d.unplanned[0].direction = Some(Direction::Positive);
        },
        &["review-unplanned-0-note"],
    );
    let person = person();
    let mut draft = ReviewDraft::new(&person, today());
    draft.add_unplanned(today());
    let errors = draft.validate(&person, today()).unwrap_err();
    assert!(errors
        .iter()
        .all(|e| e.message.starts_with("Unplanned outcome 1: ")));
}

#[test]
fn unplanned_outcomes_recorded_in_a_review_join_the_record() {
    use crate::domain::Direction;
    let before = person();
    let after = review(&before, "2026-11-20", |d| {
        d.add_unplanned(today());
        d.unplanned[0].date = "2026-11-01".into();
        d.unplanned[0].direction = Some(Direction::Positive);
        d.unplanned[0].note = "Joined a choir".into();
        d.unplanned[0].changes_the_plan = true;
    });
    let added: Vec<_> = after
        .unplanned_outcomes
        .iter()
        .skip(before.unplanned_outcomes.len())
        .collect();
    assert_eq!(added.len(), 1);
    assert_eq!(added[0].note, "Joined a choir");
    assert_eq!(added[0].date, day(2026, 11, 1));
    assert!(added[0].changes_the_plan);
    assert_eq!(added[0].direction, Direction::Positive);
}

#[test]
fn an_unplanned_outcome_added_in_a_review_is_dated_on_the_review() {
    let person = person();
    let mut draft = ReviewDraft::new(&person, today());
    draft.date = "2026-10-02".into();
    draft.add_unplanned(today());
    assert_eq!(draft.unplanned[0].date, "2026-10-02");
}
