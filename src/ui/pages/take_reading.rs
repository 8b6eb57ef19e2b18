use leptos::prelude::*;

use crate::domain::PersonId;
use crate::ui::set_title;

/// `Take a reading`: a trigger-card reading by the person, the worker or a carer.
#[component]
pub fn TakeReadingPage(
    /// Whose reading it is.
    id: PersonId,
) -> impl IntoView {
    set_title("Take a reading");
    let _ = id;
    view! { <h1>"Take a reading"</h1> }
}
