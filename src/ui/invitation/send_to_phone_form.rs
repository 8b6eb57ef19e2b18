use leptos::prelude::*;

use super::ShownInvitation;
use crate::domain::{
    Deck, Invitation, InvitationStatus, InvitedCard, PersonId, SentInvitation, SentInvitations,
};
use crate::ui::clock::{invitation_secret, today};
use crate::ui::reading::all_decks;
use crate::ui::records::{load_service_record, save_service_record};
use crate::ui::widgets::{RadioGroup, SelectField};

/// The choices of the name shown on the person's screen, in order.
const NAME_CHOICES: [&str; 2] = ["First name only", "No name"];
/// No name on the person's screen unless the worker chooses it: a phone may be seen by others.
const NO_NAME: usize = 1;

/// Makes an invitation to answer a deck on the person's own phone: which deck, and whether
/// their first name shows on their screen. It is saved before it is shown, so that answers to
/// any invitation shown can come back.
#[component]
pub fn SendToPhoneForm(
    /// Whom it is for.
    person: PersonId,
    /// Their first name, to show if chosen.
    #[prop(into)]
    first_name: String,
    /// The answer page's address.
    #[prop(into)]
    answer_page: String,
    /// The invitations sent from here, updated once this one is saved.
    invitations: RwSignal<SentInvitations>,
    /// Shows the invitation made.
    on_made: Callback<ShownInvitation>,
) -> impl IntoView {
    let (decks, problem) = all_decks();
    // Only decks with cards to answer: retired cards are never offered.
    let decks: Vec<Deck> = decks
        .into_iter()
        .filter(|d| d.active_cards().next().is_some())
        .collect();
    let options: Vec<(String, String)> = decks
        .iter()
        .map(|d| (d.id().as_str().to_owned(), d.name().to_owned()))
        .collect();
    let deck = RwSignal::new(
        options
            .first()
            .map(|(id, _)| id.clone())
            .unwrap_or_default(),
    );
    let name_choice = RwSignal::new(Some(NO_NAME));
    let error = RwSignal::new(problem);
    let decks = StoredValue::new(decks);
    let person = StoredValue::new(person);
    let first_name = StoredValue::new(first_name);
    let answer_page = StoredValue::new(answer_page);

    let make = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let chosen = deck.get_untracked();
        let Some(deck) =
            decks.with_value(|d| d.iter().find(|d| d.id().as_str() == chosen).cloned())
        else {
            error.set(Some("Choose a deck with cards to answer.".into()));
            return;
        };
        let secret = match invitation_secret() {
            Ok(secret) => secret,
            Err(refused) => {
                error.set(Some(refused.to_string()));
                return;
            }
        };
        let shown_name = if name_choice.get_untracked() == Some(NO_NAME) {
            String::new()
        } else {
            first_name.get_value()
        };
        let cards: Vec<_> = deck.active_cards().collect();
        let sent_on = today();
        let invitation = Invitation::new(
            secret,
            sent_on,
            "en",
            &shown_name,
            deck.scale().clone(),
            cards.iter().map(|c| InvitedCard::of(c)).collect(),
        );
        let sent = SentInvitation {
            id: invitation.id(),
            person: person.get_value(),
            deck: deck.id().clone(),
            deck_name: deck.name().to_owned(),
            cards: cards.iter().map(|c| c.id.clone()).collect(),
            sent: sent_on,
            fragment: invitation.fragment(),
            status: InvitationStatus::Waiting,
        };
        // Added to the copy stored now, never over one that could not be read: that one may
        // hold other invitations' keys.
        let (mut stored, unreadable) = load_service_record::<SentInvitations>();
        if let Some(message) = unreadable {
            error.set(Some(message));
            return;
        }
        stored.invitations.push(sent);
        match save_service_record(&stored) {
            Ok(saved) => {
                error.set(None);
                invitations.set(saved);
                on_made.run(ShownInvitation {
                    deck_name: deck.name().to_owned(),
                    sent: sent_on,
                    link: answer_page.with_value(|page| invitation.link(page)),
                });
            }
            Err(message) => error.set(Some(message)),
        }
    };
    view! {
        <form class="form send-to-phone" novalidate on:submit=make>
            <div role="alert">
                {move || error.get().map(|message| view! {
                    <p class="notice notice-error">{message}</p>
                })}
            </div>
            <SelectField
                id="invitation-deck"
                label="Deck"
                options=Signal::stored(options)
                selected=deck
                on_change=Callback::new(move |id| deck.set(id))
            />
            <RadioGroup
                id="invitation-name"
                legend="Name on their screen"
                options=NAME_CHOICES.map(String::from).to_vec()
                selected=name_choice
                on_select=Callback::new(move |k| name_choice.set(Some(k)))
            />
            <div class="actions">
                <button type="submit" class="button-primary">"Make the invitation"</button>
            </div>
        </form>
    }
}
