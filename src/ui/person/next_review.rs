use leptos::prelude::*;

use crate::domain::{format_uk_date, ReviewState};

/// When the person's next review falls, and whether it is due or overdue.
#[component]
pub fn NextReview(
    /// The next review, for an open case that has had its first conversation.
    state: Option<ReviewState>,
    /// Whether the case is closed.
    closed: bool,
) -> impl IntoView {
    let (text, badge) = match state {
        _ if closed => ("None: the case is closed.".to_owned(), None),
        None => ("After the first conversation.".to_owned(), None),
        Some(state) => {
            let badge = match state {
                ReviewState::Overdue { days, .. } => format!(
                    "Overdue by {days} {}",
                    if days == 1 { "day" } else { "days" }
                ),
                other => other.label().to_owned(),
            };
            (format_uk_date(state.due()), Some((badge, state)))
        }
    };
    view! {
        <section aria-labelledby="next-review-heading">
            <h2 id="next-review-heading">"Next review"</h2>
            <p class="next-review">
                <span>{text}</span>
                {badge.map(|(words, state)| view! {
                    <span
                        class="badge"
                        class:badge-due=matches!(state, ReviewState::Due { .. })
                        class:badge-overdue=matches!(state, ReviewState::Overdue { .. })
                    >
                        {words}
                    </span>
                })}
            </p>
        </section>
    }
}
