use leptos::prelude::*;

use super::star_chart_figure::respondent_slug;
use super::{LikertFigure, ProgressFigure, StarChartFigure, TwoViewsFigure};
use crate::domain::{Deck, Reading, Respondent};
use crate::ui::widgets::{chart_width, paired_chart_width};

/// One deck's charts for a person: whose readings to show, then the charts of that deck.
/// In the report the star chart and progress over time share a row (on paper, and on a
/// wide screen), the two views print as their table (the chart, a bar per card and view,
/// would take a page of its own), and the latest reading card by card, which shows again
/// what the two views hold, is left off paper.
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
    /// Laid out for the printed report rather than the progress page.
    #[prop(optional)]
    in_report: bool,
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
    let paired = if in_report {
        paired_chart_width()
    } else {
        chart_width()
    };
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
            <div class:chart-pair=in_report>
                <StarChartFigure
                    deck=deck
                    readings=readings
                    respondent=respondent.into()
                    file_prefix=file_prefix.clone()
                    width=paired
                />
                <ProgressFigure
                    deck=deck
                    readings=readings
                    reviews=reviews
                    file_prefix=file_prefix.clone()
                    width=paired
                />
            </div>
            <div class:print-as-table=in_report>
                <TwoViewsFigure deck=deck readings=readings file_prefix=file_prefix.clone()/>
            </div>
            <div class:screen-only=in_report>
                <LikertFigure
                    deck=deck
                    readings=readings
                    respondent=respondent.into()
                    file_prefix=file_prefix
                />
            </div>
        </section>
    }
}
