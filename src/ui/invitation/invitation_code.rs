use chrono::NaiveDate;
use leptos::prelude::*;

use crate::charts::link_qr_code;
use crate::domain::format_uk_date;
use crate::ui::widgets::ShareLink;

/// An invitation on screen: its deck, when it was sent, and its link.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ShownInvitation {
    /// The deck's name.
    pub deck_name: String,
    /// When it was sent.
    pub sent: NaiveDate,
    /// The whole link, secret included: shown, never stored anywhere but this browser.
    pub link: String,
}

/// The HTML id of the invitation's heading, where the focus goes when it is shown.
pub const INVITATION_HEADING: &str = "invitation-code-heading";

/// An invitation to pass on: its QR code to scan in front of the worker, and its link to
/// copy or share in a message.
#[component]
pub fn InvitationCode(
    /// The invitation.
    shown: ShownInvitation,
    /// Hides it.
    on_hide: Callback<()>,
) -> impl IntoView {
    let qr = link_qr_code(&shown.link);
    let hard_to_scan = qr.as_ref().is_some_and(|qr| !qr.is_easy_to_scan());
    let picture = match qr {
        Some(qr) => view! {
            <figure class="qr-code">
                // Our own SVG, drawn from the link's digits: no user text in it.
                <div class="qr-code-image" role="img" aria-label="QR code of the invitation link" inner_html=qr.svg></div>
                <figcaption>
                    "Let the person scan this code with their phone's camera while you are "
                    "together, then answer the cards on their phone. Or send them the link "
                    "below, in a message only they read."
                </figcaption>
            </figure>
        }
        .into_any(),
        None => view! {
            <p class="notice notice-warning">
                "This deck is too long for a QR code: send the link instead."
            </p>
        }
        .into_any(),
    };
    view! {
        <section class="invitation-code" aria-labelledby=INVITATION_HEADING>
            <h3 id=INVITATION_HEADING tabindex="-1">
                {format!("Invitation: {}, sent {}", shown.deck_name, format_uk_date(shown.sent))}
            </h3>
            {picture}
            {hard_to_scan.then(|| view! {
                <p class="notice notice-warning">
                    "This deck is long: the code may be hard to scan; send the link instead."
                </p>
            })}
            <ShareLink
                id="invitation-link"
                label="Invitation link"
                link=shown.link
                message="Cards from your worker to answer on your phone"
            />
            <p class="hint">
                "The link holds the key to the person's answers: send it to them only. When "
                "they have answered, their phone gives a return link or a return code: open "
                "it in this browser, or paste it into Receive answers."
            </p>
            <div class="actions">
                <button type="button" class="button-secondary" on:click=move |_| on_hide.run(())>
                    "Hide the invitation"
                </button>
            </div>
        </section>
    }
}
