use leptos::prelude::*;

use crate::domain::PersonId;
use crate::ui::set_title;

/// `Start a conversation` for a person.
#[component]
pub fn StartConversationPage(
    /// Whose page it is.
    id: PersonId,
) -> impl IntoView {
    set_title("Start a conversation");
    let _ = id;
    view! { <h1>"Start a conversation"</h1> }
}
