//! The copy of their own answers a person may keep on their phone ("Keep a copy on this
//! phone"): theirs to look back on and to delete, never sent anywhere.

use chrono::NaiveDate;

use super::super::cards::Answer;
use super::invite::{answer_value, day_number, from_day_number, value_answer};
use super::radix::{from_decimal, to_decimal};
use super::wire::{Reader, Writer};
use super::AnswerSheet;

const FORMAT: u8 = 1;
/// The most answer sets kept: about two years of monthly readings.
pub const MAX_KEPT: usize = 24;

/// One set of answers kept on the phone.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeptAnswers {
    /// When they were given.
    pub answered: NaiveDate,
    /// The scale's labels, lowest first.
    pub labels: Vec<String>,
    /// Each card's statement and answer, in the invitation's order.
    pub cards: Vec<(String, Answer)>,
}

impl KeptAnswers {
    /// The copy of `sheet` as answered on `today`.
    pub fn of(sheet: &AnswerSheet, today: NaiveDate) -> Self {
        let returned = sheet.returned(today);
        KeptAnswers {
            answered: returned.answered,
            labels: sheet.invitation.scale.labels().to_vec(),
            cards: sheet
                .invitation
                .cards
                .iter()
                .zip(returned.answers)
                .map(|(card, answer)| (card.statement.clone(), answer))
                .collect(),
        }
    }

    /// How many cards had each label, lowest first.
    pub fn counts(&self) -> Vec<usize> {
        let mut counts = vec![0; self.labels.len()];
        for (_, answer) in &self.cards {
            if let Answer::Rated(point) = answer {
                if let Some(count) = counts.get_mut(usize::from(*point)) {
                    *count += 1;
                }
            }
        }
        counts
    }
}

/// Every kept set, oldest first, as stored: digits.
pub fn kept_to_stored(kept: &[KeptAnswers]) -> String {
    let mut out = Writer::default();
    out.byte(FORMAT);
    let kept = &kept[kept.len().saturating_sub(MAX_KEPT)..];
    out.varint(kept.len());
    for set in kept {
        out.bytes(&day_number(set.answered).to_le_bytes());
        out.varint(set.labels.len());
        for label in &set.labels {
            out.text(label);
        }
        out.varint(set.cards.len());
        let points = set.labels.len();
        for (statement, answer) in &set.cards {
            out.text(statement);
            out.varint(answer_value(*answer, points) as usize);
        }
    }
    to_decimal(&out.0)
}

/// What [`kept_to_stored`] wrote, or `None` if it was damaged.
pub fn kept_from_stored(text: &str) -> Option<Vec<KeptAnswers>> {
    let bytes = from_decimal(text)?;
    let mut input = Reader::new(&bytes);
    if input.byte()? != FORMAT {
        return None;
    }
    let count = input.varint()?;
    let mut kept = Vec::with_capacity(count.min(MAX_KEPT));
    for _ in 0..count {
        let day = u16::from_le_bytes(input.bytes(2)?.try_into().ok()?);
        let answered = from_day_number(day)?;
        let labels = (0..input.varint()?)
            .map(|_| input.text())
            .collect::<Option<Vec<_>>>()?;
        let points = labels.len();
        let cards = (0..input.varint()?)
            .map(|_| {
                let statement = input.text()?;
                let value = input.varint()? as u32;
                Some((statement, value_answer(value, points)))
            })
            .collect::<Option<Vec<_>>>()?;
        kept.push(KeptAnswers {
            answered,
            labels,
            cards,
        });
    }
    input.is_empty().then_some(kept)
}
