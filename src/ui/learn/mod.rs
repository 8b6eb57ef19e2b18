//! The Learn section: its contents page and topic pages, the frame around every Learn page
//! (presenter view, Previous / Next, keyboard shortcuts), the topics' text, and the two
//! exercises.

mod developing_topic;
mod individual_and_service_topic;
mod inputs_to_outcomes_topic;
mod learn_frame;
mod learn_page;
mod learn_topic_page;
mod logic_model_steps;
mod monitoring_topic;
mod outcome_or_output;
mod presenter;
mod presenter_toggle;
mod write_an_outcome;

pub use developing_topic::DevelopingTopic;
pub use individual_and_service_topic::IndividualAndServiceTopic;
pub use inputs_to_outcomes_topic::InputsToOutcomesTopic;
pub use learn_frame::{LearnFrame, PageLink};
pub use learn_page::LearnPage;
pub use learn_topic_page::LearnTopicPage;
pub use logic_model_steps::LogicModelSteps;
pub use monitoring_topic::MonitoringTopic;
pub use outcome_or_output::OutcomeOrOutput;
pub use presenter::{presenting, set_presenting};
pub use presenter_toggle::PresenterToggle;
pub use write_an_outcome::WriteAnOutcome;
