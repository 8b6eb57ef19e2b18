//! The service as a whole: its aims and targets, the dashboard that measures them across
//! people, its logic models, its dated reflections, and the CSV export for analysis.
//!
//! Everything here is pure: people, decks and today's date come in as parameters.

mod aims;
mod csv_export;
mod dashboard;
mod logic_model;
mod reflection;
#[cfg(test)]
mod test_support;

pub use aims::{
    example_aims, term_value, Aim, AimDraft, AimError, ReadingsTarget, ServiceAims, StatusTarget,
    Target, TargetDraft, TargetFocus, TargetKind, MAX_AIM_WORDS, MAX_IMPROVEMENT, MAX_TARGETS,
};
pub use csv_export::{
    neutralise, outcomes_csv, ratings_csv, unplanned_csv, BOM, NOT_SAID, OUTCOMES_HEADER,
    RATINGS_HEADER, SKIPPED, UNPLANNED_HEADER,
};
pub use dashboard::{
    dashboard, AimResult, CaseRecord, Caseload, Dashboard, DashboardFilter, PeopleCounts,
    ReadingsResult, ReviewCounts, ServiceData, Share, StatusResult, StatusTally, TargetResult,
    UnplannedCounts, Verdict, METHOD, NO_DOMAIN, SMALL_NUMBERS,
};
pub use logic_model::{
    life_story_work, LogicModel, LogicModelError, LogicModels, PieceOfWork, COLUMN_HEADINGS,
    MAX_MODEL_ITEM, MAX_MODEL_ITEMS, MAX_MODEL_NAME,
};
pub use reflection::{
    reflection_date, FiguresSnapshot, Reflection, ReflectionDraft, ReflectionError, Reflections,
    TargetFigures, REFLECTION_DATE_FIELD, REFLECTION_QUESTIONS,
};
