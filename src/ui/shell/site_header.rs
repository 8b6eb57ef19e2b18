use leptos::prelude::*;

use crate::storage::in_demo;
use crate::ui::widgets::Link;

/// The header on every page: the app's name and the main navigation.
#[component]
pub fn SiteHeader() -> impl IntoView {
    view! {
        <header class="site-header">
            <Link to="/" class="app-name">"Outcome Focus"</Link>
            <nav aria-label="Main">
                <ul>
                    <li><Link to="/">"People"</Link></li>
                    <li><Link to="/people/new">"Add person"</Link></li>
                    <li><Link to="/cards">"Trigger cards"</Link></li>
                    <li><Link to="/service">"Service"</Link></li>
                    <li><Link to="/service/dashboard">"Dashboard"</Link></li>
                    <li><Link to="/learn">"Learn"</Link></li>
                    <li><Link to="/demo">{if in_demo() { "Demo" } else { "Try the demo" }}</Link></li>
                    <li><Link to="/data">"Data"</Link></li>
                </ul>
            </nav>
        </header>
    }
}
