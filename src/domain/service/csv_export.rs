//! CSV files for analysis in a spreadsheet: tidy (one row per rating, one row per outcome,
//! one row per unplanned outcome), UTF-8 with a byte-order mark so that Excel reads accents
//! and emoji, and every cell that a spreadsheet could take for a formula neutralised.
//!
//! ```
//! use outcome_focus::domain::{neutralise, BOM};
//!
//! assert_eq!(neutralise("=HYPERLINK(\"http://x\")"), "'=HYPERLINK(\"http://x\")");
//! assert_eq!(neutralise("I can cook"), "I can cook");
//! assert_eq!(BOM, "\u{feff}");
//! ```

use std::borrow::Cow;

use super::dashboard::CaseRecord;
use crate::domain::cards::{score, Answer, Deck, Respondent};
use crate::domain::dates::iso_date;
use crate::domain::outcome::Term;

/// The byte-order mark every file starts with: Excel needs it to read UTF-8.
pub const BOM: &str = "\u{feff}";

/// The columns of the ratings file.
pub const RATINGS_HEADER: [&str; 14] = [
    "person_id",
    "reading_id",
    "reading_date",
    "conversation_id",
    "respondent",
    "deck_id",
    "deck_name",
    "card_id",
    "card_statement",
    "card_domain",
    "reverse_scored",
    "answer",
    "point",
    "score",
];

/// The columns of the outcomes file.
pub const OUTCOMES_HEADER: [&str; 9] = [
    "person_id",
    "outcome_id",
    "agreed_on",
    "domain",
    "term",
    "status",
    "target_date",
    "words",
    "how_we_know",
];

/// The columns of the unplanned outcomes file.
pub const UNPLANNED_HEADER: [&str; 7] = [
    "person_id",
    "unplanned_id",
    "date",
    "direction",
    "domain",
    "changes_the_plan",
    "note",
];

/// What the answer column says of a card passed over.
pub const SKIPPED: &str = "skipped";
/// What the answer column says when the person chose not to say.
pub const NOT_SAID: &str = "prefer not to say";

/// A cell made safe for spreadsheets: text starting with `=`, `+`, `-`, `@`, a tab or a
/// carriage return could run as a formula, so it gets a leading `'`, which spreadsheets show
/// as text.
pub fn neutralise(cell: &str) -> Cow<'_, str> {
    match cell.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => Cow::Owned(format!("'{cell}")),
        _ => Cow::Borrowed(cell),
    }
}

/// Writes rows, each cell neutralised, after the BOM and the header.
fn write_csv<const N: usize>(header: [&str; N], rows: impl Iterator<Item = [String; N]>) -> String {
    let mut writer = csv::Writer::from_writer(BOM.as_bytes().to_vec());
    // Writing to memory cannot fail, and every cell is a Rust string, so valid UTF-8.
    let _ = writer.write_record(header);
    for row in rows {
        let _ = writer.write_record(row.iter().map(|cell| neutralise(cell).into_owned()));
    }
    let bytes = writer.into_inner().unwrap_or_default();
    String::from_utf8(bytes).unwrap_or_default()
}

/// One row per rating of every finished reading: unfinished readings never count, here as in
/// the dashboard. A skipped card or "prefer not to say" is written as such, with no point
/// and no score. `point` is the answer's place on the scale (1 = first label); `score` is
/// the same turned round for a reverse-scored card, so that higher is always better.
pub fn ratings_csv(records: &[CaseRecord], decks: &[Deck]) -> String {
    let rows = records.iter().flat_map(|record| {
        record
            .readings
            .iter()
            .filter(|r| r.complete)
            .flat_map(move |reading| {
                let deck = decks.iter().find(|d| d.id() == &reading.deck);
                reading.answers.iter().map(move |answer| {
                    let card = deck.and_then(|d| d.card(&answer.card));
                    let (label, point, card_score) = match (answer.answer, deck, card) {
                        (Answer::Skipped, ..) => (SKIPPED.to_owned(), String::new(), String::new()),
                        (Answer::PreferNotToSay, ..) => {
                            (NOT_SAID.to_owned(), String::new(), String::new())
                        }
                        (Answer::Rated(p), Some(deck), Some(card)) => (
                            answer.answer.label(deck.scale()).to_owned(),
                            (u32::from(p) + 1).to_string(),
                            score(deck.scale(), card, answer.answer)
                                .map(|s| s.to_string())
                                .unwrap_or_default(),
                        ),
                        // A deck or card deleted since: the point is all there is.
                        (Answer::Rated(p), ..) => {
                            (String::new(), (u32::from(p) + 1).to_string(), String::new())
                        }
                    };
                    [
                        record.person.id.as_str().to_owned(),
                        reading.id.clone(),
                        iso_date(reading.date),
                        reading.conversation.clone().unwrap_or_default(),
                        respondent_value(reading.respondent).to_owned(),
                        reading.deck.as_str().to_owned(),
                        deck.map(|d| d.name().to_owned()).unwrap_or_default(),
                        answer.card.as_str().to_owned(),
                        card.map(|c| c.statement.clone()).unwrap_or_default(),
                        card.map(|c| c.domain.clone()).unwrap_or_default(),
                        card.map(|c| yes_no(c.reverse_scored)).unwrap_or_default(),
                        label,
                        point,
                        card_score,
                    ]
                })
            })
    });
    write_csv(RATINGS_HEADER, rows)
}

/// One row per personal outcome.
pub fn outcomes_csv(records: &[CaseRecord]) -> String {
    let rows = records.iter().flat_map(|record| {
        record.person.outcomes.iter().map(move |outcome| {
            [
                record.person.id.as_str().to_owned(),
                outcome.id.clone(),
                iso_date(outcome.agreed_on),
                outcome.domain.clone(),
                term_word(outcome.term).to_owned(),
                outcome.status.label().to_owned(),
                iso_date(outcome.target_date),
                outcome.words.clone(),
                outcome.how_we_know.clone(),
            ]
        })
    });
    write_csv(OUTCOMES_HEADER, rows)
}

/// One row per unplanned outcome.
pub fn unplanned_csv(records: &[CaseRecord]) -> String {
    let rows = records.iter().flat_map(|record| {
        record.person.unplanned_outcomes.iter().map(move |change| {
            [
                record.person.id.as_str().to_owned(),
                change.id.clone(),
                iso_date(change.date),
                change.direction.label().to_owned(),
                change.domain.clone().unwrap_or_default(),
                yes_no(change.changes_the_plan),
                change.note.clone(),
            ]
        })
    });
    write_csv(UNPLANNED_HEADER, rows)
}

/// The respondent as one word, for analysis.
fn respondent_value(respondent: Respondent) -> &'static str {
    match respondent {
        Respondent::Person => "person",
        Respondent::Worker => "worker",
        Respondent::Carer => "carer",
    }
}

/// The term as one word, for analysis.
fn term_word(term: Term) -> &'static str {
    match term {
        Term::Short => "short",
        Term::Longer => "longer",
    }
}

fn yes_no(value: bool) -> String {
    if value { "yes" } else { "no" }.to_owned()
}

#[cfg(test)]
mod tests;
