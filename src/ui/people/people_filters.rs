use leptos::prelude::*;

use crate::domain::{PeopleSort, PeopleView, StatusFilter};

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
            <div class="field">
                <label for="people-status">"Show"</label>
                <select
                    id="people-status"
                    on:change=move |ev| {
                        let status = StatusFilter::from_value(&event_target_value(&ev));
                        view.update(|v| v.status = status);
                    }
                >
                    {StatusFilter::ALL
                        .into_iter()
                        .map(|f| view! {
                            <option value=f.value() selected=move || view.with(|v| v.status == f)>
                                {f.label()}
                            </option>
                        })
                        .collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="people-sort">"Sort by"</label>
                <select
                    id="people-sort"
                    on:change=move |ev| {
                        let sort = PeopleSort::from_value(&event_target_value(&ev));
                        view.update(|v| v.sort = sort);
                    }
                >
                    {PeopleSort::ALL
                        .into_iter()
                        .map(|s| view! {
                            <option value=s.value() selected=move || view.with(|v| v.sort == s)>
                                {s.label()}
                            </option>
                        })
                        .collect_view()}
                </select>
            </div>
        </div>
    }
}
