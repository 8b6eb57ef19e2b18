use leptos::prelude::*;

use crate::ui::router::use_navigator;
use crate::ui::state::use_app_state;

/// A one-off confirmation ("Alex was deleted.") shown on the page it was meant for, and
/// announced by screen readers.
#[component]
pub fn FlashMessage() -> impl IntoView {
    let state = use_app_state();
    let navigator = use_navigator();
    // Once the user moves to another page the message has been seen: forget it, so coming
    // back later does not repeat it.
    Effect::new(move |_| {
        let path = navigator.path();
        if state
            .flash
            .with_untracked(|f| f.as_ref().is_some_and(|f| f.path != path))
        {
            state.flash.set(None);
        }
    });
    let message = move || {
        state
            .flash
            .get()
            .filter(|flash| flash.path == navigator.path())
            .map(|flash| flash.message)
    };
    view! {
        <div role="status" class="flash" class:flash-shown=move || message().is_some()>
            {message}
        </div>
    }
}
