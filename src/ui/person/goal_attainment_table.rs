use chrono::NaiveDate;
use leptos::prelude::*;

use crate::domain::{format_t_score, format_uk_date};

/// The goal-attainment T-score at the first conversation and at each review, as a table.
#[component]
pub fn GoalAttainmentTable(
    /// Each date and its T-score, in date order.
    points: Vec<(NaiveDate, f64)>,
    /// The date of the first conversation, whose row is the baseline.
    first_contact: Option<NaiveDate>,
) -> impl IntoView {
    let rows: Vec<(String, String)> = points
        .iter()
        .enumerate()
        .map(|(i, (date, score))| {
            let mut when = format_uk_date(*date);
            if i == 0 && Some(*date) == first_contact {
                when.push_str(" (baseline)");
            }
            (when, format_t_score(*score))
        })
        .collect();
    let empty = rows.is_empty();
    view! {
        <section aria-labelledby="goal-attainment-heading">
            <h2 id="goal-attainment-heading">"Goal attainment"</h2>
            <p class="hint">
                "50 means the outcomes with levels reached their expected level, on the "
                "whole; above 50 is better than expected, below 50 less. The baseline counts "
                "every such outcome at its starting level (\u{2212}2)."
            </p>
            {empty.then(|| view! {
                <p class="muted">"No levels recorded yet: the next review can record them."</p>
            })}
            {(!empty).then(|| view! {
                <table class="data-table">
                    <caption>"Goal-attainment T-score"</caption>
                    <thead>
                        <tr>
                            <th scope="col">"Date"</th>
                            <th scope="col" class="number">"T-score"</th>
                        </tr>
                    </thead>
                    <tbody>
                        {rows
                            .into_iter()
                            .map(|(when, score)| view! {
                                <tr>
                                    <td>{when}</td>
                                    <td class="number">{score}</td>
                                </tr>
                            })
                            .collect_view()}
                    </tbody>
                </table>
            })}
        </section>
    }
}
