//! `cargo bench --bench repository`: how the repository copes with a large caseload
//! (500 people, each with 12 finished readings of a 20-card deck), reported as median times. A benchmark, not a test: these machines are too
//! noisy for timed assertions.

use std::time::{Duration, Instant};

use chrono::{NaiveDate, TimeZone, Utc};
use outcome_focus::domain::{
    summarise, Answer, CardDraft, Deck, DeckId, MemoryStore, Person, PersonDraft, PersonId,
    Reading, Repository, Respondent, Scale,
};

const PEOPLE: u64 = 500;
const READINGS: u64 = 12;
const CARDS: usize = 20;
const RUNS: usize = 51;

fn median(mut f: impl FnMut()) -> Duration {
    let mut times: Vec<Duration> = (0..RUNS)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed()
        })
        .collect();
    times.sort();
    times[RUNS / 2]
}

fn main() {
    let today = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
    let now = Utc.with_ymd_and_hms(2026, 11, 22, 9, 0, 0).unwrap();
    let store = MemoryStore::default();
    let repo = Repository::new(&store);
    let mut deck = Deck::new(DeckId::generate(1, 1), "Stress deck", Scale::default()).unwrap();
    for c in 0..CARDS {
        deck.add_card(&CardDraft {
            statement: format!("I can do thing number {c} on my own"),
            domain: "Independence".into(),
            emoji: String::new(),
            reverse_scored: c % 7 == 0,
        })
        .unwrap();
    }
    let mut people = Vec::new();
    for n in 0..PEOPLE {
        let draft = PersonDraft {
            name: format!("Person {n}"),
            key_worker: format!("Worker {}", n % 12),
            presentation: "Needs support to get out and about; anxious in crowds. ".repeat(10),
            ..PersonDraft::new(today)
        };
        let mut person = Person::create(PersonId::generate(n, n), draft.validate(today).unwrap());
        for r in 0..READINGS {
            let date = today - chrono::Days::new(30 * (READINGS - r));
            let respondent = [Respondent::Person, Respondent::Worker][r as usize % 2];
            let mut reading = Reading::start(format!("r-{}", r + 1), &deck, respondent, date, None);
            for (c, card) in deck.cards().iter().enumerate() {
                let answer = Answer::Rated(((c as u64 + r + n) % 5) as u8);
                reading.set_answer(&deck, &card.id, answer, "").unwrap();
            }
            reading.finish(&deck);
            person.upsert_reading(reading).unwrap();
        }
        people.push(repo.save_person(&person, now).unwrap());
    }
    let index_chars = store.get_len("outcome-focus/index");
    println!(
        "{PEOPLE} people, index {index_chars} characters, store {} characters",
        store.used()
    );

    let t = median(|| assert_eq!(repo.load_index().people.len(), PEOPLE as usize));
    println!("load_index (People page start-up):        median {t:?}");
    let id = people[250].id.clone();
    let t = median(|| {
        repo.load_person(&id).unwrap();
    });
    println!("load_person (open a person):               median {t:?}");
    let mut person = people[250].clone();
    let t = median(|| {
        person.presentation.push('.');
        person = repo.save_person(&person, now).unwrap();
    });
    println!("save_person, summary unchanged (no index): median {t:?}");
    let t = median(|| {
        person.name.push('x');
        person = repo.save_person(&person, now).unwrap();
    });
    println!("save_person, summary changed (+ index):    median {t:?}");

    // A Likert tap: one answer, saved into one person's record (the index is not touched).
    let mut reading = Reading::start("r-99".into(), &deck, Respondent::Person, today, None);
    let cards: Vec<_> = deck.cards().iter().map(|c| c.id.clone()).collect();
    let mut tap = 0;
    let t = median(|| {
        tap += 1;
        let answer = Answer::Rated((tap % 5) as u8);
        reading
            .set_answer(&deck, &cards[tap % CARDS], answer, "")
            .unwrap();
        person = repo.save_reading(&person, &reading, now).unwrap();
    });
    println!("save_reading (a Likert tap):               median {t:?}");
    let readings = person.readings.get().unwrap();
    let t = median(|| {
        person.readings.get().unwrap();
    });
    println!(
        "decode one person's {} readings:           median {t:?}",
        readings.len()
    );
    let t = median(|| {
        summarise(&readings, &deck, &readings[READINGS as usize - 1]);
    });
    println!("summarise a reading against the baseline:  median {t:?}");
}
