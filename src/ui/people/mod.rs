//! People: the list of everyone the practitioner supports (the home page), and adding and
//! editing a person with the one person form.

mod add_person_page;
mod edit_person_page;
mod people_filters;
mod people_page;
mod person_form;
mod person_row;
mod welcome;

pub use add_person_page::AddPersonPage;
pub use edit_person_page::EditPersonPage;
pub use people_page::PeoplePage;
pub use person_form::PersonForm;
