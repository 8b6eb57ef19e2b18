//! The demo service as a whole: its settings, its aims with targets (the seed's children's
//! educational attainment among them), and its logic models, each made through the form's
//! own checks.

use super::{DemoError, DEMO_SERVICE_NAME};
use crate::domain::cards::{Deck, DeckId, Respondent};
use crate::domain::service::{
    example_aims, life_story_work, AimDraft, LogicModel, LogicModels, ServiceAims, TargetDraft,
};
use crate::domain::service_settings::{ServiceSettings, SettingsDraft};

/// The settings: the demo's name, reviews every 6 months, the built-in domains.
pub fn settings() -> Result<ServiceSettings, DemoError> {
    let draft = SettingsDraft {
        review_interval_months: "6".into(),
        backup_reminder_days: "14".into(),
        name: DEMO_SERVICE_NAME.into(),
        extra_domains: String::new(),
        public_address: String::new(),
    };
    draft
        .apply_all(&ServiceSettings::default())
        .map_err(|e| DemoError::invalid("the service settings", errors(&e)))
}

/// A readings target on one card or domain of a built-in deck, in the person's own view.
fn readings(deck: &str, focus: &str, percent: u32) -> TargetDraft {
    TargetDraft {
        focus: focus.into(),
        target_percent: percent.to_string(),
        respondent: Respondent::Person,
        ..TargetDraft::readings(DeckId::built_in(deck).as_str())
    }
}

/// The aims: the seed's worked examples (children's educational attainment, 60% going to
/// school more and 40% feeling better about themselves, measured on the children's deck,
/// which only the children read, so both count children only; and outcomes reached), with
/// an adults' aim between them.
pub fn aims(decks: &[Deck]) -> Result<ServiceAims, DemoError> {
    let [children, reached] = example_aims();
    let adults = AimDraft {
        words: "Support adults to live more independently and feel less alone".into(),
        targets: vec![
            readings("adult", "domain:Independence", 60),
            readings("adult", "card:feel-lonely", 50),
        ],
    };
    let drafts = [children, adults, reached];
    let mut aims = ServiceAims::default();
    for draft in drafts {
        let aim = draft
            .validate(&aims.next_id(), decks)
            .map_err(|e| DemoError::invalid(&draft.words, errors(&e)))?;
        aims.upsert(aim);
    }
    Ok(aims)
}

/// The service's own logic model and the life story work example.
pub fn logic_models() -> Result<LogicModels, DemoError> {
    let service = LogicModel::from_lines(
        "Riverside Family Support",
        [
            "Six family support workers\nA family room at the community centre\nFunding for activities",
            "Home visits\nGuided conversations and reviews\nGroups for carers\nLife story work",
            "Visits made\nOutcomes agreed with each person\nReviews held on time",
            "Children attend school and feel good about themselves\nAdults live as independently \
             as they choose\nPeople feel less alone",
        ],
    )
    .map_err(|e| DemoError::invalid("the service's logic model", errors(&e)))?;
    Ok(LogicModels {
        revision: 0,
        service,
        pieces_of_work: vec![life_story_work()],
    })
}

fn errors(errors: &[impl std::fmt::Display]) -> String {
    errors
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(" ")
}
