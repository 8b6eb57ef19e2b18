//! One readings target across people: earliest against latest reading per person, counted
//! without ever averaging Likert points.

use super::super::aims::{focus_label, ReadingsTarget, TargetFocus};
use super::{CaseRecord, DashboardFilter, Share};
use crate::domain::cards::{
    card_across_people, card_score, score_labels, Card, Deck, Reading, ScoreDistribution,
};
use crate::domain::numbers::median;

/// What a readings target came to.
#[derive(Clone, Debug, PartialEq)]
pub struct ReadingsResult {
    /// The target measured.
    pub target: ReadingsTarget,
    /// The deck's name (its id if the deck has since been deleted).
    pub deck_name: String,
    /// The card's statement, the domain's name, or "Total".
    pub focus_label: String,
    /// People with exactly one reading in the dates chosen: not counted yet.
    pub one_reading: usize,
    /// People with two readings or more whose focus was not scored in both the earliest and
    /// the latest (skipped, "prefer not to say", or no card of the focus in common).
    pub not_comparable: usize,
    /// Among the people counted, those who improved by at least the target's points.
    pub improved: Share,
    /// The median change, in points (halves and quarters possible); `None` with nobody
    /// counted.
    pub median_change: Option<f64>,
    /// The latest readings of everyone with two readings or more, one bar per card of the
    /// focus (by score: reverse-scored cards already turned round).
    pub distribution: Vec<ScoreDistribution>,
    /// The words of the scores of [`ReadingsResult::distribution`], worst first (see
    /// [`score_labels`]); empty when the deck has gone.
    pub point_labels: Vec<String>,
}

impl ReadingsResult {
    /// How many people the figures are based on.
    pub fn based_on(&self) -> usize {
        self.improved.whole
    }
}

/// Measures `target` over the people admitted by `filter`.
pub(super) fn measure(
    target: &ReadingsTarget,
    deck: Option<&Deck>,
    people: &[&CaseRecord],
    filter: &DashboardFilter,
) -> ReadingsResult {
    let mut result = ReadingsResult {
        target: target.clone(),
        deck_name: deck.map_or(target.deck.as_str(), Deck::name).to_owned(),
        focus_label: focus_label(target, deck),
        one_reading: 0,
        not_comparable: 0,
        improved: Share::default(),
        median_change: None,
        distribution: Vec::new(),
        point_labels: Vec::new(),
    };
    let Some(deck) = deck else {
        return result;
    };
    let cards = focus_cards(deck, &target.focus);
    result.point_labels = score_labels(deck, &cards);
    // Changes in half points, so that a domain's median (which may fall between two points)
    // stays a whole number.
    let mut changes: Vec<i32> = Vec::new();
    let mut latest_readings: Vec<&Reading> = Vec::new();
    for record in people {
        let mut earliest: Option<&Reading> = None;
        let mut latest: Option<&Reading> = None;
        let mut count = 0;
        for reading in &record.readings {
            let counts = reading.complete
                && reading.deck == target.deck
                && reading.respondent == target.respondent
                && filter.admits_date(reading.date);
            if !counts {
                continue;
            }
            count += 1;
            // The same rules as the person's baseline and latest: on the same date, the one
            // recorded first is the earliest and the one recorded last is the latest.
            if earliest.is_none_or(|e| reading.date < e.date) {
                earliest = Some(reading);
            }
            if latest.is_none_or(|l| reading.date >= l.date) {
                latest = Some(reading);
            }
        }
        let (Some(earliest), Some(latest)) = (earliest, latest) else {
            continue;
        };
        if count < 2 {
            result.one_reading += 1;
            continue;
        }
        latest_readings.push(latest);
        match change(deck, &cards, &target.focus, earliest, latest) {
            Some(change) => changes.push(change),
            None => result.not_comparable += 1,
        }
    }
    let needed = i64::from(target.min_improvement) * 2;
    result.improved = Share {
        part: changes.iter().filter(|c| i64::from(**c) >= needed).count(),
        whole: changes.len(),
    };
    result.median_change = median(changes).map(|halves| halves / 2.0);
    result.distribution = cards
        .iter()
        .map(|card| card_across_people(deck, &card.id, &latest_readings))
        .collect();
    result
}

/// The cards a focus covers, in the deck's order.
fn focus_cards<'d>(deck: &'d Deck, focus: &TargetFocus) -> Vec<&'d Card> {
    deck.cards()
        .iter()
        .filter(|c| match focus {
            TargetFocus::Card(id) => &c.id == id,
            TargetFocus::Domain(domain) => &c.domain == domain,
            TargetFocus::Total => true,
        })
        .collect()
}

/// Latest minus earliest on the focus, in half points, over the cards scored in both (so a
/// card skipped once neither counts as zero nor shifts the comparison); `None` when no card
/// of the focus was scored in both.
fn change(
    deck: &Deck,
    cards: &[&Card],
    focus: &TargetFocus,
    earliest: &Reading,
    latest: &Reading,
) -> Option<i32> {
    let scale = deck.scale();
    let (before, after): (Vec<i32>, Vec<i32>) = cards
        .iter()
        .filter_map(|card| {
            let b = card_score(scale, card, earliest)?;
            let a = card_score(scale, card, latest)?;
            Some((i32::from(b) * 2, i32::from(a) * 2))
        })
        .unzip();
    if before.is_empty() {
        return None;
    }
    Some(match focus {
        TargetFocus::Total => after.iter().sum::<i32>() - before.iter().sum::<i32>(),
        // A single card's median is its score.
        TargetFocus::Card(_) | TargetFocus::Domain(_) => middle(&after)? - middle(&before)?,
    })
}

/// The median of doubled scores, in half points: always whole, since doubled scores are
/// even, and so the mean of the two middle ones is whole too.
fn middle(values: &[i32]) -> Option<i32> {
    median(values.iter().copied()).map(|m| m as i32)
}
