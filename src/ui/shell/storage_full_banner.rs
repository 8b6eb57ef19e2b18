use leptos::prelude::*;

use crate::ui::state::use_app_state;
use crate::ui::widgets::ExportLink;

/// Shown on every page while a save has failed because storage is full: the edit is still
/// on screen, nothing stored was lost, and a backup is one click away. It goes once a save
/// works again.
#[component]
pub fn StorageFullBanner() -> impl IntoView {
    let state = use_app_state();
    move || {
        state.storage_full.get().then(|| {
            view! {
                // Not an alert: the form that failed to save already announces it.
                <section class="notice notice-error banner" aria-labelledby="full-heading">
                    <h2 id="full-heading">"No room left in this browser"</h2>
                    <p>
                        "This browser has no room left for Outcome Focus, so your last change "
                        "was not saved. It is still on screen, and nothing already stored was "
                        "lost. Export a backup, delete closed cases you no longer need (or free "
                        "space in the browser), then save again."
                    </p>
                    <ExportLink/>
                </section>
            }
        })
    }
}
