//! A logic model shown as four connected columns, and the form that edits one.

mod logic_model_columns;
mod logic_model_form;

pub use logic_model_columns::LogicModelColumns;
pub use logic_model_form::{LogicModelForm, ModelDeletion};
