//! `cargo bench --bench dashboard`: the service dashboard over a large caseload (500 people,
//! each with 12 finished readings of a 20-card deck and a few outcomes) with three aims,
//! reported as median times. A benchmark, not a test: these machines are too noisy for timed
//! assertions. The data set is the one `repository` uses, built in memory.

use std::time::{Duration, Instant};

use chrono::{Days, NaiveDate};
use outcome_focus::domain::{
    dashboard, outcomes_csv, ratings_csv, Aim, Answer, CardDraft, Caseload, Contributors,
    DashboardFilter, Deck, DeckId, Outcome, OutcomeStatus, Person, PersonDraft, PersonId, Reading,
    ReadingsTarget, Respondent, Scale, ServiceData, ServiceSettings, StatusTarget, Target,
    TargetFocus, Term,
};

const PEOPLE: u64 = 500;
const READINGS: u64 = 12;
const CARDS: usize = 20;
const RUNS: usize = 51;

fn median<T>(mut f: impl FnMut() -> T) -> Duration {
    let mut times: Vec<Duration> = (0..RUNS)
        .map(|_| {
            let start = Instant::now();
            std::hint::black_box(f());
            start.elapsed()
        })
        .collect();
    times.sort();
    times[RUNS / 2]
}

fn stress_deck() -> Deck {
    let mut deck = Deck::new(DeckId::generate(1, 1), "Stress deck", Scale::default()).unwrap();
    for c in 0..CARDS {
        let domain = [
            "Independence",
            "Safety",
            "Social connection",
            "Health and wellbeing",
        ][c % 4];
        deck.add_card(&CardDraft {
            statement: format!("I can do thing number {c} on my own"),
            domain: domain.into(),
            emoji: String::new(),
            reverse_scored: c % 7 == 0,
        })
        .unwrap();
    }
    deck
}

fn stress_people(deck: &Deck, today: NaiveDate) -> Vec<Person> {
    (0..PEOPLE)
        .map(|n| {
            let draft = PersonDraft {
                name: format!("Person {n}"),
                key_worker: format!("Worker {}", n % 12),
                ..PersonDraft::new(today)
            };
            let mut person =
                Person::create(PersonId::generate(n, n), draft.validate(today).unwrap());
            for r in 0..READINGS {
                let date = today - Days::new(30 * (READINGS - r));
                let respondent = [Respondent::Person, Respondent::Worker][r as usize % 2];
                let mut reading =
                    Reading::start(format!("r-{}", r + 1), deck, respondent, date, None);
                for (c, card) in deck.cards().iter().enumerate() {
                    let answer = match (c as u64 + r + n) % 11 {
                        10 => Answer::Skipped,
                        v => Answer::Rated((v % 5) as u8),
                    };
                    reading.set_answer(deck, &card.id, answer, "").unwrap();
                }
                reading.finish(deck);
                person.upsert_reading(reading).unwrap();
            }
            person.outcomes = (0..4)
                .map(|o| Outcome {
                    id: format!("o-{o}"),
                    words: "I get to the shops on my own".into(),
                    domain: ["Independence", "Safety"][o % 2].into(),
                    term: Term::ALL[o % 2],
                    target_date: today,
                    contributors: Contributors::default(),
                    steps: String::new(),
                    how_we_know: String::new(),
                    levels: Vec::new(),
                    checks: Default::default(),
                    status: OutcomeStatus::ALL[(o + n as usize) % 5],
                    agreed_on: today - Days::new(200),
                })
                .collect();
            person
        })
        .collect()
}

fn aims(deck: &Deck) -> Vec<Aim> {
    let readings = |focus, respondent, points| {
        Target::Readings(ReadingsTarget {
            deck: deck.id().clone(),
            focus,
            respondent,
            min_improvement: points,
            target_percent: 60,
        })
    };
    let card = deck.cards()[3].id.clone();
    vec![
        Aim {
            id: "a-1".into(),
            words: "Support people to live more independently".into(),
            targets: vec![
                readings(TargetFocus::Card(card), Respondent::Person, 1),
                readings(
                    TargetFocus::Domain("Independence".into()),
                    Respondent::Worker,
                    1,
                ),
            ],
        },
        Aim {
            id: "a-2".into(),
            words: "Improve people's wellbeing overall".into(),
            targets: vec![readings(TargetFocus::Total, Respondent::Person, 5)],
        },
        Aim {
            id: "a-3".into(),
            words: "Help people reach the outcomes they set".into(),
            targets: vec![Target::OutcomeStatus(StatusTarget {
                term: Some(Term::Short),
                statuses: vec![OutcomeStatus::Achieved, OutcomeStatus::PartlyAchieved],
                target_percent: 70,
            })],
        },
    ]
}

fn main() {
    let today = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
    let deck = stress_deck();
    let people = stress_people(&deck, today);
    let aims = aims(&deck);
    let decks = [deck];
    let settings = ServiceSettings::default();
    println!(
        "{PEOPLE} people × {READINGS} readings × {CARDS} cards, {} aims ({} targets)",
        aims.len(),
        aims.iter().map(|a| a.targets.len()).sum::<usize>()
    );

    let t = median(|| Caseload::new(&people));
    println!("decode everyone's readings (Caseload::new):   median {t:?}");
    let caseload = Caseload::new(&people);
    let data = ServiceData {
        caseload: &caseload,
        decks: &decks,
        settings: &settings,
    };
    let everyone = DashboardFilter::default();
    let filtered = DashboardFilter {
        from: Some(today - Days::new(180)),
        to: Some(today),
        key_worker: Some("Worker 3".into()),
        ..DashboardFilter::default()
    };
    let figures = dashboard(&data, &aims, &everyone, today);
    assert_eq!(figures.people.open, PEOPLE as usize);
    let t = median(|| dashboard(&data, &aims, &everyone, today));
    println!("dashboard, no filter:                         median {t:?}");
    let t = median(|| dashboard(&data, &aims, &filtered, today));
    println!("dashboard, key worker + last 6 months:        median {t:?}");
    let t = median(|| dashboard(&data, &aims, &everyone, today));
    let decode = median(|| Caseload::new(&people));
    println!(
        "decode + dashboard, no filter (page opening): median {:?}",
        t + decode
    );
    let t = median(|| ratings_csv(caseload.records(), &decks));
    println!(
        "ratings CSV ({} rows):                   median {t:?}",
        PEOPLE * READINGS * CARDS as u64
    );
    let t = median(|| outcomes_csv(caseload.records()));
    println!("outcomes CSV:                                 median {t:?}");
}
