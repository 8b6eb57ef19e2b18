//! The app shell: header, navigation, notices, the current page, and the footer.

use leptos::prelude::*;

use super::components::{FlashMessage, SiteFooter, SiteHeader, StoredProblems};
use super::pages::{AddPersonPage, EditPersonPage, NotFoundPage, PeoplePage, PersonPage};
use super::router::Navigator;
use super::state::AppState;
use crate::domain::Keys;
use crate::route::Route;
use crate::storage::watch_other_tabs;

/// The whole app: the shell around the page for the current address.
#[component]
pub fn App() -> impl IntoView {
    let state = AppState::load();
    provide_context(state);
    let navigator = Navigator::provide();
    // Kept for the app's lifetime: the app is never unmounted.
    let _other_tabs = watch_other_tabs(Keys::default(), move || state.refresh());
    let route = Memo::new(move |_| navigator.route());

    view! {
        <a class="skip-link" href="#main">"Skip to main content"</a>
        <SiteHeader/>
        <main id="main" tabindex="-1">
            <StoredProblems/>
            <FlashMessage/>
            {move || match route.get() {
                Route::People => view! { <PeoplePage/> }.into_any(),
                Route::AddPerson => view! { <AddPersonPage/> }.into_any(),
                Route::Person(id) => view! { <PersonPage id=id/> }.into_any(),
                Route::EditPerson(id) => view! { <EditPersonPage id=id/> }.into_any(),
                // The conversation, review and unplanned-outcome pages are built and tested
                // but not served yet: with them the first download is ~320 KB gzip, over the
                // 200 KB budget, until they move to a bundle of their own.
                Route::StartConversation(_) | Route::StartReview(_) | Route::RecordUnplanned(_) => {
                    view! { <NotFoundPage/> }.into_any()
                }
                Route::NotFound => view! { <NotFoundPage/> }.into_any(),
            }}
        </main>
        <SiteFooter/>
    }
}
