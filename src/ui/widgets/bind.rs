//! Binding a form field to one string inside a signal of a draft.

use leptos::prelude::*;

/// The value and the setter a [`super::TextField`] needs for one string inside `state`.
pub fn bind<T: Send + Sync + 'static>(
    state: RwSignal<T>,
    get: impl Fn(&T) -> String + Send + Sync + 'static,
    set: impl Fn(&mut T, String) + Send + Sync + 'static,
) -> (Signal<String>, Callback<String>) {
    (
        Signal::derive(move || state.with(&get)),
        Callback::new(move |value| state.update(|s| set(s, value))),
    )
}
