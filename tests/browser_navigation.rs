//! Moving between pages in headless Chromium: a link changes the address and what is shown
//! without loading the page again, Back returns, and a handed-over device stays put.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use leptos_router::components::Router;
use outcome_focus::ui::router::{use_navigator, Navigator};
use outcome_focus::ui::widgets::Link;
use wasm_bindgen_test::*;
use web_sys::HtmlElement;

mod browser_support;
use browser_support::{container, find, tick};

wasm_bindgen_test_configure!(run_in_browser);

fn pathname() -> String {
    window().location().pathname().unwrap()
}

/// Waits for the browser's Back to arrive (a `popstate` comes after the call returns).
async fn back() {
    window().history().unwrap().back().unwrap();
    for _ in 0..50 {
        pause().await;
        tick().await;
    }
}

async fn pause() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        window()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 2)
            .unwrap();
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

#[wasm_bindgen_test]
async fn links_move_in_place_back_returns_and_a_handed_over_device_stays() {
    let start = pathname();
    let root = container();
    let navigator = RwSignal::new(None::<Navigator>);
    let _handle = leptos::mount::mount_to(root.clone(), move || {
        view! {
            <Router>
                {move || {
                    let shown = use_navigator();
                    navigator.set(Some(shown));
                    view! {
                        <p id="shown">{move || shown.path()}</p>
                        <Link to="/people/new">"Add person"</Link>
                    }
                }}
            </Router>
        }
    });
    tick().await;
    // Marks this document: a reload would lose it.
    js_sys::Reflect::set(&window(), &"sameDocument".into(), &true.into()).unwrap();
    let shown: HtmlElement = find(&root, "#shown");
    assert_eq!(shown.text_content().unwrap(), start);

    let link: HtmlElement = find(&root, "a");
    assert_eq!(link.get_attribute("href").as_deref(), Some("/people/new"));
    link.click();
    tick().await;
    assert_eq!(pathname(), "/people/new");
    assert_eq!(shown.text_content().unwrap(), "/people/new");
    assert_eq!(link.get_attribute("aria-current").as_deref(), Some("page"));

    back().await;
    assert_eq!(pathname(), start);
    assert_eq!(shown.text_content().unwrap(), start);

    // Handed over: neither a link nor Back leaves the page.
    let navigator = navigator.get_untracked().unwrap();
    navigator.go("/people/new");
    tick().await;
    navigator.set_locked(true);
    link.click();
    navigator.go("/data");
    tick().await;
    assert_eq!(shown.text_content().unwrap(), "/people/new");
    back().await;
    assert_eq!(shown.text_content().unwrap(), "/people/new");
    assert_eq!(pathname(), "/people/new");

    let same = js_sys::Reflect::get(&window(), &"sameDocument".into()).unwrap();
    assert_eq!(same.as_bool(), Some(true));
}
