//! The Leptos app: a thin layer over the core. Pages read and save through
//! [`crate::storage::repository`] and keep only plain data in signals.

use leptos::prelude::*;

mod app;
pub mod backup;
pub mod bundles;
pub mod clock;
pub mod components;
pub mod drafts;
pub mod files;
pub mod pages;
pub mod router;
pub mod state;

pub use app::{App, Pages};

/// The sub-path the app is served from (`/outcome-focus`), set at build time with
/// `OUTCOME_FOCUS_BASE_PATH`; empty when it is served from the root.
pub const BASE_PATH: &str = match option_env!("OUTCOME_FOCUS_BASE_PATH") {
    Some(path) => path,
    None => "",
};

/// Mounts one bundle of the app on the page's `<body>`.
pub fn mount(bundle: crate::route::Bundle, pages: Pages) {
    leptos::mount::mount_to_body(move || view! { <App bundle=bundle pages=pages/> });
}

/// Sets the browser tab's title for the current page.
pub fn set_title(page: &str) {
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        document.set_title(&format!("{page} – Outcome Focus"));
    }
}
