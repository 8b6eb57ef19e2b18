use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::KeyboardEvent;

use super::{presenting, set_presenting, PresenterToggle};
use crate::domain::learn::{shortcut, KeyPress, LearnTopic, Shortcut};
use crate::route::Route;
use crate::ui::router::use_navigator;
use crate::ui::widgets::Link;

/// Where a Previous or Next link goes, and what it says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PageLink {
    /// The app path.
    pub path: String,
    /// The page's name.
    pub title: &'static str,
}

impl PageLink {
    /// The Learn section's contents.
    pub fn contents() -> PageLink {
        PageLink {
            path: Route::Learn.path(),
            title: "Contents",
        }
    }

    /// A Learn page.
    pub fn topic(topic: &LearnTopic) -> PageLink {
        PageLink {
            path: Route::LearnPage(topic.slug.to_owned()).path(),
            title: topic.title,
        }
    }
}

/// Elements whose keys belong to them: typing, choosing a radio button (the arrow keys move
/// between them), picking from a list.
const FORM_CONTROLS: &str = "input, textarea, select, [contenteditable], [role=radiogroup], \
                             [role=textbox], [role=combobox], [role=listbox], [role=slider]";

/// Every Learn page's frame: the `Presenter view` toggle, the page, Previous / Next links,
/// and the keyboard shortcuts that follow them.
#[component]
pub fn LearnFrame(
    /// Where Previous goes, if anywhere.
    previous: Option<PageLink>,
    /// Where Next goes, if anywhere.
    next: Option<PageLink>,
    /// The page.
    children: Children,
) -> impl IntoView {
    let navigator = use_navigator();
    let on = RwSignal::new(presenting());
    let paths = (
        previous.as_ref().map(|l| l.path.clone()),
        next.as_ref().map(|l| l.path.clone()),
    );
    let keys = window_event_listener(leptos::ev::keydown, move |event: KeyboardEvent| {
        if event.default_prevented() || event.repeat() {
            return;
        }
        let in_form_control = event
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .is_some_and(|e| e.closest(FORM_CONTROLS).ok().flatten().is_some());
        let key = event.key();
        let press = KeyPress {
            key: &key,
            modified: event.ctrl_key() || event.alt_key() || event.meta_key(),
            in_form_control,
            presenting: on.get_untracked(),
        };
        let target = match shortcut(press) {
            Some(Shortcut::Next) => paths.1.as_deref(),
            Some(Shortcut::Previous) => paths.0.as_deref(),
            Some(Shortcut::LeavePresenterView) => {
                set_presenting(false);
                on.set(false);
                None
            }
            None => return,
        };
        event.prevent_default();
        if let Some(path) = target {
            navigator.go(path);
        }
    });
    on_cleanup(move || keys.remove());

    let link = |link: Option<PageLink>, rel: &'static str| {
        link.map(|link| {
            let class = if rel == "Next" {
                "learn-next"
            } else {
                "learn-previous"
            };
            view! {
                <Link to=link.path class=class>
                    <span class="learn-rel">{rel} ": "</span>
                    {link.title}
                </Link>
            }
        })
    };
    view! {
        <div class="learn" class:presenter-view=move || on.get()>
            <div class="learn-tools">
                <PresenterToggle on=on/>
            </div>
            {children()}
            <nav class="learn-pager" aria-label="Learn pages">
                {link(previous, "Previous")}
                {link(next, "Next")}
            </nav>
            <p class="hint learn-keys">
                "Keyboard shortcuts: Right arrow or N for the next page, Left arrow or P for "
                "the previous page, Escape to leave presenter view. They do nothing while you "
                "type or choose an answer."
            </p>
        </div>
    }
}
