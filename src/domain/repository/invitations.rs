//! Receiving the answers to an invitation: a return (link or code) is checked against the
//! invitations sent from this browser, shown, then added once as a reading by the person.
//!
//! The person's record is saved first, then the invitation is marked as returned. Should that
//! second save fail, the reading is already in the record, and a second try finds it there
//! rather than adding it again.

use chrono::{DateTime, NaiveDate, Utc};
use thiserror::Error;

use super::super::cards::{Reading, Respondent};
use super::super::invitation::{
    open_return, InvitationStatus, ReturnError, ReturnedAnswers, SentInvitation, SentInvitations,
};
use super::super::person::Person;
use super::super::store::KeyValueStore;
use super::{LoadError, Repository, SaveError, ServiceRecordError};

/// A return matched to the invitation it answers, not added yet.
#[derive(Clone, Debug, PartialEq)]
pub struct ReturnPreview {
    /// The invitation it answers.
    pub sent: SentInvitation,
    /// The answers.
    pub answers: ReturnedAnswers,
    /// Whether it came as a link (notes included) rather than a typed code.
    pub by_link: bool,
    /// The person the invitation was sent to, as stored now.
    pub person: Person,
}

/// A return added as a reading.
#[derive(Clone, Debug, PartialEq)]
pub struct AddedReturn {
    /// The person, as saved with the reading.
    pub person: Person,
    /// The reading's id in their record.
    pub reading: String,
    /// Whether the reading was in their record already (an earlier try added it but could not
    /// mark the invitation), so nothing was added this time.
    pub found_already: bool,
    /// Why the invitation could not be marked as returned, if it could not: the reading is
    /// added all the same, and is never added twice.
    pub unmarked: Option<ServiceRecordError>,
}

/// Why a return could not be checked or added; nothing was saved.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum ReceiveError {
    /// The return itself is refused (see [`ReturnError`]).
    #[error("{0}")]
    Return(#[from] ReturnError),
    /// The invitations sent from here could not be read.
    #[error("{0}")]
    Invitations(ServiceRecordError),
    /// The person's record cannot be opened (deleted, or unreadable).
    #[error("These answers are for someone whose record cannot be opened in this browser: {0}")]
    Person(LoadError),
    /// The person's record could not be saved.
    #[error("The answers were not added: {0}")]
    Save(SaveError),
}

/// Whether `reading` is already in `readings` (an earlier try saved it): the same deck, day
/// and answers, by the person. Notes are left out: a typed code carries none.
pub fn holds_reading<'r>(readings: &'r [Reading], reading: &Reading) -> Option<&'r Reading> {
    let same_answers = |r: &Reading| {
        r.answers.len() == reading.answers.len()
            && r.answers
                .iter()
                .zip(&reading.answers)
                .all(|(a, b)| a.card == b.card && a.answer == b.answer)
    };
    readings.iter().find(|r| {
        r.complete
            && r.respondent == Respondent::Person
            && r.deck == reading.deck
            && r.date == reading.date
            && same_answers(r)
    })
}

impl<S: KeyValueStore> Repository<S> {
    /// The invitations matched against a return: all of them, with the matched one's
    /// position, its answers and its person.
    fn open_return_here(
        &self,
        text: &str,
    ) -> Result<(SentInvitations, usize, ReturnPreview), ReceiveError> {
        let invitations: SentInvitations = self
            .load_service_record()
            .map_err(ReceiveError::Invitations)?;
        let received = open_return(text, &invitations.invitations)?;
        let sent = invitations.invitations[received.index].clone();
        let person = self
            .load_person(&sent.person)
            .map_err(ReceiveError::Person)?;
        let index = received.index;
        let preview = ReturnPreview {
            sent,
            answers: received.answers,
            by_link: received.by_link,
            person,
        };
        Ok((invitations, index, preview))
    }

    /// The return in `text` (a return link, its part after `#`, or a typed return code)
    /// matched to the invitation it answers, to show before it is added. Saves nothing.
    pub fn check_return(&self, text: &str) -> Result<ReturnPreview, ReceiveError> {
        self.open_return_here(text).map(|(_, _, preview)| preview)
    }

    /// Adds the return in `text` to the person's record as a reading by them, dated when they
    /// answered, then marks its invitation as returned `today`. Refused, saving nothing, when
    /// [`Repository::check_return`] refuses it, so a return is added once only.
    pub fn add_return(
        &self,
        text: &str,
        today: NaiveDate,
        now: DateTime<Utc>,
    ) -> Result<AddedReturn, ReceiveError> {
        let (mut invitations, index, preview) = self.open_return_here(text)?;
        let readings = preview
            .person
            .readings
            .get()
            .map_err(|error| ReceiveError::Save(SaveError::Unreadable(error)))?;
        let reading = preview
            .sent
            .reading(&preview.answers, Person::next_reading_id(&readings));
        let (person, reading, found_already) = match holds_reading(&readings, &reading) {
            Some(found) => (preview.person.clone(), found.id.clone(), true),
            None => {
                let saved = self
                    .save_reading(&preview.person, &reading, now)
                    .map_err(ReceiveError::Save)?;
                (saved, reading.id, false)
            }
        };
        invitations.invitations[index].status = InvitationStatus::Returned {
            on: today,
            reading: reading.clone(),
        };
        let unmarked = self.save_service_record(&invitations, now).err();
        Ok(AddedReturn {
            person,
            reading,
            found_already,
            unmarked,
        })
    }
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone;

    use super::*;
    use crate::domain::{
        Answer, CardId, DeckId, Invitation, InvitedCard, MemoryStore, PersonDraft, PersonId, Scale,
    };

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, d).unwrap()
    }

    fn now() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 12, 5, 9, 0, 0).unwrap()
    }

    /// A person with a waiting invitation of two cards, and the return link's fragment.
    fn sent(repo: &Repository<MemoryStore>) -> (Person, String, String) {
        let draft = PersonDraft {
            name: "Sam Lee".into(),
            ..PersonDraft::new(day(1))
        };
        let person = Person::create(PersonId::generate(1, 1), draft.validate(day(1)).unwrap());
        let person = repo.save_person(&person, now()).unwrap();
        let cards = ["I feel safe", "I see friends"]
            .map(|s| InvitedCard {
                statement: s.into(),
                emoji: String::new(),
            })
            .to_vec();
        let invitation = Invitation::new([7; 16], day(1), "en", "", Scale::default(), cards);
        let sent = SentInvitation {
            id: invitation.id(),
            person: person.id.clone(),
            deck: DeckId::parse("built-in-adults").unwrap(),
            deck_name: "Personal outcomes".into(),
            cards: vec![CardId::parse("c-1").unwrap(), CardId::parse("c-2").unwrap()],
            sent: day(1),
            fragment: invitation.fragment(),
            status: InvitationStatus::Waiting,
        };
        repo.save_service_record(
            &SentInvitations {
                revision: 0,
                invitations: vec![sent],
            },
            now(),
        )
        .unwrap();
        let answers = ReturnedAnswers {
            answered: day(3),
            answers: vec![Answer::Rated(3), Answer::Skipped],
            notes: vec!["Better now".into(), String::new()],
        };
        let link = format!(
            "https://of.example.org/#{}",
            answers.link_fragment(&invitation)
        );
        (person, link, answers.code(&invitation))
    }

    #[test]
    fn a_return_is_added_once_as_a_reading_by_the_person() {
        let repo = Repository::new(MemoryStore::default());
        let (person, link, code) = sent(&repo);
        let preview = repo.check_return(&link).unwrap();
        assert_eq!(preview.person.id, person.id);
        assert!(preview.by_link);

        let added = repo.add_return(&link, day(5), now()).unwrap();
        assert!(!added.found_already && added.unmarked.is_none());
        let readings = repo
            .load_person(&person.id)
            .unwrap()
            .readings
            .get()
            .unwrap();
        assert_eq!(readings.len(), 1);
        let reading = &readings[0];
        assert_eq!(
            (reading.id.as_str(), reading.date, reading.respondent),
            (added.reading.as_str(), day(3), Respondent::Person)
        );
        assert_eq!(reading.answers[0].note, "Better now");
        let stored: SentInvitations = repo.load_service_record().unwrap();
        assert_eq!(
            stored.invitations[0].status,
            InvitationStatus::Returned {
                on: day(5),
                reading: added.reading.clone()
            }
        );

        for again in [&link, &code] {
            let refused = repo.add_return(again, day(6), now()).unwrap_err();
            assert!(
                matches!(refused, ReceiveError::Return(ReturnError::AlreadyAdded(_))),
                "{refused:?}"
            );
        }
        let readings = repo
            .load_person(&person.id)
            .unwrap()
            .readings
            .get()
            .unwrap();
        assert_eq!(readings.len(), 1);
    }

    #[test]
    fn a_reading_added_before_the_invitation_was_marked_is_not_added_again() {
        let repo = Repository::new(MemoryStore::default());
        let (person, _, code) = sent(&repo);
        repo.add_return(&code, day(5), now()).unwrap();
        // As if marking the invitation had failed: it is waiting again.
        let mut stored: SentInvitations = repo.load_service_record().unwrap();
        stored.invitations[0].status = InvitationStatus::Waiting;
        repo.save_service_record(&stored, now()).unwrap();

        let added = repo.add_return(&code, day(6), now()).unwrap();
        assert!(added.found_already);
        let readings = repo
            .load_person(&person.id)
            .unwrap()
            .readings
            .get()
            .unwrap();
        assert_eq!(readings.len(), 1);
        assert_eq!(readings[0].id, added.reading);
    }

    #[test]
    fn a_refused_return_saves_nothing() {
        let repo = Repository::new(MemoryStore::default());
        let (person, link, _) = sent(&repo);
        let before: SentInvitations = repo.load_service_record().unwrap();
        let damaged = format!("{}1", link);
        assert!(repo.add_return(&damaged, day(5), now()).is_err());
        assert!(repo.add_return("", day(5), now()).is_err());
        assert_eq!(
            repo.load_service_record::<SentInvitations>().unwrap(),
            before
        );
        let readings = repo
            .load_person(&person.id)
            .unwrap()
            .readings
            .get()
            .unwrap();
        assert!(readings.is_empty());
    }
}
