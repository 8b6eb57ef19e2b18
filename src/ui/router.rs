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
}

impl Navigator {
    /// Reads the browser's address, follows back/forward, and provides itself as context.
    pub fn provide() -> Self {
        let navigator = Navigator {
            path: RwSignal::new(current_path()),
        };
        provide_context(navigator);
        // Kept for the app's lifetime: the app is never unmounted.
        let _history = window_event_listener(leptos::ev::popstate, move |_| {
            navigator.path.set(current_path());
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
        if let Some(window) = web_sys::window() {
            if let Ok(history) = window.history() {
                let _ = history.push_state_with_url(&JsValue::NULL, "", Some(&href(path)));
            }
            window.scroll_to_with_x_and_y(0.0, 0.0);
        }
        self.path.set(path.to_owned());
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
