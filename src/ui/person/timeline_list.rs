use leptos::prelude::*;

use crate::domain::{format_uk_date, timeline, Direction, OutcomeReview, Person, TimelineEvent};

/// Everything that has happened in the work with the person, oldest first: the referral,
/// conversations and reviews (with what each review said about each outcome), unplanned
/// outcomes, and the closing of the case.
#[component]
pub fn TimelineList(
    /// The person's record.
    person: Person,
) -> impl IntoView {
    // Every kind of entry is reduced to the same few lines of text, so one template renders
    // them all (a template per kind would cost download size for nothing).
    let entries: Vec<Entry> = timeline(&person)
        .into_iter()
        .map(|item| {
            let mut entry = Entry {
                date: format_uk_date(item.date),
                ..Entry::default()
            };
            match item.event {
                TimelineEvent::Referred => entry.title = "Referred".into(),
                TimelineEvent::Closed => entry.title = "Case closed".into(),
                TimelineEvent::Conversation(c) => {
                    entry.title = c.kind.label().into();
                    if !c.took_part.trim().is_empty() {
                        entry
                            .notes
                            .push(format!("Took part: {}", c.took_part.trim()));
                    }
                    entry.reviews = c
                        .outcome_reviews
                        .iter()
                        .map(|r| review_line(&person, r))
                        .collect();
                }
                TimelineEvent::Unplanned(u) => {
                    entry.title = match u.direction {
                        Direction::Positive => "Unplanned outcome: positive",
                        Direction::Negative => "Unplanned outcome: negative",
                    }
                    .into();
                    entry.text = u.note.clone();
                    if let Some(domain) = &u.domain {
                        entry.notes.push(format!("Domain: {domain}."));
                    }
                    if u.changes_the_plan {
                        entry.notes.push("This changes the plan.".into());
                    }
                }
            }
            entry
        })
        .collect();
    view! {
        <section aria-labelledby="timeline-heading">
            <h2 id="timeline-heading">"Timeline"</h2>
            <ol class="timeline">
                {entries.into_iter().map(|entry| view! {
                    <li class="timeline-item">
                        <p class="timeline-date">{entry.date}</p>
                        <p class="timeline-title">{entry.title}</p>
                        {(!entry.text.is_empty()).then(|| view! { <p class="free-text">{entry.text}</p> })}
                        {entry.notes.into_iter().map(|note| view! { <p class="meta">{note}</p> }).collect_view()}
                        {(!entry.reviews.is_empty()).then(|| view! {
                            <ul class="timeline-reviews">
                                {entry.reviews.into_iter().map(|(words, said)| view! {
                                    <li>
                                        <span class="outcome-words">{words}</span>
                                        {said.into_iter().map(|line| view! { <span class="meta">{line}</span> }).collect_view()}
                                    </li>
                                }).collect_view()}
                            </ul>
                        })}
                    </li>
                }).collect_view()}
            </ol>
        </section>
    }
}

/// One entry of the timeline as text.
#[derive(Default)]
struct Entry {
    date: String,
    title: String,
    /// Free text in the user's words, such as an unplanned outcome's note.
    text: String,
    /// Short notes under the title.
    notes: Vec<String>,
    /// For reviews: each outcome's words and what was said about it.
    reviews: Vec<(String, Vec<String>)>,
}

fn review_line(person: &Person, review: &OutcomeReview) -> (String, Vec<String>) {
    let words = person.outcome(&review.outcome_id).map_or_else(
        || "An outcome no longer recorded".to_owned(),
        |o| o.words.clone(),
    );
    let mut said = vec![format!("Status: {}", review.status.label())];
    if let Some(rating) = review.person_view.rating {
        said.push(format!("the person: {}", rating.label()));
    }
    if let Some(rating) = review.worker_view.rating {
        said.push(format!("the worker: {}", rating.label()));
    }
    if let Some(level) = review.level {
        said.push(format!("level {level}"));
    }
    let mut lines = vec![said.join("; ")];
    if let Some(old) = &review.reworded_from {
        lines.push(format!("Reworded from \u{201c}{old}\u{201d}"));
    }
    (words, lines)
}
