use leptos::prelude::*;

use super::Sheet;
use crate::domain::{plural, Answer};

/// The end of a reading for the person holding a handed-over device: thanks, and how many
/// cards they answered, in their words. The detail is the worker's, once given back.
#[component]
pub fn PersonThanks(
    /// The reading just finished.
    sheet: Sheet,
) -> impl IntoView {
    let counted = move || {
        let summary = sheet.summary();
        let answered = summary
            .rows
            .iter()
            .filter(|row| matches!(row.answer, Some(Answer::Rated(_) | Answer::PreferNotToSay)))
            .count();
        (answered, sheet.card_count())
    };
    view! {
        <section class="reading-thanks" aria-labelledby="thanks-heading">
            <h2 id="thanks-heading" tabindex="-1">"Thank you"</h2>
            <p class="lead">
                {move || {
                    let (answered, total) = counted();
                    format!("You answered {answered} of {}.", plural(total, "card", "cards"))
                }}
            </p>
            <p>"Your answers are saved. Please give the device back now."</p>
        </section>
    }
}
