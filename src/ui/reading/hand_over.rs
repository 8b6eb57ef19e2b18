use leptos::html;
use leptos::prelude::*;

use super::Sheet;
use crate::storage::mark_hand_over;
use crate::ui::router::use_navigator;
use crate::ui::widgets::ConfirmDialog;

/// `Hand to the person`: hides the menu and every way into the rest of the app, so that the
/// device can be passed over showing only the cards; `Give back` (with a confirmation)
/// brings the full app back.
#[component]
pub fn HandOver(
    /// The reading handed over.
    sheet: Sheet,
    /// Who it is handed to, in words ("the person").
    who: &'static str,
) -> impl IntoView {
    let navigator = use_navigator();
    let dialog = NodeRef::<html::Dialog>::new();
    let ids = move || {
        let person = sheet.person.with_untracked(|p| p.id.as_str().to_owned());
        let reading = sheet.reading.with_untracked(|r| r.id.clone());
        (person, reading)
    };
    let hand = move |_| {
        let (person, reading) = ids();
        mark_hand_over(Some((&person, &reading)));
        navigator.set_locked(true);
    };
    let ask = move |_| {
        if let Some(dialog) = dialog.get_untracked() {
            let _ = dialog.show_modal();
        }
    };
    let give_back = Callback::new(move |()| {
        if let Some(dialog) = dialog.get_untracked() {
            dialog.close();
        }
        mark_hand_over(None);
        navigator.set_locked(false);
    });
    view! {
        <div class="hand-over">
            {move || match navigator.locked() {
                false => view! {
                    <button type="button" class="button-secondary" on:click=hand>
                        {format!("Hand to {who}")}
                    </button>
                }.into_any(),
                true => view! {
                    <button type="button" class="button-secondary" on:click=ask>"Give back"</button>
                }.into_any(),
            }}
        </div>
        // A deliberate step, so a person cannot stumble into other people's records.
        <ConfirmDialog
            dialog=dialog
            id="give-back-title"
            title="Give the device back to the worker?"
            message="This shows the whole app again, with everyone's records. The answers so far are saved."
            confirm_label="Yes, give it back"
            confirm_class="button-primary"
            cancel_label="Keep answering"
            on_confirm=give_back
        />
    }
}
