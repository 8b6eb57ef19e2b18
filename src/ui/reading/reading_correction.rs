use leptos::prelude::*;

use super::{ReadingCard, ReadingSummary, Sheet};

/// A finished reading opened to check or correct it: every card with its answer, each change
/// saved at once and noted in the reading's corrections.
#[component]
pub fn ReadingCorrection(
    /// The reading opened.
    sheet: Sheet,
) -> impl IntoView {
    let cards = sheet
        .deck
        .with_value(|d| d.active_cards().cloned().collect::<Vec<_>>());
    let corrections = move || {
        sheet.reading.with(|r| {
            sheet.deck.with_value(|d| {
                r.corrections
                    .iter()
                    .map(|c| c.describe(d))
                    .collect::<Vec<_>>()
            })
        })
    };
    view! {
        <div role="alert" class="action-error">
            {move || sheet.error.get().map(|message| view! { <p class="notice notice-error">{message}</p> })}
        </div>
        <p>"Change an answer to correct it: it is saved at once, and the change is noted below."</p>
        <div class="reading reading-all">
            <div class="reading-cards">
                {cards.into_iter().enumerate().map(|(index, card)| view! {
                    <ReadingCard sheet=sheet index=index card=card current=Signal::stored(true)/>
                }).collect_view()}
            </div>
        </div>
        <section aria-labelledby="corrections-heading">
            <h2 id="corrections-heading">"Corrections"</h2>
            {move || {
                let list = corrections();
                match list.is_empty() {
                    true => view! { <p>"None yet."</p> }.into_any(),
                    false => view! {
                        <ul class="corrections">
                            {list.into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}
                        </ul>
                    }.into_any(),
                }
            }}
        </section>
        <ReadingSummary sheet=sheet/>
    }
}
