//! The review form mounted in headless Chromium over real local storage: it keeps a draft on
//! every change, offers it back, and discards it only once asked twice.
#![cfg(target_arch = "wasm32")]

use chrono::NaiveDate;
use leptos::prelude::*;
use outcome_focus::domain::{ConversationDraft, KeyValueStore, Person, PersonDraft, PersonId};
use outcome_focus::storage::{repository, BrowserStore};
use outcome_focus::ui::clock::now;
use outcome_focus::ui::review::StartReviewPage;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, HtmlInputElement};

mod browser_support;
use browser_support::{button, container, find, tick};

wasm_bindgen_test_configure!(run_in_browser);

fn took_part(root: &HtmlElement) -> HtmlInputElement {
    find(root, "#review-took-part")
}

fn mount_review(id: &PersonId) -> (HtmlElement, impl Drop) {
    let root = container();
    let id = id.clone();
    let handle = leptos::mount::mount_to(root.clone(), move || {
        view! { <StartReviewPage id=id.clone()/> }
    });
    (root, handle)
}

#[wasm_bindgen_test]
async fn a_review_keeps_its_draft_and_discards_it_only_when_confirmed() {
    let day = NaiveDate::from_ymd_opt(2026, 1, 5).unwrap();
    let details = PersonDraft {
        name: "C.D.".into(),
        referral_date: "2026-01-01".into(),
        ..PersonDraft::default()
    };
    let person = Person::create(PersonId::generate(8, 8), details.validate(day).unwrap());
    let mut conversation = ConversationDraft::new(&person, day);
    conversation.outcomes[0].words = "I go to the shops on my own".into();
    let person = conversation.finish(&person, day).unwrap();
    let person = repository().save_person(&person, now()).unwrap();
    let key = format!("outcome-focus/review-draft/{}", person.id.as_str());

    let (root, handle) = mount_review(&person.id);
    tick().await;
    assert!(root.text_content().unwrap().contains("Start a review"));
    assert_eq!(
        BrowserStore.get(&key).unwrap(),
        None,
        "opening keeps nothing"
    );
    let input = took_part(&root);
    input.set_value("C.D. and <b>Sam</b>");
    input
        .dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
    tick().await;
    let stored = BrowserStore.get(&key).unwrap().unwrap();
    assert!(stored.contains("C.D. and <b>Sam</b>"), "{stored}");
    drop(handle);

    // Coming back offers the draft; Discard asks first, and Cancel keeps it.
    let (root, handle) = mount_review(&person.id);
    tick().await;
    let text = root.text_content().unwrap();
    assert!(
        text.contains("You have an unfinished review with C.D., dated"),
        "{text}"
    );
    button(&root, "Discard it and start again").click();
    tick().await;
    assert!(root
        .text_content()
        .unwrap()
        .contains("Discard the unfinished review? Everything typed in it will be lost."));
    button(&root, "Cancel").click();
    tick().await;
    button(&root, "Resume the review").click();
    tick().await;
    assert_eq!(took_part(&root).value(), "C.D. and <b>Sam</b>");
    drop(handle);

    let (root, handle) = mount_review(&person.id);
    tick().await;
    button(&root, "Discard it and start again").click();
    tick().await;
    button(&root, "Yes, discard it").click();
    tick().await;
    assert_eq!(took_part(&root).value(), "");
    assert_eq!(BrowserStore.get(&key).unwrap(), None);
    drop(handle);
    repository().delete_person(&person.id, now()).unwrap();
}
