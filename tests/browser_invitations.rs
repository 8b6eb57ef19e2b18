//! Invitations to a person's own phone, through the browser's real local storage: the
//! invitations sent are kept and read back, and a return is added once as a reading.
#![cfg(target_arch = "wasm32")]

use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use outcome_focus::domain::{
    Answer, CardId, DeckId, Invitation, InvitationStatus, InvitedCard, KeyValueStore, Keys, Person,
    PersonDraft, PersonId, ReceiveError, Repository, Respondent, ReturnError, ReturnedAnswers,
    Scale, SentInvitation, SentInvitations,
};
use outcome_focus::storage::BrowserStore;
use outcome_focus::ui::clock::invitation_secret;
use wasm_bindgen_test::*;

mod browser_support;
use browser_support::{button, container, find, tick};

wasm_bindgen_test_configure!(run_in_browser);

fn repo(prefix: &str) -> Repository<BrowserStore> {
    Repository::with_keys(BrowserStore, Keys::with_prefix(prefix))
}

fn clear(prefix: &str) {
    let store = BrowserStore;
    for key in store.keys().unwrap() {
        if key.starts_with(prefix) {
            store.remove(&key).unwrap();
        }
    }
}

fn day(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, d).unwrap()
}

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 12, 4, 10, 0, 0).unwrap()
}

/// Saves a person and an invitation sent to them; returns both.
fn send(repo: &Repository<BrowserStore>) -> (Person, Invitation) {
    let draft = PersonDraft {
        name: "Sam Lee".into(),
        ..PersonDraft::new(day(1))
    };
    let person = Person::create(PersonId::generate(4, 4), draft.validate(day(1)).unwrap());
    let person = repo.save_person(&person, now()).unwrap();
    let cards = ["I feel safe at home", "I see my friends", "I sleep well"]
        .map(|statement| InvitedCard {
            statement: statement.into(),
            emoji: String::new(),
        })
        .to_vec();
    let secret = invitation_secret().unwrap();
    let invitation = Invitation::new(secret, day(1), "en", "Sam", Scale::default(), cards);
    let sent = SentInvitation {
        id: invitation.id(),
        person: person.id.clone(),
        deck: DeckId::parse("built-in-adults").unwrap(),
        deck_name: "Personal outcomes (adults)".into(),
        cards: ["c-1", "c-2", "c-3"]
            .map(|c| CardId::parse(c).unwrap())
            .to_vec(),
        sent: day(1),
        fragment: invitation.fragment(),
        status: InvitationStatus::Waiting,
    };
    let invitations = SentInvitations {
        revision: 0,
        invitations: vec![sent],
    };
    repo.save_service_record(&invitations, now()).unwrap();
    (person, invitation)
}

#[wasm_bindgen_test]
fn an_invitations_secret_comes_from_the_cryptographic_generator() {
    let (a, b) = (invitation_secret().unwrap(), invitation_secret().unwrap());
    assert_ne!(a, b);
}

#[wasm_bindgen_test]
fn sent_invitations_round_trip_through_local_storage() {
    let prefix = "test-invitations";
    clear(prefix);
    let repo = repo(prefix);
    let (person, invitation) = send(&repo);

    let raw = BrowserStore
        .get(&format!("{prefix}/invitations"))
        .unwrap()
        .unwrap();
    assert!(raw.starts_with(r#"{"schema":3,"saved_at":"2026-12-04T10:00:00Z","data":{"#));
    let stored: SentInvitations = repo.load_service_record().unwrap();
    assert_eq!(stored.revision, 1);
    let sent = &stored.invitations[0];
    assert_eq!(sent.person, person.id);
    assert!(sent.is_waiting());
    assert_eq!(sent.invitation(), Some(invitation));
    clear(prefix);
}

#[wasm_bindgen_test]
fn a_return_adds_exactly_one_reading_and_a_second_is_refused() {
    let prefix = "test-returns";
    clear(prefix);
    let repo = repo(prefix);
    let (person, invitation) = send(&repo);
    let answers = ReturnedAnswers {
        answered: day(3),
        answers: vec![Answer::Rated(4), Answer::Skipped, Answer::Rated(1)],
        notes: vec![String::new(); 3],
    };
    let code = answers.code(&invitation);

    let preview = repo.check_return(&code).unwrap();
    assert_eq!(preview.person.name, "Sam Lee");
    assert!(!preview.by_link);
    let added = repo.add_return(&code, day(4), now()).unwrap();
    assert!(!added.found_already);
    assert!(added.unmarked.is_none());

    let readings = repo
        .load_person(&person.id)
        .unwrap()
        .readings
        .get()
        .unwrap();
    assert_eq!(readings.len(), 1);
    assert_eq!(readings[0].respondent, Respondent::Person);
    assert_eq!(readings[0].date, day(3));
    assert_eq!(readings[0].answers[0].answer, Answer::Rated(4));

    let link = format!(
        "https://of.example.org/#{}",
        answers.link_fragment(&invitation)
    );
    for again in [code.as_str(), link.as_str()] {
        let refused = repo.add_return(again, day(5), now()).unwrap_err();
        assert!(
            matches!(refused, ReceiveError::Return(ReturnError::AlreadyAdded(_))),
            "{refused:?}"
        );
        assert!(refused
            .to_string()
            .contains("already added on 4 December 2026"));
    }
    let readings = repo
        .load_person(&person.id)
        .unwrap()
        .readings
        .get()
        .unwrap();
    assert_eq!(readings.len(), 1);
    clear(prefix);
}

#[wasm_bindgen_test]
async fn the_receive_answers_page_checks_then_adds_the_reading_once() {
    use leptos::prelude::*;
    use outcome_focus::ui::invitation::ReceiveAnswersPage;

    // The page works on the real records' keys.
    let prefix = "outcome-focus/";
    crate::clear(prefix);
    let repo = Repository::new(BrowserStore);
    let (person, invitation) = send(&repo);
    let answers = ReturnedAnswers {
        answered: day(3),
        answers: vec![Answer::Rated(4), Answer::Rated(2), Answer::PreferNotToSay],
        notes: vec!["Much better".into(), String::new(), String::new()],
    };
    let link = format!(
        "https://of.example.org/#{}",
        answers.link_fragment(&invitation)
    );

    let root = container();
    let _handle = leptos::mount::mount_to(root.clone(), || view! { <ReceiveAnswersPage/> });
    tick().await;
    let field: web_sys::HtmlTextAreaElement = find(&root, "#return-text");
    let label: web_sys::HtmlElement = find(&root, "label[for=return-text]");
    assert_eq!(label.text_content().unwrap(), "Return link or code");

    let type_in = |text: &str| {
        field.set_value(text);
        let event = web_sys::Event::new("input").unwrap();
        field.dispatch_event(&event).unwrap();
    };
    type_in("ABCD EFGH");
    button(&root, "Check the answers").click();
    tick().await;
    let alert: web_sys::HtmlElement = find(&root, "[role=alert]");
    assert!(!alert.text_content().unwrap().is_empty());
    assert!(root.query_selector(".return-summary").unwrap().is_none());

    type_in(&link);
    button(&root, "Check the answers").click();
    tick().await;
    let summary: web_sys::HtmlElement = find(&root, ".return-summary");
    let text = summary.text_content().unwrap();
    assert!(text.contains("Sam Lee"), "{text}");
    assert!(text.contains("Personal outcomes (adults)"), "{text}");
    assert!(
        text.contains("1 December 2026") && text.contains("3 December 2026"),
        "{text}"
    );
    assert!(text.contains("Much better"), "{text}");

    button(&root, "Add the reading").click();
    tick().await;
    let readings = repo
        .load_person(&person.id)
        .unwrap()
        .readings
        .get()
        .unwrap();
    assert_eq!(readings.len(), 1);
    assert_eq!(readings[0].answers[0].note, "Much better");
    let stored: SentInvitations = repo.load_service_record().unwrap();
    assert!(matches!(
        stored.invitations[0].status,
        InvitationStatus::Returned { .. }
    ));
    crate::clear(prefix);
}
