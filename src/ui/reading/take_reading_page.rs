use leptos::prelude::*;

use super::{all_decks, ReadingCorrection, ReadingSession, ReadingSetupForm, ResumeOffer, Sheet};
use crate::domain::{Deck, Person, PersonId, Reading, Respondent, ValidSetup};
use crate::route::{query_value, Route};
use crate::ui::records::{load_person, person_or_unavailable, save_person, save_reading};
use crate::ui::router::use_navigator;
use crate::ui::set_title;
use crate::ui::shell::{use_hand_over, HandedOverScreen};
use crate::ui::state::use_app_state;
use crate::ui::widgets::Link;

/// `Take a reading`: a trigger-card reading by the person, the worker or a carer. With
/// `?open=<reading-id>` it opens that reading: an unfinished one to carry on, a finished one
/// to correct.
#[component]
pub fn TakeReadingPage(
    /// Whose reading it is.
    id: PersonId,
) -> impl IntoView {
    set_title("Take a reading");
    if use_hand_over().is_handed_over() {
        // Handed over: the cards or the neutral screen, never a message naming the person.
        return match load_person(&id) {
            Ok(person) if person.readings.get().is_ok() => {
                view! { <ReadingPage person=person/> }.into_any()
            }
            _ => view! { <HandedOverScreen/> }.into_any(),
        };
    }
    person_or_unavailable(&id, |person| {
        match person.readings.get() {
            Ok(_) => view! { <ReadingPage person=person/> }.into_any(),
            Err(error) => view! {
                <h1>"Take a reading"</h1>
                <p class="notice notice-error">
                    {format!(
                        "{}'s readings could not be read ({error}). They have been kept exactly as they are, so no reading can be taken here until they are recovered.",
                        person.name
                    )}
                </p>
            }
            .into_any(),
        }
    })
}

/// What the page shows.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Step {
    /// Carry on with an unfinished reading, or start a new one.
    Choose,
    /// The setup form.
    Setup,
    /// Taking the reading with this id.
    Take(String),
    /// Correcting the finished reading with this id.
    Correct(String),
}

/// The page for a person whose record was read.
#[component]
fn ReadingPage(person: Person) -> impl IntoView {
    let state = use_app_state();
    let navigator = use_navigator();
    let hand_over = use_hand_over();
    let (decks, decks_problem) = all_decks();
    let decks = StoredValue::new(decks);
    let search = navigator.query();
    // Checked readable by the page before it shows this.
    let readings = person.readings.get().unwrap_or_default();
    let find = |id: &str| readings.iter().find(|r| r.id == id);
    let handed = hand_over.reading_for(&person.id);
    if handed.as_ref().is_some_and(|r| find(r).is_none()) {
        // The hand-over names a reading that is no longer stored: never leave the app locked.
        hand_over.give_back();
    }
    let handed = handed.filter(|r| find(r).is_some());
    let opened = query_value(&search, "open")
        .map(str::to_owned)
        .filter(|r| find(r).is_some());
    let unfinished = readings.iter().any(|r| !r.complete);
    let first = match (handed, opened) {
        // Handed over (the page was reloaded, or its address typed, or opened in a new tab):
        // the cards, finished or not, until the device is given back.
        (Some(reading), _) => Step::Take(reading),
        (None, Some(reading)) if find(&reading).is_some_and(|r| r.complete) => {
            Step::Correct(reading)
        }
        (None, Some(reading)) => Step::Take(reading),
        (None, None) if unfinished => Step::Choose,
        (None, None) => Step::Setup,
    };
    let step = RwSignal::new(first);
    let name = person.name.clone();
    let person_path = Route::Person(person.id.clone()).path();
    let person = RwSignal::new(person);
    let save_error = RwSignal::new(None::<String>);

    let on_start = Callback::new(move |valid: ValidSetup| {
        let Some(deck) = decks.with_value(|d| d.iter().find(|d| *d.id() == valid.deck).cloned())
        else {
            return;
        };
        let id = person
            .with_untracked(|p| Person::next_reading_id(&p.readings.get().unwrap_or_default()));
        let reading = Reading::start(
            id.clone(),
            &deck,
            valid.respondent,
            valid.date,
            valid.conversation,
        );
        match person.with_untracked(|p| save_reading(p, &reading)) {
            Ok(saved) => {
                person.set(saved);
                save_error.set(None);
                step.set(Step::Take(id));
            }
            Err(error) => save_error.set(Some(error.to_string())),
        }
    });
    let on_resume = Callback::new(move |id: String| step.set(Step::Take(id)));
    let on_new = Callback::new(move |()| step.set(Step::Setup));
    let on_discard = Callback::new(move |id: String| {
        let mut changed = person.get_untracked();
        let saved = changed
            .discard_unfinished_reading(&id)
            .map_err(|e| e.to_string())
            .and_then(|_| save_person(state, &changed).map_err(|e| e.to_string()));
        match saved {
            Ok(saved) => {
                let unfinished = saved
                    .readings
                    .get()
                    .is_ok_and(|readings| readings.iter().any(|r| !r.complete));
                person.set(saved);
                save_error.set(None);
                step.set(if unfinished {
                    Step::Choose
                } else {
                    Step::Setup
                });
            }
            Err(message) => save_error.set(Some(message)),
        }
    });
    let describe = move |r: &Reading| {
        let deck = decks.with_value(|d| d.iter().find(|d| *d.id() == r.deck).cloned());
        let progress = deck.as_ref().map(|d| r.progress(d)).unwrap_or_default();
        format!(
            "{}, {}, {}: {} of {} answered",
            r.respondent.label(),
            crate::domain::format_uk_date(r.date),
            deck.as_ref().map_or("an unknown deck", Deck::name),
            progress.0,
            progress.1
        )
    };

    view! {
        <h1>{move || match step.get() { Step::Correct(_) => "Check or correct a reading", _ => "Take a reading" }}</h1>
        <Show when=move || !navigator.locked()>
            <p class="lead">{format!("Trigger cards with {name}.")}</p>
        </Show>
        {decks_problem.map(|message| view! { <p class="notice notice-error">{message}</p> })}
        <div role="alert">
            {move || (step.get() == Step::Choose).then(|| save_error.get()).flatten().map(|message| view! {
                <p class="notice notice-error">{message}</p>
            })}
        </div>
        {move || match step.get() {
            Step::Choose => {
                let offers = person.with_untracked(|p| {
                    p.readings.get().unwrap_or_default().iter().filter(|r| !r.complete).map(|r| (r.id.clone(), describe(r))).collect::<Vec<_>>()
                });
                view! { <ResumeOffer readings=offers on_resume=on_resume on_new=on_new on_discard=on_discard/> }.into_any()
            }
            Step::Setup => view! {
                <ReadingSetupForm
                    person=person.get_untracked()
                    decks=decks
                    save_error=save_error
                    on_start=on_start
                />
            }.into_any(),
            Step::Take(id) | Step::Correct(id) => {
                let correcting = matches!(step.get_untracked(), Step::Correct(_));
                match sheet_for(person, &id, decks) {
                    Some((sheet, respondent)) if correcting => {
                        let _ = respondent;
                        view! { <ReadingCorrection sheet=sheet/> }.into_any()
                    }
                    Some((sheet, respondent)) => {
                        let who = match respondent {
                            Respondent::Carer => "the carer",
                            _ => "the person",
                        };
                        view! { <ReadingSession sheet=sheet who=who/> }.into_any()
                    }
                    None => {
                        // The hand-over mark points at nothing usable: never leave the app locked.
                        hand_over.give_back();
                        view! {
                            <p class="notice notice-error">
                                "The deck this reading used is no longer in this browser, so the reading cannot be shown. Import the deck again on the Trigger cards page, then reopen the reading."
                            </p>
                        }.into_any()
                    }
                }
            }
        }}
        <Show when=move || !navigator.locked()>
            <div class="actions">
                <Link to=person_path.clone() class="button-secondary">"Back to the person's page"</Link>
            </div>
        </Show>
    }
}

/// The sheet for the reading with id `id`, and who answers it; `None` when its deck is gone.
fn sheet_for(
    person: RwSignal<Person>,
    id: &str,
    decks: StoredValue<Vec<Deck>>,
) -> Option<(Sheet, Respondent)> {
    let reading = person.with_untracked(|p| p.reading(id).ok().flatten())?;
    let deck = decks.with_value(|d| d.iter().find(|d| *d.id() == reading.deck).cloned())?;
    let respondent = reading.respondent;
    Some((Sheet::new(person, reading, deck), respondent))
}
