use chrono::NaiveDate;
use leptos::prelude::*;

use crate::domain::format_uk_date;

/// The goal-attainment T-score at the first conversation and at each review, as a table.
#[component]
pub fn GoalAttainmentTable(
    /// Each date and its T-score, in date order.
    points: Vec<(NaiveDate, f64)>,
    /// The date of the first conversation, whose row is the baseline.
    first_contact: Option<NaiveDate>,
) -> impl IntoView {
    let body = if points.is_empty() {
        view! { <p class="muted">"No levels recorded yet: the next review can record them."</p> }
            .into_any()
    } else {
        view! {
            <div class="table-wrap">
                <table class="data-table">
                    <caption>"Goal-attainment T-score"</caption>
                    <thead>
                        <tr>
                            <th scope="col">"Date"</th>
                            <th scope="col" class="number">"T-score"</th>
                        </tr>
                    </thead>
                    <tbody>
                        {points
                            .into_iter()
                            .enumerate()
                            .map(|(i, (date, score))| {
                                let date = if i == 0 && Some(date) == first_contact {
                                    format!("{} (baseline)", format_uk_date(date))
                                } else {
                                    format_uk_date(date)
                                };
                                view! {
                                    <tr>
                                        <td>{date}</td>
                                        <td class="number">{format!("{score:.1}")}</td>
                                    </tr>
                                }
                            })
                            .collect_view()}
                    </tbody>
                </table>
            </div>
        }
        .into_any()
    };
    view! {
        <section aria-labelledby="goal-attainment-heading">
            <h2 id="goal-attainment-heading">"Goal attainment"</h2>
            <p class="hint">
                "50 means the outcomes with levels reached their expected level, on the "
                "whole; above 50 is better than expected, below 50 less. The baseline counts "
                "every such outcome at its starting level (\u{2212}2)."
            </p>
            {body}
        </section>
    }
}
