//! One component per page, each behind its own route.

mod add_person;
mod edit_person;
mod not_found;
mod people;
mod person;

pub use add_person::AddPersonPage;
pub use edit_person::EditPersonPage;
pub use not_found::NotFoundPage;
pub use people::PeoplePage;
pub use person::PersonPage;
