//! The hand-over mark in headless Chromium's real local storage: it round-trips, keeps only
//! a salted hash of the PIN, ignores a damaged value, takes over the mark older versions
//! kept in session storage; and, mounted, a handed-over app is locked at the cards from its
//! first render and `Give back` keeps them after a wrong PIN.
#![cfg(target_arch = "wasm32")]

use chrono::{TimeZone, Utc};
use leptos::prelude::*;
use outcome_focus::domain::{GiveBack, HandOverMark, PersonId, Pin, PinCheck};
use outcome_focus::storage::{end_hand_over, handed_over, keep_hand_over};
use outcome_focus::ui::router::{use_navigator, Navigator};
use outcome_focus::ui::shell::{GiveBack as GiveBackButton, HandOverState};
use wasm_bindgen_test::*;
use web_sys::{HtmlDialogElement, HtmlElement, HtmlInputElement};

mod browser_support;
use browser_support::{button, container, find, tick};

wasm_bindgen_test_configure!(run_in_browser);

const KEY: &str = "outcome-focus-hand-over";
const OLD_KEY: &str = "outcome-focus/hand-over";

fn local() -> web_sys::Storage {
    window().local_storage().unwrap().unwrap()
}

fn session() -> web_sys::Storage {
    window().session_storage().unwrap().unwrap()
}

fn person() -> PersonId {
    PersonId::parse("p-1a").unwrap()
}

fn guarded(pin: &str) -> HandOverMark {
    let check = PinCheck::new(&Pin::parse(pin).unwrap(), [5; 16]);
    HandOverMark::new(person(), "r-2", false, Some(check))
}

#[wasm_bindgen_test]
fn the_mark_round_trips_and_keeps_no_pin() {
    end_hand_over();
    assert_eq!(handed_over(), None);

    let mut mark = guarded("2468");
    keep_hand_over(&mark).unwrap();
    let raw = local().get_item(KEY).unwrap().unwrap();
    assert!(!raw.contains("2468"), "{raw}");
    assert_eq!(handed_over(), Some(mark.clone()));

    // What the give-back dialog does with it: a wrong PIN is counted and kept.
    let now = Utc.with_ymd_and_hms(2026, 3, 1, 10, 0, 0).unwrap();
    let mut stored = handed_over().unwrap();
    assert_eq!(
        stored.try_pin("1111", now),
        GiveBack::Wrong { wait_until: None }
    );
    keep_hand_over(&stored).unwrap();
    assert_eq!(handed_over(), Some(stored.clone()));
    assert_eq!(stored.try_pin("2468", now), GiveBack::Given);
    assert_eq!(mark.try_pin("2468", now), GiveBack::Given);

    end_hand_over();
    assert_eq!(handed_over(), None);
    assert_eq!(local().get_item(KEY).unwrap(), None);
}

#[wasm_bindgen_test]
fn a_damaged_mark_is_ignored_and_left_alone() {
    for bad in ["", "garbage", "{\"person\":\"p-1a\"}", "p-1a r-2", "[1,2]"] {
        local().set_item(KEY, bad).unwrap();
        assert_eq!(handed_over(), None, "{bad:?}");
        assert_eq!(local().get_item(KEY).unwrap().as_deref(), Some(bad));
    }
    end_hand_over();
}

#[wasm_bindgen_test]
fn the_old_session_mark_moves_to_local_storage() {
    end_hand_over();
    session().set_item(OLD_KEY, "p-1a r-2").unwrap();
    let moved = handed_over();
    assert_eq!(moved, Some(HandOverMark::new(person(), "r-2", false, None)));
    assert_eq!(session().get_item(OLD_KEY).unwrap(), None);
    assert_eq!(handed_over(), moved);

    session().set_item(OLD_KEY, "not a mark").unwrap();
    end_hand_over();
    assert_eq!(session().get_item(OLD_KEY).unwrap(), None);
    assert_eq!(handed_over(), None);
}

#[wasm_bindgen_test]
async fn a_handed_over_app_is_locked_at_the_cards_and_a_wrong_pin_keeps_them() {
    let start = window().location().href().unwrap();
    keep_hand_over(&guarded("2468")).unwrap();
    let root = container();
    let shown = RwSignal::new(None::<(Navigator, HandOverState)>);
    let _handle = leptos::mount::mount_to(root.clone(), move || {
        let navigator = Navigator::provide();
        let hand_over = HandOverState::provide(navigator);
        shown.set(Some((navigator, hand_over)));
        let navigator = use_navigator();
        view! {
            <p id="path">{move || navigator.path()}</p>
            <GiveBackButton/>
        }
    });
    tick().await;
    let (navigator, hand_over) = shown.get_untracked().unwrap();
    let path: HtmlElement = find(&root, "#path");
    assert_eq!(path.text_content().unwrap(), "/people/p-1a/reading");
    assert_eq!(
        window().location().pathname().unwrap(),
        "/people/p-1a/reading"
    );
    assert!(navigator.locked());
    navigator.go("/data");
    tick().await;
    assert_eq!(path.text_content().unwrap(), "/people/p-1a/reading");

    // The PIN dialog opens with `Keep answering` focused.
    button(&root, "Give back").click();
    tick().await;
    let dialog: HtmlDialogElement = find(&root, "dialog[aria-labelledby=give-back-pin-title]");
    assert!(dialog.open());
    let focused = document().active_element().unwrap();
    assert_eq!(focused.text_content().unwrap().trim(), "Keep answering");

    let input: HtmlInputElement = find(&root, "#give-back-pin");
    let submit = |typed: &str| {
        input.set_value(typed);
        input
            .dispatch_event(&web_sys::Event::new("input").unwrap())
            .unwrap();
        button(&root, "Give it back").click();
    };
    submit("1357");
    tick().await;
    let error: HtmlElement = find(&root, "#give-back-pin-error");
    assert_eq!(
        error.text_content().unwrap(),
        "That PIN is not right. The cards stay here."
    );
    assert!(navigator.locked());
    assert!(dialog.open());
    assert!(handed_over().is_some());

    submit("2468");
    tick().await;
    assert!(!navigator.locked());
    assert!(!dialog.open());
    assert_eq!(handed_over(), None);
    assert!(hand_over.mark_untracked().is_none());

    window()
        .history()
        .unwrap()
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&start))
        .unwrap();
}
