//! `Reflections`: the page, the form with the four questions, and the reflections kept with
//! their figures.

mod figures_table;
mod reflection_entry;
mod reflection_form;
mod reflections_page;

pub use figures_table::FiguresTable;
pub use reflection_entry::ReflectionEntry;
pub use reflection_form::ReflectionForm;
pub use reflections_page::ReflectionsPage;
