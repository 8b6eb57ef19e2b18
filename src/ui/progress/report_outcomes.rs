use leptos::prelude::*;

use crate::domain::{format_uk_date, OutcomeReview, Person, View};

/// One of a review's answers about an outcome.
type Answer = fn(&OutcomeReview) -> &str;

/// What a review asks about an outcome beyond the views, as the report names it.
const NOTES: [(&str, Answer); 4] = [
    ("What helped", |r| &r.helped),
    ("What got in the way", |r| &r.got_in_the_way),
    ("What we contributed", |r| &r.we_contributed),
    ("What did not work as expected", |r| &r.did_not_work),
];

/// The person's outcomes for the report: each with its domain, term and status, the
/// person's and the worker's views of its progress at the latest review, and what every
/// review said helped, got in the way, we contributed and did not work.
#[component]
pub fn ReportOutcomes(
    /// Whose outcomes.
    person: Person,
) -> impl IntoView {
    let view_in_words = |view: &View| {
        let rating = view.rating.map_or("Not rated", |r| r.label());
        match view.comment.trim() {
            "" => rating.to_owned(),
            comment => format!("{rating}: \u{201c}{comment}\u{201d}"),
        }
    };
    let items: Vec<_> = person
        .outcomes
        .iter()
        .map(|outcome| {
            let (person_view, worker_view) = match person.latest_review_of(&outcome.id) {
                Some((date, review)) => {
                    let when = format_uk_date(date);
                    (
                        format!("{} ({when})", view_in_words(&review.person_view)),
                        format!("{} ({when})", view_in_words(&review.worker_view)),
                    )
                }
                None => ("Not reviewed yet".to_owned(), "Not reviewed yet".to_owned()),
            };
            let facts = [
                ("Domain", outcome.domain.clone()),
                ("Term", outcome.term.label().to_owned()),
                ("Status", outcome.status.label().to_owned()),
            ];
            let views = [
                ("The person's view", person_view),
                ("The worker's view", worker_view),
            ];
            let reviews = person.reviews_of(&outcome.id);
            // Only what was said: a question nobody answered adds nothing to the page.
            let notes = NOTES.into_iter().filter_map(|(term, field)| {
                let said: Vec<String> = reviews
                    .iter()
                    .filter(|(_, review)| !field(review).trim().is_empty())
                    .map(|(date, review)| format!("{}: {}", format_uk_date(*date), field(review).trim()))
                    .collect();
                (!said.is_empty()).then(|| view! {
                    <div>
                        <dt>{term}</dt>
                        <dd class="free-text">
                            <ul class="report-notes">{said.into_iter().map(|s| view! { <li>{s}</li> }).collect_view()}</ul>
                        </dd>
                    </div>
                })
            });
            view! {
                <li class="outcome-card">
                    <h3>{outcome.words.clone()}</h3>
                    // Short facts, on one line on paper.
                    <dl class="details outcome-facts">
                        {facts.into_iter().map(|(term, value)| view! {
                            <div><dt>{term}</dt><dd class="free-text">{value}</dd></div>
                        }).collect_view()}
                    </dl>
                    <dl class="details">
                        {views.into_iter().map(|(term, value)| view! {
                            <div><dt>{term}</dt><dd class="free-text">{value}</dd></div>
                        }).collect_view()}
                        {notes.collect_view()}
                    </dl>
                </li>
            }
        })
        .collect();
    let empty = items.is_empty();
    view! {
        <section aria-labelledby="report-outcomes-heading">
            <h2 id="report-outcomes-heading">"Outcomes"</h2>
            {empty.then(|| view! { <p class="muted">"No outcomes agreed yet."</p> })}
            <ul class="outcome-list">{items}</ul>
        </section>
    }
}
