use leptos::prelude::*;

use crate::storage::{active_keys, forget_session, in_demo, wipe_device};
use crate::ui::state::use_app_state;

/// The word to type before a device is wiped: deliberate, and the same in every language
/// the app may one day speak.
const CONFIRM_WORD: &str = "WIPE";

/// `Wipe this device`: removes every key the app keeps in this browser (and nothing else of
/// the site), after the user types the confirmation word. For a shared or handed-on device.
#[component]
pub fn WipeSection() -> impl IntoView {
    let state = use_app_state();
    let typed = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let done = RwSignal::new(None::<String>);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        done.set(None);
        if typed.get_untracked().trim() != CONFIRM_WORD {
            error.set(Some(format!(
                "Type {CONFIRM_WORD} in capitals to confirm. Nothing was removed."
            )));
            return;
        }
        match wipe_device() {
            Ok(removed) => {
                forget_session(&active_keys());
                error.set(None);
                typed.set(String::new());
                done.set(Some(format!(
                    "This device was wiped: {removed} stored values of Outcome Focus were removed. \
                     The app is as new."
                )));
            }
            Err(e) => error.set(Some(format!("{e} Some values may remain: try again."))),
        }
        state.refresh();
    };
    view! {
        <section aria-labelledby="wipe-heading">
            <h2 id="wipe-heading">"Wipe this device"</h2>
            <p>
                "Before a device is shared or handed on: removes everything Outcome Focus keeps in "
                "this browser (people, conversations, readings, decks, settings). It cannot be "
                "undone: export a backup first if you need the records."
            </p>
            {in_demo().then(|| view! {
                <p class="notice notice-warning">
                    "You are in the demo: this removes the demonstration data only. The real "
                    "records are not touched; leave the demo to wipe them."
                </p>
            })}
            <form class="form" novalidate on:submit=submit>
                <div class="field" class:field-invalid=move || error.with(Option::is_some)>
                    <label for="wipe-confirm">{format!("Type {CONFIRM_WORD} to confirm")}</label>
                    <p class="error-message" id="wipe-confirm-error" role="alert">
                        {move || error.get()}
                    </p>
                    <input
                        id="wipe-confirm"
                        type="text"
                        autocomplete="off"
                        aria-describedby="wipe-confirm-error"
                        prop:value=move || typed.get()
                        on:input=move |ev| typed.set(event_target_value(&ev))
                    />
                </div>
                <div class="actions">
                    <button type="submit" class="button-danger">"Wipe this device"</button>
                </div>
            </form>
            <p role="status">{move || done.get()}</p>
        </section>
    }
}
