//! The service's aims, each with measurable targets. An aim is a sentence ("Support children
//! to improve their educational attainment"); a target measures it, either on readings (the
//! share of people whose latest reading of a deck is at least N points above their earliest)
//! or on outcome statuses (the share of outcomes achieved or partly achieved).
//!
//! ```
//! use outcome_focus::domain::{built_in_decks, AimDraft, ServiceAims, TargetDraft};
//!
//! let decks = built_in_decks();
//! let mut draft = AimDraft::default();
//! draft.words = "Support people to live more independently".into();
//! draft.targets.push(TargetDraft::readings(decks[0].id().as_str()));
//! let aim = draft.validate("a-1", &decks).unwrap();
//! let mut aims = ServiceAims::default();
//! aims.upsert(aim);
//! assert_eq!(aims.next_id(), "a-2");
//! ```

use serde::{Deserialize, Serialize};
use thiserror::Error;

use super::super::cards::{CardId, Deck, DeckId, Respondent};
use super::super::envelope::{DecodeError, Migrate};
use super::super::form_error::too_long;
use super::super::form_error::NamesField;
use super::super::outcome::{OutcomeStatus, Term};

/// The longest wording of an aim: a sentence or two.
pub const MAX_AIM_WORDS: usize = 300;
/// The most targets one aim may have.
pub const MAX_TARGETS: usize = 10;
/// The largest improvement a target may ask for, in points (a deck total can move by many).
pub const MAX_IMPROVEMENT: u32 = 200;

/// What a readings target measures in each reading.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum TargetFocus {
    /// One card's score.
    Card(CardId),
    /// The median score of the deck's cards in this domain.
    Domain(String),
    /// The sum of the scores of the cards scored in both readings compared.
    Total,
}

/// A target measured on readings: among people with at least two finished readings of
/// `deck` by `respondent`, the share whose latest is at least `min_improvement` points above
/// their earliest on `focus`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReadingsTarget {
    /// The deck read.
    pub deck: DeckId,
    /// A card, a domain or the deck's total.
    pub focus: TargetFocus,
    /// Whose view counts: kept apart, never mixed.
    pub respondent: Respondent,
    /// The improvement that counts, in points (at least 1).
    pub min_improvement: u32,
    /// The share of people to reach, in percent (1 to 100).
    pub target_percent: u32,
}

/// A target measured on outcome statuses: among the ended outcomes of a term, the share
/// whose status is one of `statuses`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StatusTarget {
    /// Short-term outcomes, longer-term ones, or any (`None`).
    #[serde(default)]
    pub term: Option<Term>,
    /// The statuses that count, such as achieved and partly achieved.
    pub statuses: Vec<OutcomeStatus>,
    /// The share of outcomes to reach, in percent (1 to 100).
    pub target_percent: u32,
}

/// A measurable target of an aim.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Target {
    /// Measured on readings.
    Readings(ReadingsTarget),
    /// Measured on outcome statuses.
    OutcomeStatus(StatusTarget),
}

impl Target {
    /// The target in words, naming the deck and card as `decks` have them: "60% of people
    /// improve by at least 1 point on “I go to school most days” (Children and young people),
    /// the person's view".
    pub fn describe(&self, decks: &[Deck]) -> String {
        match self {
            Target::Readings(t) => {
                let deck = decks.iter().find(|d| d.id() == &t.deck);
                let deck_name = deck.map_or(t.deck.as_str(), Deck::name);
                describe_readings(t, deck_name, &focus_label(t, deck))
            }
            Target::OutcomeStatus(t) => describe_status(t),
        }
    }

    /// The share to reach, in percent.
    pub fn target_percent(&self) -> u32 {
        match self {
            Target::Readings(t) => t.target_percent,
            Target::OutcomeStatus(t) => t.target_percent,
        }
    }
}

/// What the service sets out to do, with the targets that measure it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Aim {
    /// Stable id within the service's aims: `a-1`.
    pub id: String,
    /// The aim in the service's words.
    pub words: String,
    /// How it is measured.
    #[serde(default)]
    pub targets: Vec<Target>,
}

/// The service's aims, as stored under their own key.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ServiceAims {
    /// Counts the saves, so that a tab holding an older copy cannot overwrite a newer one.
    #[serde(default)]
    pub revision: u64,
    /// The aims, in the service's order.
    #[serde(default)]
    pub aims: Vec<Aim>,
}

impl ServiceAims {
    /// An id no aim has yet: one more than the highest `a-N`.
    pub fn next_id(&self) -> String {
        let highest = self
            .aims
            .iter()
            .filter_map(|a| a.id.strip_prefix("a-")?.parse::<u64>().ok())
            .max()
            .unwrap_or(0);
        format!("a-{}", highest + 1)
    }

    /// Adds the aim, or replaces the one with its id.
    pub fn upsert(&mut self, aim: Aim) {
        match self.aims.iter_mut().find(|a| a.id == aim.id) {
            Some(slot) => *slot = aim,
            None => self.aims.push(aim),
        }
    }

    /// Removes the aim with this id; whether there was one.
    pub fn remove(&mut self, id: &str) -> bool {
        let before = self.aims.len();
        self.aims.retain(|a| a.id != id);
        self.aims.len() != before
    }

    /// The aim with this id.
    pub fn get(&self, id: &str) -> Option<&Aim> {
        self.aims.iter().find(|a| a.id == id)
    }
}

impl Migrate for ServiceAims {
    fn migrate(from: u32, _data: String) -> Result<String, DecodeError> {
        // Aims were first stored under schema 3.
        Err(DecodeError::BadData(format!(
            "no aims were stored under schema {from}"
        )))
    }
}

/// Which kind of target a target form describes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum TargetKind {
    /// On readings.
    #[default]
    Readings,
    /// On outcome statuses.
    OutcomeStatus,
}

/// One target of the aim form, as typed or chosen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TargetDraft {
    /// Readings or outcome statuses.
    pub kind: TargetKind,
    /// The deck's id.
    pub deck: String,
    /// `total`, `card:<card id>` or `domain:<domain>`.
    pub focus: String,
    /// Whose view counts.
    pub respondent: Respondent,
    /// The improvement that counts, in points, as typed.
    pub min_improvement: String,
    /// The share to reach, in percent, as typed.
    pub target_percent: String,
    /// `short`, `longer` or `any`.
    pub term: String,
    /// The statuses that count.
    pub statuses: Vec<OutcomeStatus>,
}

impl Default for TargetDraft {
    fn default() -> Self {
        TargetDraft {
            kind: TargetKind::Readings,
            deck: String::new(),
            focus: String::new(),
            respondent: Respondent::Person,
            min_improvement: String::new(),
            target_percent: String::new(),
            term: String::new(),
            statuses: Vec::new(),
        }
    }
}

impl TargetDraft {
    /// A readings target on a deck's total, as the form first offers it: the person's view,
    /// 1 point, 60%.
    pub fn readings(deck: &str) -> Self {
        TargetDraft {
            kind: TargetKind::Readings,
            deck: deck.to_owned(),
            focus: "total".into(),
            min_improvement: "1".into(),
            target_percent: "60".into(),
            ..TargetDraft::default()
        }
    }

    /// An outcome-status target as the form first offers it: short-term outcomes achieved or
    /// partly achieved, 70%.
    pub fn outcome_status() -> Self {
        TargetDraft {
            kind: TargetKind::OutcomeStatus,
            term: "short".into(),
            statuses: vec![OutcomeStatus::Achieved, OutcomeStatus::PartlyAchieved],
            target_percent: "70".into(),
            ..TargetDraft::default()
        }
    }

    /// The form for a stored target.
    pub fn from_target(target: &Target) -> Self {
        match target {
            Target::Readings(t) => TargetDraft {
                kind: TargetKind::Readings,
                deck: t.deck.as_str().to_owned(),
                focus: match &t.focus {
                    TargetFocus::Card(c) => format!("card:{}", c.as_str()),
                    TargetFocus::Domain(d) => format!("domain:{d}"),
                    TargetFocus::Total => "total".into(),
                },
                respondent: t.respondent,
                min_improvement: t.min_improvement.to_string(),
                target_percent: t.target_percent.to_string(),
                ..TargetDraft::default()
            },
            Target::OutcomeStatus(t) => TargetDraft {
                kind: TargetKind::OutcomeStatus,
                term: term_value(t.term).into(),
                statuses: t.statuses.clone(),
                target_percent: t.target_percent.to_string(),
                ..TargetDraft::default()
            },
        }
    }

    fn validate(&self, index: usize, decks: &[Deck], errors: &mut Vec<AimError>) -> Option<Target> {
        let percent = whole_number(&self.target_percent).filter(|p| (1..=100).contains(p));
        if percent.is_none() {
            errors.push(AimError::TargetPercent(index));
        }
        match self.kind {
            TargetKind::OutcomeStatus => {
                let term = term_from_value(&self.term);
                if term.is_none() {
                    errors.push(AimError::Term(index));
                }
                if self.statuses.is_empty() {
                    errors.push(AimError::NoStatuses(index));
                }
                // In the order a review offers them, each once, whatever order they were ticked.
                let statuses: Vec<OutcomeStatus> = OutcomeStatus::ALL
                    .into_iter()
                    .filter(|s| self.statuses.contains(s))
                    .collect();
                Some(Target::OutcomeStatus(StatusTarget {
                    term: term?,
                    statuses: Some(statuses).filter(|s| !s.is_empty())?,
                    target_percent: percent?,
                }))
            }
            TargetKind::Readings => {
                let deck = decks.iter().find(|d| d.id().as_str() == self.deck.trim());
                let Some(deck) = deck else {
                    errors.push(AimError::UnknownDeck(index));
                    return None;
                };
                let focus = focus_in(deck, &self.focus);
                if focus.is_none() {
                    errors.push(AimError::UnknownFocus(index));
                }
                let most = match focus {
                    Some(TargetFocus::Total) => MAX_IMPROVEMENT,
                    _ => u32::try_from(deck.scale().len())
                        .unwrap_or(1)
                        .saturating_sub(1),
                };
                let improvement = whole_number(&self.min_improvement);
                match improvement {
                    Some(n) if (1..=most).contains(&n) => {}
                    _ => errors.push(AimError::Improvement {
                        target: index,
                        most,
                    }),
                }
                Some(Target::Readings(ReadingsTarget {
                    deck: deck.id().clone(),
                    focus: focus?,
                    respondent: self.respondent,
                    min_improvement: improvement.filter(|n| (1..=most).contains(n))?,
                    target_percent: percent?,
                }))
            }
        }
    }
}

/// What a readings target measures, in words: the card's statement (its id if the deck or
/// card has gone), the domain's name, or "Total".
pub(crate) fn focus_label(target: &ReadingsTarget, deck: Option<&Deck>) -> String {
    match &target.focus {
        TargetFocus::Card(id) => deck
            .and_then(|d| d.card(id))
            .map_or(id.as_str(), |c| c.statement.as_str())
            .to_owned(),
        TargetFocus::Domain(domain) => domain.clone(),
        TargetFocus::Total => "Total".to_owned(),
    }
}

/// A readings target in words, given its deck's name and [`focus_label`].
pub(crate) fn describe_readings(t: &ReadingsTarget, deck_name: &str, focus_label: &str) -> String {
    let points = if t.min_improvement == 1 {
        "point"
    } else {
        "points"
    };
    let view = match t.respondent {
        Respondent::Person => "the person's view",
        Respondent::Worker => "the worker's view",
        Respondent::Carer => "a carer's view",
    };
    let focus = match t.focus {
        TargetFocus::Card(_) => format!("\u{201c}{focus_label}\u{201d}"),
        TargetFocus::Domain(_) => format!("the {focus_label} cards"),
        TargetFocus::Total => "the total".to_owned(),
    };
    format!(
        "{}% of people improve by at least {} {points} on {focus} ({deck_name}), {view}",
        t.target_percent, t.min_improvement
    )
}

/// An outcome-status target in words: "70% of short-term outcomes achieved or partly
/// achieved".
pub(crate) fn describe_status(t: &StatusTarget) -> String {
    let term = match t.term {
        Some(Term::Short) => "short-term outcomes",
        Some(Term::Longer) => "longer-term outcomes",
        None => "outcomes",
    };
    let statuses: Vec<String> = t
        .statuses
        .iter()
        .map(|s| s.label().to_lowercase())
        .collect();
    format!("{}% of {term} {}", t.target_percent, statuses.join(" or "))
}

/// The `<select>` value of a term filter.
pub fn term_value(term: Option<Term>) -> &'static str {
    match term {
        Some(Term::Short) => "short",
        Some(Term::Longer) => "longer",
        None => "any",
    }
}

/// The term filter of a `<select>` value; `None` inside when the value is unknown.
pub(crate) fn term_from_value(value: &str) -> Option<Option<Term>> {
    match value.trim() {
        "short" => Some(Some(Term::Short)),
        "longer" => Some(Some(Term::Longer)),
        "any" => Some(None),
        _ => None,
    }
}

fn whole_number(text: &str) -> Option<u32> {
    text.trim().parse().ok()
}

/// The focus a form value names, if the deck has it.
fn focus_in(deck: &Deck, value: &str) -> Option<TargetFocus> {
    let value = value.trim();
    if value == "total" {
        return Some(TargetFocus::Total);
    }
    if let Some(card) = value.strip_prefix("card:") {
        let card = CardId::parse(card)?;
        return deck.card(&card).map(|c| TargetFocus::Card(c.id.clone()));
    }
    let domain = value.strip_prefix("domain:")?;
    deck.cards()
        .iter()
        .any(|c| c.domain == domain)
        .then(|| TargetFocus::Domain(domain.to_owned()))
}

/// What is wrong with the aim form, in words that say what to do. Target errors carry the
/// target's position in the form (from 0).
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum AimError {
    /// The aim has no words.
    #[error("Write the aim: what the service sets out to do, in a sentence.")]
    NoWords,
    /// The aim's words are too long.
    #[error("Keep the aim to {MAX_AIM_WORDS} characters or fewer.")]
    WordsTooLong,
    /// The aim has no target.
    #[error("Add at least one target, so that the aim can be measured.")]
    NoTargets,
    /// The aim has too many targets.
    #[error("Keep to {MAX_TARGETS} targets or fewer for one aim.")]
    TooManyTargets,
    /// The deck chosen no longer exists.
    #[error("Target {}: choose a deck from the list.", .0 + 1)]
    UnknownDeck(usize),
    /// The card or domain is not in the deck.
    #[error("Target {}: choose a card, a domain or the deck's total from the list.", .0 + 1)]
    UnknownFocus(usize),
    /// The improvement is not a whole number in range.
    #[error("Target {}: enter the improvement as a whole number of points from 1 to {most}.", .target + 1)]
    Improvement {
        /// Which target.
        target: usize,
        /// The most the focus can improve by.
        most: u32,
    },
    /// The share is not a whole percent from 1 to 100.
    #[error("Target {}: enter the share to reach as a whole percentage from 1 to 100.", .0 + 1)]
    TargetPercent(usize),
    /// The term is not one of those offered.
    #[error("Target {}: choose short term, longer term or any.", .0 + 1)]
    Term(usize),
    /// No status ticked.
    #[error("Target {}: tick at least one status that counts.", .0 + 1)]
    NoStatuses(usize),
}

impl NamesField for AimError {
    fn field_id(&self) -> String {
        self.field()
    }
}

impl AimError {
    /// The HTML id of the field at fault: `aim-words`, `aim-targets`, or
    /// `aim-target-<n>-<field>` for a target's field.
    pub fn field(&self) -> String {
        let target = |n: usize, field: &str| format!("aim-target-{n}-{field}");
        match self {
            AimError::NoWords | AimError::WordsTooLong => "aim-words".into(),
            AimError::NoTargets | AimError::TooManyTargets => "aim-targets".into(),
            AimError::UnknownDeck(n) => target(*n, "deck"),
            AimError::UnknownFocus(n) => target(*n, "focus"),
            AimError::Improvement { target: n, .. } => target(*n, "improvement"),
            AimError::TargetPercent(n) => target(*n, "percent"),
            AimError::Term(n) => target(*n, "term"),
            AimError::NoStatuses(n) => target(*n, "statuses"),
        }
    }
}

/// The aim form, as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AimDraft {
    /// The aim in the service's words.
    pub words: String,
    /// Its targets.
    pub targets: Vec<TargetDraft>,
}

impl AimDraft {
    /// The form for a stored aim.
    pub fn from_aim(aim: &Aim) -> Self {
        AimDraft {
            words: aim.words.clone(),
            targets: aim.targets.iter().map(TargetDraft::from_target).collect(),
        }
    }

    /// The aim with id `id`, checked against the decks the service has, or everything to
    /// correct.
    pub fn validate(&self, id: &str, decks: &[Deck]) -> Result<Aim, Vec<AimError>> {
        let mut errors = Vec::new();
        let words = self.words.trim();
        if words.is_empty() {
            errors.push(AimError::NoWords);
        } else if too_long(words, MAX_AIM_WORDS) {
            errors.push(AimError::WordsTooLong);
        }
        if self.targets.is_empty() {
            errors.push(AimError::NoTargets);
        } else if self.targets.len() > MAX_TARGETS {
            errors.push(AimError::TooManyTargets);
        }
        let targets: Vec<Option<Target>> = self
            .targets
            .iter()
            .enumerate()
            .map(|(n, t)| t.validate(n, decks, &mut errors))
            .collect();
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(Aim {
            id: id.to_owned(),
            words: words.to_owned(),
            targets: targets.into_iter().flatten().collect(),
        })
    }
}

/// The seed's worked example, ready to adapt: "Support children to improve their educational
/// attainment", measured by school attendance (60% improve) and self-esteem (40%) on the
/// built-in children's deck, the child's view; and "Help people reach the outcomes they set"
/// (70% of short-term outcomes achieved or partly achieved).
pub fn example_aims() -> [AimDraft; 2] {
    let card = |id: &str, percent: &str| TargetDraft {
        focus: format!("card:{id}"),
        target_percent: percent.into(),
        ..TargetDraft::readings("built-in-young-people")
    };
    [
        AimDraft {
            words: "Support children to improve their educational attainment".into(),
            targets: vec![card("go-to-school", "60"), card("like-who-i-am", "40")],
        },
        AimDraft {
            words: "Help people reach the outcomes they set".into(),
            targets: vec![TargetDraft::outcome_status()],
        },
    ]
}

#[cfg(test)]
mod tests;
