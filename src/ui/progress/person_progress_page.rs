use leptos::prelude::*;

use super::{DeckCharts, OutcomeFigures, ReadingsWithDecks};
use crate::domain::{Person, PersonId};
use crate::route::Route;
use crate::ui::person::LivePerson;
use crate::ui::set_title;
use crate::ui::widgets::Link;

/// A person's progress in charts: their outcomes, then each deck they have readings of.
/// Everything is read again when the record changes, here or in another tab.
#[component]
pub fn PersonProgressPage(
    /// Whose progress.
    id: PersonId,
) -> impl IntoView {
    view! { <LivePerson id=id show=|person| view! { <PersonProgress person=person/> }.into_any()/> }
}

#[component]
fn PersonProgress(person: Person) -> impl IntoView {
    set_title(&format!("Progress: {}", person.name));
    let data = ReadingsWithDecks::of(&person);
    let prefix = person.id.as_str().to_owned();
    let reviews = person.review_dates();
    let none_yet = data.decks.is_empty().then(|| {
        view! {
            <h2>"Trigger cards"</h2>
            <p class="muted">
                "No trigger-card readings yet. Take a reading from the person's page; after the "
                "second one, charts show how things have changed."
            </p>
        }
    });
    view! {
        <div class="page-heading">
            <h1>{format!("Progress: {}", person.name)}</h1>
        </div>
        <div class="actions page-links">
            <Link to=Route::Person(person.id.clone()).path() class="button-secondary">
                {format!("Back to {}", person.name)}
            </Link>
            <Link to=Route::PersonReport(person.id.clone()).path() class="button-secondary">
                "Print report"
            </Link>
        </div>
        {data.problems.into_iter().map(|message| view! { <p class="notice notice-error">{message}</p> }).collect_view()}
        <OutcomeFigures person=person.clone()/>
        {none_yet}
        {data.decks.into_iter().map(|deck| view! {
            <DeckCharts deck=deck readings=data.readings.clone() reviews=reviews.clone() file_prefix=prefix.clone()/>
        }).collect_view()}
    }
}
