use super::*;
use crate::domain::cards::{DeckId, Respondent};
use crate::domain::service::aims::{Aim, ReadingsTarget, Target, TargetFocus};
use crate::domain::service::dashboard::{dashboard, Caseload, ServiceData};
use crate::domain::service::test_support::{day, deck, person, reading, s};
use crate::domain::service_settings::ServiceSettings;

/// An aim with one target: 60% of people up 2 points on card "a", the person's view.
fn feel_safe() -> Aim {
    Aim {
        id: "a-1".into(),
        words: "Help people feel safe".into(),
        targets: vec![Target::Readings(ReadingsTarget {
            deck: DeckId::parse("d-1").unwrap(),
            focus: TargetFocus::Card(crate::domain::cards::CardId::parse("a").unwrap()),
            respondent: Respondent::Person,
            min_improvement: 2,
            target_percent: 60,
        })],
    }
}

#[test]
fn the_form_needs_one_answer_and_keeps_them_trimmed() {
    fn check(answers: [&str; 4], expected: Result<[&str; 4], Vec<String>>) {
        let draft = ReflectionDraft {
            answers: answers.map(str::to_owned),
        };
        let got = draft
            .check()
            .map_err(|e| e.iter().map(ReflectionError::field).collect::<Vec<_>>());
        let expected = expected.map(|a| a.map(str::to_owned));
        assert_eq!(got, expected, "{answers:?}");
    }
    check(["", " ", "\n", ""], Err(vec!["reflection-0".into()]));
    check(
        ["", " Tell the school ", "", ""],
        Ok(["", "Tell the school", "", ""]),
    );
    let long = "x".repeat(20_001);
    check(["", "", &long, "Fine"], Err(vec!["reflection-2".into()]));
}

#[test]
fn a_reflection_keeps_the_figures_of_its_day() {
    let two = |n, before, after| {
        person(
            n,
            "Sam",
            &[
                reading(Respondent::Person, day(1, 10), &[("a", s(before))]),
                reading(Respondent::Person, day(6, 10), &[("a", s(after))]),
            ],
        )
    };
    let people = [two(1, 1, 3), two(2, 2, 4), two(3, 4, 4)];
    let aim = feel_safe();
    let caseload = Caseload::new(&people);
    let data = ServiceData {
        caseload: &caseload,
        decks: &[deck()],
        settings: &ServiceSettings::default(),
    };
    let filter = DashboardFilter {
        from: Some(day(1, 1)),
        to: Some(day(9, 30)),
        ..DashboardFilter::default()
    };
    let figures = FiguresSnapshot::of(&dashboard(&data, &[aim], &filter, day(11, 22)), &filter);
    assert_eq!(
        (figures.from, figures.to, figures.open, figures.closed),
        (Some(day(1, 1)), Some(day(9, 30)), 3, 0)
    );
    assert_eq!(
        figures.targets,
        [TargetFigures {
            aim: "Help people feel safe".into(),
            target: "60% of people improve by at least 2 points on \u{201c}Statement a\u{201d} (Test deck), the person's view".into(),
            part: 2,
            whole: 3,
            target_percent: 60,
            met: true,
            based_on: 3,
            median_change_quarters: Some(8),
        }]
    );

    let mut kept = Reflections::default();
    let draft = ReflectionDraft {
        answers: [
            "More evening sessions".into(),
            String::new(),
            String::new(),
            String::new(),
        ],
    };
    assert_eq!(
        kept.add(&draft, day(11, 22), figures.clone()),
        Ok("f-1".into())
    );
    assert_eq!(
        kept.add(&draft, day(11, 23), figures.clone()),
        Ok("f-2".into())
    );
    assert_eq!(
        kept.add(&ReflectionDraft::default(), day(11, 24), figures),
        Err(vec![ReflectionError::Empty])
    );
    let first = kept.get("f-1").unwrap();
    assert_eq!(
        (first.date, first.answers[0].as_str()),
        (day(11, 22), "More evening sessions")
    );
    assert_eq!(kept.reflections.len(), 2);
}

#[test]
fn the_date_is_a_real_day_not_after_today() {
    fn check(text: &str, expected: Result<NaiveDate, ReflectionError>) {
        assert_eq!(reflection_date(text, day(11, 22)), expected, "{text:?}");
        if let Err(error) = expected {
            assert_eq!(error.field(), REFLECTION_DATE_FIELD);
        }
    }
    check("2026-11-22", Ok(day(11, 22)));
    check(" 2026-01-31 ", Ok(day(1, 31)));
    check("", Err(ReflectionError::NoDate));
    check("  ", Err(ReflectionError::NoDate));
    check("2026-02-30", Err(ReflectionError::BadDate));
    check("22/11/2026", Err(ReflectionError::BadDate));
    check("2026-11-23", Err(ReflectionError::FutureDate));
}

#[test]
fn the_figures_on_a_day_leave_out_what_came_after_it() {
    // Sam improves by 2 by June and by 3 by October; Ann only has a reading after the day.
    let sam = person(
        1,
        "Sam",
        &[
            reading(Respondent::Person, day(1, 10), &[("a", s(1))]),
            reading(Respondent::Person, day(6, 10), &[("a", s(3))]),
            reading(Respondent::Person, day(10, 10), &[("a", s(4))]),
        ],
    );
    let ann = person(
        2,
        "Ann",
        &[
            reading(Respondent::Person, day(1, 10), &[("a", s(2))]),
            reading(Respondent::Person, day(10, 1), &[("a", s(2))]),
        ],
    );
    let people = [sam, ann];
    let aim = feel_safe();
    let caseload = Caseload::new(&people);
    let data = ServiceData {
        caseload: &caseload,
        decks: &[deck()],
        settings: &ServiceSettings::default(),
    };
    let check = |date: NaiveDate, expected: (usize, usize, Option<i32>)| {
        let figures = FiguresSnapshot::on_day(&data, std::slice::from_ref(&aim), date);
        assert_eq!((figures.from, figures.to), (None, Some(date)));
        let t = &figures.targets[0];
        assert_eq!(
            (t.part, t.whole, t.median_change_quarters),
            expected,
            "{date}"
        );
    };
    check(day(1, 10), (0, 0, None));
    check(day(9, 30), (1, 1, Some(8)));
    // Ann counts from October; Sam's change is then 3 points, Ann's 0: the median 1.5.
    check(day(11, 22), (1, 2, Some(6)));
}
