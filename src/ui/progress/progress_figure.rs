use chrono::NaiveDate;
use leptos::prelude::*;

use crate::charts::{progress_chart, ProgressFocus};
use crate::domain::{format_uk_date, format_value, CardId, Deck, Reading};
use crate::ui::widgets::ChartFigure;

/// Progress over time in one deck: the total, a domain or a card, one line per respondent,
/// with the review dates marked; the reader picks what to follow.
#[component]
pub fn ProgressFigure(
    /// The deck.
    deck: StoredValue<Deck>,
    /// The person's readings.
    readings: StoredValue<Vec<Reading>>,
    /// The dates of the person's reviews, marked on the time axis.
    reviews: Vec<NaiveDate>,
    /// Starts the file name of the download (the person's id).
    file_prefix: String,
    /// The width to draw at, in CSS pixels.
    width: u32,
) -> impl IntoView {
    let (deck_id, choices) = deck.with_value(|deck| {
        let mut choices = vec![("total".to_owned(), "The whole deck (total)".to_owned())];
        let mut domains: Vec<&str> = Vec::new();
        for card in deck.active_cards() {
            if !domains.contains(&card.domain.as_str()) {
                domains.push(&card.domain);
            }
        }
        choices.extend(
            domains
                .iter()
                .map(|d| (format!("domain:{d}"), format!("Domain: {d}"))),
        );
        choices.extend(
            deck.active_cards()
                .map(|c| (format!("card:{}", c.id.as_str()), c.statement.clone())),
        );
        (deck.id().as_str().to_owned(), choices)
    });
    let focus = RwSignal::new(ProgressFocus::Total);
    // Redrawn only when the focus changes.
    let chart = Memo::new(move |_| {
        let focus = focus.get();
        readings.with_value(|readings| {
            deck.with_value(|deck| {
                progress_chart(
                    deck,
                    readings,
                    &focus,
                    &reviews,
                    (width, (width * 3 / 5).max(300)),
                )
            })
        })
    });
    let choose = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        let chosen = match value.split_once(':') {
            Some(("domain", domain)) => ProgressFocus::Domain(domain.to_owned()),
            Some(("card", id)) => {
                CardId::parse(id).map_or(ProgressFocus::Total, ProgressFocus::Card)
            }
            _ => ProgressFocus::Total,
        };
        focus.set(chosen);
    };
    let select_id = format!("progress-{deck_id}-focus");
    let file_name = format!("{file_prefix}-progress-{deck_id}.svg");
    let value = |v: Option<f64>| v.map_or("Not scored".to_owned(), format_value);
    view! {
        <ChartFigure
            id=format!("progress-{deck_id}")
            heading=Signal::derive(move || {
                let focus = focus.get();
                let shown = deck.with_value(|deck| match &focus {
                    ProgressFocus::Total => "the whole deck".to_owned(),
                    ProgressFocus::Domain(domain) => domain.clone(),
                    ProgressFocus::Card(id) => deck
                        .card(id)
                        .map_or_else(String::new, |c| format!("\u{201c}{}\u{201d}", c.statement)),
                });
                format!("Progress over time: {shown}")
            })
            svg=Signal::derive(move || chart.with(|c| c.svg.clone()))
            caption=Signal::derive(move || chart.with(|c| c.caption.clone()))
            file_name=file_name
        >
            <div class="field chart-choice">
                <label for=select_id.clone()>"Show"</label>
                <select id=select_id on:change=choose>
                    {choices.iter().map(|(value, label)| view! {
                        <option value=value.clone()>{label.clone()}</option>
                    }).collect_view()}
                </select>
            </div>
            <table class="data-table chart-table">
                <caption>"Each reading's value (higher is better)"</caption>
                <thead>
                    <tr>
                        <th scope="col">"Date"</th>
                        <th scope="col">"Whose view"</th>
                        <th scope="col" class="number">"Value"</th>
                        <th scope="col" class="number">"Cards scored"</th>
                    </tr>
                </thead>
                <tbody>
                    {move || chart.with(|c| c.points.iter().map(|p| view! {
                        <tr>
                            <td>{format_uk_date(p.date)}</td>
                            <td>{p.respondent.label()}</td>
                            <td class="number">{value(p.value)}</td>
                            <td class="number">{p.scored}</td>
                        </tr>
                    }).collect_view())}
                </tbody>
            </table>
        </ChartFigure>
    }
}
