//! `Logic models`: the page, a model shown as four connected columns, and the form that
//! edits one.

mod logic_model_columns;
mod logic_model_form;
mod logic_models_page;

pub use logic_model_columns::LogicModelColumns;
pub use logic_model_form::{LogicModelForm, ModelDeletion};
pub use logic_models_page::LogicModelsPage;
