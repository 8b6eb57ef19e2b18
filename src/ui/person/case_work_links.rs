use leptos::prelude::*;

use crate::domain::PersonId;
use crate::route::Route;
use crate::ui::widgets::Link;

/// The next pieces of work with an open case: the first conversation until it has been
/// held, then reviews; and recording an unplanned outcome at any time.
#[component]
pub fn CaseWorkLinks(
    /// Whose case.
    id: PersonId,
    /// Whether the first conversation has been held.
    has_first_contact: bool,
) -> impl IntoView {
    let first = if has_first_contact {
        view! {
            <Link to=Route::StartReview(id.clone()).path() class="button-primary">"Start a review"</Link>
        }
    } else {
        view! {
            <Link to=Route::StartConversation(id.clone()).path() class="button-primary">"Start a conversation"</Link>
        }
    };
    view! {
        <div class="actions work-links">
            {first}
            <Link to=Route::TakeReading(id.clone()).path() class="button-secondary">"Take a reading"</Link>
            <Link to=Route::RecordUnplanned(id).path() class="button-secondary">
                "Record an unplanned outcome"
            </Link>
        </div>
    }
}
