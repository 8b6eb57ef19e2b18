//! The app shell: header, navigation, notices, the current page, and the footer.

use leptos::prelude::*;

use super::invitation::follow_return_links;
use super::pages::page;
use super::router::Navigator;
use super::shell::{
    DemoBanner, FlashMessage, HandOverState, HandedOverScreen, LocalFileNotice, SiteFooter,
    SiteHeader, StorageFullBanner, StoredProblems,
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
    // Handed over to the person: locked at the cards before anything is drawn, whatever
    // address was typed, reloaded or opened in a new tab.
    let hand_over = HandOverState::provide(navigator);
    // Kept for the app's lifetime: the app is never unmounted.
    let _other_tabs = watch_other_tabs(active_keys(), move || state.refresh());
    let _handed_over_elsewhere = hand_over.follow_other_tabs();
    // After the hand-over is known: a return link never takes a handed-over device away
    // from the person's cards.
    let _return_links = follow_return_links(navigator);
    // Whichever page saves, a full store shows the banner that offers a backup.
    on_storage_full(move |full| state.storage_full.set(full));
    // Only a change of page redraws it: a query changed within the page (the dashboard's
    // filters) leaves the route as it was.
    let route = Memo::new(move |_| navigator.route());
    // While handed over, any page but the handed-over cards gives way to a neutral screen
    // with no names (`None`). A memo, so that a change to the mark (a wrong PIN counted) does
    // not redraw the cards; and one memo rather than two read side by side, which would
    // miss a change of route (the second memo would be found already up to date).
    let shown = Memo::new(move |_| {
        let route = route.get();
        (!hand_over.hides(&route)).then_some(route)
    });

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
            {move || match shown.get() {
                Some(route) => page(route),
                None => view! { <HandedOverScreen/> }.into_any(),
            }}
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
