//! `cargo bench --bench charts`: how long each chart takes to draw for a well-used record (a
//! 20-card deck with 12 finished readings from each of the person, the worker and a carer;
//! six outcomes over a first conversation and 11 reviews), every chart the person's progress
//! page draws, reported as median times and the
//! size of each SVG. A benchmark, not a test: these machines are too noisy for timed
//! assertions.

use std::time::{Duration, Instant};

use chrono::{Days, NaiveDate};
use outcome_focus::charts::{
    goal_attainment_chart, likert_chart, outcome_status_chart, progress_chart, star_chart,
    two_views_chart, ProgressFocus,
};
use outcome_focus::domain::{
    baseline, latest, person_across_cards, score_labels, Answer, CardDraft, Contributors,
    Conversation, ConversationKind, Deck, DeckId, GoalLevel, Imagined, Outcome, OutcomeChecks,
    OutcomeReview, OutcomeStatus, Person, PersonDraft, PersonId, Reading, Respondent, Scale, Term,
    View,
};

const CARDS: usize = 20;
const READINGS: u64 = 12;
const OUTCOMES: usize = 6;
const RUNS: usize = 200;
const SIZE: (u32, u32) = (640, 400);

fn median(mut f: impl FnMut() -> usize) -> (Duration, usize) {
    let mut bytes = 0;
    let mut times: Vec<Duration> = (0..RUNS)
        .map(|_| {
            let start = Instant::now();
            bytes = f();
            start.elapsed()
        })
        .collect();
    times.sort();
    (times[RUNS / 2], bytes)
}

fn main() {
    let today = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
    let first = today - Days::new(30 * READINGS);
    let mut deck = Deck::new(DeckId::generate(1, 1), "Stress deck", Scale::default()).unwrap();
    let domains = [
        "Independence",
        "Safety",
        "Social connection",
        "Health and wellbeing",
    ];
    for c in 0..CARDS {
        deck.add_card(&CardDraft {
            statement: format!("I can do thing number {c} on my own"),
            domain: domains[c % domains.len()].into(),
            emoji: String::new(),
            reverse_scored: c % 7 == 0,
        })
        .unwrap();
    }
    let mut readings = Vec::new();
    for (n, who) in Respondent::ALL.into_iter().enumerate() {
        for r in 0..READINGS {
            let date = first + Days::new(30 * r + n as u64);
            let id = format!("r-{n}-{r}");
            let mut reading = Reading::start(id, &deck, who, date, None);
            for (c, card) in deck.cards().iter().enumerate() {
                // Every seventh answer skipped, so the lines have gaps.
                let answer = match (c as u64 + r + n as u64) % 7 {
                    0 => Answer::Skipped,
                    k => Answer::Rated(((k + r / 3) % 5) as u8),
                };
                reading.set_answer(&deck, &card.id, answer, "").unwrap();
            }
            reading.finish(&deck);
            readings.push(reading);
        }
    }

    let details = PersonDraft {
        name: "Person".into(),
        ..PersonDraft::new(first)
    };
    let mut person = Person::create(PersonId::generate(1, 1), details.validate(today).unwrap());
    person.outcomes = (0..OUTCOMES)
        .map(|o| Outcome {
            id: format!("o-{o}"),
            words: format!("Outcome {o}"),
            domain: domains[o % domains.len()].into(),
            term: Term::Short,
            target_date: today,
            contributors: Contributors::default(),
            steps: String::new(),
            how_we_know: String::new(),
            levels: ["a", "b", "c", "d", "e"].map(String::from).to_vec(),
            checks: OutcomeChecks::default(),
            status: OutcomeStatus::Working,
            agreed_on: first + Days::new(30 * (o as u64 / 3)),
        })
        .collect();
    let conversation = |c: u64, kind| Conversation {
        id: format!("c-{c}"),
        kind,
        date: first + Days::new(30 * c),
        took_part: String::new(),
        presentation: String::new(),
        aspirations: Vec::new(),
        imagined: Imagined::default(),
        outcome_reviews: Vec::new(),
    };
    person
        .conversations
        .push(conversation(0, ConversationKind::FirstContact));
    for c in 1..READINGS {
        let mut review = conversation(c, ConversationKind::Review);
        review.outcome_reviews = person
            .outcomes
            .iter()
            .enumerate()
            .map(|(o, outcome)| OutcomeReview {
                outcome_id: outcome.id.clone(),
                status: OutcomeStatus::ALL[(o + c as usize) % 5],
                person_view: View::default(),
                worker_view: View::default(),
                helped: String::new(),
                got_in_the_way: String::new(),
                we_contributed: String::new(),
                did_not_work: String::new(),
                level: GoalLevel::new(((o + c as usize) % 5) as i8 - 2),
                reworded_from: None,
            })
            .collect();
        person.conversations.push(review);
    }
    let reviews = person.review_dates();
    println!(
        "{CARDS} cards, {} readings, {} conversations, {OUTCOMES} outcomes; {RUNS} runs each, \
         {}×{} pixels",
        readings.len(),
        person.conversations.len(),
        SIZE.0,
        SIZE.1
    );

    let svg_len = |svg: Option<String>| svg.map_or(0, |s| s.len());
    let (b, l) = (
        baseline(&readings, deck.id(), Respondent::Person),
        latest(&readings, deck.id(), Respondent::Person),
    );
    report(
        "star_chart (domain spokes)",
        median(|| svg_len(star_chart(&deck, b, l, SIZE.0).svg)),
    );
    let focuses = [
        ("Card", ProgressFocus::Card(deck.cards()[3].id.clone())),
        ("Domain", ProgressFocus::Domain("Safety".into())),
        ("Total", ProgressFocus::Total),
    ];
    for (name, focus) in focuses {
        report(
            &format!("progress_chart ({name})"),
            median(|| svg_len(progress_chart(&deck, &readings, &focus, &reviews, SIZE).svg)),
        );
    }
    report(
        "two_views_chart",
        median(|| svg_len(two_views_chart(&deck, &readings, SIZE.0).svg)),
    );
    if let Some(reading) = l {
        let cards: Vec<_> = deck.active_cards().collect();
        let labels = score_labels(&deck, &cards);
        report(
            "likert_chart (person, cards)",
            median(|| {
                let bars = person_across_cards(&deck, reading);
                svg_len(likert_chart("Latest", &labels, bars, SIZE.0).svg)
            }),
        );
    }
    report(
        "goal_attainment_chart",
        median(|| svg_len(goal_attainment_chart(&person, SIZE).svg)),
    );
    report(
        "outcome_status_chart",
        median(|| svg_len(outcome_status_chart(&person, SIZE).svg)),
    );
}

fn report(chart: &str, (time, bytes): (Duration, usize)) {
    println!("{chart:<28} median {time:>10.1?}, SVG {bytes} bytes");
}
