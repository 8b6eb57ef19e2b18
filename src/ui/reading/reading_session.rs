use leptos::prelude::*;

use super::{HandOver, ReadingCard, ReadingSummary, Sheet};
use crate::ui::widgets::focus_by_id;

/// Taking a reading: on a phone one card per screen with `Back` / `Next`, on a wide screen
/// (48rem and up, by CSS) every card in a list; then `Finish` and the summary.
#[component]
pub fn ReadingSession(
    /// The reading being taken.
    sheet: Sheet,
    /// Who answers, in words, for hand-over ("the person").
    who: &'static str,
) -> impl IntoView {
    let total = sheet.card_count();
    let cards = sheet
        .deck
        .with_value(|d| d.active_cards().cloned().collect::<Vec<_>>());
    let card_ids: Vec<String> = cards
        .iter()
        .map(|c| format!("card-{}-0", c.id.as_str()))
        .collect();
    let card_ids = StoredValue::new(card_ids);
    let current = sheet.current;
    let at_last = move || current.get() + 1 >= total;
    let go = move |to: usize| {
        current.set(to);
        // Once the new card is on screen, put the focus on its scale so the keyboard and
        // screen reader carry on there.
        set_timeout(
            move || {
                card_ids
                    .with_value(|ids| ids.get(to).map(|id| focus_by_id(id)))
                    .unwrap_or_default()
            },
            std::time::Duration::ZERO,
        );
    };
    let complete = move || sheet.reading.with(|r| r.complete);
    let progress = move || {
        let answered = sheet
            .reading
            .with(|r| sheet.deck.with_value(|d| r.progress(d).0));
        format!(
            "Card {} of {total} · {answered} answered",
            current.get() + 1
        )
    };
    let list = cards
        .into_iter()
        .enumerate()
        .map(|(index, card)| {
            view! {
                <ReadingCard
                    sheet=sheet
                    index=index
                    card=card
                    current=Signal::derive(move || current.get() == index)
                />
            }
        })
        .collect_view();

    view! {
        <HandOver sheet=sheet who=who/>
        <div role="alert" class="action-error">
            {move || sheet.error.get().map(|message| view! { <p class="notice notice-error">{message}</p> })}
        </div>
        <Show when=complete>
            <ReadingSummary sheet=sheet/>
        </Show>
        <div class="reading" class:reading-done=complete>
            <p class="reading-progress" aria-live="polite">{progress}</p>
            <div class="reading-cards">{list}</div>
            <div class="actions reading-steps">
                <button
                    type="button"
                    class="button-secondary"
                    prop:disabled=move || current.get() == 0
                    on:click=move |_| go(current.get_untracked().saturating_sub(1))
                >
                    "Back"
                </button>
                <button
                    type="button"
                    class="button-primary"
                    prop:hidden=at_last
                    on:click=move |_| go((current.get_untracked() + 1).min(total.saturating_sub(1)))
                >
                    "Next"
                </button>
            </div>
            <div class="actions reading-finish" class:reading-finish-last=at_last>
                <button type="button" class="button-primary" on:click=move |_| sheet.finish()>
                    "Finish the reading"
                </button>
            </div>
            <p class="draft-note">"Every answer is saved as soon as it is chosen."</p>
        </div>
    }
}
