use leptos::prelude::*;

use super::{DeckList, DeckNameForm, ImportDeckForm, Refused, SavedDecks};
use crate::domain::{built_in_decks, Deck, Scale};
use crate::route::Route;
use crate::ui::clock::new_deck_id;
use crate::ui::router::use_navigator;
use crate::ui::set_title;

/// `Trigger cards`: the built-in decks and the service's own; creating a deck and importing
/// one from a file.
#[component]
pub fn TriggerCardsPage() -> impl IntoView {
    set_title("Trigger cards");
    let navigator = use_navigator();
    let saved = SavedDecks::load();
    let status = RwSignal::new(None::<String>);
    let own = Signal::derive(move || saved.decks.with(|d| d.decks().to_vec()));

    let create = Callback::new(move |name: String| {
        let deck = Deck::new(new_deck_id(), &name, Scale::default())?;
        let path = Route::Deck(deck.id().clone()).path();
        saved.save(deck)?;
        navigator.go(&path);
        Ok::<(), Refused>(())
    });
    let import = Callback::new(move |text: String| {
        let deck = saved
            .decks
            .with_untracked(|d| d.import(&text, new_deck_id()))
            .map_err(|e| Refused::message(e.to_string()))?;
        let name = deck.name().to_owned();
        saved.save(deck)?;
        status.set(Some(format!(
            "Imported the deck \"{name}\": it is listed under Your service's decks."
        )));
        Ok::<(), Refused>(())
    });

    view! {
        <h1>"Trigger cards"</h1>
        <p class="lead">
            "Decks of short statements a person rates, to start a conversation and to see change. "
            "Built-in decks can be seen, exported and copied; your service's own decks can be changed."
        </p>
        <p role="status" class="status-message">{move || status.get()}</p>
        <h2>"Built-in decks"</h2>
        <DeckList label="Built-in decks" decks=Signal::stored(built_in_decks()) empty="No built-in decks."/>
        <h2>"Your service's decks"</h2>
        {move || saved.problem.get().map(|p| view! { <p class="notice notice-warning" role="alert">{p}</p> })}
        <DeckList label="Your service's decks" decks=own empty="None yet: create a deck, copy a built-in one, or import a deck file."/>
        <h2>"Create a deck"</h2>
        <p>"It starts with no cards and the usual five-point scale; you add cards next."</p>
        <DeckNameForm id="new-deck-name" label="Name of the new deck" button="Create deck" on_submit=create/>
        <h2>"Import a deck"</h2>
        <p>
            "Load a deck from a file, such as one exported from another service or a scale your "
            "organisation holds a licence for. A bad file changes nothing."
        </p>
        <ImportDeckForm on_import=import/>
    }
}
