//! The app shell: header, navigation, notices, the current page, and the footer.

use leptos::prelude::*;

use super::pages::page;
use super::router::Navigator;
use super::shell::{
    DemoBanner, FlashMessage, LocalFileNotice, SiteFooter, SiteHeader, StorageFullBanner,
    StoredProblems,
};
use super::state::AppState;
use crate::storage::{active_keys, on_storage_full, watch_other_tabs};

/// The whole app: the shell around the page for the current address. Moving to another page
/// draws it in place, never reloading.
#[component]
pub fn App() -> impl IntoView {
    let state = AppState::load();
    provide_context(state);
    let navigator = Navigator::provide();
    // Kept for the app's lifetime: the app is never unmounted.
    let _other_tabs = watch_other_tabs(active_keys(), move || state.refresh());
    // Whichever page saves, a full store shows the banner that offers a backup.
    on_storage_full(move |full| state.storage_full.set(full));
    // Only a change of page redraws it: a query changed within the page (the dashboard's
    // filters) leaves the route as it was.
    let route = Memo::new(move |_| navigator.route());

    view! {
        <a class="skip-link" href="#main" on:click=skip_to_main>
            "Skip to main content"
        </a>
        <DemoBanner/>
        // Handed over to the person: no menu and no way into the rest of the app.
        <Show when=move || !navigator.locked()>
            <SiteHeader/>
        </Show>
        <main id="main" tabindex="-1">
            <StoredProblems/>
            // Not while handed over: the person holding the device needs none of this.
            <StorageFullBanner/>
            <FlashMessage/>
            <Show when=move || !navigator.locked()>
                <LocalFileNotice/>
            </Show>
            {move || page(route.get())}
        </main>
        <Show when=move || !navigator.locked()>
            <SiteFooter/>
        </Show>
    }
}

/// Moves focus to the page's content. Done here rather than by the browser following `#main`,
/// because in the single-file edition the fragment holds the page's address.
fn skip_to_main(ev: leptos::ev::MouseEvent) {
    ev.prevent_default();
    let main = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("main"));
    if let Some(main) =
        main.and_then(|m| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(m).ok())
    {
        let _ = main.focus();
    }
}
