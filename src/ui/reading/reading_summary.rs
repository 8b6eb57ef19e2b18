use leptos::prelude::*;

use super::Sheet;
use crate::domain::{format_uk_date, plural, Change, Respondent};

/// The worker's end of a reading: every card's answer and its change since the first
/// reading of the same cards by the same person (or worker, or carer). Skipped cards say so
/// and are never counted as a score. A first reading says once that there is nothing to
/// compare yet, rather than on every card.
#[component]
pub fn ReadingSummary(
    /// The reading summarised.
    sheet: Sheet,
) -> impl IntoView {
    let summary = Memo::new(move |_| sheet.summary());
    let who = match sheet.reading.with_untracked(|r| r.respondent) {
        Respondent::Person => "the person",
        Respondent::Worker => "the worker",
        Respondent::Carer => "a carer",
    };
    let overall = move || {
        summary.with(|s| match (s.baseline_date, s.total_change) {
            (None, _) => format!("This is the first time {who} has answered these cards, so there is nothing to compare yet. Later readings will be compared with this one."),
            (Some(date), Some(total)) => format!(
                "Compared with the first reading on {}: {} in total, over the {} answered both times.",
                format_uk_date(date),
                total_words(total),
                plural(s.compared, "card", "cards")
            ),
            (Some(date), None) => format!(
                "Compared with the first reading on {}: no card was answered both times, so there is no change to show.",
                format_uk_date(date)
            ),
        })
    };
    view! {
        <section class="reading-summary" aria-labelledby="summary-heading">
            <h2 id="summary-heading" tabindex="-1">"Summary"</h2>
            <p>{overall}</p>
            <ol class="summary-list">
                {move || summary.with(|s| s.rows.iter().map(|row| {
                    let change_class = match row.change {
                        Change::Up(_) => "change change-up",
                        Change::Down(_) => "change change-down",
                        _ => "change",
                    };
                    view! {
                        <li>
                            <p class="summary-statement">{row.statement.clone()}</p>
                            <p>"Answer: " <strong>{row.answer_label.clone()}</strong></p>
                            {(row.change != Change::FirstReading).then(|| view! {
                                <p class=change_class>"Change: " {row.change.label()}</p>
                            })}
                            {(!row.note.is_empty()).then(|| view! { <p class="free-text">"Note: " {row.note.clone()}</p> })}
                        </li>
                    }
                }).collect_view())}
            </ol>
        </section>
    }
}

/// A total change in words: "up 3 points", "down 1 point", "no change".
fn total_words(total: i32) -> String {
    let n = total.unsigned_abs();
    let points = if n == 1 { "point" } else { "points" };
    match total.signum() {
        1 => format!("up {n} {points}"),
        -1 => format!("down {n} {points}"),
        _ => "no change".to_owned(),
    }
}
