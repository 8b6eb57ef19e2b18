//! The invitation a worker sends to a person's own phone: the deck as it stands and a fresh
//! secret, all in the answer page's address after `#`, which browsers never send to a
//! server. Written as decimal digits, so that a QR code holds it in numeric mode.

use chrono::{Datelike, NaiveDate};
use thiserror::Error;

use super::super::cards::{
    Answer, Card, Scale, DEFAULT_LABELS, FREQUENCY_LABELS, MAX_CARDS, MAX_EMOJI, MAX_STATEMENT,
};
use super::radix::{from_decimal, to_decimal};
use super::seal::derive;
use super::wire::{Reader, Writer};

/// How many random bytes an invitation's secret has: 128 bits.
pub const SECRET_BYTES: usize = 16;
/// What an invitation's part of the address starts with, after `#`.
pub const INVITATION_MARK: &str = "i";
/// The longest name an invitation shows on the person's screen.
pub const MAX_SHOWN_NAME: usize = 40;
const FORMAT: u8 = 1;
/// Dates travel as days since this one, in two bytes (until the year 2179).
const DAY_ZERO: (i32, u32, u32) = (2000, 1, 1);

/// Why an invitation's address could not be read, in words for the person holding the phone.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum InvitationError {
    /// Nothing after `#`, or something that is not an invitation.
    #[error("This page needs the whole link from your worker. Open the link again, or scan the code again.")]
    Missing,
    /// Cut short or changed on the way.
    #[error("This link is not complete: part of it may have been lost when it was copied. Ask your worker to send it again.")]
    Damaged,
    /// Made by a later version of the app.
    #[error("This link was made by a newer version of the app. Reload the page; if this stays, ask your worker to send it again.")]
    Newer,
}

/// One card as the person sees it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InvitedCard {
    /// The statement, in the first person.
    pub statement: String,
    /// Its picture; empty for none.
    pub emoji: String,
}

impl InvitedCard {
    /// The card as an invitation carries it: its statement and emoji, nothing else.
    pub fn of(card: &Card) -> Self {
        InvitedCard {
            statement: card.statement.clone(),
            emoji: card.emoji.clone().unwrap_or_default(),
        }
    }
}

/// An invitation to answer a deck on the person's own phone.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Invitation {
    secret: [u8; SECRET_BYTES],
    /// When it was made; answers come back dated in days from it.
    pub sent: NaiveDate,
    /// The deck's language, as a BCP 47 tag ("en", "cy").
    pub language: String,
    /// The name shown on the person's screen; empty for none.
    pub shown_name: String,
    /// The deck's scale, labels, question and whether "Prefer not to say" is offered.
    pub scale: Scale,
    /// The cards to answer, in order.
    pub cards: Vec<InvitedCard>,
}

impl Invitation {
    /// An invitation with a fresh `secret` the caller drew from a cryptographic generator.
    pub fn new(
        secret: [u8; SECRET_BYTES],
        sent: NaiveDate,
        language: &str,
        shown_name: &str,
        scale: Scale,
        cards: Vec<InvitedCard>,
    ) -> Self {
        Invitation {
            secret,
            sent,
            language: language.to_owned(),
            shown_name: shown_name.trim().chars().take(MAX_SHOWN_NAME).collect(),
            scale,
            cards,
        }
    }

    #[cfg(all(test, not(target_arch = "wasm32")))]
    pub(crate) fn secret_for_tests(&mut self, secret: [u8; SECRET_BYTES]) {
        self.secret = secret;
    }

    pub(crate) fn secret(&self) -> &[u8] {
        &self.secret
    }

    /// A short id that names the invitation without giving its secret away: 16 hex digits.
    pub fn id(&self) -> String {
        derive(&self.secret, "id")[..8]
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect()
    }

    /// How many answers each card may have: the scale's points, "skipped", and "prefer not
    /// to say" where offered.
    pub fn answer_states(&self) -> u32 {
        answer_states(&self.scale)
    }

    /// SHA-256 of the invitation as sent: returns are sealed over it, so answers to an
    /// invitation changed on the way never open.
    pub(crate) fn digest(&self) -> [u8; 32] {
        use sha2::{Digest, Sha256};
        Sha256::digest(self.to_bytes()).into()
    }

    /// The address's part after `#`: `i` and digits.
    pub fn fragment(&self) -> String {
        format!("{INVITATION_MARK}{}", to_decimal(&self.to_bytes()))
    }

    /// The whole link, given the answer page's address (without any `#`).
    pub fn link(&self, answer_page: &str) -> String {
        format!("{answer_page}#{}", self.fragment())
    }

    /// The invitation in an address's part after `#` (with or without the `#`).
    pub fn from_fragment(fragment: &str) -> Result<Self, InvitationError> {
        let digits = fragment
            .trim()
            .trim_start_matches('#')
            .strip_prefix(INVITATION_MARK)
            .ok_or(InvitationError::Missing)?;
        let bytes = from_decimal(digits).ok_or(InvitationError::Damaged)?;
        Self::from_bytes(&bytes)
    }

    fn to_bytes(&self) -> Vec<u8> {
        let mut out = Writer::default();
        out.byte(FORMAT);
        out.bytes(&self.secret);
        let days = day_number(self.sent);
        out.bytes(&days.to_le_bytes());
        out.text(&self.language);
        out.text(&self.shown_name);
        write_scale(&mut out, &self.scale);
        out.varint(self.cards.len());
        for card in &self.cards {
            out.text(&card.statement);
            out.text(&card.emoji);
        }
        out.0
    }

    fn from_bytes(bytes: &[u8]) -> Result<Self, InvitationError> {
        let mut input = Reader::new(bytes);
        match input.byte() {
            Some(FORMAT) => {}
            Some(later) if later > FORMAT => return Err(InvitationError::Newer),
            _ => return Err(InvitationError::Damaged),
        }
        read_invitation(&mut input).ok_or(InvitationError::Damaged)
    }
}

fn read_invitation(input: &mut Reader) -> Option<Invitation> {
    let secret: [u8; SECRET_BYTES] = input.bytes(SECRET_BYTES)?.try_into().ok()?;
    let days = u16::from_le_bytes(input.bytes(2)?.try_into().ok()?);
    let sent = from_day_number(days)?;
    let language = input.text()?;
    let shown_name = input.text()?;
    let scale = read_scale(input)?;
    let count = input.varint()?;
    if count == 0 || count > MAX_CARDS || language.len() > 35 {
        return None;
    }
    let mut cards = Vec::with_capacity(count);
    for _ in 0..count {
        let statement = input.text()?;
        let emoji = input.text()?;
        let statement_fits = (1..=MAX_STATEMENT).contains(&statement.trim().chars().count());
        if !statement_fits || emoji.chars().count() > MAX_EMOJI {
            return None;
        }
        cards.push(InvitedCard { statement, emoji });
    }
    let name_fits = shown_name.chars().count() <= MAX_SHOWN_NAME;
    (input.is_empty() && name_fits).then_some(Invitation {
        secret,
        sent,
        language,
        shown_name,
        scale,
        cards,
    })
}

/// Scales most decks use travel as one byte instead of their labels.
const CUSTOM: u8 = 0;
const AGREEMENT: u8 = 1;
const FREQUENCY: u8 = 2;

fn write_scale(out: &mut Writer, scale: &Scale) {
    let labels = scale.labels();
    let preset = if labels == DEFAULT_LABELS {
        AGREEMENT
    } else if labels == FREQUENCY_LABELS {
        FREQUENCY
    } else {
        CUSTOM
    };
    out.byte(preset << 1 | u8::from(scale.offers_prefer_not_to_say()));
    if preset == CUSTOM {
        out.varint(labels.len());
        for label in labels {
            out.text(label);
        }
    }
    out.text(scale.own_question());
}

fn read_scale(input: &mut Reader) -> Option<Scale> {
    let flags = input.byte()?;
    let prefer_not_to_say = flags & 1 == 1;
    let labels: Vec<String> = match flags >> 1 {
        AGREEMENT => DEFAULT_LABELS.iter().map(|l| (*l).to_owned()).collect(),
        FREQUENCY => FREQUENCY_LABELS.iter().map(|l| (*l).to_owned()).collect(),
        CUSTOM => {
            let count = input.varint()?;
            if count > super::super::cards::MAX_POINTS {
                return None;
            }
            (0..count).map(|_| input.text()).collect::<Option<_>>()?
        }
        _ => return None,
    };
    let question = input.text()?;
    Scale::new(&labels, prefer_not_to_say)
        .and_then(|s| s.with_question(&question))
        .ok()
}

/// How many answers a card on `scale` may have.
pub(crate) fn answer_states(scale: &Scale) -> u32 {
    scale.len() as u32 + 1 + u32::from(scale.offers_prefer_not_to_say())
}

/// An answer as a number below [`answer_states`]: points, then skipped, then "prefer not to
/// say".
pub(crate) fn answer_value(answer: Answer, points: usize) -> u32 {
    match answer {
        Answer::Rated(point) => u32::from(point).min(points as u32),
        Answer::Skipped => points as u32,
        Answer::PreferNotToSay => points as u32 + 1,
    }
}

/// The answer [`answer_value`] made.
pub(crate) fn value_answer(value: u32, points: usize) -> Answer {
    match value.checked_sub(points as u32) {
        None => Answer::Rated(value as u8),
        Some(0) => Answer::Skipped,
        Some(_) => Answer::PreferNotToSay,
    }
}

fn day_zero() -> NaiveDate {
    let (y, m, d) = DAY_ZERO;
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
}

/// Days since 1 January 2000, as two bytes carry them.
pub(crate) fn day_number(date: NaiveDate) -> u16 {
    let days = date.num_days_from_ce() - day_zero().num_days_from_ce();
    days.clamp(0, i32::from(u16::MAX)) as u16
}

/// The date [`day_number`] wrote.
pub(crate) fn from_day_number(days: u16) -> Option<NaiveDate> {
    day_zero().checked_add_days(chrono::Days::new(u64::from(days)))
}
