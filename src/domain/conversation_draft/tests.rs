use chrono::NaiveDate;

use super::*;
use crate::domain::{PersonDraft, PersonId};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn today() -> NaiveDate {
    d(2026, 11, 22)
}

fn person() -> Person {
    let details = PersonDraft {
        name: "A.B.".into(),
        referral_date: "2026-10-01".into(),
        presentation: "Anxious about going out.".into(),
        ..PersonDraft::default()
    };
    Person::create(PersonId::generate(1, 1), details.validate(today()).unwrap())
}

fn good_draft() -> ConversationDraft {
    let mut draft = ConversationDraft::new(&person(), today());
    draft.aspirations = vec!["  To see my friends  ".into(), "   ".into()];
    draft.outcomes[0].words = "I go to the shops on my own".into();
    draft
}

fn fields(errors: &[DraftError]) -> Vec<(usize, &str)> {
    errors.iter().map(|e| (e.step, e.field.as_str())).collect()
}

#[test]
fn a_new_draft_starts_from_the_person() {
    let draft = ConversationDraft::new(&person(), today());
    assert_eq!(draft.presentation, "Anxious about going out.");
    assert_eq!(draft.date, "2026-11-22");
    assert_eq!(draft.outcomes[0].target_date, "2027-02-22");
    assert_eq!(draft.outcomes[0].levels.len(), 5);
}

#[test]
fn each_step_reports_its_own_problems() {
    let check = |edit: &dyn Fn(&mut ConversationDraft), expected: &[(usize, &str)]| {
        let mut draft = good_draft();
        edit(&mut draft);
        assert_eq!(
            fields(&draft.errors(&person(), today())),
            expected,
            "{draft:?}"
        );
    };
    check(&|_| {}, &[]);
    check(&|d| d.date = String::new(), &[(0, "conversation-date")]);
    check(
        &|d| d.date = "2026-11-23".into(),
        &[(0, "conversation-date")],
    );
    check(
        &|d| d.date = "2026-09-30".into(),
        &[(0, "conversation-date")],
    );
    check(
        &|d| d.outcomes[0].words = " ".into(),
        &[(3, "outcome-0-words")],
    );
    check(
        &|d| d.outcomes[0].domain = String::new(),
        &[(3, "outcome-0-domain")],
    );
    check(
        &|d| d.outcomes[0].target_date = "2026-11-21".into(),
        &[(3, "outcome-0-target")],
    );
    check(
        &|d| d.outcomes[0].target_date = "soon".into(),
        &[(3, "outcome-0-target")],
    );
    check(
        &|d| d.outcomes[0].levels[2] = "Goes alone weekly".into(),
        &[(3, "outcome-0-levels")],
    );
    check(
        &|d| d.outcomes[0].levels = ["a", "b", "c", "d", "e"].map(String::from).to_vec(),
        &[],
    );
    check(
        &|d| {
            d.outcomes.push(OutcomeDraft::new(today()));
            d.outcomes[1].target_date = String::new();
        },
        &[(3, "outcome-1-words"), (3, "outcome-1-target")],
    );
    check(&|d| d.outcomes.clear(), &[]);
}

#[test]
fn changing_the_term_moves_a_default_target_only() {
    let mut outcome = OutcomeDraft::new(today());
    outcome.set_term(Term::Longer, today());
    assert_eq!(outcome.target_date, "2027-11-22");
    outcome.target_date = "2027-05-01".into();
    outcome.set_term(Term::Short, today());
    assert_eq!(
        (outcome.term, outcome.target_date.as_str()),
        (Term::Short, "2027-05-01")
    );
}

#[test]
fn finishing_saves_the_baseline_and_the_outcomes() {
    let mut draft = good_draft();
    draft.outcomes.push(OutcomeDraft {
        words: "  I see my friends every week ".into(),
        term: Term::Longer,
        levels: ["Never", "Monthly", "Fortnightly", "Weekly", "Most days"]
            .map(String::from)
            .to_vec(),
        ..OutcomeDraft::new(today())
    });
    let person = draft.finish(&person(), today()).unwrap();
    let first = person.first_contact().unwrap();
    assert_eq!((first.id.as_str(), first.date), ("c-1", today()));
    assert_eq!(first.aspirations, ["To see my friends"]);
    let ids: Vec<&str> = person.outcomes.iter().map(|o| o.id.as_str()).collect();
    assert_eq!(ids, ["o-1", "o-2"]);
    assert_eq!(person.outcomes[1].words, "I see my friends every week");
    assert!(!person.outcomes[0].has_levels());
    assert!(person.outcomes[1].has_levels());
    assert!(person
        .outcomes
        .iter()
        .all(|o| o.status == OutcomeStatus::Working));
    assert_eq!(person.outcomes[0].agreed_on, today());
}

#[test]
fn finishing_a_draft_with_problems_changes_nothing() {
    let mut draft = good_draft();
    draft.date = "2026-09-01".into();
    let errors = draft.finish(&person(), today()).unwrap_err();
    assert_eq!(fields(&errors), [(0, "conversation-date")]);
}

#[test]
fn drafts_round_trip_through_the_stored_format() {
    use chrono::{TimeZone, Utc};
    let draft = good_draft();
    let text = crate::domain::encode(&draft, Utc.with_ymd_and_hms(2026, 11, 22, 9, 0, 0).unwrap());
    assert_eq!(
        crate::domain::decode::<ConversationDraft>(&text)
            .unwrap()
            .data,
        draft
    );
}
