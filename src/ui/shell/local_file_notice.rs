use leptos::prelude::*;

use crate::route::Addresses;
use crate::storage::{dismiss_local_file_notice, local_file_notice_dismissed};
use crate::ui::router::addresses;

/// In the single-file edition only (the app opened from a file): says once that Chromium
/// and Edge give every local file one shared storage, so other local pages can read these
/// records; dismissed for good in this browser.
#[component]
pub fn LocalFileNotice() -> impl IntoView {
    // Hosted copies have their own storage per site: only a file shares it.
    let from_file = matches!(addresses(), Addresses::Fragment);
    // Hidden at once when dismissed, even if storage refuses to remember it.
    let hidden = RwSignal::new(!from_file || local_file_notice_dismissed());
    let dismiss = move |_| {
        hidden.set(true);
        dismiss_local_file_notice();
    };
    move || {
        (!hidden.get()).then(|| {
            view! {
                <section
                    class="notice notice-warning banner"
                    aria-labelledby="local-file-notice-heading"
                >
                    <h2 id="local-file-notice-heading">
                        "Other local pages can read these records"
                    </h2>
                    <p>
                        "You opened Outcome Focus from a file. In Chrome, Edge and other "
                        "Chromium browsers, every page opened from a file on this computer "
                        "shares one storage, so another local page could read what you record "
                        "here. Firefox keeps each file apart. A passphrase lock, coming later, "
                        "will close this; until then, keep this file to a computer you trust."
                    </p>
                    <button type="button" class="button-secondary" on:click=dismiss>
                        "I understand"
                    </button>
                </section>
            }
        })
    }
}
