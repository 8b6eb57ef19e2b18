use leptos::prelude::*;

use super::{app_address, focus_soon, Phone, Screen};
use crate::charts::link_qr_code;
use crate::storage::forget_on_phone;
use crate::ui::widgets::ShareLink;

/// The answers, sealed, three ways: a return link to send in a message, a QR code for the
/// worker to scan, and a short return code to read out or type. Whoever sees them on the way
/// learns nothing; only the browser that sent the invitation can open them. `I have sent
/// them` clears them from this phone.
#[component]
pub fn SendBackScreen(phone: Phone) -> impl IntoView {
    let Some(sent) = phone.sent_back.get_untracked() else {
        return ().into_any();
    };
    let link = format!("{}#{}", app_address(), sent.link_fragment);
    let qr = link_qr_code(&link);
    let done = move |_| {
        forget_on_phone(&phone.id.get_value());
        phone.sent_back.set(None);
        phone.screen.set(Screen::Done);
        focus_soon("done-heading");
    };
    view! {
        <h1 id="send-back-heading" tabindex="-1">"Send your answers back"</h1>
        <p class="lead">{format!("You answered {} of {} cards. Send them to your worker in one of these ways.", sent.answered, sent.cards)}</p>
        <h2>"1. Send the link"</h2>
        <p>"Send this link to your worker in a text message, an email or a chat. It works only for them."</p>
        <ShareLink
            id="return-link"
            label="Return link"
            link=link
            message="My answers to the cards"
        />
        <h2>"2. Show the code to scan"</h2>
        {qr.map(|qr| view! {
            <figure class="qr-code">
                <div class="qr-image" role="img" aria-label="QR code of the return link" inner_html=qr.svg></div>
                <figcaption>"Your worker scans this with their device's camera."</figcaption>
            </figure>
        })}
        <h2>"3. Read out the return code"</h2>
        <p>"Or read this code to your worker, or let them copy it. It holds your answers but not your notes."</p>
        <p class="return-code" aria-label=format!("Return code: {}", spell(&sent.code))>{sent.code.clone()}</p>
        <h2>"When your worker has them"</h2>
        <p>"Your answers stay on this phone, sealed, until you say they have been sent."</p>
        <div class="actions">
            <button type="button" class="button-primary" on:click=done>"I have sent them: clear this phone"</button>
        </div>
    }
    .into_any()
}

/// The code spelled out for a screen reader: one character at a time, groups apart.
fn spell(code: &str) -> String {
    code.split(' ')
        .map(|group| {
            group
                .chars()
                .map(String::from)
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect::<Vec<_>>()
        .join(", ")
}
