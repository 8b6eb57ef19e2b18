use leptos::prelude::*;

use super::{focus_soon, Phone, Screen};

/// Hello: whom the cards are for (if the worker chose to show a name), how many there are,
/// and that the answers stay on this phone until the person sends them back.
#[component]
pub fn Welcome(phone: Phone) -> impl IntoView {
    let sheet = phone.sheet.get_untracked();
    let name = sheet
        .as_ref()
        .map(|s| s.invitation.shown_name.clone())
        .unwrap_or_default();
    let count = sheet.as_ref().map_or(0, |s| s.answers.len());
    let question = sheet
        .as_ref()
        .map(|s| s.invitation.scale.question().to_owned())
        .unwrap_or_default();
    let greeting = match name.is_empty() {
        true => "Hello".to_owned(),
        false => format!("Hello {name}"),
    };
    let start = move |_| {
        phone.screen.set(Screen::Cards);
        focus_soon("card-0-0");
    };
    view! {
        <h1>{greeting}</h1>
        <p class="lead">
            {format!("Your worker would like to know how things are for you. There are {count} short cards. For each one, choose an answer to the question: \u{201c}{question}\u{201d}")}
        </p>
        <p>"You can skip any card, add a note, and go back. Your answers stay on this phone until you send them back at the end."</p>
        <div class="actions">
            <button type="button" class="button-primary" on:click=start>"Start"</button>
        </div>
    }
}
