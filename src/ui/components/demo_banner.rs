use leptos::prelude::*;

use super::Link;
use crate::storage::{in_demo, leave_demo};
use crate::ui::router::{use_navigator, Navigator};
use crate::ui::state::{use_app_state, AppState};

/// After the tab has switched between the demo and the real records: the People list,
/// loaded afresh so that every part of the app reads the data set now in use, with
/// `message` on it.
pub fn show_people_afresh(state: AppState, navigator: Navigator, message: &str) {
    state.flash("/", message.to_owned());
    state.carry_flash();
    navigator.go("/");
    navigator.load_afresh();
}

/// Said on the People list after leaving the demo.
pub const LEFT: &str = "You left the demo. These are your own records.";

/// At the top of every page while this tab shows the demo: says so plainly, and offers the
/// way out. Kept tiny: every bundle carries it.
#[component]
pub fn DemoBanner() -> impl IntoView {
    let state = use_app_state();
    let navigator = use_navigator();
    let leave = move |_| {
        leave_demo();
        show_people_afresh(state, navigator, LEFT);
    };
    in_demo().then(|| {
        view! {
            <section class="demo-banner" aria-label="Demo">
                <p><strong>"Demo data, not real people"</strong></p>
                // Not while handed over: the person holding the device stays on the cards.
                <Show when=move || !navigator.locked()>
                    <button type="button" class="button-secondary" on:click=leave>
                        "Leave the demo"
                    </button>
                    <Link to="/demo">"Reset the demo"</Link>
                </Show>
            </section>
        }
    })
}
