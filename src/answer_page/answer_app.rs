use leptos::prelude::*;

use super::{AnswerCards, FinishScreen, MyAnswers, Phone, Screen, SendBackScreen, Welcome};
use crate::domain::{AnswerSheet, Invitation, OnThePhone};
use crate::storage::{current_on_phone, keep_on_phone, kept_answers, on_phone};

/// The answer page: reads the invitation from the address (or the one this phone was
/// answering), keeps it on the phone, takes it out of the address, and shows the screen the
/// person was on.
#[component]
pub fn AnswerApp() -> impl IntoView {
    let phone = Phone {
        screen: RwSignal::new(Screen::NothingHere),
        sheet: RwSignal::new(None),
        sent_back: RwSignal::new(None),
        id: StoredValue::new(String::new()),
        error: RwSignal::new(None),
    };
    start(phone);
    // A second invitation's link opened in the same tab changes only the part after `#`.
    let _ = window_event_listener(leptos::ev::hashchange, move |_| start(phone));
    let screen = move || {
        match phone.screen.get() {
        Screen::Problem(message) => view! {
            <h1>"This link did not open"</h1>
            <p class="notice notice-error">{message}</p>
        }
        .into_any(),
        Screen::NothingHere => view! {
            <h1>"Your answers"</h1>
            <p>"This page opens from a link your worker sends you. Open that link, or scan the code they showed you, to answer their cards."</p>
        }
        .into_any(),
        Screen::Welcome => view! { <Welcome phone=phone/> }.into_any(),
        Screen::Cards => view! { <AnswerCards phone=phone/> }.into_any(),
        Screen::Finish => view! { <FinishScreen phone=phone/> }.into_any(),
        Screen::SendBack => view! { <SendBackScreen phone=phone/> }.into_any(),
        Screen::Done => view! {
            <h1 id="done-heading" tabindex="-1">"Thank you"</h1>
            <p>"Your answers have been cleared from this phone. Your worker will see them once they add them."</p>
            {(!kept_answers().is_empty()).then(|| view! {
                <p>
                    <button type="button" class="button-secondary" on:click=move |_| phone.screen.set(Screen::MyAnswers)>
                        "See your answers over time"
                    </button>
                </p>
            })}
        }
        .into_any(),
        Screen::MyAnswers => view! { <MyAnswers phone=phone/> }.into_any(),
    }
    };
    view! {
        <header class="site-header answer-header">
            <span class="app-name">"Your answers"</span>
        </header>
        <main id="main">
            <div role="alert" class="action-error">
                {move || phone.error.get().map(|m| view! { <p class="notice notice-error">{m}</p> })}
            </div>
            {screen}
        </main>
    }
}

/// Chooses the first screen.
fn start(phone: Phone) {
    let hash = web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default();
    let opened = if hash.len() > 1 {
        match Invitation::from_fragment(&hash) {
            Ok(invitation) => {
                let id = invitation.id();
                let state = on_phone(&id)
                    .unwrap_or_else(|| OnThePhone::Answering(AnswerSheet::new(invitation)));
                let kept = keep_on_phone(&id, &state);
                // Kept: the address need not hold the invitation any more, and should not
                // (it is in the phone's history). Not kept: leave it, so a reload still works.
                match kept {
                    Ok(()) => forget_address(),
                    Err(e) => phone.error.set(Some(e.to_string())),
                }
                Some((id, state))
            }
            Err(problem) => {
                phone.screen.set(Screen::Problem(problem.to_string()));
                return;
            }
        }
    } else {
        current_on_phone()
    };
    match opened {
        Some((id, state)) => {
            phone.id.set_value(id);
            show(phone, state);
        }
        None if !kept_answers().is_empty() => phone.screen.set(Screen::MyAnswers),
        None => phone.screen.set(Screen::NothingHere),
    }
}

fn show(phone: Phone, state: OnThePhone) {
    match state {
        OnThePhone::Answering(sheet) => {
            let untouched = sheet.position == 0 && sheet.answers.iter().all(Option::is_none);
            let finished = sheet.position >= sheet.answers.len();
            phone.sheet.set(Some(sheet));
            phone.screen.set(if untouched {
                Screen::Welcome
            } else if finished {
                Screen::Finish
            } else {
                Screen::Cards
            });
        }
        OnThePhone::SentBack(sent) => {
            phone.sent_back.set(Some(sent));
            phone.screen.set(Screen::SendBack);
        }
    }
}

fn forget_address() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let path = window.location().pathname().unwrap_or_default();
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&path));
    }
}
