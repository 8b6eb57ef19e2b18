//! The statements of the "Outcome or output?" exercise, each with its answer and the reason,
//! and the four kinds of thing a logic model holds.

/// What a statement describes, in the words of a logic model.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Kind {
    /// What goes into the work: people, time, money, materials, information.
    Input,
    /// What is done with the inputs: the activities.
    Process,
    /// What is delivered or produced: a service, a document, a count.
    Output,
    /// The change in the person's life.
    Outcome,
}

impl Kind {
    /// The four kinds, in the order of a logic model.
    pub const ALL: [Kind; 4] = [Kind::Input, Kind::Process, Kind::Output, Kind::Outcome];

    /// Its name as a choice: "Input".
    pub fn label(self) -> &'static str {
        match self {
            Kind::Input => "Input",
            Kind::Process => "Process",
            Kind::Output => "Output",
            Kind::Outcome => "Outcome",
        }
    }

    /// Its name in a sentence: "an input".
    pub fn with_article(self) -> &'static str {
        match self {
            Kind::Input => "an input",
            Kind::Process => "a process",
            Kind::Output => "an output",
            Kind::Outcome => "an outcome",
        }
    }

    /// Its position in [`Kind::ALL`], for a radio group.
    pub fn index(self) -> usize {
        Kind::ALL
            .iter()
            .position(|k| *k == self)
            .unwrap_or_default()
    }
}

/// One statement to sort.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Statement {
    /// The words shown.
    pub words: &'static str,
    /// What it is.
    pub answer: Kind,
    /// Why, to follow "it is an output because …" (lower-case, no full stop).
    pub reason: &'static str,
}

const fn statement(words: &'static str, answer: Kind, reason: &'static str) -> Statement {
    Statement {
        words,
        answer,
        reason,
    }
}

/// The exercise's statements, in the order they are shown: the issue's examples first, the
/// four kinds mixed so that no answer can be guessed from the one before.
pub const STATEMENTS: [Statement; 20] = [
    statement(
        "Has a care plan",
        Kind::Output,
        "a care plan is a document the service produces; it does not say what has changed in \
         the person's life",
    ),
    statement(
        "Feels less anxious",
        Kind::Outcome,
        "it is a change in how the person feels, in their own life",
    ),
    statement(
        "Photographs, a book and family-tree information",
        Kind::Input,
        "they are materials that go into life story work before anything is done with them",
    ),
    statement(
        "Attends a weekly group",
        Kind::Output,
        "going to a group is taking part in a service; what the group changes for the person \
         is the outcome",
    ),
    statement(
        "One-to-one support",
        Kind::Process,
        "it is the work the service does with the person, not what that work produces or \
         changes",
    ),
    statement(
        "Is fully employed",
        Kind::Outcome,
        "having a job is a change in the person's life, whatever help led to it",
    ),
    statement(
        "A key worker's time, two hours a week",
        Kind::Input,
        "time is a resource put into the work",
    ),
    statement(
        "Visits to places from the person's past",
        Kind::Process,
        "visiting is an activity of the work, done with the inputs",
    ),
    statement(
        "Improved relationships",
        Kind::Outcome,
        "it is a change in the person's life with the people around them",
    ),
    statement(
        "Twelve counselling sessions delivered",
        Kind::Output,
        "it counts what the service delivered, not what changed because of it",
    ),
    statement(
        "Money for bus fares",
        Kind::Input,
        "money is a resource that makes the work possible",
    ),
    statement(
        "Interviews with family and professionals",
        Kind::Process,
        "interviewing is an activity of the work, a way of gathering the story",
    ),
    statement(
        "Goes to the shops on their own",
        Kind::Outcome,
        "doing something for themselves that they could not do before is a change in their life",
    ),
    statement(
        "Has been referred to a housing adviser",
        Kind::Output,
        "a referral is something the service has done; a safe home would be the outcome",
    ),
    statement(
        "Assessing what the person needs",
        Kind::Process,
        "assessing is an activity the service carries out",
    ),
    statement(
        "A trained counsellor",
        Kind::Input,
        "a skilled person is a resource the work needs before it can start",
    ),
    statement(
        "Feels safe at home",
        Kind::Outcome,
        "it is a change in how the person feels about their own life",
    ),
    statement(
        "A finished life story book",
        Kind::Output,
        "the book is what the work produces; what it means to the child is the outcome",
    ),
    statement(
        "Helping the person fill in a benefits form",
        Kind::Process,
        "helping with a form is an activity of the work; the money it brings and what that \
         changes come later",
    ),
    statement(
        "A stronger sense of who they are and where they come from",
        Kind::Outcome,
        "it is a change in the person's sense of identity, the aim of life story work",
    ),
];

#[cfg(test)]
mod tests {
    use super::*;

    fn answer_of(words: &str) -> Option<Kind> {
        STATEMENTS
            .iter()
            .find(|s| s.words.eq_ignore_ascii_case(words))
            .map(|s| s.answer)
    }

    fn check(words: &str, expected: Kind) {
        assert_eq!(answer_of(words), Some(expected), "{words:?}");
    }

    #[test]
    fn the_issues_examples_are_sorted_as_it_implies() {
        check("has a care plan", Kind::Output);
        check("feels less anxious", Kind::Outcome);
        check("attends a weekly group", Kind::Output);
        check("is fully employed", Kind::Outcome);
        // The work done with the person: a process (it uses the worker's time, the input).
        check("one-to-one support", Kind::Process);
        check("improved relationships", Kind::Outcome);
    }

    #[test]
    fn there_are_at_least_twenty_each_with_a_reason() {
        assert!(STATEMENTS.len() >= 20);
        for s in STATEMENTS {
            let reason = s.reason;
            assert!(!s.words.trim().is_empty());
            assert!(reason.len() > 20, "{:?} has no real reason", s.words);
            assert!(
                reason.starts_with(|c: char| c.is_lowercase()) && !reason.ends_with('.'),
                "{reason:?} must read on from \"because\""
            );
        }
    }

    #[test]
    fn every_kind_appears_and_no_statement_twice() {
        for kind in Kind::ALL {
            let n = STATEMENTS.iter().filter(|s| s.answer == kind).count();
            assert!(n >= 4, "{kind:?} appears {n} times");
        }
        for (k, s) in STATEMENTS.iter().enumerate() {
            assert!(
                STATEMENTS[..k]
                    .iter()
                    .all(|o| !o.words.eq_ignore_ascii_case(s.words)),
                "{:?} twice",
                s.words
            );
        }
    }

    #[test]
    fn no_answer_follows_the_same_answer_three_times() {
        for run in STATEMENTS.windows(3) {
            assert!(
                !(run[0].answer == run[1].answer && run[1].answer == run[2].answer),
                "{:?}",
                run.iter().map(|s| s.words).collect::<Vec<_>>()
            );
        }
    }

    #[test]
    fn kinds_have_names_and_positions() {
        for (k, kind) in Kind::ALL.into_iter().enumerate() {
            assert_eq!(kind.index(), k);
            assert!(kind.with_article().ends_with(&kind.label().to_lowercase()));
        }
    }
}
