//! The app shell: header, navigation, notices, the current page, and the footer.

use leptos::prelude::*;

use super::components::{
    DemoBanner, FlashMessage, SiteFooter, SiteHeader, StorageFullBanner, StoredProblems,
};
use super::router::Navigator;
use super::state::AppState;
use crate::route::{Bundle, Route};
use crate::storage::{active_keys, on_storage_full, watch_other_tabs};

/// The pages of one bundle: the view for each route it serves (see [`Route::served_by`]).
pub type Pages = fn(Route) -> AnyView;

/// The whole app as one bundle serves it: the shell around the page for the current
/// address. An address of another bundle's page is loaded afresh, so that bundle shows it.
#[component]
pub fn App(
    /// The bundle this download is.
    bundle: Bundle,
    /// Its pages.
    pages: Pages,
) -> impl IntoView {
    let state = AppState::load();
    provide_context(state);
    let navigator = Navigator::provide();
    // Kept for the app's lifetime: the app is never unmounted.
    let _other_tabs = watch_other_tabs(active_keys(), move || state.refresh());
    // Whichever page saves, a full store shows the banner that offers a backup.
    on_storage_full(move |full| state.storage_full.set(full));
    // Back to a page kept in the browser's memory (back/forward cache): another bundle may
    // have saved since it was shown.
    let _page_shown = window_event_listener(leptos::ev::pageshow, move |event| {
        if event.persisted() {
            state.refresh();
        }
    });
    let route = Memo::new(move |_| navigator.route());
    let served = Memo::new(move |_| route.with(|route| route.served_by(bundle)));
    Effect::new(move |_| {
        if !served.get() {
            state.carry_flash();
            navigator.load_afresh();
        }
    });

    view! {
        <a class="skip-link" href="#main">"Skip to main content"</a>
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
            {move || {
                let route = route.get();
                route.served_by(bundle).then(|| pages(route))
            }}
        </main>
        <Show when=move || !navigator.locked()>
            <SiteFooter/>
        </Show>
    }
}
