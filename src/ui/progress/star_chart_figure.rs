use leptos::prelude::*;

use crate::charts::star_chart;
use crate::domain::{baseline, latest, Deck, Reading, Respondent};
use crate::ui::widgets::ChartFigure;

/// The star chart of one deck for one respondent: their baseline and latest reading, with a
/// table of each card's scores and change.
#[component]
pub fn StarChartFigure(
    /// The deck.
    deck: StoredValue<Deck>,
    /// The person's readings.
    readings: StoredValue<Vec<Reading>>,
    /// Whose readings to show.
    respondent: Signal<Respondent>,
    /// Starts the file name of the download (the person's id).
    file_prefix: String,
    /// The width to draw at, in CSS pixels.
    width: u32,
) -> impl IntoView {
    // Drawing is the costly part: redraw only when the respondent changes.
    let chart = Memo::new(move |_| {
        let who = respondent.get();
        readings.with_value(|readings| {
            deck.with_value(|deck| {
                star_chart(
                    deck,
                    baseline(readings, deck.id(), who),
                    latest(readings, deck.id(), who),
                    width,
                )
            })
        })
    });
    let deck_id = deck.with_value(|d| d.id().as_str().to_owned());
    let id = format!("star-{deck_id}");
    let file_name = move || {
        format!(
            "{file_prefix}-star-chart-{deck_id}-{}.svg",
            respondent_slug(respondent.get())
        )
    };
    let score = |s: Option<u8>| s.map_or("\u{2013}".to_owned(), |s| s.to_string());
    view! {
        <ChartFigure
            id=id
            heading=Signal::derive(move || match chart.with(|c| c.by_domain) {
                true => "Star chart: baseline and latest reading, by domain".to_owned(),
                false => "Star chart: baseline and latest reading".to_owned(),
            })
            svg=Signal::derive(move || chart.with(|c| c.svg.clone()))
            caption=Signal::derive(move || chart.with(|c| c.caption.clone()))
            file_name=Signal::derive(file_name)
        >
            <table class="data-table chart-table">
                <caption>"Scores at the baseline and the latest reading (higher is better)"</caption>
                <thead>
                    <tr>
                        <th scope="col">"Card"</th>
                        <th scope="col" class="number">"Baseline"</th>
                        <th scope="col" class="number">"Latest"</th>
                        <th scope="col">"Change"</th>
                    </tr>
                </thead>
                <tbody>
                    {move || chart.with(|c| c.rows.iter().map(|row| view! {
                        <tr>
                            <th scope="row">{row.statement.clone()}</th>
                            <td class="number">{score(row.baseline)}</td>
                            <td class="number">{score(row.latest)}</td>
                            <td>{row.change.label()}</td>
                        </tr>
                    }).collect_view())}
                </tbody>
            </table>
        </ChartFigure>
    }
}

/// The respondent in a file name.
pub(super) fn respondent_slug(respondent: Respondent) -> &'static str {
    match respondent {
        Respondent::Person => "person",
        Respondent::Worker => "worker",
        Respondent::Carer => "carer",
    }
}
