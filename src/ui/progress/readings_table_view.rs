use leptos::prelude::*;

use crate::domain::{format_uk_date, readings_table, Deck, Reading};
use crate::ui::widgets::ScrollingTable;

/// Every finished reading of one deck as a table: cards down, readings across, scores in the
/// cells (higher is better), for the printed report.
#[component]
pub fn ReadingsTableView(
    /// The deck.
    deck: Deck,
    /// The person's readings.
    readings: Vec<Reading>,
) -> impl IntoView {
    let table = readings_table(&deck, &readings);
    let name = format!("{}: every reading", deck.name());
    view! {
        <ScrollingTable label=name>
            <table class="data-table readings-table">
                <caption>{format!("{}: every reading (scores, higher is better)", deck.name())}</caption>
                <thead>
                    <tr>
                        <th scope="col">"Card"</th>
                        {table.columns.iter().map(|c| view! {
                            <th scope="col" class="number">
                                {format_uk_date(c.date)}<br/>{c.respondent.label()}
                            </th>
                        }).collect_view()}
                    </tr>
                </thead>
                <tbody>
                    {table.rows.into_iter().map(|row| view! {
                        <tr>
                            <th scope="row">{row.statement}</th>
                            {row.cells.into_iter().map(|cell| view! { <td class="number">{cell}</td> }).collect_view()}
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </ScrollingTable>
    }
}
