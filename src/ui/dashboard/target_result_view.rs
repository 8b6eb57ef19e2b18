use leptos::prelude::*;

use crate::charts::likert_chart;
use crate::domain::{format_change, Share, TargetResult, Verdict};
use crate::ui::widgets::{chart_width, ChartFigure};

/// "12 of 20 people (60%)"; `None` of nothing.
fn share_words(share: Share, of: &str) -> Option<String> {
    let percent = share.percent()?;
    Some(format!(
        "{} of {} {of} ({percent}%)",
        share.part, share.whole
    ))
}

/// "Based on 3 people", flagged when that is too few to read much into.
fn based_on(result: &TargetResult) -> (String, bool) {
    let n = result.based_on();
    let people = if n == 1 { "person" } else { "people" };
    (
        format!("Based on {n} {people}."),
        result.is_small() && n > 0,
    )
}

/// One target's figures: met or not yet, the share against the target, how many people it
/// rests on (flagged when few), the median change, and for readings the latest ratings of
/// the people counted as a diverging Likert chart with its table.
#[component]
pub fn TargetResultView(
    /// Unique on the page, for the chart's ids: `a-1-0`.
    #[prop(into)]
    id: String,
    /// What the target came to.
    result: TargetResult,
) -> impl IntoView {
    let verdict = result.verdict();
    let verdict_class = match verdict {
        Verdict::Met => "verdict verdict-met",
        Verdict::NotYet => "verdict verdict-not-yet",
        Verdict::NoData => "verdict verdict-no-data",
    };
    let (based, small) = based_on(&result);
    let (share, target) = result.share();
    let mut lines = Vec::new();
    let chart = match &result {
        TargetResult::Readings(r) => {
            let points = if r.target.min_improvement == 1 {
                "point"
            } else {
                "points"
            };
            lines.push(match share_words(share, "people") {
                Some(share) => format!(
                    "{share} improved by at least {} {points}. The target is {target}%.",
                    r.target.min_improvement
                ),
                None => format!("Nobody has two readings to compare yet. The target is {target}%."),
            });
            if let Some(median) = r.median_change {
                lines.push(format!(
                    "Median change from the earliest to the latest reading: {} points.",
                    format_change(median)
                ));
            }
            if r.one_reading > 0 {
                lines.push(format!(
                    "{} more with only one reading in these dates: not counted yet.",
                    r.one_reading
                ));
            }
            if r.not_comparable > 0 {
                lines.push(format!(
                    "{} with readings not scored on this in both the earliest and the latest: not counted.",
                    r.not_comparable
                ));
            }
            let title = format!("Latest ratings: {}", r.focus_label);
            Some((
                likert_chart(
                    &title,
                    &r.point_labels,
                    r.distribution.clone(),
                    chart_width(),
                ),
                r.focus_label.clone(),
            ))
        }
        TargetResult::OutcomeStatus(s) => {
            lines.push(match share_words(share, "outcomes that have ended") {
                Some(share) => format!("{share} count. The target is {target}%."),
                None => format!("No outcome has ended yet. The target is {target}%."),
            });
            if s.still_working > 0 {
                lines.push(format!(
                    "{} still being worked on: not counted yet.",
                    s.still_working
                ));
            }
            None
        }
    };
    let described = result.describe();
    view! {
        <section class="target-result" aria-labelledby=format!("target-{id}")>
            <h3 id=format!("target-{id}")>{described.clone()}</h3>
            <p class=verdict_class>{verdict.label()}</p>
            {lines.into_iter().map(|line| view! { <p>{line}</p> }).collect_view()}
            <p class:small-numbers=small>
                {based}
                {small.then_some(" Few people: read this with care.")}
            </p>
            {chart.map(|(chart, focus)| {
                let labels = chart.point_labels.clone();
                let bars = chart.bars.clone();
                view! {
                    <ChartFigure
                        id=format!("likert-{id}")
                        heading="Latest ratings of the people counted".to_owned()
                        svg=Signal::stored(chart.svg)
                        caption=Signal::stored(chart.caption)
                        file_name=Signal::stored(format!("dashboard-{id}.svg"))
                        nested=true
                        of=described.clone()
                    >
                        <table class="data-table chart-table">
                            <caption>{format!("How many gave each rating: {focus}")}</caption>
                            <thead>
                                <tr>
                                    <th scope="col">"Card"</th>
                                    {labels.iter().map(|l| view! { <th scope="col">{l.clone()}</th> }).collect_view()}
                                    <th scope="col">"Skipped or not said"</th>
                                </tr>
                            </thead>
                            <tbody>
                                {bars.into_iter().map(|bar| view! {
                                    <tr>
                                        <th scope="row">{bar.label}</th>
                                        {bar.counts.into_iter().map(|n| view! { <td>{n}</td> }).collect_view()}
                                        <td>{bar.not_scored}</td>
                                    </tr>
                                }).collect_view()}
                            </tbody>
                        </table>
                    </ChartFigure>
                }
            })}
        </section>
    }
}
