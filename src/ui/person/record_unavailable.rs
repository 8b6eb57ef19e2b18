use leptos::prelude::*;

use crate::domain::LoadError;
use crate::ui::set_title;
use crate::ui::shell::NotFoundPage;
use crate::ui::widgets::Link;

/// What every person-level page shows when the person's record cannot be read: not found,
/// or unreadable (and kept as it is), or storage out of reach.
#[component]
pub fn RecordUnavailable(
    /// Why the record could not be read.
    error: LoadError,
) -> impl IntoView {
    if error == LoadError::NotFound {
        return view! {
            <NotFoundPage message="There is no record for this person in this browser. They may have been deleted, or the link may be wrong."/>
        }
        .into_any();
    }
    set_title("Record could not be opened");
    view! {
        <h1>"This record could not be opened"</h1>
        <p class="notice notice-error">{error.to_string()}</p>
        <p><Link to="/">"Go to the list of people"</Link></p>
    }
    .into_any()
}
