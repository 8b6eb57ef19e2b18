//! What the browser tests share: a place to mount a view, finding what a person would
//! press, and letting the view catch up.
// Each browser test is its own crate and uses only some of these.
#![allow(dead_code)]

use leptos::prelude::document;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

/// A fresh `<div>` in the page's body to mount a view into.
pub fn container() -> HtmlElement {
    let document = document();
    let div = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&div).unwrap();
    div.unchecked_into()
}

/// The one element under `root` that `selector` matches.
pub fn find<T: JsCast>(root: &HtmlElement, selector: &str) -> T {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
        .unchecked_into()
}

/// The button under `root` whose text is `text`.
pub fn button(root: &HtmlElement, text: &str) -> HtmlElement {
    let buttons = root.query_selector_all("button").unwrap();
    (0..buttons.length())
        .filter_map(|i| buttons.item(i))
        .map(|b| b.unchecked_into::<HtmlElement>())
        .find(|b| b.text_content().unwrap_or_default().trim() == text)
        .unwrap_or_else(|| panic!("no button {text:?}"))
}

/// Lets the view catch up: a re-render and the property effects it schedules.
pub async fn tick() {
    for _ in 0..3 {
        leptos::task::tick().await;
    }
}
