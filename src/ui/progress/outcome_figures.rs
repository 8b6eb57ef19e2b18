use leptos::prelude::*;

use crate::charts::{goal_attainment_chart, outcome_status_chart};
use crate::domain::{format_t_score, format_uk_date, OutcomeStatus, Person};
use crate::ui::widgets::{chart_width, paired_chart_width, ChartFigure};

/// The person's outcomes over time: the goal-attainment T-score at each review, and how many
/// outcomes stood at each status after each conversation. In the report the two share a row
/// (on paper, and on a wide screen).
#[component]
pub fn OutcomeFigures(
    /// Whose outcomes.
    person: Person,
    /// Laid out for the printed report rather than the progress page.
    #[prop(optional)]
    in_report: bool,
) -> impl IntoView {
    let width = if in_report {
        paired_chart_width()
    } else {
        chart_width()
    };
    let size = (width, (width * 3 / 5).max(300));
    let goals = goal_attainment_chart(&person, size);
    let statuses = outcome_status_chart(&person, size);
    let prefix = person.id.as_str().to_owned();
    let goal_rows = goals
        .points
        .iter()
        .map(|(date, score)| {
            view! {
                <tr>
                    <td>{format_uk_date(*date)}</td>
                    <td class="number">{format_t_score(*score)}</td>
                </tr>
            }
        })
        .collect_view();
    let status_rows = statuses
        .rows
        .iter()
        .map(|row| {
            view! {
                <tr>
                    <th scope="row">{format!("{}, {}", row.label, format_uk_date(row.date))}</th>
                    {row.counts.iter().map(|n| view! { <td class="number">{*n}</td> }).collect_view()}
                </tr>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="outcome-charts-heading">
            <h2 id="outcome-charts-heading">"Outcomes over time"</h2>
            <div class:chart-pair=in_report>
            <ChartFigure
                id="goal-attainment"
                heading="Goal attainment".to_owned()
                svg=goals.svg
                caption=goals.caption
                file_name=format!("{prefix}-goal-attainment.svg")
            >
                <table class="data-table chart-table">
                    <caption>"Goal-attainment T-score (50 is the expected level)"</caption>
                    <thead>
                        <tr>
                            <th scope="col">"Date"</th>
                            <th scope="col" class="number">"T-score"</th>
                        </tr>
                    </thead>
                    <tbody>{goal_rows}</tbody>
                </table>
            </ChartFigure>
            <ChartFigure
                id="outcome-statuses"
                heading="Outcome statuses".to_owned()
                svg=statuses.svg
                caption=statuses.caption
                file_name=format!("{prefix}-outcome-statuses.svg")
            >
                    <table class="data-table chart-table">
                        <caption>"Outcomes at each status after each conversation"</caption>
                        <thead>
                            <tr>
                                <th scope="col">"Conversation"</th>
                                {OutcomeStatus::ALL.iter().map(|s| view! {
                                    <th scope="col" class="number">{s.label()}</th>
                                }).collect_view()}
                            </tr>
                        </thead>
                        <tbody>{status_rows}</tbody>
                    </table>
            </ChartFigure>
            </div>
        </section>
    }
}
