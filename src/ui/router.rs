//! A small client-side router over the browser's history: the current path in a signal, kept
//! in step with back/forward, and [`Navigator::go`] for links and redirects.
//!
//! The pages themselves are chosen by the pure [`crate::route::Route`]. A dedicated router
//! crate would cost about 15 KB of gzipped download on every phone for features this app
//! does not use.

use leptos::prelude::*;
use wasm_bindgen::JsValue;

use super::BASE_PATH;
use crate::route::Route;

/// The current path (without the base path) and the way to change it.
#[derive(Clone, Copy, Debug)]
pub struct Navigator {
    path: RwSignal<String>,
    /// Set while the device is handed to the person: links and back/forward do nothing.
    locked: RwSignal<bool>,
}

impl Navigator {
    /// Reads the browser's address, follows back/forward, and provides itself as context.
    pub fn provide() -> Self {
        let navigator = Navigator {
            path: RwSignal::new(current_path()),
            locked: RwSignal::new(false),
        };
        provide_context(navigator);
        // Kept for the app's lifetime: the app is never unmounted.
        let _history = window_event_listener(leptos::ev::popstate, move |_| {
            if navigator.locked.get_untracked() {
                // Handed over: the browser's Back must not lead into the rest of the app, so
                // the page the person is on goes straight back on top of the history.
                push_path(&navigator.path.get_untracked());
            } else {
                navigator.path.set(current_path());
            }
        });
        navigator
    }

    /// The current path, tracked.
    pub fn path(&self) -> String {
        self.path.get()
    }

    /// The current page, tracked.
    pub fn route(&self) -> Route {
        self.path.with(|path| Route::parse(path))
    }

    /// Goes to `path` (without the base path), adding it to the history, at the top of the
    /// page.
    pub fn go(&self, path: &str) {
        if self.locked.get_untracked() {
            return;
        }
        push_path(path);
        if let Some(window) = web_sys::window() {
            window.scroll_to_with_x_and_y(0.0, 0.0);
        }
        self.path.set(path.to_owned());
    }

    /// Whether the device is handed over (see [`Navigator::set_locked`]), tracked.
    pub fn locked(&self) -> bool {
        self.locked.get()
    }

    /// Hands the device over (`true`): no link, menu or Back leaves the current page until
    /// it is given back (`false`).
    pub fn set_locked(&self, locked: bool) {
        if locked && !self.locked.get_untracked() {
            // An entry of its own, so a Back press lands on it and is undone (see `provide`).
            push_path(&self.path.get_untracked());
        }
        self.locked.set(locked);
    }
}

/// Adds `path` to the browser's history as the current address.
fn push_path(path: &str) {
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = history.push_state_with_url(&JsValue::NULL, "", Some(&href(path)));
    }
}

impl Navigator {
    /// Loads the current address afresh, replacing this page in the history: the page is in
    /// another bundle, and the loader in `index.html` fetches it.
    pub fn load_afresh(&self) {
        if let Some(window) = web_sys::window() {
            let _ = window.location().replace(&href(&self.path.get_untracked()));
        }
    }
}

/// The navigator provided by the app; a test that mounts a component alone gets its own.
pub fn use_navigator() -> Navigator {
    use_context::<Navigator>().unwrap_or_else(Navigator::provide)
}

/// The address of an app path, under the base path.
pub fn href(path: &str) -> String {
    format!("{BASE_PATH}{path}")
}

fn current_path() -> String {
    let pathname = web_sys::window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_default();
    let path = pathname.strip_prefix(BASE_PATH).unwrap_or(&pathname);
    if path.is_empty() {
        "/".to_owned()
    } else {
        path.to_owned()
    }
}

/// The query of the browser's address (`?from=2026-01-01`), or empty.
pub fn current_query() -> String {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

/// Puts `query` (empty, or starting with `?`) in the address of the current page without a
/// new history entry: for choices within a page, such as the dashboard's filters, that a
/// reload or a bookmark should keep.
pub fn replace_query(query: &str) {
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        let url = format!("{}{query}", href(&current_path()));
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url));
    }
}
