use leptos::prelude::*;

use crate::domain::Deck;
use crate::route::Route;
use crate::ui::widgets::Link;

/// A list of decks, each a link to its page with how many cards it offers.
#[component]
pub fn DeckList(
    /// The decks, in the order to show them.
    #[prop(into)]
    decks: Signal<Vec<Deck>>,
    /// The list's accessible name.
    label: &'static str,
    /// What to say when there are none.
    empty: &'static str,
) -> impl IntoView {
    view! {
        {move || decks.with(|d| d.is_empty()).then(|| view! { <p class="muted">{empty}</p> })}
        <ul class="deck-list" aria-label=label>
            {move || decks.with(|decks| decks.iter().map(|deck| {
                let count = deck.active_cards().count();
                let cards = match count {
                    1 => "1 card".to_owned(),
                    n => format!("{n} cards"),
                };
                let points = format!("{} points", deck.scale().len());
                let (path, name) = (Route::Deck(deck.id().clone()).path(), deck.name().to_owned());
                view! {
                    <li class="deck-row">
                        <Link to=path class="deck-name">{name}
                        </Link>
                        <span class="meta">{cards}" · "{points}</span>
                    </li>
                }
            }).collect_view())}
        </ul>
    }
}
