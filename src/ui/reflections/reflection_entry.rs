use leptos::prelude::*;

use super::FiguresTable;
use crate::domain::{format_uk_date, Reflection, REFLECTION_QUESTIONS};

/// One reflection kept: its date, the four answers and the figures of that day.
#[component]
pub fn ReflectionEntry(
    /// The reflection.
    reflection: Reflection,
) -> impl IntoView {
    let heading_id = format!("reflection-{}-title", reflection.id);
    let answers: Vec<_> = REFLECTION_QUESTIONS
        .iter()
        .zip(reflection.answers.iter())
        .map(|(question, answer)| {
            let answer = if answer.is_empty() {
                view! { <dd class="muted">"Not answered"</dd> }.into_any()
            } else {
                view! { <dd class="free-text">{answer.clone()}</dd> }.into_any()
            };
            view! {
                <dt>{*question}</dt>
                {answer}
            }
        })
        .collect();
    let labelled_by = heading_id.clone();
    view! {
        <article class="reflection" aria-labelledby=labelled_by>
            <h3 id=heading_id>{format_uk_date(reflection.date)}</h3>
            <dl class="reflection-answers">{answers}</dl>
            <FiguresTable figures=reflection.figures/>
        </article>
    }
}
