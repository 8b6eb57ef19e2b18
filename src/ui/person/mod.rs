//! One person's page and what it shows: where the case stands (next review, what matters,
//! outcomes, goal attainment, the timeline), plus [`LivePerson`] and [`RecordUnavailable`],
//! which every page about one person uses to read the record and to say why it cannot.

mod case_progress;
mod case_work_links;
mod goal_attainment_table;
mod live_person;
mod next_review;
mod outcome_card;
mod outcome_list;
mod person_page;
mod record_unavailable;
mod timeline_list;
mod what_matters;

pub use case_progress::CaseProgress;
pub use case_work_links::CaseWorkLinks;
pub use goal_attainment_table::GoalAttainmentTable;
pub use live_person::LivePerson;
pub use next_review::NextReview;
pub use outcome_card::OutcomeCard;
pub use outcome_list::OutcomeList;
pub use person_page::PersonPage;
pub use record_unavailable::RecordUnavailable;
pub use timeline_list::TimelineList;
pub use what_matters::WhatMatters;
