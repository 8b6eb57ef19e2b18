//! Personal outcomes: the changes in a person's life they agree to work towards, in their own
//! words, with a domain, a term, who contributes, and how everyone will know.

use chrono::{Months, NaiveDate};
use serde::{Deserialize, Serialize};

use super::goal_attainment::GoalLevel;

/// The built-in outcome domains; a service may add its own names later.
pub const BUILT_IN_DOMAINS: [&str; 6] = [
    "Independence",
    "Social connection",
    "Health and wellbeing",
    "Personal development",
    "Safety",
    "Identity and belonging",
];

/// How long an outcome is expected to take.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Term {
    /// Up to 3 months.
    #[default]
    Short,
    /// Beyond 3 months.
    Longer,
}

impl Term {
    /// Both terms, shortest first.
    pub const ALL: [Term; 2] = [Term::Short, Term::Longer];

    /// The term's name, as the form and reports show it.
    pub fn label(self) -> &'static str {
        match self {
            Term::Short => "Short term (up to 3 months)",
            Term::Longer => "Longer term (beyond 3 months)",
        }
    }

    /// The target date a new outcome of this term gets by default.
    pub fn default_target(self, from: NaiveDate) -> NaiveDate {
        let months = match self {
            Term::Short => 3,
            Term::Longer => 12,
        };
        from.checked_add_months(Months::new(months)).unwrap_or(from)
    }
}

/// Where an outcome stands.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum OutcomeStatus {
    /// Still being worked on.
    #[default]
    Working,
    /// Achieved.
    Achieved,
    /// Partly achieved.
    PartlyAchieved,
    /// Not achieved.
    NotAchieved,
    /// Changed: replaced or reworded because circumstances changed.
    Changed,
}

impl OutcomeStatus {
    /// Every status, in the order a review offers them.
    pub const ALL: [OutcomeStatus; 5] = [
        OutcomeStatus::Working,
        OutcomeStatus::Achieved,
        OutcomeStatus::PartlyAchieved,
        OutcomeStatus::NotAchieved,
        OutcomeStatus::Changed,
    ];

    /// The status in words.
    pub fn label(self) -> &'static str {
        match self {
            OutcomeStatus::Working => "Working",
            OutcomeStatus::Achieved => "Achieved",
            OutcomeStatus::PartlyAchieved => "Partly achieved",
            OutcomeStatus::NotAchieved => "Not achieved",
            OutcomeStatus::Changed => "Changed",
        }
    }

    /// Whether work on the outcome has finished.
    pub fn is_ended(self) -> bool {
        self != OutcomeStatus::Working
    }
}

/// Who works on an outcome.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Contributors {
    /// The person themself.
    pub person: bool,
    /// The worker.
    pub worker: bool,
    /// A carer.
    pub carer: bool,
    /// Anyone else, named.
    pub others: String,
}

impl Contributors {
    /// The contributors as a sentence fragment: "the person, the worker and Mum".
    pub fn describe(&self) -> String {
        let mut names: Vec<&str> = Vec::new();
        for (on, name) in [
            (self.person, "the person"),
            (self.worker, "the worker"),
            (self.carer, "a carer"),
        ] {
            if on {
                names.push(name);
            }
        }
        let others = self.others.trim();
        if !others.is_empty() {
            names.push(others);
        }
        match names.as_slice() {
            [] => "no one named yet".to_owned(),
            [one] => (*one).to_owned(),
            [init @ .., last] => format!("{} and {last}", init.join(", ")),
        }
    }

    /// Whether anyone is named.
    pub fn any(&self) -> bool {
        self.person || self.worker || self.carer || !self.others.trim().is_empty()
    }
}

/// The qualities of a good outcome, ticked together by the person and the worker.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct OutcomeChecks {
    /// In the person's words, about their life.
    pub person_centred: bool,
    /// Achievable with the time and help there is.
    pub realistic: bool,
    /// About the person's wellbeing.
    pub wellbeing_focused: bool,
    /// Who contributes is named.
    pub collaborative: bool,
    /// Everyone will be able to see or measure it.
    pub measurable: bool,
}

/// A personal outcome.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Outcome {
    /// Stable id within the person's record.
    pub id: String,
    /// The outcome in the person's own words.
    pub words: String,
    /// The domain it belongs to.
    pub domain: String,
    /// Short or longer term.
    pub term: Term,
    /// When it is hoped to be reached.
    #[serde(deserialize_with = "crate::domain::dates::stored::date")]
    pub target_date: NaiveDate,
    /// Who works on it.
    pub contributors: Contributors,
    /// The steps to get there.
    #[serde(default)]
    pub steps: String,
    /// How everyone will know it is happening.
    #[serde(default)]
    pub how_we_know: String,
    /// Goal-attainment levels −2 … +2, described in words; empty when not used.
    #[serde(default)]
    pub levels: Vec<String>,
    /// The qualities ticked at the check step.
    #[serde(default)]
    pub checks: OutcomeChecks,
    /// Where it stands.
    #[serde(default)]
    pub status: OutcomeStatus,
    /// The date it was agreed.
    #[serde(deserialize_with = "crate::domain::dates::stored::date")]
    pub agreed_on: NaiveDate,
}

impl Outcome {
    /// Whether goal-attainment levels were set (all five described).
    pub fn has_levels(&self) -> bool {
        self.levels.len() == GoalLevel::ALL.len()
            && self.levels.iter().all(|l| !l.trim().is_empty())
    }
}

/// One quality of a good outcome: how it is asked about, and its tick in [`OutcomeChecks`].
#[derive(Clone, Copy, Debug)]
pub struct OutcomeQuality {
    /// The words of the checklist.
    pub label: &'static str,
    /// Whether it is ticked.
    pub is_ticked: fn(&OutcomeChecks) -> bool,
    /// Ticks or unticks it.
    pub tick: fn(&mut OutcomeChecks, bool),
}

/// The checklist of a good outcome, in the order the conversation's check step asks it and
/// the Learn section teaches it.
pub const OUTCOME_QUALITIES: [OutcomeQuality; 5] = [
    OutcomeQuality {
        label: "Person-centred: in their words, about their life",
        is_ticked: |c| c.person_centred,
        tick: |c, on| c.person_centred = on,
    },
    OutcomeQuality {
        label: "Realistic",
        is_ticked: |c| c.realistic,
        tick: |c, on| c.realistic = on,
    },
    OutcomeQuality {
        label: "Wellbeing-focused",
        is_ticked: |c| c.wellbeing_focused,
        tick: |c, on| c.wellbeing_focused = on,
    },
    OutcomeQuality {
        label: "Collaborative: who contributes is named",
        is_ticked: |c| c.collaborative,
        tick: |c, on| c.collaborative = on,
    },
    OutcomeQuality {
        label: "Measurable or visible",
        is_ticked: |c| c.measurable,
        tick: |c, on| c.measurable = on,
    },
];
