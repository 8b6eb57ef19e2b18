//! A problem with one field of a form, tied to the field by its HTML id so the UI can show
//! the message beside the field and link to it from the error summary.

/// A problem with one field, in words that say how to fix it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormError {
    /// The HTML id of the field (for a group of radio buttons, its first button).
    pub field: String,
    /// What to do about it.
    pub message: String,
}

impl FormError {
    /// A problem with the field whose HTML id is `field`.
    pub fn new(field: impl Into<String>, message: impl Into<String>) -> Self {
        FormError {
            field: field.into(),
            message: message.into(),
        }
    }
}

/// A typed error that names the field it is about, so a form can show it beside that field.
pub trait NamesField: std::fmt::Display {
    /// The HTML id of the field at fault.
    fn field_id(&self) -> String;
}

/// The form's problems from typed errors: each one's words, beside its field.
pub fn form_errors<E: NamesField>(errors: &[E]) -> Vec<FormError> {
    errors
        .iter()
        .map(|e| FormError::new(e.field_id(), e.to_string()))
        .collect()
}

/// The longest note, comment or prompt answer we accept (about ten pages).
pub(crate) const MAX_NOTE: usize = 20_000;
/// The longest wording of an outcome: a sentence or two in the person's words.
pub(crate) const MAX_OUTCOME_WORDS: usize = 300;

/// Whether `text` is longer than `max` characters.
pub(crate) fn too_long(text: &str, max: usize) -> bool {
    text.chars().count() > max
}
