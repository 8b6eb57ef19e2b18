use leptos::prelude::*;

use super::backup::download_backup;
use super::days_ago;
use crate::domain::read_notes;
use crate::storage::{active_keys, BrowserStore};
use crate::ui::clock::today;
use crate::ui::state::use_app_state;

/// `Export backup`: one JSON file of every record, and when the last one was made. Opened
/// as `/data?export=1` (the banners' one-click export from another page) it exports at once.
#[component]
pub fn BackupSection() -> impl IntoView {
    let state = use_app_state();
    let last = RwSignal::new(read_notes(&BrowserStore, &active_keys()).last_backup);
    // Another tab may have exported, or wiped: read again whenever storage changes.
    Effect::new(move |_| {
        state.changes.track();
        last.set(read_notes(&BrowserStore, &active_keys()).last_backup);
    });
    let outcome = RwSignal::new(None::<Result<String, String>>);
    let export = move || {
        let result = download_backup();
        last.set(read_notes(&BrowserStore, &active_keys()).last_backup);
        outcome.set(Some(result));
    };
    let query = crate::ui::router::use_navigator().query();
    let asked = crate::route::query_value(&query, "export") == Some("1");
    if asked {
        export();
    }
    view! {
        <section aria-labelledby="backup-heading">
            <h2 id="backup-heading">"Backup"</h2>
            <p id="last-backup">"Last backup: " {move || days_ago(last.get(), today())} "."</p>
            <p>
                "A backup is one file holding everyone's records, your decks and the service "
                "settings. Keep it somewhere safe, such as your organisation's secure storage."
            </p>
            <div class="actions">
                <button type="button" class="button-primary" on:click=move |_| export()>
                    "Export backup"
                </button>
            </div>
            <p role="status">
                {move || outcome.get().and_then(Result::ok)}
            </p>
            <p role="alert" class="error-message">
                {move || outcome.get().and_then(Result::err)}
            </p>
        </section>
    }
}
