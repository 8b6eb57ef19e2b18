//! The "Write an outcome" exercise: an output to rewrite as an outcome, and the check of the
//! rewrite against the output wording ([`output_hint`]) and the outcome checklist
//! ([`OUTCOME_QUALITIES`]) the learner ticks.

use crate::domain::{output_hint, OutcomeChecks, OutputHint, OUTCOME_QUALITIES, REWORDING_PROMPT};

/// Outputs the learner can choose to rewrite: each reads as a service delivered.
pub const OUTPUTS_TO_REWRITE: [&str; 6] = [
    "Attends a weekly group",
    "Has a care plan",
    "Receives one-to-one support twice a week",
    "Six sessions of counselling",
    "Referred to a benefits adviser",
    "Weekly visits from a support worker",
];

/// What the check found, most pressing first.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RewriteVerdict {
    /// Nothing written yet.
    Empty,
    /// The output's own words again.
    Unchanged,
    /// Still reads like a service delivered.
    ReadsLikeOutput(OutputHint),
    /// Reads like an outcome, but these points of the checklist are not ticked yet.
    NotYetTicked(Vec<&'static str>),
    /// Reads like an outcome and every point of the checklist is ticked.
    ReadsLikeOutcome,
}

impl RewriteVerdict {
    /// Whether the rewrite passed.
    pub fn is_good(&self) -> bool {
        *self == RewriteVerdict::ReadsLikeOutcome
    }

    /// The feedback to show the learner.
    pub fn message(&self) -> String {
        match self {
            RewriteVerdict::Empty => {
                "Write the outcome first: what will be different in the person's life?".into()
            }
            RewriteVerdict::Unchanged => {
                format!("That is the output as it was. Ask: \u{201c}{REWORDING_PROMPT}\u{201d}")
            }
            RewriteVerdict::ReadsLikeOutput(hint) => format!(
                "This still reads like a service delivered, not a change in the person's \
                 life: {}. Ask: \u{201c}{REWORDING_PROMPT}\u{201d}",
                hint.why
            ),
            RewriteVerdict::NotYetTicked(labels) => format!(
                "This reads like an outcome. Go through the checklist before you agree it; \
                 not ticked yet: {}.",
                labels.join("; ")
            ),
            RewriteVerdict::ReadsLikeOutcome => "Well done: this reads like an outcome, a \
                 change in the person's life, and it meets every point of the checklist."
                .into(),
        }
    }
}

/// Checks `rewrite`, the learner's outcome for `output`, with the checklist as ticked.
pub fn check_rewrite(output: &str, rewrite: &str, checks: &OutcomeChecks) -> RewriteVerdict {
    if rewrite.trim().is_empty() {
        return RewriteVerdict::Empty;
    }
    if words(rewrite) == words(output) {
        return RewriteVerdict::Unchanged;
    }
    if let Some(hint) = output_hint(rewrite) {
        return RewriteVerdict::ReadsLikeOutput(hint);
    }
    let unticked: Vec<&'static str> = OUTCOME_QUALITIES
        .iter()
        .filter(|q| !(q.is_ticked)(checks))
        .map(|q| q.label)
        .collect();
    if unticked.is_empty() {
        RewriteVerdict::ReadsLikeOutcome
    } else {
        RewriteVerdict::NotYetTicked(unticked)
    }
}

/// The words of `text` in lower case, without punctuation.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const ALL_TICKED: OutcomeChecks = OutcomeChecks {
        person_centred: true,
        realistic: true,
        wellbeing_focused: true,
        collaborative: true,
        measurable: true,
    };

    /// What the check of `rewrite` says, by the name of its verdict.
    fn check(rewrite: &str, checks: OutcomeChecks, expected: &str) {
        let verdict = check_rewrite(OUTPUTS_TO_REWRITE[0], rewrite, &checks);
        let name = match &verdict {
            RewriteVerdict::Empty => "empty",
            RewriteVerdict::Unchanged => "unchanged",
            RewriteVerdict::ReadsLikeOutput(_) => "output",
            RewriteVerdict::NotYetTicked(_) => "not ticked",
            RewriteVerdict::ReadsLikeOutcome => "outcome",
        };
        assert_eq!(name, expected, "{rewrite:?}: {}", verdict.message());
    }

    #[test]
    fn rewrites_are_judged() {
        let none = OutcomeChecks::default();
        check("", ALL_TICKED, "empty");
        check("   ", ALL_TICKED, "empty");
        check("attends a weekly group.", ALL_TICKED, "unchanged");
        check("Attend the group every Tuesday", ALL_TICKED, "output");
        check("Receive a care plan", ALL_TICKED, "output");
        check("Has a support worker", ALL_TICKED, "output");
        check(
            "I have made a friend at the group and see her each week",
            none,
            "not ticked",
        );
        check(
            "I have made a friend at the group and see her each week",
            ALL_TICKED,
            "outcome",
        );
        check("I feel less lonely", ALL_TICKED, "outcome");
    }

    #[test]
    fn the_unticked_points_are_named_in_order() {
        let checks = OutcomeChecks {
            person_centred: true,
            wellbeing_focused: true,
            collaborative: true,
            ..OutcomeChecks::default()
        };
        let verdict = check_rewrite("Has a care plan", "I cook my own tea", &checks);
        assert_eq!(
            verdict,
            RewriteVerdict::NotYetTicked(vec!["Realistic", "Measurable or visible"])
        );
        assert!(verdict
            .message()
            .ends_with("not ticked yet: Realistic; Measurable or visible."));
        assert!(!verdict.is_good());
    }

    #[test]
    fn an_output_like_rewrite_says_why_and_how_to_reword() {
        let verdict = check_rewrite("Has a care plan", "Attends a cooking class", &ALL_TICKED);
        let message = verdict.message();
        assert!(
            message.starts_with("This still reads like a service delivered"),
            "{message}"
        );
        assert!(message.contains("attending describes taking part in a service"));
        assert!(message.contains(REWORDING_PROMPT));
        assert!(check_rewrite("Has a care plan", "I cook my tea", &ALL_TICKED).is_good());
    }

    #[test]
    fn every_output_offered_reads_like_an_output() {
        for output in OUTPUTS_TO_REWRITE {
            assert!(output_hint(output).is_some(), "{output:?} is not spotted");
            assert_eq!(
                check_rewrite(output, output, &ALL_TICKED),
                RewriteVerdict::Unchanged
            );
        }
    }
}
