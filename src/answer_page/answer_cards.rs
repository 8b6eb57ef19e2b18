use std::time::Duration;

use leptos::prelude::*;

use super::{focus_soon, AnswerCard, Phone, Screen};
use crate::domain::{choice_for_answer, Answer};
use crate::ui::widgets::focus_by_id;

/// How long a tapped answer stays on screen before the next card: long enough to see what
/// was chosen, and to tap another instead.
const MOVE_ON_PAUSE: Duration = Duration::from_millis(600);

/// Phones narrower than this move on after a tapped answer unless the person turns it off.
const PHONE_WIDTH: &str = "(max-width: 47.99rem)";

/// The cards, one a screen: progress, the card, and `Back` / `Skip` / `Next` (`Finish` on
/// the last) within thumb reach at the bottom. A tapped answer moves on after a short,
/// visible pause when the person wants it (on by default on phones); keys never do.
#[component]
pub fn AnswerCards(phone: Phone) -> impl IntoView {
    let total = phone
        .sheet
        .with_untracked(|s| s.as_ref().map_or(0, |s| s.answers.len()));
    let current = RwSignal::new(
        phone
            .sheet
            .with_untracked(|s| s.as_ref().map_or(0, |s| s.position))
            .min(total.saturating_sub(1)),
    );
    let move_on = move || {
        phone
            .sheet
            .with_untracked(|s| s.as_ref().and_then(|s| s.move_on))
            .unwrap_or_else(on_a_phone)
    };
    let waiting = StoredValue::new(0_u32);
    let moving_on = RwSignal::new(false);
    let go = move |to: usize| {
        waiting.update_value(|w| *w = w.wrapping_add(1));
        moving_on.set(false);
        current.set(to);
        phone.change(|s| s.position = to);
        set_timeout(
            move || {
                let k = phone.sheet.with_untracked(|s| {
                    let s = s.as_ref()?;
                    let answer = s.answers.get(to).copied().flatten()?;
                    choice_for_answer(&s.invitation.scale, answer)
                });
                focus_by_id(&format!("card-{to}-{}", k.unwrap_or(0)));
            },
            Duration::ZERO,
        );
    };
    let on_tapped = Callback::new(move |index: usize| {
        if !move_on() || index + 1 >= total {
            return;
        }
        waiting.update_value(|w| *w = w.wrapping_add(1));
        let this = waiting.get_value();
        moving_on.set(true);
        set_timeout(
            move || {
                if waiting.get_value() == this && current.get_untracked() == index {
                    go(index + 1);
                }
            },
            MOVE_ON_PAUSE,
        );
    });
    let skip = move |_| {
        let index = current.get_untracked();
        phone.change(|s| s.answer(index, Answer::Skipped));
        if index + 1 < total {
            go(index + 1);
        }
    };
    let at_last = move || current.get() + 1 >= total;
    // One button, `Next` or on the last card `Finish`.
    let next = move |_| {
        let index = current.get_untracked();
        if index + 1 < total {
            go(index + 1);
        } else {
            phone.change(|s| s.position = total);
            phone.screen.set(Screen::Finish);
            focus_soon("finish-heading");
        }
    };
    let answered = move || {
        let n = phone.sheet.with(|s| s.as_ref().map_or(0, |s| s.answered()));
        format!("{n} answered")
    };
    view! {
        <div class="reading" class:reading-moving-on=moving_on>
            <h1 class="visually-hidden">"Your cards"</h1>
            <p class="reading-progress" aria-live="polite">
                <span>{move || format!("Card {} of {total}", current.get() + 1)}</span>
                <span class="reading-answered"><span class="progress-dot">" · "</span>{answered}</span>
            </p>
            <div class="moving-on" aria-hidden="true"></div>
            <div class="reading-cards">
                {(0..total)
                    .map(|index| view! {
                        <AnswerCard
                            phone=phone
                            index=index
                            on_tapped=on_tapped
                            current=Signal::derive(move || current.get() == index)
                        />
                    })
                    .collect_view()}
            </div>
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
                <button type="button" class="button-primary" on:click=next>
                    {move || if at_last() { "Finish" } else { "Next" }}
                </button>
            </div>
            <div class="reading-settings">
                <label class="choice">
                    <input
                        type="checkbox"
                        checked=move_on()
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            phone.change(|s| s.move_on = Some(on));
                        }
                    />
                    "Move on to the next card after each answer"
                </label>
                <p class="draft-note">"Every answer is kept on this phone as soon as you choose it."</p>
            </div>
        </div>
    }
}

fn on_a_phone() -> bool {
    web_sys::window()
        .and_then(|w| w.match_media(PHONE_WIDTH).ok().flatten())
        .is_some_and(|m| m.matches())
}
