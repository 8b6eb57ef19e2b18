use leptos::prelude::*;

use super::{
    load_cards_in_use, CardAction, CardForm, CardRow, DeckNameForm, ExportDeckButton, Refused,
    SavedDecks, ScaleEditor,
};
use crate::domain::{CardId, DeckId, Removal};
use crate::route::Route;
use crate::ui::clock::new_deck_id;
use crate::ui::router::use_navigator;
use crate::ui::set_title;
use crate::ui::state::use_app_state;
use crate::ui::widgets::{focus_by_id, Link};

/// One deck of trigger cards: its scale and cards, to see, copy and export; the service's own
/// decks can also be renamed, and their scale and cards edited.
#[component]
pub fn DeckPage(
    /// Which deck.
    id: DeckId,
) -> impl IntoView {
    let state = use_app_state();
    let navigator = use_navigator();
    let saved = SavedDecks::load();
    let id = StoredValue::new(id);
    let deck = Memo::new(move |_| id.with_value(|id| saved.find(id)));
    let Some(opened) = deck.get_untracked() else {
        set_title("Deck not found");
        return view! {
            <h1>"Deck not found"</h1>
            {move || saved.problem.get().map(|p| view! { <p class="notice notice-warning" role="alert">{p}</p> })}
            <p>"There is no deck at this address: it may have been removed, or the link is wrong."</p>
            <p><Link to="/cards">"See all trigger cards"</Link></p>
        }
        .into_any();
    };
    set_title(opened.name());
    let editable = !opened.is_built_in();
    // Only the service's own decks can change, so only they need everyone's readings read.
    let in_use = match editable {
        true => load_cards_in_use(&opened),
        false => crate::domain::CardsInUse::new(opened.id()),
    };
    let has_readings = in_use.any_readings();
    let in_use = StoredValue::new(in_use);
    let status = RwSignal::new(None::<String>);
    let action_error = RwSignal::new(None::<String>);
    let editing = RwSignal::new(None::<CardId>);

    let done = move |message: &str| {
        action_error.set(None);
        status.set(Some(message.to_owned()));
    };
    let act = move |card: CardId, action: CardAction| -> Result<(), Refused> {
        let deck_id = id.get_value();
        let position = deck.with_untracked(|d| {
            d.as_ref()
                .and_then(|d| d.cards().iter().position(|c| c.id == card))
        });
        let position = position.unwrap_or_default();
        let count = deck.with_untracked(|d| d.as_ref().map_or(0, |d| d.cards().len()));
        let result = match &action {
            CardAction::Open => {
                editing.set(Some(card.clone()));
                focus_later(format!("edit-{}-statement", card.as_str()));
                return Ok(());
            }
            CardAction::Close => {
                editing.set(None);
                focus_later(format!("card-{}-edit", card.as_str()));
                return Ok(());
            }
            CardAction::Save(draft) => {
                saved
                    .edit(&deck_id, |d| d.update_card(&card, draft))
                    .map(|()| {
                        editing.set(None);
                        done("Card saved.");
                        focus_later(format!("card-{}-edit", card.as_str()));
                    })
            }
            CardAction::Up | CardAction::Down => {
                let to = match action {
                    CardAction::Up => position.saturating_sub(1),
                    _ => position + 1,
                };
                saved.edit(&deck_id, |d| d.move_card(&card, to)).map(|()| {
                    done(&format!("Card moved to place {} of {count}.", to + 1));
                    // The list is drawn again: keep the focus on the card's move button.
                    let button = match (action == CardAction::Up && to > 0) || to + 1 == count {
                        true => "up",
                        false => "down",
                    };
                    focus_later(format!("card-{}-{button}", card.as_str()));
                })
            }
            CardAction::Remove => {
                let mut removal = Removal::Deleted;
                saved
                    .edit(&deck_id, |d| {
                        removal = in_use.with_value(|u| d.remove_or_retire(&card, u))?;
                        Ok(())
                    })
                    .map(|()| {
                        match removal {
                            Removal::Deleted => done("Card removed."),
                            Removal::Retired => done("Card retired: earlier readings keep it, and new readings leave it out."),
                        }
                        focus_later("cards-heading".to_owned());
                    })
            }
            CardAction::Restore => saved
                .edit(&deck_id, |d| d.restore_card(&card))
                .map(|()| done("Card restored: new readings offer it again.")),
        };
        // A refused card form shows its own message; other refusals are shown above the list.
        if let (Err(refused), false) = (&result, matches!(action, CardAction::Save(_))) {
            status.set(None);
            action_error.set(Some(refused.message.clone()));
        }
        result
    };

    let rename = Callback::new(move |name: String| {
        saved.edit(&id.get_value(), |d| d.rename(&name))?;
        done("Name saved.");
        Ok::<(), Refused>(())
    });
    let save_scale = Callback::new(move |scale| {
        saved.edit(&id.get_value(), |d| {
            in_use.with_value(|u| d.set_scale(scale, u))
        })?;
        done("Scale saved.");
        Ok::<(), Refused>(())
    });
    let add_card = Callback::new(move |draft| {
        saved.edit(&id.get_value(), |d| d.add_card(&draft).map(|_| ()))?;
        done("Card added at the end of the list.");
        Ok::<(), Refused>(())
    });
    let copy = Callback::new(move |name: String| {
        let copy = deck
            .with_untracked(|d| d.as_ref().map(|d| d.copy_as(new_deck_id(), &name)))
            .ok_or_else(|| {
                Refused::message("The deck is no longer here: reload the page.".into())
            })??;
        let path = Route::Deck(copy.id().clone()).path();
        let message = format!(
            "Copied the deck as \"{}\". This copy is yours to change.",
            copy.name()
        );
        saved.save(copy)?;
        state.flash(&path, message);
        navigator.go(&path);
        Ok::<(), Refused>(())
    });

    let cards = move || {
        deck.with(|d| {
            let Some(d) = d else { return Vec::new() };
            let count = d.cards().len();
            let open = editing.get();
            d.cards()
                .iter()
                .enumerate()
                .map(|(position, card)| {
                    let card_id = card.id.clone();
                    view! {
                        <CardRow
                            card=card.clone()
                            position=position
                            count=count
                            editable=editable
                            deletable=in_use.with_value(|u| d.can_delete_card(&card.id, u))
                            open=open.as_ref() == Some(&card.id)
                            on_action=Callback::new(move |action| act(card_id.clone(), action))
                        />
                    }
                })
                .collect::<Vec<_>>()
        })
    };
    let active = move || deck.with(|d| d.as_ref().map_or(0, |d| d.active_cards().count()));

    view! {
        <h1>{move || deck.with(|d| d.as_ref().map(|d| d.name().to_owned()))}</h1>
        <p><Link to="/cards">"All trigger cards"</Link></p>
        {(!editable).then(|| view! {
            <p class="notice">"A built-in deck: you can see, export and copy it. To change it, make a copy below."</p>
        })}
        {move || saved.problem.get().map(|p| view! { <p class="notice notice-warning" role="alert">{p}</p> })}
        {(editable && has_readings).then(|| view! {
            <p class="notice">
                "This deck has readings (or some records could not be read): rated cards can be "
                "retired, not removed, and the scale keeps its number of points."
            </p>
        })}
        <p class="free-text">{move || deck.with(|d| d.as_ref().map(|d| d.notice().to_owned()))}</p>
        <p role="status" class="status-message">{move || status.get()}</p>
        <p role="alert" class="error-message">{move || action_error.get()}</p>

        <h2 id="cards-heading" tabindex="-1">"Cards ("{active}" in use)"</h2>
        <ol class="card-list" aria-label="Cards">{cards}</ol>

        {editable.then(|| view! {
            <h2>"Add a card"</h2>
            <CardForm id="new-card" name="Add a card" initial=Default::default() button="Add card" clear_on_save=true on_submit=add_card/>
        })}

        <h2>"Scale"</h2>
        {match editable {
            true => view! { <ScaleEditor scale=opened.scale().clone() on_save=save_scale/> }.into_any(),
            false => {
                let scale = opened.scale();
                let prefer = match scale.offers_prefer_not_to_say() {
                    true => " (and \"Prefer not to say\")",
                    false => "",
                };
                view! {
                    <p>"Each card asks: "{scale.question().to_owned()}</p>
                    <p>"Lowest first: "{scale.labels().join(" · ")}{prefer}</p>
                }.into_any()
            }
        }}

        {editable.then(|| view! {
            <h2>"Name"</h2>
            <DeckNameForm id="deck-name" label="Deck name" button="Save name" initial=opened.name().to_owned() on_submit=rename/>
        })}

        <h2>"Copy this deck"</h2>
        <DeckNameForm
            id="copy-name"
            label="Name of the copy"
            button="Copy deck"
            initial=format!("Copy of {}", opened.name())
            on_submit=copy
        />

        <h2>"Export"</h2>
        <ExportDeckButton deck=deck/>
    }
    .into_any()
}

/// Moves the focus once the page has been drawn again.
fn focus_later(id: String) {
    request_animation_frame(move || focus_by_id(&id));
}
