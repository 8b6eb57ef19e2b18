use leptos::prelude::*;

use crate::route::{return_fragment, Route};
use crate::ui::router::Navigator;

/// A return link opened in the app (`#r` and digits), waiting for the Receive answers page to
/// check it; taken from the address bar at once, so the link does not linger there.
#[derive(Clone, Copy)]
pub struct OpenedReturn(RwSignal<Option<String>>);

impl OpenedReturn {
    /// The return opened, if any, tracked; the page takes it with [`OpenedReturn::take`].
    pub fn pending(&self) -> bool {
        self.0.with(Option::is_some)
    }

    /// The return opened, which is then no longer pending.
    pub fn take(&self) -> Option<String> {
        let mut taken = None;
        self.0.update_untracked(|pending| taken = pending.take());
        taken
    }
}

/// Follows return links: when the app starts, or the fragment changes, at `#r` and digits,
/// the fragment is removed from the address bar (`history.replaceState`) and the app goes to
/// Receive answers with it. Not while the device is handed over: the person holding it must
/// not leave their cards. Keep the handle for as long as the app runs.
pub fn follow_return_links(navigator: Navigator) -> WindowListenerHandle {
    let opened = OpenedReturn(RwSignal::new(None));
    provide_context(opened);
    let follow = move || {
        if navigator.is_locked_untracked() {
            return;
        }
        let hash = web_sys::window()
            .and_then(|w| w.location().hash().ok())
            .unwrap_or_default();
        let Some(fragment) = return_fragment(&hash) else {
            return;
        };
        let fragment = fragment.to_owned();
        remove_fragment();
        opened.0.set(Some(fragment));
        navigator.replace(&Route::ReceiveAnswers.path());
    };
    follow();
    window_event_listener(leptos::ev::hashchange, move |_| follow())
}

/// Takes the fragment out of the address bar without a new history entry.
fn remove_fragment() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let location = window.location();
    let without = format!(
        "{}{}",
        location.pathname().unwrap_or_default(),
        location.search().unwrap_or_default()
    );
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&without));
    }
}
