//! Generic inputs and pieces that several features use: labelled fields, radio groups and
//! checkboxes, the error summary, links, dialogs, tables that scroll, chart figures. None of
//! them knows which page it is on; one component per file.

mod bind;
mod chart_figure;
mod check_box;
mod confirm_dialog;
mod domain_options;
mod error_summary;
mod export_link;
mod link;
mod output_hint_note;
mod pin_field;
mod radio_group;
mod resume_or_discard;
mod scrolling_table;
mod select_field;
mod share_link;
mod step_indicator;
mod text_field;

pub use bind::bind;
pub use chart_figure::{chart_width, paired_chart_width, ChartFigure};
pub use check_box::CheckBox;
pub use confirm_dialog::ConfirmDialog;
pub use domain_options::{service_domains, DomainOptions};
pub use error_summary::{error_for, focus_by_id, focus_summary, ErrorSummary};
pub use export_link::ExportLink;
pub use link::Link;
pub use output_hint_note::OutputHintNote;
pub use pin_field::PinField;
pub use radio_group::RadioGroup;
pub use resume_or_discard::ResumeOrDiscard;
pub use scrolling_table::ScrollingTable;
pub use select_field::SelectField;
pub use share_link::{has_share_sheet, ShareLink};
pub use step_indicator::StepIndicator;
pub use text_field::TextField;
