use leptos::prelude::*;

use super::{
    CaseWorkLinks, GoalAttainmentTable, NextReview, OutcomeList, TimelineList, WhatMatters,
};
use crate::domain::{goal_attainment_over_time, CaseStatus, IndexEntry, Person, ServiceSettings};
use crate::ui::invitation::PhoneInvitations;
use crate::ui::reading::ReadingsOverview;
use crate::ui::state::use_app_state;

/// Where the work with the person stands: the next review and what to do next, what matters
/// to them, their outcomes, goal attainment, and the timeline.
#[component]
pub fn CaseProgress(
    /// Whose work it is.
    person: Person,
    /// Today, for the review schedule.
    today: chrono::NaiveDate,
) -> impl IntoView {
    let closed = person.status == CaseStatus::Closed;
    let schedule = use_app_state()
        .settings
        .with_untracked(ServiceSettings::schedule);
    let review = IndexEntry::from(&person).review_state(&schedule, today);
    let first_contact = person.first_contact().map(|c| c.date);
    let with_levels = person.outcomes.iter().any(|o| o.has_levels());
    let points = goal_attainment_over_time(&person);
    view! {
        <NextReview state=review closed=closed/>
        {(!closed).then(|| view! {
            <CaseWorkLinks id=person.id.clone() has_first_contact=first_contact.is_some()/>
        })}
        <WhatMatters aspirations=person.latest_aspirations().to_vec()/>
        <OutcomeList outcomes=person.outcomes.clone()/>
        {with_levels.then(|| view! {
            <GoalAttainmentTable points=points first_contact=first_contact/>
        })}
        <PhoneInvitations person=person.clone()/>
        <ReadingsOverview person=person.clone()/>
        <TimelineList person=person/>
    }
}
