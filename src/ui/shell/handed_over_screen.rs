use leptos::ev::MouseEvent;
use leptos::prelude::*;

use super::{use_hand_over, GiveBack};
use crate::ui::router::href;
use crate::ui::set_title;

/// What every address shows while the device is handed over but the handed-over cards
/// cannot be shown here: another tab handed it over, the reading is in the other data set
/// (the demo or the real records), or its record cannot be read. No names, no records: a way
/// back to the cards where this tab can show them, and `Give back`, so that the device is
/// never stuck.
#[component]
pub fn HandedOverScreen() -> impl IntoView {
    set_title("Handed over");
    let hand_over = use_hand_over();
    let back = move |ev: MouseEvent| {
        // Leave modified clicks (new tab, new window) to the browser: a new tab shows the
        // cards too.
        if ev.button() != 0 || ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key() {
            return;
        }
        ev.prevent_default();
        hand_over.return_to_cards();
    };
    view! {
        <h1>"This device has been handed over"</h1>
        <p class="lead">
            "It is being used to answer some questions. Everything else stays hidden until the worker gives it back."
        </p>
        {move || hand_over.cards_here().map(|path| view! {
            <p><a href=href(&path) class="button-primary" on:click=back>"Back to the questions"</a></p>
        })}
        <div class="hand-over hand-over-screen">
            <GiveBack/>
        </div>
    }
}
