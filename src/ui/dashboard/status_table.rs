use leptos::prelude::*;

use crate::domain::{OutcomeStatus, StatusTally, SMALL_NUMBERS};
use crate::ui::widgets::ScrollingTable;

/// Outcomes by status in each group (a domain or a term), with how many people each row
/// rests on, flagged when few.
#[component]
pub fn StatusTable(
    /// The table's caption.
    #[prop(into)]
    caption: String,
    /// The heading of the first column: "Domain", "Term".
    group: &'static str,
    /// One row per group.
    rows: Vec<StatusTally>,
) -> impl IntoView {
    let empty = rows.is_empty();
    let label = caption.clone();
    view! {
        <ScrollingTable label=label>
            <table class="data-table">
                <caption>{caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">{group}</th>
                        {OutcomeStatus::ALL.iter().map(|s| view! { <th scope="col">{s.label()}</th> }).collect_view()}
                        <th scope="col">"People"</th>
                    </tr>
                </thead>
                <tbody>
                    {empty.then(|| view! {
                        <tr><td colspan="7">"No outcomes in these filters."</td></tr>
                    })}
                    {rows.into_iter().map(|row| {
                        let small = row.people > 0 && row.people < SMALL_NUMBERS;
                        view! {
                            <tr>
                                <th scope="row">{row.label}</th>
                                {row.counts.into_iter().map(|n| view! { <td>{n}</td> }).collect_view()}
                                <td class:small-numbers=small>
                                    {row.people}
                                    {small.then_some(" (few)")}
                                </td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </ScrollingTable>
    }
}
