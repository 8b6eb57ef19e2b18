//! The invitations a practitioner's browser has sent, kept under a key of their own, and how
//! a return (link or code) is matched to one of them: each is tried in turn, and only the one
//! whose secret sealed the return opens it.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use thiserror::Error;

use super::super::cards::{CardAnswer, CardId, DeckId, Reading, Respondent};
use super::super::dates::format_uk_date;
use super::super::envelope::{DecodeError, Migrate};
use super::super::person::PersonId;
use super::invite::{Invitation, INVITATION_MARK};
use super::return_code::CodeError;
use super::returned::{code_fits, code_values, open_code, open_link, ReturnedAnswers, RETURN_MARK};

/// Where an invitation stands.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
// Externally tagged (`"waiting"`, `{"cancelled":{…}}`): serde reads that form with far less
// code than an internally tagged one, which the practitioner's download carries.
#[serde(rename_all = "snake_case")]
pub enum InvitationStatus {
    /// Sent; its answers have not come back.
    #[default]
    Waiting,
    /// Cancelled by the practitioner: a return is refused.
    Cancelled {
        /// When.
        #[serde(deserialize_with = "crate::domain::dates::stored::date")]
        on: NaiveDate,
    },
    /// Its answers were added as a reading.
    Returned {
        /// When they were added.
        #[serde(deserialize_with = "crate::domain::dates::stored::date")]
        on: NaiveDate,
        /// The reading made from them.
        reading: String,
    },
}

/// One invitation as the practitioner's browser keeps it: whom it is for, which deck and
/// cards, and its link (which holds its secret, so it stays in this browser).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SentInvitation {
    /// The invitation's id (see [`Invitation::id`]).
    pub id: String,
    /// The person it was sent to.
    pub person: PersonId,
    /// The deck it carries.
    pub deck: DeckId,
    /// The deck's name when sent.
    pub deck_name: String,
    /// The cards it carries, in its order.
    pub cards: Vec<CardId>,
    /// When it was sent.
    #[serde(deserialize_with = "crate::domain::dates::stored::date")]
    pub sent: NaiveDate,
    /// The invitation's part of the address after `#`.
    pub fragment: String,
    /// Where it stands.
    #[serde(default)]
    pub status: InvitationStatus,
}

impl SentInvitation {
    /// The invitation it holds, if its fragment still reads.
    pub fn invitation(&self) -> Option<Invitation> {
        Invitation::from_fragment(&self.fragment).ok()
    }

    /// Whether its answers may still come back.
    pub fn is_waiting(&self) -> bool {
        self.status == InvitationStatus::Waiting
    }

    /// The reading its answers make, by the person, dated when they were answered.
    pub fn reading(&self, returned: &ReturnedAnswers, id: String) -> Reading {
        let answers = self
            .cards
            .iter()
            .zip(&returned.answers)
            .zip(
                returned
                    .notes
                    .iter()
                    .chain(std::iter::repeat(&String::new())),
            )
            .map(|((card, &answer), note)| CardAnswer {
                card: card.clone(),
                answer,
                note: note.clone(),
            })
            .collect();
        Reading {
            id,
            deck: self.deck.clone(),
            date: returned.answered,
            respondent: Respondent::Person,
            conversation: None,
            answers,
            complete: true,
            corrections: Vec::new(),
        }
    }
}

/// Every invitation this browser has sent, stored whole under its own key.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SentInvitations {
    /// Counts the saves, so that a tab holding an older copy cannot overwrite a newer one.
    #[serde(default)]
    pub revision: u64,
    /// Oldest first.
    #[serde(default)]
    pub invitations: Vec<SentInvitation>,
}

impl Migrate for SentInvitations {
    fn migrate(from: u32, _data: String) -> Result<String, DecodeError> {
        // Invitations were first stored under schema 3.
        Err(DecodeError::BadData(format!(
            "no invitations were stored under schema {from}"
        )))
    }
}

/// Why a return could not be added, in words that say what to do.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum ReturnError {
    /// The typed code is not a code at all.
    #[error("{0}")]
    Code(#[from] CodeError),
    /// The invitation's own link was pasted.
    #[error("This is the invitation link the person opens to answer, not their answers. Paste the link their phone made at the end, headed \"Send your answers back\".")]
    InvitationLink,
    /// A code of a length no invitation here has.
    #[error("This code has {got} characters, but the codes of the invitations waiting here have {expected}. Check that no group is missing or repeated.")]
    WrongLength {
        /// Characters typed, check included.
        got: usize,
        /// The lengths expected, in words ("27", "27 or 33").
        expected: String,
    },
    /// No invitation sent from here sealed it, or the link was changed on the way.
    #[error("These answers are not for an invitation sent from this browser, or the link was changed on the way. Check you are in the browser that sent the invitation; if you are, ask the person to send their answers again.")]
    NotFromHere,
    /// Nothing is waiting.
    #[error("No invitation sent from this browser is waiting for answers. Send one from the person's page first.")]
    NothingWaiting,
    /// Its invitation was cancelled.
    #[error("That invitation was cancelled on {0}, so its answers cannot be added. Send a new invitation if they are still wanted.")]
    Cancelled(String),
    /// Its answers were added already.
    #[error(
        "These answers were already added on {0}. Each invitation's answers are added only once."
    )]
    AlreadyAdded(String),
}

/// A return matched to the invitation that sealed it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Received {
    /// The position of the invitation in the list it was matched against.
    pub index: usize,
    /// The answers.
    pub answers: ReturnedAnswers,
    /// Whether it came as a link (with notes) rather than a typed code.
    pub by_link: bool,
}

/// The return in `text` (a return link, its part after `#`, or a typed return code), matched
/// to one of `sent`. Refused, changing nothing, when no invitation here sealed it, or its
/// invitation was cancelled or has been returned already.
pub fn open_return(text: &str, sent: &[SentInvitation]) -> Result<Received, ReturnError> {
    let text = text.trim();
    let fragment = text.rsplit_once('#').map_or(text, |(_, after)| after);
    let digits_after = |mark: &str| {
        fragment
            .strip_prefix(mark)
            .filter(|rest| !rest.is_empty() && rest.bytes().all(|b| b.is_ascii_digit()))
    };
    if digits_after(INVITATION_MARK).is_some() {
        return Err(ReturnError::InvitationLink);
    }
    let invitations: Vec<(usize, Invitation)> = sent
        .iter()
        .enumerate()
        .filter_map(|(i, s)| Some((i, s.invitation()?)))
        .collect();
    let found = if let Some(digits) = digits_after(RETURN_MARK) {
        invitations
            .iter()
            .find_map(|(i, inv)| Some((*i, open_link(inv, digits)?, true)))
    } else {
        let values = code_values(text)?;
        let fitting: Vec<&(usize, Invitation)> = invitations
            .iter()
            .filter(|(_, inv)| code_fits(inv, &values))
            .collect();
        if fitting.is_empty() {
            return Err(length_error(values.len() + 1, sent, &invitations));
        }
        fitting
            .iter()
            .find_map(|(i, inv)| Some((*i, open_code(inv, &values)?, false)))
    };
    let (index, answers, by_link) = found.ok_or(ReturnError::NotFromHere)?;
    match &sent[index].status {
        InvitationStatus::Waiting => Ok(Received {
            index,
            answers,
            by_link,
        }),
        InvitationStatus::Cancelled { on } => Err(ReturnError::Cancelled(format_uk_date(*on))),
        InvitationStatus::Returned { on, .. } => {
            Err(ReturnError::AlreadyAdded(format_uk_date(*on)))
        }
    }
}

fn length_error(
    got: usize,
    sent: &[SentInvitation],
    invitations: &[(usize, Invitation)],
) -> ReturnError {
    let mut lengths: Vec<usize> = invitations
        .iter()
        .filter(|(i, _)| sent[*i].is_waiting())
        .map(|(_, inv)| super::returned::code_symbols(inv))
        .collect();
    lengths.sort_unstable();
    lengths.dedup();
    let words: Vec<String> = lengths.iter().map(ToString::to_string).collect();
    match words.split_last() {
        None => ReturnError::NothingWaiting,
        Some((last, [])) => ReturnError::WrongLength {
            got,
            expected: last.clone(),
        },
        Some((last, rest)) => ReturnError::WrongLength {
            got,
            expected: format!("{} or {last}", rest.join(", ")),
        },
    }
}
