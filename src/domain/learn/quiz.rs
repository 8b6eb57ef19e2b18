//! One go at the "Outcome or output?" exercise: which statement is shown, the answers given,
//! their marks and the score. Held in memory only: a reload starts again.

use super::statements::{Kind, Statement, STATEMENTS};

/// The mark of one answer, with the feedback to show.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Marked {
    /// Whether the answer was right.
    pub right: bool,
    /// The feedback: "Right: it is an outcome because …" or "Not quite: it is an output
    /// because …".
    pub feedback: String,
}

/// How many answers were right, of how many given, of how many statements.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Score {
    /// Right answers.
    pub right: usize,
    /// Answers given so far.
    pub answered: usize,
    /// Statements in the exercise.
    pub total: usize,
}

impl Score {
    /// The running score: "Score so far: 3 of 4".
    pub fn so_far(&self) -> String {
        format!("Score so far: {} of {}", self.right, self.answered)
    }

    /// The final score: "You sorted 18 of 20 statements correctly."
    pub fn at_end(&self) -> String {
        format!(
            "You sorted {} of {} statements correctly.",
            self.right, self.total
        )
    }
}

/// The learner's place in the exercise and the answers they gave. The first answer checked
/// for a statement is the one that counts.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Quiz {
    /// The statement shown, as a position in [`STATEMENTS`].
    position: usize,
    /// The answer checked for each statement so far (one more than `position` once the
    /// statement shown has been checked).
    answers: Vec<Kind>,
}

impl Quiz {
    /// The statement shown, or `None` once every statement is done.
    pub fn current(&self) -> Option<&'static Statement> {
        STATEMENTS.get(self.position)
    }

    /// "Statement 3 of 20".
    pub fn progress(&self) -> String {
        format!(
            "Statement {} of {}",
            (self.position + 1).min(STATEMENTS.len()),
            STATEMENTS.len()
        )
    }

    /// Whether the statement shown has been checked.
    pub fn is_checked(&self) -> bool {
        self.answers.len() > self.position
    }

    /// Whether every statement is done.
    pub fn is_finished(&self) -> bool {
        self.current().is_none()
    }

    /// Marks `given` as the answer to the statement shown (unless it was checked already:
    /// then its first answer stands) and returns the mark; `None` once finished.
    pub fn check(&mut self, given: Kind) -> Option<Marked> {
        self.current()?;
        if !self.is_checked() {
            self.answers.push(given);
        }
        self.marked()
    }

    /// The mark of the statement shown, once checked.
    pub fn marked(&self) -> Option<Marked> {
        let statement = self.current()?;
        let given = *self.answers.get(self.position)?;
        Some(mark(statement, given))
    }

    /// Goes on to the next statement, once the one shown has been checked.
    pub fn next(&mut self) {
        if self.is_checked() {
            self.position += 1;
        }
    }

    /// The score so far (the final score once finished).
    pub fn score(&self) -> Score {
        Score {
            right: self.given().filter(|(s, given)| s.answer == *given).count(),
            answered: self.answers.len(),
            total: STATEMENTS.len(),
        }
    }

    /// The statements answered wrongly, with the answer given, in order.
    pub fn missed(&self) -> Vec<(&'static Statement, Kind)> {
        self.given()
            .filter(|(s, given)| s.answer != *given)
            .collect()
    }

    fn given(&self) -> impl Iterator<Item = (&'static Statement, Kind)> + '_ {
        STATEMENTS.iter().zip(self.answers.iter().copied())
    }
}

/// The mark of `given` as the answer to `statement`.
pub fn mark(statement: &Statement, given: Kind) -> Marked {
    let right = statement.answer == given;
    let opening = if right { "Right" } else { "Not quite" };
    Marked {
        right,
        feedback: format!(
            "{opening}: it is {} because {}.",
            statement.answer.with_article(),
            statement.reason
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Answers the first `answers.len()` statements with these answers.
    fn answered(answers: &[Kind]) -> Quiz {
        let mut quiz = Quiz::default();
        for &given in answers {
            assert!(quiz.check(given).is_some());
            quiz.next();
        }
        quiz
    }

    fn all_right() -> Vec<Kind> {
        STATEMENTS.iter().map(|s| s.answer).collect()
    }

    fn check_score(answers: &[Kind], expected: (usize, usize)) {
        let score = answered(answers).score();
        assert_eq!((score.right, score.answered), expected, "{answers:?}");
        assert_eq!(score.total, STATEMENTS.len());
    }

    #[test]
    fn scores_count_the_right_answers() {
        use Kind::*;
        check_score(&[], (0, 0));
        check_score(&[Output], (1, 1));
        check_score(&[Outcome], (0, 1));
        check_score(&[Output, Outcome, Input], (3, 3));
        check_score(&[Output, Output, Output], (1, 3));
        check_score(&all_right(), (STATEMENTS.len(), STATEMENTS.len()));
        check_score(&[Input; 20], (4, 20));
    }

    #[test]
    fn feedback_gives_the_right_kind_and_the_reason() {
        let care_plan = &STATEMENTS[0];
        assert_eq!(
            mark(care_plan, Kind::Output),
            Marked {
                right: true,
                feedback: format!("Right: it is an output because {}.", care_plan.reason),
            }
        );
        let wrong = mark(care_plan, Kind::Outcome);
        assert!(!wrong.right);
        assert!(wrong
            .feedback
            .starts_with("Not quite: it is an output because a care plan"));
        let anxious = mark(&STATEMENTS[1], Kind::Output);
        assert!(anxious
            .feedback
            .starts_with("Not quite: it is an outcome because"));
    }

    #[test]
    fn the_first_answer_checked_counts() {
        let mut quiz = Quiz::default();
        assert_eq!(quiz.marked(), None);
        assert!(!quiz.check(Kind::Input).is_some_and(|m| m.right));
        // Changing the answer after seeing the feedback does not change the mark.
        assert!(!quiz.check(Kind::Output).is_some_and(|m| m.right));
        assert_eq!(quiz.score().right, 0);
        assert_eq!(quiz.score().answered, 1);
    }

    #[test]
    fn next_waits_for_a_check_and_the_place_is_shown() {
        let mut quiz = Quiz::default();
        assert_eq!(quiz.progress(), "Statement 1 of 20");
        quiz.next();
        assert_eq!(
            quiz.progress(),
            "Statement 1 of 20",
            "skipped without an answer"
        );
        quiz.check(Kind::Output);
        assert!(quiz.is_checked());
        quiz.next();
        assert!(!quiz.is_checked());
        assert_eq!(quiz.progress(), "Statement 2 of 20");
        assert_eq!(quiz.current().map(|s| s.words), Some("Feels less anxious"));
    }

    #[test]
    fn the_end_gives_the_score_and_the_ones_missed() {
        let mut answers = all_right();
        answers[1] = Kind::Output;
        answers[4] = Kind::Input;
        let mut quiz = answered(&answers);
        assert!(quiz.is_finished());
        assert_eq!(quiz.current(), None);
        assert_eq!(quiz.check(Kind::Input), None);
        assert_eq!(quiz.progress(), "Statement 20 of 20");
        assert_eq!(
            quiz.score().at_end(),
            "You sorted 18 of 20 statements correctly."
        );
        let missed: Vec<(&str, Kind)> = quiz
            .missed()
            .into_iter()
            .map(|(s, k)| (s.words, k))
            .collect();
        assert_eq!(
            missed,
            [
                ("Feels less anxious", Kind::Output),
                ("One-to-one support", Kind::Input)
            ]
        );
        assert_eq!(Quiz::default().score().so_far(), "Score so far: 0 of 0");
        assert_eq!(
            answered(&answers[..3]).score().so_far(),
            "Score so far: 2 of 3"
        );
    }
}
