//! Every finished reading of one deck as a table, cards down and readings across, for the
//! printed report: the numbers behind the charts, on paper.

use chrono::NaiveDate;

use super::deck::Deck;
use super::reading::{Answer, Reading, Respondent};
use super::scoring::{card_score, shown_cards};

/// One reading's column: when and by whom.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReadingColumn {
    /// When it was taken.
    pub date: NaiveDate,
    /// Who gave the ratings.
    pub respondent: Respondent,
}

/// One card's row: its statement and, per reading, its score or why there is none.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReadingsTableRow {
    /// The card's statement as the deck words it now.
    pub statement: String,
    /// Per column: the score ("4"), "skipped", "not said", or "–" when not asked.
    pub cells: Vec<String>,
}

/// A deck's finished readings, oldest first (readings of the same day by whom: the person,
/// the worker, then a carer).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReadingsTable {
    /// One column per reading.
    pub columns: Vec<ReadingColumn>,
    /// One row per card that is active or was answered, in the deck's order.
    pub rows: Vec<ReadingsTableRow>,
}

/// The table of `deck`'s finished readings among `readings`.
pub fn readings_table(deck: &Deck, readings: &[Reading]) -> ReadingsTable {
    let mut taken: Vec<&Reading> = readings
        .iter()
        .filter(|r| r.complete && r.deck == *deck.id())
        .collect();
    let rank = |who: Respondent| Respondent::ALL.iter().position(|r| *r == who);
    taken.sort_by_key(|r| (r.date, rank(r.respondent)));
    let scale = deck.scale();
    let rows = shown_cards(deck.cards(), |id| {
        taken.iter().any(|r| r.answer(id).is_some())
    })
    .map(|card| ReadingsTableRow {
        statement: card.statement.clone(),
        cells: taken
            .iter()
            .map(|r| match r.answer(&card.id).map(|a| a.answer) {
                None => "\u{2013}".to_owned(),
                Some(Answer::Skipped) => "skipped".to_owned(),
                Some(Answer::PreferNotToSay) => "not said".to_owned(),
                Some(Answer::Rated(_)) => card_score(scale, card, r)
                    .map_or_else(|| "\u{2013}".to_owned(), |s| s.to_string()),
            })
            .collect(),
    })
    .collect();
    ReadingsTable {
        columns: taken
            .iter()
            .map(|r| ReadingColumn {
                date: r.date,
                respondent: r.respondent,
            })
            .collect(),
        rows,
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::{day, deck, reading};
    use super::*;

    #[test]
    fn cards_down_readings_across_oldest_first() {
        let deck = deck(&["a", "b-rev", "c"]);
        let mut unfinished = reading("r-9", Respondent::Person, day(1, 1), &[]);
        unfinished.complete = false;
        let readings = vec![
            reading(
                "r-2",
                Respondent::Person,
                day(6, 1),
                &[("a", Answer::Rated(4)), ("b-rev", Answer::Rated(4))],
            ),
            reading(
                "r-3",
                Respondent::Worker,
                day(3, 1),
                &[("a", Answer::Skipped), ("c", Answer::PreferNotToSay)],
            ),
            reading(
                "r-1",
                Respondent::Person,
                day(3, 1),
                &[("a", Answer::Rated(0)), ("b-rev", Answer::Rated(0))],
            ),
            unfinished,
        ];
        let table = readings_table(&deck, &readings);
        let columns: Vec<(NaiveDate, Respondent)> = table
            .columns
            .iter()
            .map(|c| (c.date, c.respondent))
            .collect();
        assert_eq!(
            columns,
            [
                (day(3, 1), Respondent::Person),
                (day(3, 1), Respondent::Worker),
                (day(6, 1), Respondent::Person)
            ]
        );
        let cells: Vec<Vec<&str>> = table
            .rows
            .iter()
            .map(|r| r.cells.iter().map(String::as_str).collect())
            .collect();
        assert_eq!(
            cells,
            [
                vec!["1", "skipped", "5"],
                // Reverse-scored: the lowest point is the best score.
                vec!["5", "\u{2013}", "1"],
                vec!["\u{2013}", "not said", "\u{2013}"],
            ]
        );
        assert_eq!(table.rows[0].statement, "Statement a");
    }

    #[test]
    fn no_readings_no_columns() {
        let table = readings_table(&deck(&["a"]), &[]);
        assert!(table.columns.is_empty());
        assert_eq!(table.rows.len(), 1);
    }
}
