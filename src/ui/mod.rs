//! The Leptos app: a thin layer over the core. Pages read and save through
//! [`crate::storage::repository`] and keep only plain data in signals.

use leptos::prelude::*;

mod app;
pub mod backup;
pub mod clock;
pub mod components;
pub mod drafts;
pub mod files;
pub mod pages;
pub mod router;
pub mod state;

pub use app::App;

/// Mounts the app on the page's `<body>`. Hosted, inside leptos_router's `<Router>`, which
/// then owns the history; opened from a file, without it (see [`router`]).
pub fn mount() {
    match router::addresses() {
        crate::route::Addresses::Path { base } => {
            let base = base.clone();
            leptos::mount::mount_to_body(move || {
                view! {
                    <leptos_router::components::Router base=base>
                        <App/>
                    </leptos_router::components::Router>
                }
            })
        }
        crate::route::Addresses::Fragment => leptos::mount::mount_to_body(App),
    }
}

/// Sets the browser tab's title for the current page.
pub fn set_title(page: &str) {
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        document.set_title(&format!("{page} – Outcome Focus"));
    }
}
