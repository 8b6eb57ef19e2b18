use leptos::prelude::*;

use super::{Phone, Screen};
use crate::charts::own_answers_chart;
use crate::domain::format_uk_date;
use crate::storage::{delete_kept_answers, kept_answers};

/// The person's own answers over time, kept on this phone because they asked: a chart of how
/// many cards had each answer on each date, the same as a table, and a way to delete it all.
///
/// Drawn once, with no reactive parts (deleting moves to another screen), and asking with
/// the browser's own confirmation: the lightest way on the answer page's small download.
#[component]
pub fn MyAnswers(phone: Phone) -> impl IntoView {
    let sets = kept_answers();
    if sets.is_empty() {
        return view! {
            <h1>"Your answers over time"</h1>
            <p>"No answers are kept on this phone."</p>
        }
        .into_any();
    }
    let chart = own_answers_chart(&sets);
    let rows = sets
        .iter()
        .rev()
        .map(|set| {
            let counts = set
                .labels
                .iter()
                .zip(set.counts())
                .map(|(label, n)| format!("{label}: {n}"))
                .collect::<Vec<_>>()
                .join(", ");
            view! { <tr><th scope="row">{format_uk_date(set.answered)}</th><td>{counts}</td></tr> }
        })
        .collect_view();
    let delete = move |_| {
        let sure = web_sys::window()
            .and_then(|w| {
                w.confirm_with_message(
                    "Delete every answer kept on this phone? This cannot be undone.",
                )
                .ok()
            })
            .unwrap_or(false);
        if sure {
            delete_kept_answers();
            phone.screen.set(Screen::NothingHere);
        }
    };
    view! {
        <h1>"Your answers over time"</h1>
        <p class="lead">"The answers you chose to keep on this phone. Only someone holding this phone can see them."</p>
        <figure class="chart">
            <div class="chart-image" role="img" aria-label=chart.caption.clone() inner_html=chart.svg></div>
            <figcaption>{chart.caption}</figcaption>
        </figure>
        <table class="data-table">
            <caption>"How many cards had each answer"</caption>
            <thead><tr><th scope="col">"Date"</th><th scope="col">"Answers"</th></tr></thead>
            <tbody>{rows}</tbody>
        </table>
        <div class="actions">
            <button type="button" class="button-danger" on:click=delete>
                "Delete my answers from this phone"
            </button>
        </div>
    }
    .into_any()
}
