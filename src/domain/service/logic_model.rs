//! Logic models: inputs → processes → outputs → outcomes, each a list, for the service as a
//! whole and for a piece of work (with the piece of work's service side). "Life story work"
//! ships as a worked example.
//!
//! ```
//! use outcome_focus::domain::life_story_work;
//!
//! let example = life_story_work();
//! let [inputs, _, outputs, _] = example.work.columns();
//! assert_eq!(inputs.0, "Inputs");
//! assert_eq!(outputs.1, ["A coherent life story book"]);
//! ```

use serde::{Deserialize, Serialize};
use thiserror::Error;

use super::super::form_error::NamesField;
use crate::domain::envelope::{DecodeError, Migrate};
use crate::domain::form_error::too_long;

/// The longest name of a logic model.
pub const MAX_MODEL_NAME: usize = 120;
/// The longest item of a column: a line, not a paragraph.
pub const MAX_MODEL_ITEM: usize = 300;
/// The most items in one column.
pub const MAX_MODEL_ITEMS: usize = 30;
/// The headings of the four columns, in order.
pub const COLUMN_HEADINGS: [&str; 4] = ["Inputs", "Processes", "Outputs", "Outcomes"];

/// Inputs → processes → outputs → outcomes.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LogicModel {
    /// What it is the model of: "Our service", "Life story work".
    pub name: String,
    /// What goes in: people, time, materials, information.
    #[serde(default)]
    pub inputs: Vec<String>,
    /// What is done with them.
    #[serde(default)]
    pub processes: Vec<String>,
    /// What is delivered (a service delivered is an output, not an outcome).
    #[serde(default)]
    pub outputs: Vec<String>,
    /// The changes in people's lives it leads to.
    #[serde(default)]
    pub outcomes: Vec<String>,
}

impl LogicModel {
    /// The four columns with their headings, in order, for the page.
    pub fn columns(&self) -> [(&'static str, &[String]); 4] {
        let [i, p, o, c] = COLUMN_HEADINGS;
        [
            (i, &self.inputs),
            (p, &self.processes),
            (o, &self.outputs),
            (c, &self.outcomes),
        ]
    }

    /// A model from a form: a name and each column as text, one item a line (blank lines
    /// dropped, spaces trimmed), or everything to correct.
    pub fn from_lines(name: &str, columns: [&str; 4]) -> Result<LogicModel, Vec<LogicModelError>> {
        let mut errors = Vec::new();
        let name = name.trim();
        if name.is_empty() {
            errors.push(LogicModelError::NoName);
        } else if too_long(name, MAX_MODEL_NAME) {
            errors.push(LogicModelError::NameTooLong);
        }
        let [inputs, processes, outputs, outcomes] = columns.map(|text| {
            text.lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .map(str::to_owned)
                .collect::<Vec<String>>()
        });
        for (column, items) in [&inputs, &processes, &outputs, &outcomes]
            .into_iter()
            .enumerate()
        {
            if items.len() > MAX_MODEL_ITEMS {
                errors.push(LogicModelError::TooManyItems(column));
            }
            if items.iter().any(|i| too_long(i, MAX_MODEL_ITEM)) {
                errors.push(LogicModelError::ItemTooLong(column));
            }
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(LogicModel {
            name: name.to_owned(),
            inputs,
            processes,
            outputs,
            outcomes,
        })
    }

    /// Each column as the form's text, one item a line.
    pub fn lines(&self) -> [String; 4] {
        self.columns().map(|(_, items)| items.join("\n"))
    }
}

/// What is wrong with a logic model form. Columns are numbered from 0 in
/// [`COLUMN_HEADINGS`] order.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum LogicModelError {
    /// No name.
    #[error("Name the logic model: the service, or the piece of work.")]
    NoName,
    /// The name is too long.
    #[error("Keep the name to {MAX_MODEL_NAME} characters or fewer.")]
    NameTooLong,
    /// A column has too many items.
    #[error("{}: keep to {MAX_MODEL_ITEMS} lines or fewer.", COLUMN_HEADINGS[*.0 % 4])]
    TooManyItems(usize),
    /// An item is too long.
    #[error("{}: keep each line to {MAX_MODEL_ITEM} characters or fewer.", COLUMN_HEADINGS[*.0 % 4])]
    ItemTooLong(usize),
}

impl NamesField for LogicModelError {
    fn field_id(&self) -> String {
        self.field().into()
    }
}

impl LogicModelError {
    /// The HTML id of the field at fault: `logic-model-name` or `logic-model-<column>`.
    pub fn field(&self) -> &'static str {
        const COLUMNS: [&str; 4] = [
            "logic-model-inputs",
            "logic-model-processes",
            "logic-model-outputs",
            "logic-model-outcomes",
        ];
        match self {
            LogicModelError::NoName | LogicModelError::NameTooLong => "logic-model-name",
            LogicModelError::TooManyItems(n) | LogicModelError::ItemTooLong(n) => COLUMNS[n % 4],
        }
    }
}

/// A piece of work's logic model with its service side: what it achieves for one person,
/// and what doing it for everyone achieves for the service.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PieceOfWork {
    /// Stable id within the service's logic models: `w-1`.
    pub id: String,
    /// The model for one person.
    pub work: LogicModel,
    /// The model for the service.
    pub service_side: LogicModel,
}

/// The service's logic models, as stored under their own key.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LogicModels {
    /// Counts the saves, so that a tab holding an older copy cannot overwrite a newer one.
    #[serde(default)]
    pub revision: u64,
    /// The service's own logic model; empty until set out.
    #[serde(default)]
    pub service: LogicModel,
    /// Pieces of work, in the service's order.
    #[serde(default)]
    pub pieces_of_work: Vec<PieceOfWork>,
}

impl LogicModels {
    /// An id no piece of work has yet: one more than the highest `w-N`.
    pub fn next_id(&self) -> String {
        let highest = self
            .pieces_of_work
            .iter()
            .filter_map(|w| w.id.strip_prefix("w-")?.parse::<u64>().ok())
            .max()
            .unwrap_or(0);
        format!("w-{}", highest + 1)
    }

    /// Adds the piece of work, or replaces the one with its id.
    pub fn upsert(&mut self, work: PieceOfWork) {
        match self.pieces_of_work.iter_mut().find(|w| w.id == work.id) {
            Some(slot) => *slot = work,
            None => self.pieces_of_work.push(work),
        }
    }

    /// Removes the piece of work with this id; whether there was one.
    pub fn remove(&mut self, id: &str) -> bool {
        let before = self.pieces_of_work.len();
        self.pieces_of_work.retain(|w| w.id != id);
        self.pieces_of_work.len() != before
    }
}

impl Migrate for LogicModels {
    fn migrate(from: u32, _data: String) -> Result<String, DecodeError> {
        // Logic models were first stored under schema 3.
        Err(DecodeError::BadData(format!(
            "no logic models were stored under schema {from}"
        )))
    }
}

fn owned(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| (*s).to_owned()).collect()
}

/// The worked example: life story work, for a child and for the service (id `w-1`, ready to
/// add with a fresh id from [`LogicModels::next_id`]).
pub fn life_story_work() -> PieceOfWork {
    PieceOfWork {
        id: "w-1".to_owned(),
        work: LogicModel {
            name: "Life story work".to_owned(),
            inputs: owned(&[
                "Photographs",
                "A book",
                "Family-tree information",
                "Notes on history",
            ]),
            processes: owned(&[
                "Planned sessions",
                "Visits to key places",
                "Interviews with family and professionals",
            ]),
            outputs: owned(&["A coherent life story book"]),
            outcomes: owned(&[
                "Improved sense of identity and origin",
                "Readiness to move on",
            ]),
        },
        service_side: LogicModel {
            name: "Life story work: the service".to_owned(),
            inputs: Vec::new(),
            processes: Vec::new(),
            outputs: owned(&["All children in long-term placements have a life story book"]),
            outcomes: owned(&["Children are prepared for moving on", "Matching is quicker"]),
        },
    }
}

#[cfg(test)]
mod tests;
