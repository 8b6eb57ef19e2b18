use leptos::prelude::*;

use super::{CardForm, Refused};
use crate::domain::{Card, CardDraft};

/// What the user asked of one card in the deck's list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CardAction {
    /// Open the card's edit form.
    Open,
    /// Close it without saving.
    Close,
    /// Save the edit form.
    Save(CardDraft),
    /// Move one place up.
    Up,
    /// Move one place down.
    Down,
    /// Delete the card, or retire it if it has readings.
    Remove,
    /// Bring a retired card back.
    Restore,
}

/// One card in a deck's list: its emoji, statement, domain and scoring, "Retired" when it is,
/// and for a deck that can be edited its actions, each named with the statement so that a
/// screen-reader user hears which card it acts on ("Move 'I feel safe at home' up").
#[component]
pub fn CardRow(
    /// The card.
    card: Card,
    /// Where it is in the deck (0 is first).
    position: usize,
    /// How many cards the deck has.
    count: usize,
    /// Whether the deck can be edited (not built in).
    editable: bool,
    /// Whether the card has no readings, so removing it deletes it rather than retiring it.
    deletable: bool,
    /// Whether its edit form is open.
    open: bool,
    /// Carries out an action; a refusal is shown by the page, or by the open form.
    on_action: Callback<CardAction, Result<(), Refused>>,
) -> impl IntoView {
    let quoted = format!("'{}' ", card.statement);
    let id = card.id.as_str().to_owned();
    let act = move |action: CardAction| {
        move |_| {
            let _ = on_action.run(action.clone());
        }
    };
    let (remove_text, remove_action) = match (card.retired, deletable) {
        (true, _) => ("Restore", CardAction::Restore),
        (false, true) => ("Remove", CardAction::Remove),
        (false, false) => ("Retire", CardAction::Remove),
    };
    let scoring = card.reverse_scored.then_some(" · Reverse-scored");
    let actions = editable.then(|| {
        let quoted = quoted.clone();
        view! {
            <div class="card-actions">
                <button type="button" class="button-secondary" id=format!("card-{id}-edit")
                    aria-expanded=if open { "true" } else { "false" } on:click=act(CardAction::Open)>
                    "Edit"<span class="visually-hidden">" "{quoted.trim_end().to_owned()}</span>
                </button>
                <button type="button" class="button-secondary" id=format!("card-{id}-up")
                    disabled={position == 0} on:click=act(CardAction::Up)>
                    "Move "<span class="visually-hidden">{quoted.clone()}</span>"up"
                </button>
                <button type="button" class="button-secondary" id=format!("card-{id}-down")
                    disabled={position + 1 >= count} on:click=act(CardAction::Down)>
                    "Move "<span class="visually-hidden">{quoted.clone()}</span>"down"
                </button>
                <button type="button" class="button-danger" id=format!("card-{id}-remove")
                    on:click=act(remove_action)>
                    {remove_text}<span class="visually-hidden">" "{quoted.trim_end().to_owned()}</span>
                </button>
            </div>
        }
    });
    let form = (editable && open).then(|| {
        view! {
            <CardForm
                id=format!("edit-{id}")
                name=format!("Edit {}", quoted.trim_end())
                initial=CardDraft::from_card(&card)
                button="Save card"
                on_submit=Callback::new(move |draft| on_action.run(CardAction::Save(draft)))
                on_cancel=Callback::new(move |()| { let _ = on_action.run(CardAction::Close); })
            />
        }
    });
    view! {
        <li class="card-row" class:card-retired=card.retired>
            <p class="card-statement">
                {card.emoji.clone().map(|e| view! { <span class="card-emoji" aria-hidden="true">{e}</span> })}
                <span>{card.statement.clone()}</span>
            </p>
            <p class="meta">
                {card.retired.then(|| view! { <span class="badge badge-retired">"Retired"</span>" " })}
                {card.domain.clone()}{scoring}
            </p>
            {actions}
            {form}
        </li>
    }
}
