//! The Learn pages in reading order: the contents list and every Previous / Next link come
//! from [`LEARN_PAGES`], so they can never disagree.

/// Whether a Learn page is for reading or for doing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TopicKind {
    /// Short text with examples.
    Reading,
    /// Something the learner does and gets feedback on.
    Exercise,
}

/// One page of the Learn section.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LearnTopic {
    /// The last part of its address, `/learn/<slug>`.
    pub slug: &'static str,
    /// Its heading, and its name in the contents.
    pub title: &'static str,
    /// One line for the contents.
    pub summary: &'static str,
    /// Reading or exercise.
    pub kind: TopicKind,
}

/// Every Learn page, in the order they are read.
pub const LEARN_PAGES: [LearnTopic; 6] = [
    LearnTopic {
        slug: "inputs-to-outcomes",
        title: "Inputs, processes, outputs and outcomes",
        summary: "What goes in, what is done, what is delivered, and what changes: the life \
                  story work example.",
        kind: TopicKind::Reading,
    },
    LearnTopic {
        slug: "individual-and-service-outcomes",
        title: "Individual and service outcomes",
        summary: "The change in one person's life, the change a service aims for, and why \
                  they can differ.",
        kind: TopicKind::Reading,
    },
    LearnTopic {
        slug: "developing-an-outcome-focus",
        title: "Developing an outcome focus",
        summary: "Picture the person now, imagine the work has gone well, and agree short and \
                  longer-term outcomes.",
        kind: TopicKind::Reading,
    },
    LearnTopic {
        slug: "monitoring",
        title: "Monitoring outcomes",
        summary: "A baseline, a look at 3 months, then reviews; and why people see change \
                  differently.",
        kind: TopicKind::Reading,
    },
    LearnTopic {
        slug: "outcome-or-output",
        title: "Outcome or output?",
        summary: "An exercise: sort 20 statements into inputs, processes, outputs and \
                  outcomes.",
        kind: TopicKind::Exercise,
    },
    LearnTopic {
        slug: "write-an-outcome",
        title: "Write an outcome",
        summary: "An exercise: rewrite an output as an outcome and check it against the \
                  checklist.",
        kind: TopicKind::Exercise,
    },
];

/// The page with this slug, if there is one.
pub fn learn_page(slug: &str) -> Option<&'static LearnTopic> {
    LEARN_PAGES.iter().find(|p| p.slug == slug)
}

/// The page before this one (`None` for the first page, or a slug that is not a page).
pub fn previous_page(slug: &str) -> Option<&'static LearnTopic> {
    let at = position(slug)?;
    at.checked_sub(1).and_then(|before| LEARN_PAGES.get(before))
}

/// The page after this one (`None` for the last page, or a slug that is not a page).
pub fn next_page(slug: &str) -> Option<&'static LearnTopic> {
    LEARN_PAGES.get(position(slug)? + 1)
}

fn position(slug: &str) -> Option<usize> {
    LEARN_PAGES.iter().position(|p| p.slug == slug)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(slug: &str, expected: (Option<&str>, Option<&str>)) {
        let found = (
            previous_page(slug).map(|p| p.slug),
            next_page(slug).map(|p| p.slug),
        );
        assert_eq!(found, expected, "{slug:?}");
    }

    #[test]
    fn pages_step_in_reading_order() {
        check(
            "inputs-to-outcomes",
            (None, Some("individual-and-service-outcomes")),
        );
        check(
            "individual-and-service-outcomes",
            (
                Some("inputs-to-outcomes"),
                Some("developing-an-outcome-focus"),
            ),
        );
        check(
            "developing-an-outcome-focus",
            (Some("individual-and-service-outcomes"), Some("monitoring")),
        );
        check(
            "monitoring",
            (
                Some("developing-an-outcome-focus"),
                Some("outcome-or-output"),
            ),
        );
        check(
            "outcome-or-output",
            (Some("monitoring"), Some("write-an-outcome")),
        );
        check("write-an-outcome", (Some("outcome-or-output"), None));
        check("no-such-page", (None, None));
        check("", (None, None));
    }

    #[test]
    fn slugs_are_unique_and_valid_addresses() {
        for (k, page) in LEARN_PAGES.iter().enumerate() {
            assert!(
                !page.slug.is_empty()
                    && page
                        .slug
                        .bytes()
                        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'),
                "{:?} is not lower-case letters, digits and hyphens",
                page.slug
            );
            assert!(
                LEARN_PAGES[..k].iter().all(|other| other.slug != page.slug),
                "{:?} twice",
                page.slug
            );
            assert_eq!(learn_page(page.slug), Some(page));
            assert!(!page.title.is_empty() && !page.summary.is_empty());
        }
    }

    #[test]
    fn the_exercises_come_last() {
        let kinds: Vec<TopicKind> = LEARN_PAGES.iter().map(|p| p.kind).collect();
        assert_eq!(kinds[..4], [TopicKind::Reading; 4]);
        assert_eq!(kinds[4..], [TopicKind::Exercise; 2]);
        assert_eq!(
            learn_page("outcome-or-output").map(|p| p.title),
            Some("Outcome or output?")
        );
        let sorting = learn_page("outcome-or-output").map(|p| p.summary);
        let count = format!(" {} statements ", super::super::STATEMENTS.len());
        assert!(sorting.is_some_and(|s| s.contains(&count)), "{sorting:?}");
        assert_eq!(
            learn_page("write-an-outcome").map(|p| p.title),
            Some("Write an outcome")
        );
    }
}
