use super::*;
use crate::domain::built_in_decks;

const ADULT: &str = "built-in-adult";

fn target(deck: &str, focus: &str, improvement: &str, percent: &str) -> TargetDraft {
    TargetDraft {
        focus: focus.into(),
        min_improvement: improvement.into(),
        target_percent: percent.into(),
        ..TargetDraft::readings(deck)
    }
}

/// Validates an aim of `words` with `targets`; the expected result is the fields at fault.
fn check(words: &str, targets: Vec<TargetDraft>, expected: &[&str]) {
    let draft = AimDraft {
        words: words.into(),
        targets,
    };
    let fields: Vec<String> = match draft.validate("a-1", &built_in_decks()) {
        Ok(_) => Vec::new(),
        Err(errors) => errors.iter().map(AimError::field).collect(),
    };
    assert_eq!(fields, expected, "{words:?}");
}

#[test]
fn readings_targets_are_checked_against_the_deck() {
    let aim = "Support people to live more independently";
    check(aim, vec![target(ADULT, "total", "1", "60")], &[]);
    check(
        aim,
        vec![target(ADULT, "card:shops-on-my-own", "4", "60")],
        &[],
    );
    check(
        aim,
        vec![target(ADULT, "domain:Independence", "2", "100")],
        &[],
    );
    check(aim, vec![target(ADULT, "total", "200", "1")], &[]);
    check(
        aim,
        vec![target("d-gone", "total", "1", "60")],
        &["aim-target-0-deck"],
    );
    check(
        aim,
        vec![target(ADULT, "card:no-such-card", "1", "60")],
        &["aim-target-0-focus"],
    );
    check(
        aim,
        vec![target(ADULT, "domain:Cooking", "1", "60")],
        &["aim-target-0-focus"],
    );
    check(
        aim,
        vec![target(ADULT, "everything", "1", "60")],
        &["aim-target-0-focus"],
    );
    // A 5-point card can improve by 4 points at most; a total by many.
    check(
        aim,
        vec![target(ADULT, "card:shops-on-my-own", "5", "60")],
        &["aim-target-0-improvement"],
    );
    check(
        aim,
        vec![target(ADULT, "total", "201", "60")],
        &["aim-target-0-improvement"],
    );
    for improvement in ["0", "-1", "1.5", "", "one"] {
        check(
            aim,
            vec![target(ADULT, "total", improvement, "60")],
            &["aim-target-0-improvement"],
        );
    }
    for percent in ["0", "101", "60%", "", "55.5"] {
        check(
            aim,
            vec![target(ADULT, "total", "1", percent)],
            &["aim-target-0-percent"],
        );
    }
}

#[test]
fn status_targets_need_a_term_and_a_status() {
    let aim = "Help people reach the outcomes they set";
    let status = |term: &str, statuses: Vec<OutcomeStatus>, percent: &str| TargetDraft {
        term: term.into(),
        statuses,
        target_percent: percent.into(),
        ..TargetDraft::outcome_status()
    };
    let counted = vec![OutcomeStatus::Achieved, OutcomeStatus::PartlyAchieved];
    for term in ["short", "longer", "any"] {
        check(aim, vec![status(term, counted.clone(), "70")], &[]);
    }
    check(
        aim,
        vec![status("soon", counted.clone(), "70")],
        &["aim-target-0-term"],
    );
    check(
        aim,
        vec![status("short", vec![], "70")],
        &["aim-target-0-statuses"],
    );
    check(
        aim,
        vec![status("short", counted, "0")],
        &["aim-target-0-percent"],
    );
}

#[test]
fn the_aim_needs_words_and_targets_and_every_error_is_reported() {
    check("", vec![TargetDraft::outcome_status()], &["aim-words"]);
    check("   ", vec![TargetDraft::outcome_status()], &["aim-words"]);
    check(
        &"x".repeat(301),
        vec![TargetDraft::outcome_status()],
        &["aim-words"],
    );
    check("An aim", vec![], &["aim-targets"]);
    check(
        "An aim",
        vec![TargetDraft::outcome_status(); 11],
        &["aim-targets"],
    );
    check(
        "",
        vec![
            TargetDraft::outcome_status(),
            target("d-gone", "total", "1", "60"),
            target(ADULT, "total", "0", "0"),
        ],
        &[
            "aim-words",
            "aim-target-1-deck",
            "aim-target-2-percent",
            "aim-target-2-improvement",
        ],
    );
}

#[test]
fn a_valid_aim_round_trips_through_its_form() {
    let draft = AimDraft {
        words: "  Support children to improve their educational attainment ".into(),
        targets: vec![
            TargetDraft {
                respondent: Respondent::Carer,
                ..target(ADULT, "domain:Independence", "1", "60")
            },
            TargetDraft {
                // Ticked out of order and twice: stored once each, in the usual order.
                statuses: vec![
                    OutcomeStatus::PartlyAchieved,
                    OutcomeStatus::Achieved,
                    OutcomeStatus::PartlyAchieved,
                ],
                term: "any".into(),
                ..TargetDraft::outcome_status()
            },
        ],
    };
    let aim = draft.validate("a-3", &built_in_decks()).unwrap();
    assert_eq!(
        aim.words,
        "Support children to improve their educational attainment"
    );
    assert_eq!(
        aim.targets,
        [
            Target::Readings(ReadingsTarget {
                deck: DeckId::parse(ADULT).unwrap(),
                focus: TargetFocus::Domain("Independence".into()),
                respondent: Respondent::Carer,
                min_improvement: 1,
                target_percent: 60,
            }),
            Target::OutcomeStatus(StatusTarget {
                term: None,
                statuses: vec![OutcomeStatus::Achieved, OutcomeStatus::PartlyAchieved],
                target_percent: 70,
            }),
        ]
    );
    let again = AimDraft::from_aim(&aim).validate("a-3", &built_in_decks());
    assert_eq!(again, Ok(aim));
}

#[test]
fn aims_get_new_ids_and_are_replaced_by_id() {
    let aim = |id: &str, words: &str| Aim {
        id: id.into(),
        words: words.into(),
        targets: Vec::new(),
    };
    let mut aims = ServiceAims::default();
    assert_eq!(aims.next_id(), "a-1");
    aims.upsert(aim("a-1", "First"));
    aims.upsert(aim("a-7", "Second"));
    aims.upsert(aim("odd", "Third"));
    assert_eq!(aims.next_id(), "a-8");
    aims.upsert(aim("a-1", "First, reworded"));
    assert_eq!(aims.aims.len(), 3);
    assert_eq!(
        aims.get("a-1").map(|a| a.words.as_str()),
        Some("First, reworded")
    );
    assert!(aims.remove("a-7") && !aims.remove("a-7"));
    assert_eq!(aims.next_id(), "a-2");
}

#[test]
fn the_example_aims_are_valid_and_read_as_the_seed_says() {
    let decks = built_in_decks();
    let described: Vec<Vec<String>> = example_aims()
        .iter()
        .enumerate()
        .map(|(n, draft)| {
            let aim = draft.validate(&format!("a-{}", n + 1), &decks).unwrap();
            aim.targets.iter().map(|t| t.describe(&decks)).collect()
        })
        .collect();
    assert_eq!(
        described,
        [
            vec![
                "60% of people improve by at least 1 point on \u{201c}I go to school most days\u{201d} (Children and young people), the person's view".to_owned(),
                "40% of people improve by at least 1 point on \u{201c}I like who I am\u{201d} (Children and young people), the person's view".to_owned(),
            ],
            vec!["70% of short-term outcomes achieved or partly achieved".to_owned()],
        ]
    );
}

#[test]
fn a_target_on_a_deck_since_deleted_is_described_by_ids() {
    let decks = built_in_decks();
    let aim = example_aims()[0].validate("a-1", &decks).unwrap();
    assert_eq!(
        aim.targets[0].describe(&[]),
        "60% of people improve by at least 1 point on \u{201c}go-to-school\u{201d} (built-in-young-people), the person's view"
    );
}

#[test]
fn aim_errors_become_form_errors_beside_their_fields() {
    use crate::domain::form_errors;
    let errors = AimDraft::default().validate("a-1", &[]).unwrap_err();
    let fields: Vec<(String, String)> = form_errors(&errors)
        .into_iter()
        .map(|e| (e.field, e.message))
        .collect();
    assert_eq!(
        fields,
        [
            (
                "aim-words".to_owned(),
                "Write the aim: what the service sets out to do, in a sentence.".to_owned()
            ),
            (
                "aim-targets".to_owned(),
                "Add at least one target, so that the aim can be measured.".to_owned()
            ),
        ]
    );
}
