use leptos::prelude::*;

use crate::domain::{
    format_uk_date, timeline, Conversation, Direction, OutcomeReview, Person, TimelineEvent,
    UnplannedOutcome,
};

/// Everything that has happened in the work with the person, oldest first: the referral,
/// conversations and reviews (with what each review said about each outcome), unplanned
/// outcomes, and the closing of the case.
#[component]
pub fn TimelineList(
    /// The person's record.
    person: Person,
) -> impl IntoView {
    let items = timeline(&person)
        .into_iter()
        .map(|item| {
            let date = format_uk_date(item.date);
            let body = match item.event {
                TimelineEvent::Referred => {
                    view! { <p class="timeline-title">"Referred"</p> }.into_any()
                }
                TimelineEvent::Closed => {
                    view! { <p class="timeline-title">"Case closed"</p> }.into_any()
                }
                TimelineEvent::Conversation(c) => conversation_entry(&person, c),
                TimelineEvent::Unplanned(u) => unplanned_entry(u),
            };
            view! {
                <li class="timeline-item">
                    <p class="timeline-date">{date}</p>
                    {body}
                </li>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="timeline-heading">
            <h2 id="timeline-heading">"Timeline"</h2>
            <ol class="timeline">{items}</ol>
        </section>
    }
}

fn conversation_entry(person: &Person, conversation: &Conversation) -> AnyView {
    let took_part = match conversation.took_part.trim() {
        "" => None,
        who => Some(format!("Took part: {who}")),
    };
    let reviews = (!conversation.outcome_reviews.is_empty()).then(|| {
        conversation
            .outcome_reviews
            .iter()
            .map(|review| review_line(person, review))
            .collect_view()
    });
    view! {
        <p class="timeline-title">{conversation.kind.label()}</p>
        {took_part.map(|text| view! { <p class="meta">{text}</p> })}
        {reviews.map(|lines| view! { <ul class="timeline-reviews">{lines}</ul> })}
    }
    .into_any()
}

fn review_line(person: &Person, review: &OutcomeReview) -> impl IntoView {
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
    let reworded = review
        .reworded_from
        .as_ref()
        .map(|old| format!("Reworded from \u{201c}{old}\u{201d}"));
    view! {
        <li>
            <span class="outcome-words">{words}</span>
            <span class="meta">{said.join("; ")}</span>
            {reworded.map(|text| view! { <span class="meta">{text}</span> })}
        </li>
    }
}

fn unplanned_entry(unplanned: &UnplannedOutcome) -> AnyView {
    let title = match unplanned.direction {
        Direction::Positive => "Unplanned outcome: positive",
        Direction::Negative => "Unplanned outcome: negative",
    };
    view! {
        <p class="timeline-title">{title}</p>
        <p class="free-text">{unplanned.note.clone()}</p>
        {unplanned.changes_the_plan.then(|| view! { <p class="meta">"This changes the plan."</p> })}
    }
    .into_any()
}
