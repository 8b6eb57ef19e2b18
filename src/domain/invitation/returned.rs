//! The answers coming back from the person's phone, sealed with the invitation's secret: as
//! a return link to the practitioner's app (notes included) and as a short return code to
//! read out or type (answers and date only).

use chrono::NaiveDate;

use super::super::cards::Answer;
use super::super::form_error::MAX_NOTE;
use super::invite::{answer_value, day_number, value_answer, Invitation};
use super::radix::{from_decimal, pack, to_decimal, unpack};
use super::return_code::{bytes_of, read_code, symbols_for, values_of, write_code, CodeError};
use super::seal::SealKeys;
use super::wire::{Reader, Writer};

/// What a return's part of the address starts with, after `#`.
pub const RETURN_MARK: &str = "r";
/// Answers come back dated up to this many days after the invitation was sent.
pub const MAX_ANSWER_DAYS: u32 = 1023;
const FORMAT: u8 = 1;
const LINK_TAG: usize = 16;
const CODE_TAG: usize = 8;

/// Answers given on the person's phone, one per card of the invitation, in its order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReturnedAnswers {
    /// The day they were given.
    pub answered: NaiveDate,
    /// One answer per card; cards left unanswered are skipped.
    pub answers: Vec<Answer>,
    /// One note per card, empty for none; notes travel in the link only.
    pub notes: Vec<String>,
}

fn radices(invitation: &Invitation) -> Vec<u32> {
    let states = invitation.answer_states();
    let mut radices = vec![states; invitation.cards.len()];
    radices.push(MAX_ANSWER_DAYS + 1);
    radices
}

impl ReturnedAnswers {
    /// The answers and day packed as one number (see [`pack`]).
    fn body(&self, invitation: &Invitation) -> Vec<u8> {
        let points = invitation.scale.len();
        let states = invitation.answer_states();
        let mut values: Vec<u32> = (0..invitation.cards.len())
            .map(|i| {
                let answer = self.answers.get(i).copied().unwrap_or(Answer::Skipped);
                answer_value(answer, points).min(states - 1)
            })
            .collect();
        let days = u32::from(day_number(self.answered))
            .saturating_sub(u32::from(day_number(invitation.sent)));
        values.push(days.min(MAX_ANSWER_DAYS));
        pack(&values, &radices(invitation)).unwrap_or_default()
    }

    fn from_body(invitation: &Invitation, body: &[u8]) -> Option<(Self, usize)> {
        let radices = radices(invitation);
        let len = super::radix::bytes_for(&radices);
        let values = unpack(body.get(..len)?, &radices)?;
        let (days, answers) = values.split_last()?;
        let points = invitation.scale.len();
        let answered = invitation
            .sent
            .checked_add_days(chrono::Days::new(u64::from(*days)))?;
        let returned = ReturnedAnswers {
            answered,
            answers: answers.iter().map(|&v| value_answer(v, points)).collect(),
            notes: vec![String::new(); invitation.cards.len()],
        };
        Some((returned, len))
    }

    /// The return's part of the address after `#`: `r` and digits.
    pub fn link_fragment(&self, invitation: &Invitation) -> String {
        let mut plain = Writer(self.body(invitation));
        let notes: Vec<(usize, &String)> = self
            .notes
            .iter()
            .take(invitation.cards.len())
            .enumerate()
            .filter(|(_, n)| !n.trim().is_empty())
            .collect();
        plain.varint(notes.len());
        for (card, note) in notes {
            plain.varint(card);
            plain.text(note.trim());
        }
        let mut bytes = vec![FORMAT];
        bytes.extend(SealKeys::new(invitation.secret(), "link").seal(
            &invitation.digest(),
            &plain.0,
            LINK_TAG,
        ));
        format!("{RETURN_MARK}{}", to_decimal(&bytes))
    }

    /// The return link, given the practitioner's app's address (without any `#`).
    pub fn link(&self, invitation: &Invitation, app: &str) -> String {
        format!("{app}#{}", self.link_fragment(invitation))
    }

    /// The return code, in groups of four.
    pub fn code(&self, invitation: &Invitation) -> String {
        let sealed = SealKeys::new(invitation.secret(), "code").seal(
            &invitation.digest(),
            &self.body(invitation),
            CODE_TAG,
        );
        write_code(&values_of(&sealed))
    }
}

/// How many symbols, check included, the return code of `invitation` has.
pub fn code_symbols(invitation: &Invitation) -> usize {
    symbols_for(CODE_TAG + super::radix::bytes_for(&radices(invitation)))
}

/// The answers in a return fragment's digits (after `r`), if `invitation` sealed them.
pub(crate) fn open_link(invitation: &Invitation, digits: &str) -> Option<ReturnedAnswers> {
    let bytes = from_decimal(digits)?;
    let (&format, sealed) = bytes.split_first()?;
    if format != FORMAT {
        return None;
    }
    let plain =
        SealKeys::new(invitation.secret(), "link").open(&invitation.digest(), sealed, LINK_TAG)?;
    let (mut returned, used) = ReturnedAnswers::from_body(invitation, &plain)?;
    let mut input = Reader::new(&plain[used..]);
    for _ in 0..input.varint()? {
        let card = input.varint()?;
        let note = input.text()?;
        if note.chars().count() > MAX_NOTE {
            return None;
        }
        *returned.notes.get_mut(card)? = note;
    }
    input.is_empty().then_some(returned)
}

/// Whether a typed code has the length of `invitation`'s codes.
pub(crate) fn code_fits(invitation: &Invitation, values: &[u32]) -> bool {
    values.len() + 1 == code_symbols(invitation)
}

/// The answers in a return code's values (check symbol taken off), if `invitation` sealed
/// them.
pub(crate) fn open_code(invitation: &Invitation, values: &[u32]) -> Option<ReturnedAnswers> {
    let len = CODE_TAG + super::radix::bytes_for(&radices(invitation));
    let sealed = bytes_of(values, len)?;
    let plain =
        SealKeys::new(invitation.secret(), "code").open(&invitation.digest(), &sealed, CODE_TAG)?;
    ReturnedAnswers::from_body(invitation, &plain).map(|(returned, _)| returned)
}

/// A typed code's values, checked (see [`read_code`]).
pub(crate) fn code_values(typed: &str) -> Result<Vec<u32>, CodeError> {
    read_code(typed)
}
