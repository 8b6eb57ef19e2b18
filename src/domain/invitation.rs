//! A self-assessment on the person's own phone, with no server: the practitioner's app makes
//! an **invitation** (the deck and a fresh secret, in the answer page's address after `#`);
//! the answer page gives back the answers sealed with that secret, as a **return link** or
//! a short **return code**; the practitioner's browser, which alone keeps the secret, opens
//! it and adds the reading once.
//!
//! ```
//! use chrono::NaiveDate;
//! use outcome_focus::domain::{Answer, Invitation, InvitedCard, ReturnedAnswers, Scale};
//!
//! let sent = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
//! let cards = vec![InvitedCard { statement: "I feel safe at home".into(), emoji: "🏠".into() }];
//! let invitation = Invitation::new([9; 16], sent, "en", "Sam", Scale::default(), cards);
//! let link = invitation.link("https://example.org/app/answer/");
//! let opened = Invitation::from_fragment(link.split('#').nth(1).unwrap()).unwrap();
//! assert_eq!(opened, invitation);
//!
//! let answers = ReturnedAnswers {
//!     answered: NaiveDate::from_ymd_opt(2026, 12, 3).unwrap(),
//!     answers: vec![Answer::Rated(3)],
//!     notes: vec![String::new()],
//! };
//! assert_eq!(answers.code(&invitation).replace(" ", "").len(), 18);
//! ```

mod answer_sheet;
mod invite;
mod kept;
mod radix;
mod return_code;
mod returned;
mod seal;
mod sent;
// Host only: its property tests use proptest, which the wasm32 test build does not have.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
mod wire;

pub use answer_sheet::{AnswerSheet, OnThePhone, SentBack};
pub use invite::{
    Invitation, InvitationError, InvitedCard, INVITATION_MARK, MAX_SHOWN_NAME, SECRET_BYTES,
};
pub use kept::{kept_from_stored, kept_to_stored, KeptAnswers, MAX_KEPT};
pub use return_code::{CodeError, CODE_SYMBOLS, GROUP};
pub use returned::{code_symbols, ReturnedAnswers, MAX_ANSWER_DAYS, RETURN_MARK};
pub use sent::{
    open_return, InvitationStatus, Received, ReturnError, SentInvitation, SentInvitations,
};
