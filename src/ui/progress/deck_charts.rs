use leptos::prelude::*;

use super::star_chart_figure::respondent_slug;
use super::{LikertFigure, ProgressFigure, StarChartFigure, TwoViewsFigure};
use crate::domain::{Deck, Reading, Respondent};

/// One deck's charts for a person: whose readings to show, then the charts of that deck.
#[component]
pub fn DeckCharts(
    /// The deck.
    deck: Deck,
    /// The person's readings (of every deck).
    readings: Vec<Reading>,
    /// The dates of the person's reviews.
    reviews: Vec<chrono::NaiveDate>,
    /// Starts the file names of downloads (the person's id).
    file_prefix: String,
) -> impl IntoView {
    let who: Vec<Respondent> = Respondent::ALL
        .into_iter()
        .filter(|r| {
            readings
                .iter()
                .any(|x| x.complete && x.deck == *deck.id() && x.respondent == *r)
        })
        .collect();
    let respondent = RwSignal::new(who.first().copied().unwrap_or(Respondent::Person));
    let deck_id = deck.id().as_str().to_owned();
    let heading_id = format!("deck-{deck_id}-heading");
    let select_id = format!("deck-{deck_id}-respondent");
    let name = format!("Trigger cards: {}", deck.name());
    let deck = StoredValue::new(deck);
    let readings = StoredValue::new(readings);
    let choose = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        if let Some(r) = Respondent::ALL
            .into_iter()
            .find(|r| respondent_slug(*r) == value)
        {
            respondent.set(r);
        }
    };
    view! {
        <section class="deck-charts" aria-labelledby=heading_id.clone()>
            <h2 id=heading_id.clone()>{name}</h2>
            {(who.len() > 1).then(|| view! {
                <div class="field chart-choice">
                    <label for=select_id.clone()>"Whose readings"</label>
                    <select id=select_id on:change=choose>
                        {who.iter().map(|r| view! {
                            <option value=respondent_slug(*r) selected=*r == respondent.get_untracked()>
                                {r.label()}
                            </option>
                        }).collect_view()}
                    </select>
                </div>
            })}
            <StarChartFigure
                deck=deck
                readings=readings
                respondent=respondent.into()
                file_prefix=file_prefix.clone()
            />
            <ProgressFigure deck=deck readings=readings reviews=reviews file_prefix=file_prefix.clone()/>
            <TwoViewsFigure deck=deck readings=readings file_prefix=file_prefix.clone()/>
            <LikertFigure
                deck=deck
                readings=readings
                respondent=respondent.into()
                file_prefix=file_prefix
            />
        </section>
    }
}
