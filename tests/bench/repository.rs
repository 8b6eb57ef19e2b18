//! `cargo bench --bench repository`: how the repository copes with a large caseload
//! (500 people), reported as median times. A benchmark, not a test: these machines are too
//! noisy for timed assertions.

use std::time::{Duration, Instant};

use chrono::{NaiveDate, TimeZone, Utc};
use outcome_focus::domain::{MemoryStore, Person, PersonDraft, PersonId, Repository};

const PEOPLE: u64 = 500;
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
    let mut people = Vec::new();
    for n in 0..PEOPLE {
        let draft = PersonDraft {
            name: format!("Person {n}"),
            key_worker: format!("Worker {}", n % 12),
            presentation: "Needs support to get out and about; anxious in crowds. ".repeat(10),
            ..PersonDraft::new(today)
        };
        let person = Person::create(PersonId::generate(n, n), draft.validate(today).unwrap());
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
}
