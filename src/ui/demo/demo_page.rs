use leptos::prelude::*;

use crate::domain::{demo_service, DEMO_SERVICE_NAME};
use crate::storage::{in_demo, leave_demo, start_demo};
use crate::ui::clock::{now, today};
use crate::ui::set_title;
use crate::ui::shell::{show_people_afresh, LEFT};

/// `Demo`: what the demonstration service is, and `Start the demo`, or while it is on,
/// `Reset the demo` and `Leave the demo`. The demo is generated here.
#[component]
pub fn DemoPage() -> impl IntoView {
    set_title("Demo");
    let error = RwSignal::new(None::<String>);
    let start = move |message: &'static str| match demo_service(today())
        .and_then(|demo| start_demo(&demo, now()))
    {
        Ok(()) => show_people_afresh(message),
        Err(e) => error.set(Some(e.to_string())),
    };
    let actions = if in_demo() {
        view! {
            <p>"The demo is on in this tab."</p>
            <div class="actions">
                <button
                    type="button"
                    class="button-primary"
                    on:click=move |_| start("The demo was reset: everything is as it was at the start.")
                >
                    "Reset the demo"
                </button>
                <button
                    type="button"
                    class="button-secondary"
                    on:click=move |_| {
                        leave_demo();
                        show_people_afresh(LEFT);
                    }
                >
                    "Leave the demo"
                </button>
            </div>
        }
        .into_any()
    } else {
        view! {
            <div class="actions">
                <button
                    type="button"
                    class="button-primary"
                    on:click=move |_| start("You are in the demo. Everyone here is fictional.")
                >
                    "Start the demo"
                </button>
            </div>
        }
        .into_any()
    };
    view! {
        <h1>"Try the demo"</h1>
        <p>
            {format!("The demo is a fictional service, {DEMO_SERVICE_NAME}: ")}
            "ten people, children and adults, each with a first conversation, what matters to "
            "them in their own words, outcomes, reviews with the person's and the worker's "
            "views, trigger-card readings and unplanned outcomes; the service's aims with their "
            "targets, some met and some not yet; and the life story work logic model. Its dates "
            "count back from today, so some reviews are always due."
        </p>
        <p>
            "Use it to show colleagues what an outcome focus looks like, or to try the app before "
            "recording anyone real. It is kept apart from your records: while it is on, a banner "
            "at the top of every page says so, and nothing done in the demo changes your own "
            "records. It stays on in this tab until you leave it or close the tab; leaving "
            "removes the demo from this device."
        </p>
        {actions}
        <p role="alert" class="error-message">{move || error.get()}</p>
    }
}
