use leptos::prelude::*;

use super::{
    DeckCharts, OutcomeFigures, ReadingsTableView, ReadingsWithDecks, ReportOutcomes,
    ReportUnplanned,
};
use crate::domain::{format_uk_date, CaseStatus, Person, PersonId};
use crate::route::Route;
use crate::ui::clock::today;
use crate::ui::person::LivePerson;
use crate::ui::person::WhatMatters;
use crate::ui::set_title;
use crate::ui::widgets::Link;

/// The report of the work with a person, laid out for A4 paper: `Print report` opens the
/// browser's print dialog, which also saves it as a PDF.
#[component]
pub fn PersonReportPage(
    /// Whose report.
    id: PersonId,
) -> impl IntoView {
    view! { <LivePerson id=id show=|person| view! { <PersonReport person=person/> }.into_any()/> }
}

#[component]
fn PersonReport(person: Person) -> impl IntoView {
    set_title(&format!("Report: {}", person.name));
    let data = ReadingsWithDecks::of(&person);
    let prefix = person.id.as_str().to_owned();
    let reviews = person.review_dates();
    let print = move |_| {
        if let Some(window) = web_sys::window() {
            let _ = window.print();
        }
    };
    let or_none = |text: &str| match text.trim() {
        "" => "None recorded".to_owned(),
        text => text.to_owned(),
    };
    let status = match person.closed_on {
        Some(date) => format!("Closed on {}", format_uk_date(date)),
        None => CaseStatus::Open.label().to_owned(),
    };
    let details = [
        ("Referral date", format_uk_date(person.referral_date)),
        ("Key worker", or_none(&person.key_worker)),
        ("Carer", or_none(&person.carer)),
        ("Status", status),
        (
            "First conversation",
            person
                .first_contact()
                .map_or("Not held yet".to_owned(), |c| format_uk_date(c.date)),
        ),
    ];
    let readings = data.readings.clone();
    let has_tables = !data.decks.is_empty();
    let tables = data
        .decks
        .iter()
        .map(|deck| view! { <ReadingsTableView deck=deck.clone() readings=readings.clone()/> })
        .collect_view();
    view! {
        <article class="report">
            <div class="page-heading">
                <h1>{format!("Report: {}", person.name)}</h1>
            </div>
            <p class="muted">{format!("Prepared on {} from the records in Outcome Focus.", format_uk_date(today()))}</p>
            <div class="actions">
                <button type="button" class="button-primary" on:click=print>"Print or save as PDF"</button>
                <Link to=Route::Person(person.id.clone()).path() class="button-secondary">
                    {format!("Back to {}", person.name)}
                </Link>
            </div>
            {data.problems.into_iter().map(|message| view! { <p class="notice notice-error">{message}</p> }).collect_view()}
            <dl class="details">
                {details.into_iter().map(|(term, value)| view! {
                    <div><dt>{term}</dt><dd>{value}</dd></div>
                }).collect_view()}
            </dl>
            <h2>"Needs and presentation"</h2>
            <p class="free-text">{or_none(&person.presentation)}</p>
            <WhatMatters aspirations=person.latest_aspirations().to_vec()/>
            <ReportOutcomes person=person.clone()/>
            <ReportUnplanned unplanned=person.unplanned_outcomes.clone()/>
            <OutcomeFigures person=person.clone() in_report=true/>
            {data.decks.is_empty().then(|| view! {
                <h2>"Trigger cards"</h2>
                <p class="muted">"No readings yet."</p>
            })}
            {data.decks.into_iter().map(|deck| view! {
                <DeckCharts
                    deck=deck
                    readings=data.readings.clone()
                    reviews=reviews.clone()
                    file_prefix=prefix.clone()
                    in_report=true
                />
            }).collect_view()}
            {has_tables.then(|| view! { <h2>"Every reading"</h2> })}
            {tables}
        </article>
    }
}
