use leptos::prelude::*;

use crate::domain::{PeopleSort, PeopleView, StatusFilter};
use crate::ui::widgets::SelectField;

/// The People list's search, status filter and order, all three written into `view`.
#[component]
pub fn PeopleFilters(
    /// What the list shows; the page keeps it in the address.
    view: RwSignal<PeopleView>,
) -> impl IntoView {
    view! {
        <div class="filters people-filters" role="search">
            <div class="field">
                <label for="people-search">"Search by name or key worker"</label>
                <input
                    id="people-search"
                    type="search"
                    autocomplete="off"
                    prop:value=move || view.with(|v| v.query.clone())
                    on:input=move |ev| view.update(|v| v.query = event_target_value(&ev))
                />
            </div>
            <SelectField
                id="people-status"
                label="Show"
                options=StatusFilter::ALL.map(|f| (f.value().to_owned(), f.label().to_owned())).to_vec()
                selected=Signal::derive(move || view.with(|v| v.status.value().to_owned()))
                on_change=Callback::new(move |value: String| {
                    view.update(|v| v.status = StatusFilter::from_value(&value));
                })
            />
            <SelectField
                id="people-sort"
                label="Sort by"
                options=PeopleSort::ALL.map(|s| (s.value().to_owned(), s.label().to_owned())).to_vec()
                selected=Signal::derive(move || view.with(|v| v.sort.value().to_owned()))
                on_change=Callback::new(move |value: String| {
                    view.update(|v| v.sort = PeopleSort::from_value(&value));
                })
            />
        </div>
    }
}
