use leptos::prelude::*;

use crate::domain::{UnplannedCounts, SMALL_NUMBERS};
use crate::ui::widgets::ScrollingTable;

/// Unplanned outcomes, positive and negative, in each domain and in all, with how many
/// people each row rests on.
#[component]
pub fn UnplannedTable(
    /// One row per domain that has any.
    rows: Vec<UnplannedCounts>,
    /// All of them.
    total: UnplannedCounts,
) -> impl IntoView {
    let row = |label: String, counts: UnplannedCounts| {
        let small = counts.people > 0 && counts.people < SMALL_NUMBERS;
        view! {
            <tr>
                <th scope="row">{label}</th>
                <td>{counts.positive}</td>
                <td>{counts.negative}</td>
                <td class:small-numbers=small>{counts.people}{small.then_some(" (few)")}</td>
            </tr>
        }
    };
    view! {
        <ScrollingTable label="Unplanned outcomes by domain">
            <table class="data-table">
                <caption>"Unplanned outcomes by domain"</caption>
                <thead>
                    <tr>
                        <th scope="col">"Domain"</th>
                        <th scope="col">"Positive"</th>
                        <th scope="col">"Negative"</th>
                        <th scope="col">"People"</th>
                    </tr>
                </thead>
                <tbody>
                    {rows.into_iter().map(|counts| row(counts.label.clone(), counts)).collect_view()}
                </tbody>
                <tfoot>{row("All domains".to_owned(), total)}</tfoot>
            </table>
        </ScrollingTable>
    }
}
