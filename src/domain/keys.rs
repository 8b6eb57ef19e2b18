//! The local-storage keys the app uses, all under one prefix so that real records, demo data
//! and anything else on the same origin never mix.

use super::person::PersonId;

/// What one of the app's keys holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum KeyKind {
    /// The index of people.
    Index,
    /// The service settings.
    Settings,
    /// The service's own decks.
    Decks,
    /// What this device remembers about itself.
    Device,
    /// A copy of an unreadable value.
    KeptAside,
    /// One person's record.
    Person(PersonId),
    /// The unfinished first conversation with one person.
    Draft(PersonId),
    /// A record of a kind this version does not know by name (a later version's, such as
    /// aims or logic models): still an envelope, carried as it is.
    Other,
}

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

    /// The key of what this device remembers about itself (the last backup, the welcome
    /// notice dismissed). Never exported in a backup nor imported from one: it describes this
    /// browser, not the records.
    pub fn device(&self) -> String {
        format!("{}/device", self.prefix)
    }

    /// Whether `key` is a kept-aside copy, the device record or a record, and which.
    pub fn kind_of(&self, key: &str) -> Option<KeyKind> {
        if !self.owns(key) {
            return None;
        }
        Some(if key == self.index() {
            KeyKind::Index
        } else if key == self.settings() {
            KeyKind::Settings
        } else if key == self.decks() {
            KeyKind::Decks
        } else if key == self.device() {
            KeyKind::Device
        } else if self.is_kept_aside(key) {
            KeyKind::KeptAside
        } else if let Some(id) = self.person_id_of(key) {
            KeyKind::Person(id)
        } else if let Some(id) = key
            .strip_prefix(&format!("{}/draft/", self.prefix))
            .and_then(PersonId::parse)
        {
            KeyKind::Draft(id)
        } else {
            KeyKind::Other
        })
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

    /// The key of the invitations this browser has sent to people's phones (each holds its
    /// secret, so only this browser, or one restored from its backup, can open their answers).
    pub fn invitations(&self) -> String {
        format!("{}/invitations", self.prefix)
    }

    /// The key of one person's record.
    pub fn person(&self, id: &PersonId) -> String {
        format!("{}{}", self.person_prefix(), id.as_str())
    }

    /// The key of the unfinished first conversation with one person.
    pub fn draft(&self, id: &PersonId) -> String {
        format!("{}/draft/{}", self.prefix, id.as_str())
    }

    /// The key of the unfinished review with one person.
    pub fn review_draft(&self, id: &PersonId) -> String {
        format!("{}/review-draft/{}", self.prefix, id.as_str())
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
        assert_eq!(keys.invitations(), "outcome-focus/invitations");
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
        for (key, kind) in [
            ("outcome-focus/index", Some(KeyKind::Index)),
            ("outcome-focus/device", Some(KeyKind::Device)),
            (
                "outcome-focus/draft/p-1",
                Some(KeyKind::Draft(PersonId::parse("p-1").unwrap())),
            ),
            ("outcome-focus/aims", Some(KeyKind::Other)),
            // Like the aims: carried whole by backups, removed by a wipe.
            ("outcome-focus/invitations", Some(KeyKind::Other)),
            ("outcome-focus/draft/BAD", Some(KeyKind::Other)),
            ("outcome-focusx/index", None),
        ] {
            assert_eq!(keys.kind_of(key), kind, "kind of {key}");
        }
        let demo = Keys::with_prefix("outcome-focus-demo/");
        assert!(demo.owns("outcome-focus-demo/index"));
        assert!(!demo.owns("outcome-focus/index"));
    }
}
