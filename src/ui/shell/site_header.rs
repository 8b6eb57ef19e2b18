use leptos::ev::KeyboardEvent;
use leptos::html;
use leptos::prelude::*;

use crate::storage::in_demo;
use crate::ui::router::use_navigator;
use crate::ui::widgets::Link;

/// The header on every page: the app's name and the main navigation. Narrower than the eight
/// links on one line (below 64rem, see `style/app.css`), the links fold behind a `Menu`
/// button, so that on a phone the header is one 48 px row rather than a quarter of the screen.
#[component]
pub fn SiteHeader() -> impl IntoView {
    let open = RwSignal::new(false);
    let button = NodeRef::<html::Button>::new();
    // Back and Forward move between pages without a click in the menu: it folds then too.
    let navigator = use_navigator();
    Effect::new(move |_| {
        navigator.path();
        open.set(false);
    });
    // Escape folds it and puts focus back on the button, where the menu was opened from.
    let escape = move |ev: KeyboardEvent| {
        if ev.key() == "Escape" && open.get_untracked() {
            open.set(false);
            if let Some(button) = button.get_untracked() {
                let _ = button.focus();
            }
        }
    };
    view! {
        <header class="site-header">
            <Link to="/" class="app-name">"Outcome Focus"</Link>
            <nav aria-label="Main" class="main-nav" class:main-nav-open=open on:keydown=escape>
                <button
                    type="button"
                    class="menu-button"
                    node_ref=button
                    aria-expanded=move || if open.get() { "true" } else { "false" }
                    aria-controls="main-menu"
                    on:click=move |_| open.update(|open| *open = !*open)
                >
                    "Menu"
                </button>
                // A click in the list is a link followed (even to the page already shown,
                // which moves nowhere): the menu has done its job.
                <ul id="main-menu" on:click=move |_| open.set(false)>
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
