use leptos::prelude::*;

use crate::domain::{format_uk_date, Person, View};

/// The person's outcomes for the report: each with its domain, term and status, and the
/// person's and the worker's views of its progress at the latest review.
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
            let rows = [
                ("Domain", outcome.domain.clone()),
                ("Term", outcome.term.label().to_owned()),
                ("Status", outcome.status.label().to_owned()),
                ("The person's view", person_view),
                ("The worker's view", worker_view),
            ];
            view! {
                <li class="outcome-card">
                    <h3>{outcome.words.clone()}</h3>
                    <dl class="details">
                        {rows.into_iter().map(|(term, value)| view! {
                            <div><dt>{term}</dt><dd class="free-text">{value}</dd></div>
                        }).collect_view()}
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
