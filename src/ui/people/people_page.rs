use leptos::prelude::*;

use super::people_filters::PeopleFilters;
use super::person_row::PersonRow;
use super::welcome::Welcome;
use crate::domain::{filter_people, plural, PeopleView};
use crate::route::Route;
use crate::ui::clock::today;
use crate::ui::data::DataNotices;
use crate::ui::router::use_navigator;
use crate::ui::set_title;
use crate::ui::state::use_app_state;
use crate::ui::widgets::Link;

/// The home page: everyone the practitioner supports, with search, a status filter and a
/// choice of order, all kept in the address (`/?sort=review&show=due&q=ann`).
#[component]
pub fn PeoplePage() -> impl IntoView {
    set_title("People");
    let state = use_app_state();
    let navigator = use_navigator();
    let view = RwSignal::new(PeopleView::from_query(&navigator.query()));
    // In place of the current history entry: a letter typed is not a page to go Back to,
    // and Back from a person still returns to the list as it was left.
    Effect::new(move |_| navigator.replace_query(&view.with(PeopleView::to_query)));
    // And the other way: a link to this page with another query (`People` in the menu) shows
    // what its address says. Compared as addresses, so spaces being typed are left alone.
    Effect::new(move |_| {
        // Leaving for another page, whose query is its own, not this list's.
        if navigator.route() != Route::People {
            return;
        }
        let asked = PeopleView::from_query(&navigator.query_tracked());
        if view.with_untracked(PeopleView::to_query) != asked.to_query() {
            view.set(asked);
        }
    });
    let shown = Memo::new(move |_| {
        state.people.with(|people| {
            view.with(|view| filter_people(people, view, &state.schedule(), today()))
                .into_iter()
                .cloned()
                .collect::<Vec<_>>()
        })
    });
    let total = move || state.people.with(Vec::len);

    view! {
        <div class="page-heading">
            <h1>"People"</h1>
            <Show when=move || { total() > 0 }>
                <Link to="/people/new" class="button-primary">"Add person"</Link>
            </Show>
        </div>
        // On a first visit, what the app is for comes first: on a phone the notice on where
        // records are kept fills the screen, and would hide it below.
        {move || (total() == 0).then(Welcome)}
        <DataNotices/>
        <p class="receive-link">
            <Link to=Route::ReceiveAnswers.path()>"Receive answers"</Link>
            " sent back from a person's phone"
        </p>
        <Show when=move || { total() > 0 }>
            <PeopleFilters view=view/>
            <p role="status" class="count">
                {move || format!(
                    "Showing {} of {}",
                    shown.with(Vec::len),
                    plural(total(), "person", "people")
                )}
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
