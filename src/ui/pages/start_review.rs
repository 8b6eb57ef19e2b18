use leptos::prelude::*;

use crate::domain::PersonId;
use crate::ui::set_title;

/// `Start a review` for a person.
#[component]
pub fn StartReviewPage(
    /// Whose page it is.
    id: PersonId,
) -> impl IntoView {
    set_title("Start a review");
    let _ = id;
    view! { <h1>"Start a review"</h1> }
}
