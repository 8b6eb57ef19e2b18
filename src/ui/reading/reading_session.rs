use std::time::Duration;

use leptos::prelude::*;

use super::{HandOver, PersonThanks, ReadingCard, ReadingSummary, Sheet};
use crate::domain::Answer;
use crate::ui::router::use_navigator;
use crate::ui::widgets::{focus_by_id, CheckBox};

/// How long a tapped answer stays on screen before the next card: long enough to see what
/// was chosen, and to tap another answer instead.
const MOVE_ON_PAUSE: Duration = Duration::from_millis(600);

/// Taking a reading: on a phone one card per screen with `Back` / `Skip` / `Next` at the
/// bottom and, by choice, a move to the next card after each tapped answer; on a wide
/// screen (48rem and up, by CSS) every card in a list. Then `Finish` and the end screen:
/// thanks for the person holding a handed-over device, the summary for the worker.
#[component]
pub fn ReadingSession(
    /// The reading being taken.
    sheet: Sheet,
    /// Who answers, in words, for hand-over ("the person").
    who: &'static str,
) -> impl IntoView {
    let navigator = use_navigator();
    let total = sheet.card_count();
    let cards = sheet
        .deck
        .with_value(|d| d.active_cards().cloned().collect::<Vec<_>>());
    let card_ids = StoredValue::new(cards.iter().map(|c| c.id.clone()).collect::<Vec<_>>());
    let current = sheet.current;
    let at_last = move || current.get() + 1 >= total;
    // Each move, and each tapped answer, outdates any move still waiting.
    let waiting = StoredValue::new(0_u32);
    let moving_on = RwSignal::new(false);
    let go = move |to: usize| {
        waiting.update_value(|w| *w = w.wrapping_add(1));
        moving_on.set(false);
        current.set(to);
        // Once the new card is on screen, put the focus on its scale (on the answer already
        // given, if any) so the keyboard and screen reader carry on there.
        set_timeout(
            move || {
                let choice = sheet.reading.with_untracked(|r| {
                    card_ids.with_value(|ids| {
                        let id = ids.get(to)?;
                        let given = r.answer(id).map(|a| a.answer);
                        let scale = sheet.deck.with_value(|d| d.scale().clone());
                        let k = given
                            .and_then(|a| crate::domain::choice_for_answer(&scale, a))
                            .unwrap_or(0);
                        Some(format!("card-{}-{k}", id.as_str()))
                    })
                });
                if let Some(id) = choice {
                    focus_by_id(&id);
                }
            },
            Duration::ZERO,
        );
    };
    let on_tapped = Callback::new(move |index: usize| {
        if !sheet.move_on.get_untracked() || index + 1 >= total {
            return;
        }
        waiting.update_value(|w| *w = w.wrapping_add(1));
        let this = waiting.get_value();
        moving_on.set(true);
        set_timeout(
            move || {
                // Still the same card and no newer tap or move: go on.
                if waiting.get_value() == this && current.get_untracked() == index {
                    go(index + 1);
                }
            },
            MOVE_ON_PAUSE,
        );
    });
    let skip = move |_| {
        let index = current.get_untracked();
        if let Some(id) = card_ids.with_value(|ids| ids.get(index).cloned()) {
            let note = sheet
                .reading
                .with_untracked(|r| r.answer(&id).map(|a| a.note.clone()))
                .unwrap_or_default();
            sheet.record(&id, Answer::Skipped, &note);
        }
        if index + 1 < total {
            go(index + 1);
        }
    };
    // The end screen's heading takes the focus, so a screen reader hears it at once.
    let finish = move |_| {
        sheet.finish();
        set_timeout(
            move || {
                // Only one of the two is on screen.
                focus_by_id("thanks-heading");
                focus_by_id("summary-heading");
            },
            Duration::ZERO,
        );
    };
    let complete = move || sheet.reading.with(|r| r.complete);
    // The setup form or the offer to carry on was taller than a card and may have been
    // scrolled: a card starts at the top of the screen, whole.
    if !sheet.reading.with_untracked(|r| r.complete) {
        set_timeout(
            || {
                if let Some(window) = web_sys::window() {
                    window.scroll_to_with_x_and_y(0.0, 0.0);
                }
            },
            Duration::ZERO,
        );
    }
    let progress = move || format!("Card {} of {total}", current.get() + 1);
    let answered = move || {
        let n = sheet
            .reading
            .with(|r| sheet.deck.with_value(|d| r.progress(d).0));
        format!("{n} answered")
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
                    on_tapped=on_tapped
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
            {move || match navigator.locked() {
                true => view! { <PersonThanks sheet=sheet/> }.into_any(),
                false => view! { <ReadingSummary sheet=sheet/> }.into_any(),
            }}
        </Show>
        <div class="reading" class:reading-done=complete class:reading-moving-on=moving_on>
            <p class="reading-progress" aria-live="polite">
                <span>{progress}</span>
                <span class="reading-answered"><span class="progress-dot">" · "</span>{answered}</span>
            </p>
            <div class="moving-on" aria-hidden="true"></div>
            <div class="reading-cards">{list}</div>
            <div class="reading-steps">
                <button
                    type="button"
                    class="button-secondary"
                    prop:disabled=move || current.get() == 0
                    on:click=move |_| go(current.get_untracked().saturating_sub(1))
                >
                    "Back"
                </button>
                <button type="button" class="button-secondary" on:click=skip>"Skip"</button>
                <Show
                    when=at_last
                    fallback=move || view! {
                        <button
                            type="button"
                            class="button-primary"
                            on:click=move |_| go((current.get_untracked() + 1).min(total.saturating_sub(1)))
                        >
                            "Next"
                        </button>
                    }
                >
                    <button type="button" class="button-primary" on:click=finish>
                        "Finish"
                    </button>
                </Show>
            </div>
            <div class="actions reading-finish">
                <button type="button" class="button-primary" on:click=finish>
                    "Finish the reading"
                </button>
            </div>
            <div class="reading-settings">
                <CheckBox
                    label="Move on to the next card after each answer"
                    checked=sheet.move_on.into()
                    on_change=Callback::new(move |on| sheet.move_on.set(on))
                />
                <p class="draft-note">"Every answer is saved as soon as it is chosen."</p>
            </div>
        </div>
    }
}
