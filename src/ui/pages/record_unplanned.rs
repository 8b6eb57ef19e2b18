use leptos::prelude::*;

use crate::domain::PersonId;
use crate::ui::set_title;

/// `Record an unplanned outcome` for a person.
#[component]
pub fn RecordUnplannedPage(
    /// Whose page it is.
    id: PersonId,
) -> impl IntoView {
    set_title("Record an unplanned outcome");
    let _ = id;
    view! { <h1>"Record an unplanned outcome"</h1> }
}
