use leptos::prelude::*;

use crate::charts::two_views_chart;
use crate::domain::{plural, Answer, Deck, Pairing, Reading};
use crate::ui::widgets::{chart_width, ChartFigure};

/// The person's and the worker's latest ratings of each card side by side, the cards they
/// differ on by 2 points or more marked to talk about when the two readings pair (the same
/// conversation, or close in time).
#[component]
pub fn TwoViewsFigure(
    /// The deck.
    deck: StoredValue<Deck>,
    /// The person's readings.
    readings: StoredValue<Vec<Reading>>,
    /// Starts the file name of the download (the person's id).
    file_prefix: String,
) -> impl IntoView {
    let chart = readings.with_value(|readings| {
        deck.with_value(|deck| two_views_chart(deck, readings, chart_width()))
    });
    let deck_id = deck.with_value(|d| d.id().as_str().to_owned());
    let scale = deck.with_value(|d| d.scale().clone());
    let answer = move |a: Option<Answer>, score: Option<u8>| match (a, score) {
        (Some(a), Some(s)) => format!("{} ({s})", a.label(&scale)),
        (Some(a), None) => a.label(&scale).to_owned(),
        (None, _) => "No answer".to_owned(),
    };
    // Readings that do not pair have no "To discuss" column (it could only be empty); the
    // table's caption says why, as the figure's caption does.
    let apart = match chart.views.pairing {
        Some(Pairing::Apart { days }) => Some(days),
        _ => None,
    };
    let table_caption = match apart {
        Some(days) => format!(
            "Latest ratings (score in brackets, higher is better), taken {} apart and not in \
             the same conversation, so differences are not marked",
            plural(usize::try_from(days).unwrap_or(usize::MAX), "day", "days")
        ),
        None => "Latest ratings (score in brackets, higher is better)".to_owned(),
    };
    let marked = apart.is_none();
    let rows = chart
        .views
        .rows
        .iter()
        .map(|row| {
            view! {
                <tr class:both-views-discuss=row.discuss>
                    <th scope="row">{row.statement.clone()}</th>
                    <td>{answer(row.person_answer, row.person)}</td>
                    <td>{answer(row.worker_answer, row.worker)}</td>
                    {marked.then(|| view! { <td>{row.discuss.then_some("Talk about this")}</td> })}
                </tr>
            }
        })
        .collect_view();
    view! {
        <ChartFigure
            id=format!("two-views-{deck_id}")
            heading="Two views: the person and the worker".to_owned()
            svg=chart.svg
            caption=chart.caption
            file_name=format!("{file_prefix}-two-views-{deck_id}.svg")
        >
            <table class="data-table chart-table">
                <caption>{table_caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">"Card"</th>
                        <th scope="col">"The person"</th>
                        <th scope="col">"The worker"</th>
                        {marked.then(|| view! { <th scope="col">"To discuss"</th> })}
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </ChartFigure>
    }
}
