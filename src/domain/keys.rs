//! The local-storage keys the app uses, all under one prefix so that real records, demo data
//! and anything else on the same origin never mix.

use super::person::PersonId;

/// The keys of one data set (real records, or later the demo) under a common prefix.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Keys {
    prefix: String,
}

impl Default for Keys {
    /// The real records: `outcome-focus/…`.
    fn default() -> Self {
        Keys::with_prefix("outcome-focus")
    }
}

impl Keys {
    /// Keys under another prefix (demo data, tests).
    pub fn with_prefix(prefix: &str) -> Self {
        Keys {
            prefix: prefix.trim_end_matches('/').to_owned(),
        }
    }

    /// The key of the index of people.
    pub fn index(&self) -> String {
        format!("{}/index", self.prefix)
    }

    /// The key of the service's own decks (built-in decks are never stored).
    pub fn decks(&self) -> String {
        format!("{}/decks", self.prefix)
    }

    /// The key of the service settings (the review interval, …).
    pub fn settings(&self) -> String {
        format!("{}/settings", self.prefix)
    }

    /// The key of the service's aims and their targets.
    pub fn aims(&self) -> String {
        format!("{}/aims", self.prefix)
    }

    /// The key of the service's logic models.
    pub fn logic_models(&self) -> String {
        format!("{}/logic-models", self.prefix)
    }

    /// The key of the service's dated reflections.
    pub fn reflections(&self) -> String {
        format!("{}/reflections", self.prefix)
    }

    /// The key of one person's record.
    pub fn person(&self, id: &PersonId) -> String {
        format!("{}{}", self.person_prefix(), id.as_str())
    }

    /// The key of the unfinished first conversation with one person.
    pub fn draft(&self, id: &PersonId) -> String {
        format!("{}/draft/{}", self.prefix, id.as_str())
    }

    /// The person id a key belongs to, if it is a person key of this data set.
    pub fn person_id_of(&self, key: &str) -> Option<PersonId> {
        let rest = key.strip_prefix(&self.person_prefix())?;
        PersonId::parse(rest)
    }

    /// Whether a key belongs to this data set at all.
    pub fn owns(&self, key: &str) -> bool {
        key.strip_prefix(&self.prefix)
            .is_some_and(|rest| rest.starts_with('/'))
    }

    /// Where an unreadable value is copied before its key is written again, so that a damaged
    /// value is never lost: `…/kept-aside/<time>/<original key>`.
    pub fn kept_aside(&self, key: &str, now: chrono::DateTime<chrono::Utc>) -> String {
        format!(
            "{}{}/{}",
            self.kept_aside_prefix(),
            now.to_rfc3339_opts(chrono::SecondsFormat::Millis, true),
            key
        )
    }

    /// Whether a key holds a value kept aside by [`Keys::kept_aside`].
    pub fn is_kept_aside(&self, key: &str) -> bool {
        key.starts_with(&self.kept_aside_prefix())
    }

    fn kept_aside_prefix(&self) -> String {
        format!("{}/kept-aside/", self.prefix)
    }

    fn person_prefix(&self) -> String {
        format!("{}/person/", self.prefix)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn person_keys_round_trip() {
        let keys = Keys::default();
        let id = PersonId::parse("p-abc123").unwrap();
        let key = keys.person(&id);
        assert_eq!(key, "outcome-focus/person/p-abc123");
        assert_eq!(keys.person_id_of(&key), Some(id.clone()));
        let draft = keys.draft(&id);
        assert_eq!(draft, "outcome-focus/draft/p-abc123");
        assert!(keys.owns(&draft) && keys.person_id_of(&draft).is_none());
        assert_eq!(keys.decks(), "outcome-focus/decks");
        assert_eq!(keys.settings(), "outcome-focus/settings");
        assert_eq!(keys.aims(), "outcome-focus/aims");
        assert_eq!(keys.logic_models(), "outcome-focus/logic-models");
        assert_eq!(keys.reflections(), "outcome-focus/reflections");
    }

    #[test]
    fn tells_its_own_keys_apart() {
        let keys = Keys::default();
        for (key, owned, person) in [
            ("outcome-focus/index", true, false),
            ("outcome-focus/decks", true, false),
            ("outcome-focus/settings", true, false),
            ("outcome-focus/aims", true, false),
            ("outcome-focus/logic-models", true, false),
            ("outcome-focus/reflections", true, false),
            ("outcome-focus/person/p-1", true, true),
            ("outcome-focus/person/", true, false),
            ("outcome-focus/person/bad id", true, false),
            ("outcome-focus-demo/person/p-1", false, false),
            ("other", false, false),
        ] {
            assert_eq!(keys.owns(key), owned, "owns {key}");
            assert_eq!(keys.person_id_of(key).is_some(), person, "person {key}");
        }
        let aside = keys.kept_aside("outcome-focus/index", chrono::DateTime::UNIX_EPOCH);
        assert_eq!(
            aside,
            "outcome-focus/kept-aside/1970-01-01T00:00:00.000Z/outcome-focus/index"
        );
        assert!(keys.is_kept_aside(&aside) && keys.person_id_of(&aside).is_none());
        assert!(!keys.is_kept_aside("outcome-focus/index"));
        let demo = Keys::with_prefix("outcome-focus-demo/");
        assert!(demo.owns("outcome-focus-demo/index"));
        assert!(!demo.owns("outcome-focus/index"));
    }
}
