use leptos::prelude::*;

use super::{focus_soon, today, Phone, Screen};
use crate::domain::{KeptAnswers, OnThePhone};
use crate::storage::keep_answers;

/// The end of the cards: how many were answered, `Keep a copy on this phone`, and `Send
/// your answers back`, which seals them (from then on the phone holds only the sealed
/// return). `Back to the cards` changes an answer first.
#[component]
pub fn FinishScreen(phone: Phone) -> impl IntoView {
    let counts = phone.sheet.with_untracked(|s| {
        s.as_ref()
            .map_or((0, 0), |s| (s.answered(), s.answers.len()))
    });
    let keep_copy = Signal::derive(move || {
        phone
            .sheet
            .with(|s| s.as_ref().is_some_and(|s| s.keep_copy))
    });
    let send_back = move |_| {
        let Some(sheet) = phone.sheet.get_untracked() else {
            return;
        };
        let day = today();
        if sheet.keep_copy {
            if let Err(e) = keep_answers(KeptAnswers::of(&sheet, day)) {
                phone.error.set(Some(e.to_string()));
                return;
            }
        }
        let sealed = sheet.send_back(day);
        phone.keep(&OnThePhone::SentBack(sealed.clone()));
        phone.sheet.set(None);
        phone.sent_back.set(Some(sealed));
        phone.screen.set(Screen::SendBack);
        focus_soon("send-back-heading");
    };
    let back = move |_| {
        phone.change(|s| s.position = s.answers.len().saturating_sub(1));
        phone.screen.set(Screen::Cards);
    };
    view! {
        <h1 id="finish-heading" tabindex="-1">"Thank you"</h1>
        <p class="lead">{format!("You answered {} of {} cards.", counts.0, counts.1)}</p>
        <p>"When you are ready, send your answers back to your worker. After that they cannot be changed."</p>
        <label class="choice">
            <input
                type="checkbox"
                checked=keep_copy
                on:change=move |ev| {
                    let on = event_target_checked(&ev);
                    phone.change(|s| s.keep_copy = on);
                }
            />
            "Keep a copy on this phone"
        </label>
        <p class="hint">"A copy lets you see your own answers over time on this phone. Only someone holding this phone can see it, and you can delete it at any time."</p>
        <div class="actions">
            <button type="button" class="button-primary" on:click=send_back>"Send your answers back"</button>
            <button type="button" class="button-secondary" on:click=back>"Back to the cards"</button>
        </div>
    }
}
