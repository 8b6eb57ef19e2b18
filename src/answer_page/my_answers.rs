use leptos::prelude::*;

use crate::charts::own_answers_chart;
use crate::domain::format_uk_date;
use crate::storage::{delete_kept_answers, kept_answers};

/// The person's own answers over time, kept on this phone because they asked: a chart of how
/// many cards had each answer on each date, the same as a table, and a way to delete it all.
#[component]
pub fn MyAnswers() -> impl IntoView {
    let kept = RwSignal::new(kept_answers());
    let confirming = RwSignal::new(false);
    let delete = move |_| {
        delete_kept_answers();
        kept.set(Vec::new());
        confirming.set(false);
    };
    let content = move || {
        let sets = kept.get();
        if sets.is_empty() {
            return view! { <p>"No answers are kept on this phone."</p> }.into_any();
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
        view! {
            <figure class="chart">
                <div class="chart-image" role="img" aria-label=chart.caption.clone() inner_html=chart.svg></div>
                <figcaption>{chart.caption.clone()}</figcaption>
            </figure>
            <table class="data-table">
                <caption>"How many cards had each answer"</caption>
                <thead><tr><th scope="col">"Date"</th><th scope="col">"Answers"</th></tr></thead>
                <tbody>{rows}</tbody>
            </table>
            <div class="actions">
                <Show
                    when=move || confirming.get()
                    fallback=move || view! {
                        <button type="button" class="button-danger" on:click=move |_| confirming.set(true)>
                            "Delete my answers from this phone"
                        </button>
                    }
                >
                    <p role="alert">"Delete every answer kept on this phone? This cannot be undone."</p>
                    <button type="button" class="button-danger" on:click=delete>"Delete them"</button>
                    <button type="button" class="button-secondary" on:click=move |_| confirming.set(false)>"Keep them"</button>
                </Show>
            </div>
        }
        .into_any()
    };
    view! {
        <h1>"Your answers over time"</h1>
        <p class="lead">"The answers you chose to keep on this phone. Only someone holding this phone can see them."</p>
        {content}
    }
}
