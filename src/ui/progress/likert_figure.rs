use leptos::prelude::*;

use super::star_chart_figure::respondent_slug;
use crate::charts::{likert_chart, LikertChart, NO_RATINGS};
use crate::domain::{
    format_uk_date, latest, person_across_cards, score_labels, Card, Deck, Reading, Respondent,
};
use crate::ui::widgets::{chart_width, ChartFigure};

/// One respondent's latest reading across the deck's cards as diverging bars: at a glance,
/// which cards lean positive and which negative.
#[component]
pub fn LikertFigure(
    /// The deck.
    deck: StoredValue<Deck>,
    /// The person's readings.
    readings: StoredValue<Vec<Reading>>,
    /// Whose latest reading to show.
    respondent: Signal<Respondent>,
    /// Starts the file name of the download (the person's id).
    file_prefix: String,
) -> impl IntoView {
    let width = chart_width();
    // Redrawn only when the respondent changes.
    let chart = Memo::new(move |_| {
        let who = respondent.get();
        readings.with_value(|readings| {
            deck.with_value(|deck| match latest(readings, deck.id(), who) {
                Some(reading) => {
                    let cards: Vec<&Card> = deck.active_cards().collect();
                    let title = format!(
                        "{} on {}: {}",
                        who.label(),
                        format_uk_date(reading.date),
                        deck.name()
                    );
                    likert_chart(
                        &title,
                        &score_labels(deck, &cards),
                        person_across_cards(deck, reading),
                        width,
                    )
                }
                None => LikertChart {
                    svg: None,
                    caption: NO_RATINGS.to_owned(),
                    point_labels: Vec::new(),
                    bars: Vec::new(),
                },
            })
        })
    });
    let deck_id = deck.with_value(|d| d.id().as_str().to_owned());
    let file_name = move || {
        format!(
            "{file_prefix}-latest-reading-{deck_id}-{}.svg",
            respondent_slug(respondent.get())
        )
    };
    let rating = move |labels: &[String], counts: &[usize]| {
        counts
            .iter()
            .position(|n| *n > 0)
            .and_then(|i| labels.get(i).cloned())
            .unwrap_or_else(|| "Skipped or not said".to_owned())
    };
    view! {
        <ChartFigure
            id=format!("likert-{}", deck.with_value(|d| d.id().as_str().to_owned()))
            heading="Latest reading, card by card".to_owned()
            svg=Signal::derive(move || chart.with(|c| c.svg.clone()))
            caption=Signal::derive(move || chart.with(|c| c.caption.clone()))
            file_name=Signal::derive(file_name)
        >
            <table class="data-table chart-table">
                <caption>"The rating of each card (left of centre is negative, right positive)"</caption>
                <thead>
                    <tr>
                        <th scope="col">"Card"</th>
                        <th scope="col">"Rating"</th>
                    </tr>
                </thead>
                <tbody>
                    {move || chart.with(|c| c.bars.iter().map(|bar| view! {
                        <tr>
                            <th scope="row">{bar.label.clone()}</th>
                            <td>{rating(&c.point_labels, &bar.counts)}</td>
                        </tr>
                    }).collect_view())}
                </tbody>
            </table>
        </ChartFigure>
    }
}
