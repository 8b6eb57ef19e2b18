use leptos::prelude::*;

use crate::domain::{
    filter_people, format_uk_date, CaseStatus, IndexEntry, ReviewState, ServiceSettings,
    StatusFilter,
};
use crate::route::Route;
use crate::ui::clock::today;
use crate::ui::set_title;
use crate::ui::state::use_app_state;
use crate::ui::widgets::Link;

/// The home page: everyone the practitioner supports, with search and a status filter.
#[component]
pub fn PeoplePage() -> impl IntoView {
    set_title("People");
    let state = use_app_state();
    let query = RwSignal::new(String::new());
    let filter = RwSignal::new(StatusFilter::default());
    let shown = Memo::new(move |_| {
        state.people.with(|people| {
            filter_people(
                people,
                &query.get(),
                filter.get(),
                &state.schedule(),
                today(),
            )
            .into_iter()
            .cloned()
            .collect::<Vec<_>>()
        })
    });
    let total = move || state.people.with(Vec::len);

    view! {
        <div class="page-heading">
            <h1>"People"</h1>
            <Link to="/people/new" class="button-primary">"Add person"</Link>
        </div>
        <p class="receive-link">
            <Link to=Route::ReceiveAnswers.path()>"Receive answers"</Link>
            " sent back from a person's phone"
        </p>
        <Show
            when=move || { total() > 0 }
            fallback=|| view! {
                <div class="empty-state">
                    <p>"No one has been added yet."</p>
                    <p>
                        "Start by adding someone you support: their name or initials, "
                        "when they were referred, and their needs."
                    </p>
                    <Link to="/people/new" class="button-primary">"Add the first person"</Link>
                    <p>
                        "Or see first how it works with fictional people, kept apart from any "
                        "real records: " <Link to="/demo">"Try the demo"</Link>
                    </p>
                </div>
            }
        >
            <div class="filters" role="search">
                <div class="field">
                    <label for="people-search">"Search by name or key worker"</label>
                    <input
                        id="people-search"
                        type="search"
                        autocomplete="off"
                        prop:value=query
                        on:input=move |ev| query.set(event_target_value(&ev))
                    />
                </div>
                <div class="field">
                    <label for="people-status">"Show"</label>
                    <select
                        id="people-status"
                        on:change=move |ev| filter.set(StatusFilter::from_value(&event_target_value(&ev)))
                    >
                        {StatusFilter::ALL
                            .into_iter()
                            .map(|f| view! {
                                <option value=f.value() selected=move || filter.get() == f>
                                    {f.label()}
                                </option>
                            })
                            .collect_view()}
                    </select>
                </div>
            </div>
            <p role="status" class="count">
                {move || format!("Showing {} of {} {}", shown.with(Vec::len), total(), if total() == 1 { "person" } else { "people" })}
            </p>
            <Show
                when=move || shown.with(|s| !s.is_empty())
                fallback=|| view! {
                    <p class="empty-state">
                        "No one matches this search. Try another name, or choose "
                        "\u{201c}All cases\u{201d} under Show."
                    </p>
                }
            >
                <ul class="people-list" aria-label="People">
                    <For each=move || shown.get() key=|entry| entry.clone() let:entry>
                        <PersonRow entry=entry/>
                    </For>
                </ul>
            </Show>
        </Show>
    }
}

/// One person in the list.
#[component]
fn PersonRow(entry: IndexEntry) -> impl IntoView {
    let closed = entry.status == CaseStatus::Closed;
    let schedule = use_app_state()
        .settings
        .with_untracked(ServiceSettings::schedule);
    let review = match entry.review_state(&schedule, today()) {
        Some(ReviewState::Due { .. }) => Some(("Review due", "badge badge-due")),
        Some(ReviewState::Overdue { .. }) => Some(("Review overdue", "badge badge-overdue")),
        _ => None,
    };
    let key_worker = if entry.key_worker.is_empty() {
        "Key worker: none recorded".to_owned()
    } else {
        format!("Key worker: {}", entry.key_worker)
    };
    view! {
        <li class="person-row">
            <Link to=Route::Person(entry.id.clone()).path() class="person-name">
                {entry.name.clone()}
            </Link>
            <span class="status" class:status-closed=closed>{entry.status.label()}</span>
            {review.map(|(text, class)| view! { <span class=class>{text}</span> })}
            <span class="meta">{key_worker}</span>
            <span class="meta">"Referred " {format_uk_date(entry.referral_date)}</span>
        </li>
    }
}
