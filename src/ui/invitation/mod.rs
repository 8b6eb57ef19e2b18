//! Cards answered on the person's own phone: on a person's page, sending an invitation (its
//! QR code and link) and the invitations still waiting; the Receive answers page, where a
//! return link or code is checked, shown and added once as a reading; and return links
//! opened straight into the app (see [`follow_return_links`]).

mod invitation_code;
mod no_public_address;
mod phone_invitations;
mod receive_answers_page;
mod return_links;
mod return_summary;
mod send_to_phone_form;
mod waiting_invitations;

pub use invitation_code::{InvitationCode, ShownInvitation};
pub use no_public_address::NoPublicAddress;
pub use phone_invitations::PhoneInvitations;
pub use receive_answers_page::ReceiveAnswersPage;
pub use return_links::{follow_return_links, OpenedReturn};
pub use return_summary::ReturnSummary;
pub use send_to_phone_form::SendToPhoneForm;
pub use waiting_invitations::WaitingInvitations;

use crate::domain::{answer_page_address, public_address, ServiceSettings};
use crate::route::Addresses;
use crate::ui::router::addresses;

/// The app's own address as this browser sees it: its origin and base path, ending in `/`,
/// when hosted; the file's address when opened from a file.
fn this_app_address() -> String {
    let Some(location) = web_sys::window().map(|w| w.location()) else {
        return String::new();
    };
    match addresses() {
        Addresses::Path { base } => format!("{}{base}/", location.origin().unwrap_or_default()),
        Addresses::Fragment => location.href().unwrap_or_default(),
    }
}

/// The answer page's address a phone can open, under these settings; `None` when this app
/// has no public address (a file, or localhost, with none set).
pub fn answer_page(settings: &ServiceSettings) -> Option<String> {
    public_address(&settings.public_address, &this_app_address())
        .map(|address| answer_page_address(&address))
}
