//! The guided first conversation mounted in headless Chromium over real local storage: it
//! moves between steps, keeps a draft on every change, and offers to resume it.
#![cfg(target_arch = "wasm32")]

use chrono::NaiveDate;
use leptos::prelude::*;
use outcome_focus::domain::{KeyValueStore, Person, PersonDraft, PersonId};
use outcome_focus::storage::{repository, BrowserStore};
use outcome_focus::ui::clock::now;
use outcome_focus::ui::conversation::StartConversationPage;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlInputElement;

mod browser_support;
use browser_support::{button, container, tick};

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn a_conversation_keeps_its_draft_and_can_be_resumed() {
    let today = NaiveDate::from_ymd_opt(2026, 1, 5).unwrap();
    let details = PersonDraft {
        name: "A.B.".into(),
        referral_date: "2026-01-01".into(),
        presentation: "Anxious about going out.".into(),
        ..PersonDraft::default()
    };
    let person = Person::create(PersonId::generate(7, 7), details.validate(today).unwrap());
    let person = repository().save_person(&person, now()).unwrap();
    let draft_key = format!("outcome-focus/draft/{}", person.id.as_str());

    let root = container();
    let id = person.id.clone();
    let handle = leptos::mount::mount_to(root.clone(), move || {
        view! { <StartConversationPage id=id.clone()/> }
    });
    tick().await;
    let text = root.text_content().unwrap();
    assert!(text.contains("Conversation with A.B."), "{text}");
    assert!(text.contains("Step 1 of 6: Now"), "{text}");
    let presentation: web_sys::HtmlTextAreaElement = root
        .query_selector("#conversation-presentation")
        .unwrap()
        .unwrap()
        .unchecked_into();
    assert_eq!(presentation.value(), "Anxious about going out.");

    button(&root, "Next").click();
    tick().await;
    assert!(root
        .text_content()
        .unwrap()
        .contains("Step 2 of 6: What matters"));
    let aspiration: HtmlInputElement = root
        .query_selector("#aspiration-0")
        .unwrap()
        .unwrap()
        .unchecked_into();
    aspiration.set_value("To see my friends <again>");
    aspiration
        .dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
    tick().await;
    let stored = BrowserStore.get(&draft_key).unwrap().unwrap();
    assert!(stored.contains("To see my friends <again>"), "{stored}");
    assert!(stored.contains(r#""step":1"#), "{stored}");
    drop(handle);

    // Coming back (as after a reload) offers the draft.
    let root = container();
    let id = person.id.clone();
    let handle = leptos::mount::mount_to(root.clone(), move || {
        view! { <StartConversationPage id=id.clone()/> }
    });
    tick().await;
    assert!(root
        .text_content()
        .unwrap()
        .contains("You have an unfinished conversation with A.B., saved at step 2 of 6"));
    button(&root, "Resume the conversation").click();
    tick().await;
    let aspiration: HtmlInputElement = root
        .query_selector("#aspiration-0")
        .unwrap()
        .unwrap()
        .unchecked_into();
    assert_eq!(aspiration.value(), "To see my friends <again>");
    drop(handle);
    BrowserStore.remove(&draft_key).unwrap();
}
