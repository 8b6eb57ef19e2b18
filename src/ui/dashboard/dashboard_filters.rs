use leptos::prelude::*;

use crate::domain::{iso_date, parse_iso_date, DashboardFilter};
use crate::ui::widgets::{SelectField, TextField};

fn options(pairs: &[(&str, &str)]) -> Signal<Vec<(String, String)>> {
    Signal::stored(
        pairs
            .iter()
            .map(|(v, l)| ((*v).to_owned(), (*l).to_owned()))
            .collect(),
    )
}

/// The dashboard's filters: dates, key worker, open or closed cases, term. Every change
/// applies at once; the figures below say how many people they rest on.
#[component]
pub fn DashboardFilters(
    /// The filters, changed in place.
    filter: RwSignal<DashboardFilter>,
    /// The key workers named in records, to choose from.
    workers: Vec<String>,
) -> impl IntoView {
    let date = move |get: fn(&DashboardFilter) -> Option<chrono::NaiveDate>| {
        Signal::derive(move || filter.with(|f| get(f).map(iso_date).unwrap_or_default()))
    };
    let set_date = move |set: fn(&mut DashboardFilter, Option<chrono::NaiveDate>)| {
        Callback::new(move |text: String| filter.update(|f| set(f, parse_iso_date(&text))))
    };
    let mut worker_options = vec![(String::new(), "Every key worker".to_owned())];
    worker_options.extend(workers.into_iter().map(|w| (w.clone(), w)));
    let status_value = Signal::derive(move || filter.with(|f| f.status_value().to_owned()));
    let term_value = Signal::derive(move || filter.with(|f| f.term_value().to_owned()));
    view! {
        <form class="dashboard-filters" aria-label="Filters" on:submit=|ev| ev.prevent_default()>
            <TextField
                id="filter-from"
                label="From"
                input_type="date"
                value=date(|f| f.from)
                on_input=set_date(|f, d| f.from = d)
            />
            <TextField
                id="filter-to"
                label="To"
                input_type="date"
                value=date(|f| f.to)
                on_input=set_date(|f, d| f.to = d)
            />
            <SelectField
                id="filter-worker"
                label="Key worker"
                options=Signal::stored(worker_options)
                selected=Signal::derive(move || filter.with(|f| f.key_worker.clone().unwrap_or_default()))
                on_change=Callback::new(move |w: String| filter.update(|f| {
                    f.key_worker = Some(w).filter(|w| !w.is_empty());
                }))
            />
            <SelectField
                id="filter-status"
                label="Cases"
                options=options(&[("", "Open and closed"), ("open", "Open cases"), ("closed", "Closed cases")])
                selected=status_value
                on_change=Callback::new(move |v: String| filter.update(|f| f.set_status_value(&v)))
            />
            <SelectField
                id="filter-term"
                label="Outcomes"
                options=options(&[("any", "Short and longer term"), ("short", "Short term"), ("longer", "Longer term")])
                selected=term_value
                on_change=Callback::new(move |v: String| filter.update(|f| f.set_term_value(&v)))
            />
            <div class="actions">
                <button type="button" class="button-secondary" on:click=move |_| filter.set(DashboardFilter::default())>
                    "Clear filters"
                </button>
            </div>
        </form>
    }
}
