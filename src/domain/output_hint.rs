//! Is it an outcome or an output? A personal outcome is a change in the person's life ("I go
//! to the shops on my own"); an output is a service delivered ("attend a weekly group",
//! "receive a care plan"). This spots wording that reads like an output so the form can warn,
//! without blocking, and suggest a rewording.
//!
//! ```
//! use outcome_focus::domain::output_hint;
//!
//! assert!(output_hint("Attend a weekly group").is_some());
//! assert!(output_hint("I feel less lonely and see friends every week").is_none());
//! ```

/// Why some wording reads like an output, and how to turn it into an outcome.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OutputHint {
    /// The words that gave it away.
    pub matched: &'static str,
    /// Why that sounds like a service rather than a change in the person's life.
    pub why: &'static str,
}

/// The question to ask when an outcome reads like an output.
pub const REWORDING_PROMPT: &str = "What will be different for you because of it?";

/// Phrases that describe a service being delivered, with the reason. Checked against whole
/// words, ignoring case.
const SIGNS: &[(&str, &str)] = &[
    ("care plan", "a care plan is something the service writes"),
    (
        "support plan",
        "a support plan is something the service writes",
    ),
    (
        "support worker",
        "having a worker is a service, not a change in your life",
    ),
    (
        "key worker",
        "having a worker is a service, not a change in your life",
    ),
    ("care worker", "visits from a worker are a service"),
    (
        "social worker",
        "having a worker is a service, not a change in your life",
    ),
    ("care package", "a care package is a service"),
    ("package of care", "a care package is a service"),
    ("assessment", "an assessment is something the service does"),
    ("referral", "a referral is something the service does"),
    ("referred", "a referral is something the service does"),
    ("appointment", "appointments are a service delivered"),
    ("sessions", "sessions are a service delivered"),
    ("session", "a session is a service delivered"),
    ("visits", "visits are a service delivered"),
    ("one-to-one", "one-to-one support is a service delivered"),
    ("1:1", "one-to-one support is a service delivered"),
    (
        "receive",
        "receiving something describes the service, not the change",
    ),
    (
        "be given",
        "being given something describes the service, not the change",
    ),
    (
        "be provided",
        "being provided with something describes the service, not the change",
    ),
    (
        "attend",
        "attending describes taking part in a service, not what changes for you",
    ),
    (
        "attends",
        "attending describes taking part in a service, not what changes for you",
    ),
    ("signposted", "signposting is something the service does"),
    ("monitored", "being monitored is something the service does"),
    ("placement", "a placement is a service"),
];

/// The first sign that `text` describes an output, if any.
pub fn output_hint(text: &str) -> Option<OutputHint> {
    let words = normalise(text);
    SIGNS
        .iter()
        .find(|(phrase, _)| contains_phrase(&words, phrase))
        .map(|(matched, why)| OutputHint { matched, why })
}

/// Lowercase words separated by single spaces, with a space at each end so that phrases
/// match whole words only.
fn normalise(text: &str) -> String {
    let mut out = String::from(" ");
    for word in text
        .split(|c: char| !(c.is_alphanumeric() || c == '-' || c == ':' || c == '\''))
        .filter(|w| !w.is_empty())
    {
        out.push_str(&word.to_lowercase());
        out.push(' ');
    }
    out
}

fn contains_phrase(words: &str, phrase: &str) -> bool {
    words.contains(&format!(" {phrase} "))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str, expected: Option<&str>) {
        assert_eq!(output_hint(text).map(|h| h.matched), expected, "{text:?}");
    }

    #[test]
    fn outputs_are_spotted() {
        for (text, sign) in [
            ("Attend a weekly group", "attend"),
            ("Receive a care plan", "care plan"),
            ("Have a support worker", "support worker"),
            ("Weekly visits from the care worker", "care worker"),
            ("Be referred to counselling", "referred"),
            ("Complete an assessment", "assessment"),
            ("One-to-one support twice a week", "one-to-one"),
            ("1:1 with Sam", "1:1"),
            ("Six sessions of CBT", "sessions"),
            ("He attends the day centre", "attends"),
            ("To be given a bus pass", "be given"),
            ("A package of care is in place", "package of care"),
            ("RECEIVE MEALS ON WHEELS", "receive"),
        ] {
            check(text, Some(sign));
        }
    }

    #[test]
    fn outcomes_pass() {
        for text in [
            "I feel safe at home",
            "I go to the shops on my own",
            "I have joined a walking group and made a friend there",
            "Feel less anxious when I go out",
            "I am fully employed",
            "Better relationships with my family",
            "I know my own story and feel proud of where I come from",
            "Attendance at school is above 90%",
            "I can manage my own medication",
            "My kids stay with me at weekends",
            "",
        ] {
            check(text, None);
        }
    }
}
