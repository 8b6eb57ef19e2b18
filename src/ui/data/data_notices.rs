use leptos::prelude::*;

use crate::domain::{read_notes, reminder_due, write_notes};
use crate::storage::{active_keys, request_persistence, BrowserStore};
use crate::ui::clock::now;
use crate::ui::state::use_app_state;
use crate::ui::widgets::{ExportLink, Link};

/// Why and how to add the app to an iPhone's home screen (here and on the Data page).
pub(super) const IPHONE_HOME_SCREEN: &str =
    "On an iPhone or iPad, add Outcome Focus to the home screen (in Safari: Share, then Add \
     to Home Screen) and open it from there: Safari deletes a site's data after 7 days \
     without a visit, but not an installed app's.";

/// Whether installing the app would help: it was opened from a web address (the single-file
/// edition cannot be installed) and is not already running as an installed app.
pub(super) fn may_install() -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let on_the_web = window
        .location()
        .protocol()
        .is_ok_and(|protocol| protocol == "https:" || protocol == "http:");
    // Through Reflect: matchMedia is not among the web-sys features the app builds with.
    let standalone = || -> Option<bool> {
        use wasm_bindgen::JsCast;
        let get = |target: &wasm_bindgen::JsValue, name: &str| {
            js_sys::Reflect::get(target, &wasm_bindgen::JsValue::from_str(name)).ok()
        };
        let match_media: js_sys::Function = get(&window, "matchMedia")?.dyn_into().ok()?;
        let query = wasm_bindgen::JsValue::from_str("(display-mode: standalone)");
        get(&match_media.call1(&window, &query).ok()?, "matches")?.as_bool()
    };
    on_the_web && !standalone().unwrap_or(false)
}

/// On the People list and the Data page: on first use, where the records are kept and how
/// to keep them (until dismissed, remembered on this device; dismissing it asks the browser
/// to keep the data for good); and, after the service's number of days with changes since
/// the last backup, a gentle reminder with a one-click export.
#[component]
pub fn DataNotices() -> impl IntoView {
    let state = use_app_state();
    let notes = Memo::new(move |_| {
        state.changes.track();
        read_notes(&BrowserStore, &active_keys())
    });
    // Hidden at once when dismissed, even if storage refuses to remember it.
    let welcome_hidden = RwSignal::new(false);
    let reminder_hidden = RwSignal::new(false);
    let reminder = Memo::new(move |_| {
        // Every save or import can change the records' times, even when the notes stay.
        state.changes.track();
        let days = state.settings.with(|s| s.backup_reminder_days);
        let times = state.record_times();
        reminder_due(notes.get().last_backup, times, now(), days).then_some(days)
    });
    let dismiss = move |_| {
        welcome_hidden.set(true);
        // Asked on a click: a browser that asks the user (Firefox) shows its question in
        // answer to something they did. The Data page says what it answered.
        leptos::task::spawn_local(async {
            request_persistence().await;
        });
        let keys = active_keys();
        let mut dismissed = read_notes(&BrowserStore, &keys);
        dismissed.welcome_dismissed = true;
        // Best effort: if it cannot be remembered, the notice shows again next time.
        let _ = write_notes(&BrowserStore, &keys, &dismissed, now());
    };
    let welcome = move || {
        (!welcome_hidden.get() && !notes.with(|n| n.welcome_dismissed)).then(|| {
            view! {
                <section class="notice notice-info banner" aria-labelledby="welcome-heading">
                    <h2 id="welcome-heading">"Your records stay on this device"</h2>
                    <p>
                        "Everything you record is stored only in this browser on this device. "
                        "Nobody else has a copy, and clearing the browser's history or site data "
                        "deletes it. Export a backup regularly from the "
                        <Link to="/data">"Data page"</Link> "."
                    </p>
                    {may_install().then(|| view! { <p>{IPHONE_HOME_SCREEN}</p> })}
                    <p>"Choosing Got it also asks this browser to keep the data for good."</p>
                    <button type="button" class="button-secondary" on:click=dismiss>
                        "Got it"
                    </button>
                </section>
            }
        })
    };
    let due = move || {
        let days = reminder.get().filter(|_| !reminder_hidden.get())?;
        Some(view! {
            <section class="notice notice-warning banner" aria-labelledby="reminder-heading">
                <h2 id="reminder-heading">"Time for a backup"</h2>
                <p>
                    {format!(
                        "Records have changed and there has been no backup for {days} days or \
                         more. A backup keeps them safe if this browser's data is lost."
                    )}
                </p>
                <div class="actions">
                    <ExportLink/>
                    <button
                        type="button"
                        class="button-secondary"
                        on:click=move |_| reminder_hidden.set(true)
                    >
                        "Not now"
                    </button>
                </div>
            </section>
        })
    };
    view! { {welcome} {due} }
}
