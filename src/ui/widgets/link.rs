use leptos::ev::MouseEvent;
use leptos::prelude::*;

use crate::ui::router::{href, use_navigator};

/// A link to a page of the app: a real `<a href>` (so it can be opened in a new tab, copied
/// and bookmarked) that navigates without reloading, and says `aria-current="page"` when it
/// points at the current page.
#[component]
pub fn Link(
    /// The app path it goes to, such as `/people/new`.
    #[prop(into)]
    to: String,
    /// CSS classes.
    #[prop(optional)]
    class: &'static str,
    /// The link's content, which is its accessible name.
    children: Children,
) -> impl IntoView {
    let navigator = use_navigator();
    let full = href(&to);
    let current = {
        let to = to.clone();
        move || navigator.is_current(&to).then_some("page")
    };
    let click = move |ev: MouseEvent| {
        // Leave modified clicks (new tab, new window) to the browser.
        if ev.button() != 0 || ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key() {
            return;
        }
        ev.prevent_default();
        navigator.go(&to);
    };
    view! {
        <a href=full class=class aria-current=current on:click=click>
            {children()}
        </a>
    }
}
