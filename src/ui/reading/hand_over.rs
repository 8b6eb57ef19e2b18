use leptos::ev::SubmitEvent;
use leptos::html;
use leptos::prelude::*;

use super::Sheet;
use crate::domain::{HandOverMark, Pin, PinCheck};
use crate::storage::in_demo;
use crate::ui::clock::random_salt;
use crate::ui::shell::{use_hand_over, GiveBack};
use crate::ui::widgets::PinField;

/// `Hand to the person`: asks for an optional PIN, then hides the menu and every way into
/// the rest of the app (in every tab, through reloads and typed addresses), so that the
/// device can be passed over showing only the cards. [`GiveBack`] brings the full app back.
#[component]
pub fn HandOver(
    /// The reading handed over.
    sheet: Sheet,
    /// Who it is handed to, in words ("the person").
    who: &'static str,
) -> impl IntoView {
    let hand_over = use_hand_over();
    let handed = Memo::new(move |_| hand_over.mark().is_some());
    let dialog = NodeRef::<html::Dialog>::new();
    let pin_input = NodeRef::<html::Input>::new();
    let pin = RwSignal::new(String::new());
    let pin_error = RwSignal::new(None::<String>);
    let failed = RwSignal::new(None::<String>);

    let open = move |_| {
        pin.set(String::new());
        pin_error.set(None);
        failed.set(None);
        if let Some(dialog) = dialog.get_untracked() {
            let _ = dialog.show_modal();
        }
    };
    let close = move || {
        if let Some(dialog) = dialog.get_untracked() {
            dialog.close();
        }
    };
    let hand = move |ev: SubmitEvent| {
        ev.prevent_default();
        let pin = match Pin::optional(&pin.get_untracked()) {
            Ok(pin) => pin,
            Err(error) => {
                pin_error.set(Some(error.to_string()));
                if let Some(input) = pin_input.get_untracked() {
                    let _ = input.focus();
                }
                return;
            }
        };
        let person = sheet.person.with_untracked(|p| p.id.clone());
        let reading = sheet.reading.with_untracked(|r| r.id.clone());
        let check = pin.map(|pin| PinCheck::new(&pin, random_salt()));
        let mark = HandOverMark::new(person, &reading, in_demo(), check);
        match hand_over.hand_over(mark) {
            Ok(()) => close(),
            Err(error) => failed.set(Some(error.to_string())),
        }
    };
    let title = format!("Hand the device to {who}?");

    view! {
        <div class="hand-over">
            {move || match handed.get() {
                false => view! {
                    <button type="button" class="button-secondary" on:click=open>
                        {format!("Hand to {who}")}
                    </button>
                }.into_any(),
                true => view! { <GiveBack/> }.into_any(),
            }}
        </div>
        <dialog node_ref=dialog class="dialog" aria-labelledby="hand-over-title">
            <h2 id="hand-over-title">{title}</h2>
            <p>"Only the cards will show, here and in any other tab, until the device is given back."</p>
            <form novalidate on:submit=hand>
                <PinField
                    id="hand-over-pin"
                    label="PIN to give back (4 digits)"
                    hint="Optional. With a PIN, only someone who knows it can give the device back; without one, Give back asks to confirm."
                    value=pin
                    error=Signal::from(pin_error)
                    node_ref=pin_input
                />
                <div role="alert">
                    {move || failed.get().map(|message| view! { <p class="notice notice-error">{message}</p> })}
                </div>
                <div class="actions">
                    <button type="submit" class="button-primary">"Hand over"</button>
                    <button type="button" class="button-secondary" on:click=move |_| close()>
                        "Cancel"
                    </button>
                </div>
            </form>
        </dialog>
    }
}
