use leptos::prelude::*;

use crate::domain::{format_change, format_uk_date, FiguresSnapshot, Share, SMALL_NUMBERS};
use crate::ui::widgets::ScrollingTable;

/// The dashboard's figures kept with a reflection: the counts, then each target's result.
#[component]
pub fn FiguresTable(
    /// The figures kept.
    figures: FiguresSnapshot,
) -> impl IntoView {
    let period = match (figures.from, figures.to) {
        (Some(from), Some(to)) => {
            format!("from {} to {}", format_uk_date(from), format_uk_date(to))
        }
        (None, Some(to)) => format!("up to {}", format_uk_date(to)),
        (Some(from), None) => format!("from {}", format_uk_date(from)),
        (None, None) => "all dates".to_owned(),
    };
    let counts = [
        ("Open cases", figures.open),
        ("Closed cases", figures.closed),
        ("Reviews due", figures.reviews_due),
        ("Reviews overdue", figures.reviews_overdue),
        (
            "Unplanned outcomes for the better",
            figures.unplanned_positive,
        ),
        (
            "Unplanned outcomes for the worse",
            figures.unplanned_negative,
        ),
    ]
    .into_iter()
    .map(|(label, n)| {
        view! {
            <tr>
                <th scope="row">{label}</th>
                <td class="number">{n}</td>
            </tr>
        }
    })
    .collect::<Vec<_>>();
    let targets_label = format!("Targets, {period}");
    let targets = (!figures.targets.is_empty()).then(move || {
        let rows: Vec<_> = figures
            .targets
            .iter()
            .map(|t| {
                let share = Share {
                    part: t.part,
                    whole: t.whole,
                };
                let result = match share.percent() {
                    Some(percent) => format!("{} of {} ({percent}%)", t.part, t.whole),
                    None => "Nobody to count yet".to_owned(),
                };
                let verdict = match (t.met, t.whole) {
                    (true, _) => "Met",
                    (false, 0) => "No data",
                    (false, _) => "Not yet",
                };
                let median = t
                    .median_change_quarters
                    .map(|q| format_change(f64::from(q) / 4.0))
                    .unwrap_or_else(|| "–".to_owned());
                let based_on = if (1..SMALL_NUMBERS).contains(&t.based_on) {
                    format!("{} (few: read with care)", t.based_on)
                } else {
                    t.based_on.to_string()
                };
                view! {
                    <tr>
                        <td>{t.aim.clone()}</td>
                        <th scope="row">{t.target.clone()}</th>
                        <td>{result}</td>
                        <td>{verdict}</td>
                        <td class="number">{median}</td>
                        <td>{based_on}</td>
                    </tr>
                }
            })
            .collect();
        view! {
            <ScrollingTable label=targets_label>
                <table class="data-table figures-table">
                    <caption>"Targets"</caption>
                    <thead>
                        <tr>
                            <th scope="col">"Aim"</th>
                            <th scope="col">"Target"</th>
                            <th scope="col">"Result"</th>
                            <th scope="col">"Met?"</th>
                            <th scope="col">"Median change"</th>
                            <th scope="col">"People"</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </ScrollingTable>
        }
    });
    view! {
        <table class="data-table figures-table figures-counts">
            <caption>{format!("Figures kept ({period})")}</caption>
            <tbody>{counts}</tbody>
        </table>
        {targets}
    }
}
