use leptos::prelude::*;

use crate::ui::widgets::Link;

/// The People list before anyone is added: what the app is for, in two sentences, and the
/// two ways to begin.
#[component]
pub fn Welcome() -> impl IntoView {
    view! {
        <div class="empty-state welcome">
            <p class="welcome-lead">
                "Outcome Focus helps you and the people you support agree personal outcomes in "
                "their own words and see, card by card, how their lives change. Everything "
                "stays in this browser: no account, no server."
            </p>
            <div class="welcome-actions">
                <Link to="/people/new" class="button-primary">"Add a person"</Link>
                <Link to="/demo" class="button-secondary">"Try the demo"</Link>
            </div>
        </div>
    }
}
