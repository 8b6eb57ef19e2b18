//! Learning an outcome focus: the Learn section's pages in order, the "Outcome or output?"
//! exercise (its statements, marking and score), the "Write an outcome" check, and the
//! keyboard shortcuts that step through the pages. Pure: the UI only shows it.
//!
//! ```
//! use outcome_focus::domain::learn::{next_page, Kind, Quiz, STATEMENTS};
//!
//! assert_eq!(next_page("monitoring").map(|p| p.slug), Some("outcome-or-output"));
//! let mut quiz = Quiz::default();
//! let first = quiz.current().unwrap();
//! assert_eq!(first.words, "Has a care plan");
//! assert!(quiz.check(Kind::Output).is_some_and(|m| m.right));
//! assert_eq!(quiz.score().right, 1);
//! assert!(STATEMENTS.len() >= 20);
//! ```

mod pages;
mod quiz;
mod rewrite;
mod shortcut;
mod statements;

pub use pages::{learn_page, next_page, previous_page, LearnTopic, TopicKind, LEARN_PAGES};
pub use quiz::{Marked, Quiz, Score};
pub use rewrite::{check_rewrite, RewriteVerdict, OUTPUTS_TO_REWRITE};
pub use shortcut::{shortcut, KeyPress, Shortcut};
pub use statements::{Kind, Statement, STATEMENTS};
