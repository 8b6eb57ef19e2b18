use leptos::prelude::*;

use crate::storage::{carry_flash, in_demo, leave_demo};
use crate::ui::router::{href, reload_at, use_navigator};

/// After the tab has switched between the demo and the real records: the People list,
/// loaded afresh (not just shown) so that every part of the app reads the data set now in
/// use, with `message` on it.
pub fn show_people_afresh(message: &str) {
    carry_flash("/", message);
    reload_at("/");
}

/// Said on the People list after leaving the demo.
pub const LEFT: &str = "You left the demo. These are your own records.";

/// At the top of every page while this tab shows the demo: says so plainly, and offers the
/// way out.
#[component]
pub fn DemoBanner() -> impl IntoView {
    let navigator = use_navigator();
    let leave = move |_| {
        leave_demo();
        show_people_afresh(LEFT);
    };
    in_demo().then(|| {
        // Nothing but the words while handed over: the person holding the device stays on
        // the cards.
        view! {
            <section
                class="demo-banner"
                class:demo-banner-locked=move || navigator.locked()
                aria-label="Demo"
            >
                <span class="demo-banner-words">"Demo data, not real people"</span>
                <button type="button" class="button-secondary" on:click=leave>
                    "Leave the demo"
                </button>
                <a href=href("/demo")>"Reset the demo"</a>
            </section>
        }
    })
}
