//! What the person's phone keeps while they answer an invitation, so that a reload or a lost
//! signal resumes where they were, and once sealed only the sealed return (never the
//! answers or the secret) until they are done with it.

use chrono::NaiveDate;

use super::super::cards::Answer;
use super::super::form_error::MAX_NOTE;
use super::invite::{answer_value, value_answer, Invitation};
use super::radix::{from_decimal, to_decimal};
use super::returned::ReturnedAnswers;
use super::wire::{Reader, Writer};

const FORMAT: u8 = 1;
const ANSWERING: u8 = 1;
const SENT_BACK: u8 = 2;

/// The person's answers so far to one invitation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AnswerSheet {
    /// The invitation answered.
    pub invitation: Invitation,
    /// One per card; `None` until answered.
    pub answers: Vec<Option<Answer>>,
    /// One per card, empty for none.
    pub notes: Vec<String>,
    /// The card on screen, from 0; the number of cards once they reached the end.
    pub position: usize,
    /// Whether a tapped answer moves on to the next card; `None` until the person chooses
    /// (then it follows the screen's width).
    pub move_on: Option<bool>,
    /// Whether the person asked to keep a copy of their answers on this phone.
    pub keep_copy: bool,
}

impl AnswerSheet {
    /// A sheet with nothing answered.
    pub fn new(invitation: Invitation) -> Self {
        let cards = invitation.cards.len();
        AnswerSheet {
            invitation,
            answers: vec![None; cards],
            notes: vec![String::new(); cards],
            position: 0,
            move_on: None,
            keep_copy: false,
        }
    }

    /// How many cards have an answer other than "skipped".
    pub fn answered(&self) -> usize {
        self.answers
            .iter()
            .filter(|a| matches!(a, Some(a) if *a != Answer::Skipped))
            .count()
    }

    /// Records `answer` to card `index`.
    pub fn answer(&mut self, index: usize, answer: Answer) {
        if let Some(slot) = self.answers.get_mut(index) {
            *slot = Some(answer);
        }
    }

    /// Sets the note on card `index`, cut to the longest note allowed.
    pub fn note(&mut self, index: usize, note: &str) {
        if let Some(slot) = self.notes.get_mut(index) {
            *slot = note.chars().take(MAX_NOTE).collect();
        }
    }

    /// The answers as they go back, dated `today`; cards never answered are skipped.
    pub fn returned(&self, today: NaiveDate) -> ReturnedAnswers {
        ReturnedAnswers {
            answered: today.max(self.invitation.sent),
            answers: self
                .answers
                .iter()
                .map(|a| a.unwrap_or(Answer::Skipped))
                .collect(),
            notes: self.notes.iter().map(|n| n.trim().to_owned()).collect(),
        }
    }

    fn write(&self, out: &mut Writer) {
        out.text(&self.invitation.fragment());
        out.varint(self.position);
        let move_on = match self.move_on {
            None => 0,
            Some(true) => 1,
            Some(false) => 2,
        };
        out.byte(u8::from(self.keep_copy) | move_on << 1);
        let points = self.invitation.scale.len();
        for answer in &self.answers {
            out.varint(answer.map_or(0, |a| answer_value(a, points) as usize + 1));
        }
        for note in &self.notes {
            out.text(note);
        }
    }

    fn read(input: &mut Reader) -> Option<Self> {
        let invitation = Invitation::from_fragment(&input.text()?).ok()?;
        let mut sheet = AnswerSheet::new(invitation);
        sheet.position = input.varint()?.min(sheet.answers.len());
        let flags = input.byte()?;
        sheet.keep_copy = flags & 1 == 1;
        sheet.move_on = match flags >> 1 {
            1 => Some(true),
            2 => Some(false),
            _ => None,
        };
        let points = sheet.invitation.scale.len();
        let states = sheet.invitation.answer_states() as usize;
        for slot in &mut sheet.answers {
            *slot = match input.varint()? {
                0 => None,
                v if v <= states => Some(value_answer(v as u32 - 1, points)),
                _ => return None,
            };
        }
        for slot in &mut sheet.notes {
            *slot = input.text()?;
        }
        Some(sheet)
    }
}

/// What the phone holds after the answers were sealed: the return, ready to send again,
/// and counts for the screen. No answer and no secret.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SentBack {
    /// The return's part of the address after `#`.
    pub link_fragment: String,
    /// The return code, in groups.
    pub code: String,
    /// Cards answered (not skipped).
    pub answered: usize,
    /// Cards in the invitation.
    pub cards: usize,
}

/// One invitation's state on the phone.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OnThePhone {
    /// Being answered.
    Answering(AnswerSheet),
    /// Sealed, waiting for the person to say they have sent it.
    SentBack(SentBack),
}

impl OnThePhone {
    /// As stored: digits.
    pub fn to_stored(&self) -> String {
        let mut out = Writer::default();
        out.byte(FORMAT);
        match self {
            OnThePhone::Answering(sheet) => {
                out.byte(ANSWERING);
                sheet.write(&mut out);
            }
            OnThePhone::SentBack(sent) => {
                out.byte(SENT_BACK);
                out.text(&sent.link_fragment);
                out.text(&sent.code);
                out.varint(sent.answered);
                out.varint(sent.cards);
            }
        }
        to_decimal(&out.0)
    }

    /// What [`OnThePhone::to_stored`] wrote, or `None` if it was damaged.
    pub fn from_stored(text: &str) -> Option<Self> {
        let bytes = from_decimal(text)?;
        let mut input = Reader::new(&bytes);
        if input.byte()? != FORMAT {
            return None;
        }
        let state = match input.byte()? {
            ANSWERING => OnThePhone::Answering(AnswerSheet::read(&mut input)?),
            SENT_BACK => OnThePhone::SentBack(SentBack {
                link_fragment: input.text()?,
                code: input.text()?,
                answered: input.varint()?,
                cards: input.varint()?,
            }),
            _ => return None,
        };
        input.is_empty().then_some(state)
    }
}

impl AnswerSheet {
    /// Seals the answers as of `today` into what the phone keeps from now on.
    pub fn send_back(&self, today: NaiveDate) -> SentBack {
        let returned = self.returned(today);
        SentBack {
            link_fragment: returned.link_fragment(&self.invitation),
            code: returned.code(&self.invitation),
            answered: self.answered(),
            cards: self.answers.len(),
        }
    }
}
