//! Reusable pieces of the UI, one component per file.

mod delete_dialog;
mod flash_message;
mod link;
mod person_form;
mod site_footer;
mod site_header;
mod stored_problems;
mod text_field;

pub use delete_dialog::DeleteDialog;
pub use flash_message::FlashMessage;
pub use link::Link;
pub use person_form::PersonForm;
pub use site_footer::SiteFooter;
pub use site_header::SiteHeader;
pub use stored_problems::StoredProblems;
pub use text_field::TextField;
