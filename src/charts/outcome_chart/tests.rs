use chrono::NaiveDate;

use super::*;
use crate::charts::test_support::{attr, day, elements, font_sizes, label_problems, texts, title};
use crate::domain::{
    Contributors, GoalLevel, Imagined, Outcome, OutcomeChecks, OutcomeReview, PersonDraft,
    PersonId, Term, View,
};

const SIZE: (u32, u32) = (640, 400);
const FIRST: fn() -> NaiveDate = || day(3, 3);

fn person() -> Person {
    let details = PersonDraft {
        name: "A.B.".into(),
        referral_date: "2026-02-01".into(),
        ..PersonDraft::default()
    };
    Person::create(
        PersonId::generate(1, 1),
        details.validate(day(12, 31)).unwrap(),
    )
}

fn conversation(
    kind: ConversationKind,
    date: NaiveDate,
    reviews: &[OutcomeReview],
) -> Conversation {
    Conversation {
        id: format!("c-{date}"),
        kind,
        date,
        took_part: String::new(),
        presentation: String::new(),
        aspirations: Vec::new(),
        imagined: Imagined::default(),
        outcome_reviews: reviews.to_vec(),
    }
}

/// An outcome with goal-attainment levels, agreed on `agreed_on`.
fn outcome(id: &str, agreed_on: NaiveDate) -> Outcome {
    Outcome {
        id: id.into(),
        words: format!("Outcome {id}"),
        domain: "Independence".into(),
        term: Term::Short,
        target_date: day(12, 1),
        contributors: Contributors::default(),
        steps: String::new(),
        how_we_know: String::new(),
        levels: ["a", "b", "c", "d", "e"].map(String::from).to_vec(),
        checks: OutcomeChecks::default(),
        status: OutcomeStatus::Working,
        agreed_on,
    }
}

fn reviewed(id: &str, status: OutcomeStatus, level: Option<i8>) -> OutcomeReview {
    OutcomeReview {
        outcome_id: id.into(),
        status,
        person_view: View::default(),
        worker_view: View::default(),
        helped: String::new(),
        got_in_the_way: String::new(),
        we_contributed: String::new(),
        did_not_work: String::new(),
        level: level.and_then(GoalLevel::new),
        reworded_from: None,
    }
}

/// A person whose first conversation (3 March 2026) agreed `outcomes`, followed by
/// `reviews`.
fn person_with(outcomes: &[Outcome], reviews: &[Conversation]) -> Person {
    let mut person = person();
    person
        .conversations
        .push(conversation(ConversationKind::FirstContact, FIRST(), &[]));
    person.conversations.extend(reviews.iter().cloned());
    person.outcomes = outcomes.to_vec();
    person
}

fn review(date: NaiveDate, reviews: &[OutcomeReview]) -> Conversation {
    conversation(ConversationKind::Review, date, reviews)
}

/// A person with one outcome reviewed at the given levels, one review a month from April.
fn levels(levels: &[i8]) -> Person {
    let reviews: Vec<Conversation> = levels
        .iter()
        .enumerate()
        .map(|(i, x)| {
            let status = OutcomeStatus::Working;
            review(day(4 + i as u32, 5), &[reviewed("o-1", status, Some(*x))])
        })
        .collect();
    person_with(&[outcome("o-1", FIRST())], &reviews)
}

fn svg(svg: &Option<String>) -> &str {
    svg.as_deref().expect("an SVG")
}

#[test]
fn one_marker_per_t_score_joined_by_a_line() {
    fn check(person: &Person, scores: &[&str]) {
        let chart = goal_attainment_chart(person, SIZE);
        let got: Vec<String> = chart.points.iter().map(|p| format_t_score(p.1)).collect();
        assert_eq!(got, scores);
        let svg = svg(&chart.svg);
        assert_eq!(
            elements(svg, "circle", &["fill=\"#0072B2\""]).len(),
            scores.len()
        );
        let line = elements(svg, "polyline", &["stroke=\"#0072B2\""]);
        assert_eq!(line.len(), 1);
        assert_eq!(line[0].matches(',').count(), scores.len());
        // Higher scores sit higher.
        let ys: Vec<f64> = elements(svg, "circle", &["fill=\"#0072B2\""])
            .iter()
            .map(|e| attr(e, "cy"))
            .collect();
        for (pair, ys) in chart.points.windows(2).zip(ys.windows(2)) {
            assert_eq!(pair[1].1 > pair[0].1, ys[1] < ys[0], "{scores:?}");
        }
    }
    check(&levels(&[-1]), &["30.0", "40.0"]);
    check(&levels(&[0, 1, 2]), &["30.0", "50.0", "60.0", "70.0"]);
    check(&levels(&[1, -2, 0]), &["30.0", "60.0", "30.0", "50.0"]);
}

#[test]
fn expected_level_and_a_range_of_at_least_20_to_80() {
    fn check(person: &Person, lowest: &str, highest: &str) {
        let chart = goal_attainment_chart(person, SIZE);
        let svg = svg(&chart.svg);
        let texts = texts(svg);
        assert!(
            texts.contains(&"Expected level (50)".to_owned()),
            "{texts:?}"
        );
        assert!(texts.contains(&"T-score".to_owned()));
        let numbers: Vec<&str> = texts
            .iter()
            .map(String::as_str)
            .filter(|t| t.parse::<u32>().is_ok())
            .collect();
        assert_eq!(numbers.first(), Some(&lowest), "{numbers:?}");
        assert_eq!(numbers.last(), Some(&highest), "{numbers:?}");
        assert!(numbers.contains(&"50"));
    }
    check(&levels(&[0]), "20", "80");
    check(&levels(&[2]), "20", "80");
    // Six outcomes all at −2 score 19.0: the axis reaches down to 10.
    let six: Vec<Outcome> = (1..=6)
        .map(|i| outcome(&format!("o-{i}"), FIRST()))
        .collect();
    let all = |x| -> Vec<OutcomeReview> {
        (1..=6)
            .map(|i| reviewed(&format!("o-{i}"), OutcomeStatus::Working, Some(x)))
            .collect()
    };
    let low = person_with(&six, &[review(day(5, 1), &all(2))]);
    assert_eq!(format_t_score(goal_attainment_over_time(&low)[0].1), "19.0");
    check(&low, "10", "90");
}

#[test]
fn goal_attainment_captions() {
    fn check(person: &Person, expected: &str) {
        assert_eq!(goal_attainment_chart(person, SIZE).caption, expected);
    }
    check(
        &levels(&[-1, 1]),
        "Goal attainment went from 30.0 at the first conversation on 3 March 2026 to 60.0 at \
         the review on 5 May 2026 (50 is the expected level)",
    );
    check(
        &levels(&[-2]),
        "Goal attainment stayed the same, from 30.0 at the first conversation on 3 March 2026 \
         to 30.0 at the review on 5 April 2026 (50 is the expected level)",
    );
    let mut closing = levels(&[0]);
    closing.conversations[1].kind = ConversationKind::Closing;
    check(
        &closing,
        "Goal attainment went from 30.0 at the first conversation on 3 March 2026 to 50.0 at \
         the closing conversation on 5 April 2026 (50 is the expected level)",
    );
}

#[test]
fn goal_attainment_empty_and_one_score() {
    fn check(person: &Person, caption: &str, points: usize) {
        let chart = goal_attainment_chart(person, SIZE);
        assert_eq!(chart.svg, None);
        assert_eq!(chart.caption, caption);
        assert_eq!(chart.points.len(), points);
    }
    check(&person(), "No goal-attainment levels set", 0);
    let mut no_levels = outcome("o-1", FIRST());
    no_levels.levels.clear();
    check(&person_with(&[no_levels], &[]), NO_LEVELS, 0);
    check(
        &levels(&[]),
        "One score so far: 30.0 at the first conversation on 3 March 2026. The chart appears \
         after the next review.",
        1,
    );
}

#[test]
fn goal_attainment_svg_has_uk_dates_a_title_and_readable_text() {
    let chart = goal_attainment_chart(&levels(&[0, 1]), SIZE);
    let svg = svg(&chart.svg);
    assert!(svg.contains("viewBox=\"0 0 640 400\""));
    assert!(svg.find("<title>") < svg.find("<rect"), "title comes first");
    assert_eq!(
        title(svg),
        format!("Goal attainment over time: {}", chart.caption)
    );
    let texts = texts(svg);
    for date in ["3 Mar 2026", "5 Apr 2026", "5 May 2026"] {
        assert!(texts.contains(&date.to_owned()), "{date} in {texts:?}");
    }
    assert!(font_sizes(svg).iter().all(|s| *s >= 13.0));
}

/// The counts of a row in the order achieved, partly, not achieved, changed, working.
fn counts(row: &StatusCounts) -> [usize; 5] {
    let at = |s| row.counts[OutcomeStatus::ALL.iter().position(|a| *a == s).unwrap()];
    STACK_ORDER.map(at)
}

#[test]
fn statuses_are_carried_forward_from_review_to_review() {
    use OutcomeStatus::*;
    let outcomes = [
        outcome("o-1", FIRST()),
        outcome("o-2", FIRST()),
        outcome("o-3", FIRST()),
        // Agreed at the second review.
        outcome("o-4", day(6, 1)),
        // Agreed between reviews: counts from the next one.
        outcome("o-5", day(7, 1)),
    ];
    let reviews = [
        review(
            day(6, 1),
            &[
                reviewed("o-1", Achieved, None),
                reviewed("o-2", PartlyAchieved, None),
            ],
        ),
        // o-1 not mentioned: still achieved.
        review(
            day(9, 5),
            &[
                reviewed("o-2", Achieved, None),
                reviewed("o-3", NotAchieved, None),
            ],
        ),
        review(day(12, 1), &[reviewed("o-4", Changed, None)]),
    ];
    // Saved out of order: the bars are in date order.
    let mut person = person_with(&outcomes, &reviews);
    person.conversations.swap(1, 3);
    let chart = outcome_status_chart(&person, SIZE);
    let got: Vec<(NaiveDate, &str, [usize; 5])> = chart
        .rows
        .iter()
        .map(|r| (r.date, r.label.as_str(), counts(r)))
        .collect();
    // Achieved, partly, not achieved, changed, still being worked on.
    assert_eq!(
        got,
        [
            (FIRST(), "First conversation", [0, 0, 0, 0, 3]),
            (day(6, 1), "Review", [1, 1, 0, 0, 2]),
            (day(9, 5), "Review", [2, 0, 1, 0, 2]),
            (day(12, 1), "Review", [2, 0, 1, 1, 1]),
        ]
    );
    assert_eq!(
        chart.caption,
        "At the review on 1 December 2026: 2 achieved, 1 not achieved, 1 changed, 1 still being \
         worked on"
    );
    assert_eq!(
        chart.rows[0].counts,
        [3, 0, 0, 0, 0],
        "in OutcomeStatus::ALL order"
    );
}

#[test]
fn status_captions() {
    use OutcomeStatus::*;
    fn check(person: &Person, expected: &str) {
        assert_eq!(outcome_status_chart(person, SIZE).caption, expected);
    }
    let two = [outcome("o-1", FIRST()), outcome("o-2", FIRST())];
    check(
        &person_with(&two, &[]),
        "At the first conversation on 3 March 2026: 2 still being worked on",
    );
    let mut three_month = review(
        day(6, 5),
        &[
            reviewed("o-1", Achieved, None),
            reviewed("o-2", PartlyAchieved, None),
        ],
    );
    three_month.kind = ConversationKind::ThreeMonthReview;
    check(
        &person_with(&two, &[three_month]),
        "At the 3-month review on 5 June 2026: 1 achieved, 1 partly achieved",
    );
    // Outcomes agreed only after the latest conversation.
    let later = [outcome("o-1", FIRST()), outcome("o-2", day(8, 1))];
    let mut first_only = person_with(&later, &[]);
    first_only.outcomes.remove(0);
    check(&first_only, NO_OUTCOMES);
}

#[test]
fn status_empty_states() {
    let chart = outcome_status_chart(&person(), SIZE);
    assert_eq!(
        (chart.svg, chart.caption.as_str()),
        (None, "No conversations yet")
    );
    let chart = outcome_status_chart(&person_with(&[], &[review(day(5, 1), &[])]), SIZE);
    assert_eq!(chart.svg, None);
    assert_eq!(chart.caption, "No outcomes agreed yet");
    assert_eq!(
        chart.rows.len(),
        2,
        "the table still lists the conversations"
    );
}

#[test]
fn each_segment_has_its_colour_and_its_count() {
    use OutcomeStatus::*;
    let outcomes: Vec<Outcome> = (1..=4)
        .map(|i| outcome(&format!("o-{i}"), FIRST()))
        .collect();
    let reviews = [review(
        day(9, 5),
        &[
            reviewed("o-1", Achieved, None),
            reviewed("o-2", Achieved, None),
            reviewed("o-3", PartlyAchieved, None),
        ],
    )];
    let chart = outcome_status_chart(&person_with(&outcomes, &reviews), SIZE);
    let svg = svg(&chart.svg);
    let fill = |s: OutcomeStatus| {
        let RGBColor(r, g, b) = status_colour(s);
        format!("fill=\"#{r:02X}{g:02X}{b:02X}\"")
    };
    // A segment per status per bar, and a legend swatch per status shown.
    assert_eq!(elements(svg, "rect", &[&fill(Working)]).len(), 2 + 1);
    assert_eq!(elements(svg, "rect", &[&fill(Achieved)]).len(), 1 + 1);
    assert_eq!(elements(svg, "rect", &[&fill(PartlyAchieved)]).len(), 1 + 1);
    assert!(elements(svg, "rect", &[&fill(NotAchieved)]).is_empty());
    let texts = texts(svg);
    for label in ["Working", "Achieved", "Partly achieved"] {
        assert!(
            texts.contains(&label.to_owned()),
            "legend {label}: {texts:?}"
        );
    }
    assert!(!texts.contains(&"Not achieved".to_owned()));
    // The counts inside the segments: 4 working, then 2, 1 and 1; plus the axis's numbers.
    let counts: Vec<&str> = texts
        .iter()
        .map(String::as_str)
        .filter(|t| ["1", "2", "4"].contains(t))
        .collect();
    assert!(
        counts.iter().filter(|t| **t == "4").count() >= 2,
        "{texts:?}"
    );
    assert!(
        counts.iter().filter(|t| **t == "1").count() >= 3,
        "{texts:?}"
    );
    for label in ["First", "3 Mar 2026", "Review", "5 Sep 2026", "Outcomes"] {
        assert!(texts.contains(&label.to_owned()), "{label} in {texts:?}");
    }
    assert!(svg.contains("viewBox=\"0 0 640 400\""));
    assert_eq!(
        title(svg),
        format!("Outcomes by status at each conversation: {}", chart.caption)
    );
    assert!(font_sizes(svg).iter().all(|s| *s >= 13.0));
}

#[test]
fn bar_labels_give_way_when_there_are_many() {
    let outcomes = [outcome("o-1", FIRST())];
    let reviews: Vec<Conversation> = (0..23)
        .map(|i| review(FIRST() + chrono::Days::new(10 * (i + 1)), &[]))
        .collect();
    let chart = outcome_status_chart(&person_with(&outcomes, &reviews), SIZE);
    let svg = svg(&chart.svg);
    let dates: Vec<String> = texts(svg)
        .into_iter()
        .filter(|t| t.ends_with(" 2026"))
        .collect();
    assert!(dates.len() < 24 && dates.len() >= 3, "{dates:?}");
    assert_eq!(dates.last().map(String::as_str), Some("19 Oct 2026"));
    assert_eq!(chart.rows.len(), 24, "the table keeps every conversation");
}

#[test]
fn labels_never_cut_or_overlap_at_any_width() {
    // The demo's busiest year: a first conversation, a 3-month review and two more.
    let person = levels(&[-1, 0, 1, 2]);
    let statuses = [
        OutcomeStatus::Achieved,
        OutcomeStatus::PartlyAchieved,
        OutcomeStatus::NotAchieved,
        OutcomeStatus::Changed,
    ];
    let outcomes: Vec<Outcome> = (0..4)
        .map(|i| outcome(&format!("o-{i}"), FIRST()))
        .collect();
    let reviews: Vec<Conversation> = statuses
        .iter()
        .enumerate()
        .map(|(i, status)| {
            let date = FIRST() + chrono::Days::new(60 * (i as u64 + 1));
            review(date, &[reviewed(&format!("o-{i}"), *status, None)])
        })
        .collect();
    let statuses = person_with(&outcomes, &reviews);
    for width in [260, 294, 360, 640] {
        let size = (width, (width * 3 / 5).max(300));
        let goals = goal_attainment_chart(&person, size);
        assert_eq!(
            label_problems(svg(&goals.svg)),
            Vec::<String>::new(),
            "goals at {width}"
        );
        let bars = outcome_status_chart(&statuses, size);
        assert_eq!(
            label_problems(svg(&bars.svg)),
            Vec::<String>::new(),
            "statuses at {width}"
        );
    }
}
