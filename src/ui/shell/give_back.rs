use leptos::ev::SubmitEvent;
use leptos::html;
use leptos::prelude::*;

use super::use_hand_over;
use crate::domain::{plural, GiveBack as Tried, FORGOTTEN_WAIT};
use crate::ui::clock::{local_time, now};
use crate::ui::widgets::{ConfirmDialog, PinField};

/// What a wrong PIN says.
const WRONG_PIN: &str = "That PIN is not right. The cards stay here.";

/// `Give back`, shown while the device is handed over (above the cards, and on the neutral
/// screen). With a PIN it asks for it, and a worker who has forgotten it can give back after
/// a wait that everyone can see; without one it asks for a confirmation. Either way the
/// focused, default choice is `Keep answering`, so that taps or Enter pressed in a hurry
/// never open everyone's records.
#[component]
pub fn GiveBack() -> impl IntoView {
    let hand_over = use_hand_over();
    let confirm = NodeRef::<html::Dialog>::new();
    let pin_dialog = NodeRef::<html::Dialog>::new();
    let pin_input = NodeRef::<html::Input>::new();
    let typed = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<String>);
    let not_yet = RwSignal::new(None::<String>);
    let without_pin_from = Memo::new(move |_| {
        hand_over
            .mark()
            .and_then(|mark| mark.without_pin_from())
            .map(local_time)
    });

    let ask = move |_| {
        let guarded = hand_over
            .mark_untracked()
            .is_some_and(|mark| mark.has_pin());
        let dialog = if guarded {
            typed.set(String::new());
            problem.set(None);
            not_yet.set(None);
            pin_dialog
        } else {
            confirm
        };
        if let Some(dialog) = dialog.get_untracked() {
            let _ = dialog.show_modal();
        }
    };
    // Closes the dialogs first: giving back redraws the page, which removes this component.
    let give_back = move || {
        for dialog in [confirm, pin_dialog] {
            if let Some(dialog) = dialog.get_untracked() {
                dialog.close();
            }
        }
        hand_over.give_back();
    };
    let focus_pin = move || {
        if let Some(input) = pin_input.get_untracked() {
            let _ = input.focus();
        }
    };
    let check = move |ev: SubmitEvent| {
        ev.prevent_default();
        let Some(mut mark) = hand_over.mark_untracked() else {
            // Given back meanwhile (in another tab): nothing is guarded any more.
            give_back();
            return;
        };
        let at = now();
        let message = match mark.try_pin(&typed.get_untracked(), at) {
            Tried::Given => {
                give_back();
                return;
            }
            Tried::Wrong { wait_until } => {
                hand_over.remember(mark);
                typed.set(String::new());
                match wait_until {
                    None => WRONG_PIN.to_owned(),
                    Some(until) => format!(
                        "{WRONG_PIN} After several wrong tries, wait {} before the next one.",
                        seconds(until - at)
                    ),
                }
            }
            Tried::Wait { until } => format!(
                "Wait {} more before trying a PIN again. The cards stay here.",
                seconds(until - at)
            ),
            Tried::NotAPin(error) => error.to_string(),
        };
        problem.set(Some(message));
        focus_pin();
    };
    let forgot = move |_| {
        if let Some(mut mark) = hand_over.mark_untracked() {
            mark.forget_pin(now());
            hand_over.remember(mark);
        }
    };
    let without_pin = move |_| match hand_over.mark_untracked() {
        Some(mark) if !mark.can_give_back_without_pin(now()) => {
            let from = without_pin_from.get_untracked().unwrap_or_default();
            not_yet.set(Some(format!(
                "Not yet: without the PIN it can be given back from {from}."
            )));
        }
        _ => give_back(),
    };
    let close = move |_| {
        if let Some(dialog) = pin_dialog.get_untracked() {
            dialog.close();
        }
    };
    let wait_minutes = FORGOTTEN_WAIT.num_minutes();

    view! {
        <button type="button" class="button-secondary" on:click=ask>"Give back"</button>
        {move || without_pin_from.get().map(|from| view! {
            <p class="hand-over-note">
                {format!("Asked to give back without the PIN: possible from {from}.")}
            </p>
        })}
        // A deliberate step, so a person cannot stumble into other people's records.
        <ConfirmDialog
            dialog=confirm
            id="give-back-title"
            title="Give the device back to the worker?"
            message="This shows the whole app again, with everyone's records. The answers so far are saved."
            confirm_label="Yes, give it back"
            confirm_class="button-primary"
            cancel_label="Keep answering"
            on_confirm=Callback::new(move |()| give_back())
        />
        <dialog node_ref=pin_dialog class="dialog" aria-labelledby="give-back-pin-title">
            <h2 id="give-back-pin-title">"Type the PIN to give the device back"</h2>
            <p>"It shows the whole app again, with everyone's records. The answers so far are saved."</p>
            <form novalidate on:submit=check>
                <PinField
                    id="give-back-pin"
                    label="PIN (4 digits)"
                    value=typed
                    error=Signal::from(problem)
                    node_ref=pin_input
                />
                <div class="actions">
                    <button type="button" class="button-secondary" autofocus on:click=close>
                        "Keep answering"
                    </button>
                    <button type="submit" class="button-primary">"Give it back"</button>
                </div>
            </form>
            <div class="give-back-forgotten">
                {move || match without_pin_from.get() {
                    None => view! {
                        <p id="give-back-forgotten-hint">
                            {format!("Without the PIN, the device can be given back {wait_minutes} minutes after asking.")}
                        </p>
                        <button
                            type="button"
                            class="button-secondary"
                            aria-describedby="give-back-forgotten-hint"
                            on:click=forgot
                        >
                            "Forgotten the PIN?"
                        </button>
                    }.into_any(),
                    Some(from) => view! {
                        <p>{format!("Without the PIN, the device can be given back from {from}.")}</p>
                        <button type="button" class="button-secondary" on:click=without_pin>
                            "Give back without the PIN"
                        </button>
                        <p role="status">{move || not_yet.get()}</p>
                    }.into_any(),
                }}
            </div>
        </dialog>
    }
}

/// A wait in words, at least one second: "30 seconds".
fn seconds(wait: chrono::TimeDelta) -> String {
    let n = usize::try_from(wait.num_seconds().max(1)).unwrap_or(1);
    plural(n, "second", "seconds")
}
