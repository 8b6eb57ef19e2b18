use leptos::prelude::*;

use crate::storage::{carry_flash, in_demo, leave_demo};
use crate::ui::router::{href, use_navigator};

/// After the tab has switched between the demo and the real records: the People list,
/// loaded afresh (not just shown) so that every part of the app reads the data set now in
/// use, with `message` on it.
pub fn show_people_afresh(message: &str) {
    carry_flash("/", message);
    if let Some(window) = web_sys::window() {
        let _ = window.location().assign(&href("/"));
    }
}

/// Said on the People list after leaving the demo.
pub const LEFT: &str = "You left the demo. These are your own records.";

/// At the top of every page while this tab shows the demo: says so plainly, and offers the
/// way out. Kept tiny: every bundle carries it.
#[component]
pub fn DemoBanner() -> impl IntoView {
    let navigator = use_navigator();
    let leave = move |_| {
        leave_demo();
        show_people_afresh(LEFT);
    };
    in_demo().then(|| {
        // As few elements as will do: every bundle carries this view. Nothing but the words
        // while handed over: the person holding the device stays on the cards.
        view! {
            <section
                class="demo-banner"
                class:demo-banner-locked=move || navigator.locked()
                aria-label="Demo"
            >
                "Demo data, not real people"
                <button type="button" class="button-secondary" on:click=leave>
                    "Leave the demo"
                </button>
                // The demo page is in another bundle: an ordinary link loads it.
                <a href=href("/demo")>"Reset the demo"</a>
            </section>
        }
    })
}
