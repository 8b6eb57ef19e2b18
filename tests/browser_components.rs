//! Components mounted in headless Chromium: what a person sees and can do.
#![cfg(target_arch = "wasm32")]

use std::sync::{Arc, Mutex};

use leptos::prelude::*;
use outcome_focus::domain::{PersonDraft, SaveError, StoredProblem, ValidPerson};
use outcome_focus::ui::people::PersonForm;
use outcome_focus::ui::shell::StoredProblems;
use outcome_focus::ui::state::AppState;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, HtmlInputElement};

mod browser_support;
use browser_support::{container, find, tick};

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn the_person_form_shows_linked_errors_then_saves() {
    let saved: Arc<Mutex<Vec<ValidPerson>>> = Arc::default();
    let root = container();
    let handle = {
        let saved = saved.clone();
        leptos::mount::mount_to(root.clone(), move || {
            let saved = saved.clone();
            let on_save = Callback::new(move |valid: ValidPerson| -> Result<(), SaveError> {
                saved.lock().unwrap().push(valid);
                Err(SaveError::QuotaExceeded)
            });
            view! {
                    <PersonForm
                        initial=PersonDraft::default()
                        submit_label="Save person"
                        cancel_href="/"
                        on_save=on_save
                    />
            }
        })
    };

    let button: HtmlElement = find(&root, "button[type=submit]");
    button.click();
    tick().await;
    let name: HtmlInputElement = find(&root, "#person-name");
    assert_eq!(name.get_attribute("aria-invalid").as_deref(), Some("true"));
    let described = name.get_attribute("aria-describedby").unwrap();
    assert!(described.split(' ').any(|id| id == "person-name-error"));
    let error: HtmlElement = find(&root, "#person-name-error");
    assert_eq!(
        error.text_content().unwrap(),
        "Enter the person's name or initials."
    );
    assert!(saved.lock().unwrap().is_empty());

    // Type a name and a date, then save: the save fails and everything typed stays.
    name.set_value("Alex <script>alert(1)</script>");
    name.dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
    let date: HtmlInputElement = find(&root, "#person-referral-date");
    date.set_value("2020-02-29");
    date.dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
    button.click();
    tick().await;
    assert_eq!(saved.lock().unwrap().len(), 1);
    let alert: HtmlElement = find(&root, "[role=alert]");
    assert!(alert.text_content().unwrap().contains("Storage is full"));
    assert_eq!(name.value(), "Alex <script>alert(1)</script>");
    assert_eq!(date.value(), "2020-02-29");
    assert!(root.query_selector("script").unwrap().is_none());
    assert!(name.get_attribute("aria-invalid").is_none());
    drop(handle);
}

#[wasm_bindgen_test]
async fn stored_problems_are_listed_as_text() {
    let root = container();
    let state = AppState::load();
    state.problems.set(vec![StoredProblem {
        key: "outcome-focus/person/p-<b>x</b>".into(),
        reason: "<img src=x onerror=alert(1)>".into(),
    }]);
    let handle = leptos::mount::mount_to(root.clone(), move || {
        provide_context(state);
        view! { <StoredProblems/> }
    });
    tick().await;
    let text = root.text_content().unwrap();
    assert!(text.contains("Some stored data could not be read"));
    assert!(text.contains("kept each of these exactly as it is"));
    assert!(text.contains("outcome-focus/person/p-<b>x</b>"));
    assert!(text.contains("<img src=x onerror=alert(1)>"));
    assert!(root.query_selector("img, b").unwrap().is_none());
    drop(handle);
}
