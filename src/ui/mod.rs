//! The Leptos app: a thin layer over the core. Pages read and save through [`records`] (over
//! [`crate::storage::repository`]) and keep only plain data in signals.
//!
//! One folder per feature holds its page(s) and the components only it uses, so a feature's
//! code is found in one guess: `people/` (the list, adding and editing a person), `person/`
//! (a person's page), `conversation/`, `review/`, `unplanned/`, `reading/`, `invitation/` (cards on the
//! person's own phone: sending, and receiving their answers), `cards/`,
//! `progress/` (a person's progress and report, with their charts), `service/` (settings and
//! aims), `dashboard/` (with the service report), `export/`, `reflections/`,
//! `logic_models/`, `learn/`, `demo/` and `data/`. Beside them: `shell/` (what frames every
//! page), `widgets/` (generic inputs and pieces several features use), [`pages`] (which page
//! an address shows), and the plumbing: [`app`](App), [`router`], [`state`], [`clock`],
//! [`records`], [`drafts`] and [`files`].

use leptos::prelude::*;

mod app;
pub mod cards;
pub mod clock;
pub mod conversation;
pub mod dashboard;
pub mod data;
pub mod demo;
pub mod drafts;
pub mod export;
pub mod files;
pub mod invitation;
pub mod learn;
pub mod logic_models;
pub mod pages;
pub mod people;
pub mod person;
pub mod progress;
pub mod reading;
pub mod records;
pub mod reflections;
pub mod review;
pub mod router;
pub mod service;
pub mod shell;
pub mod state;
pub mod unplanned;
pub mod widgets;

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
