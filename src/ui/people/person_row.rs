use leptos::prelude::*;

use crate::domain::{format_uk_date, CaseStatus, IndexEntry, ReviewState, ServiceSettings};
use crate::route::Route;
use crate::ui::clock::today;
use crate::ui::state::use_app_state;
use crate::ui::widgets::Link;

/// One person in the People list.
#[component]
pub fn PersonRow(entry: IndexEntry) -> impl IntoView {
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
