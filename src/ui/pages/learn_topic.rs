use leptos::prelude::*;

use crate::ui::set_title;

/// One Learn page or exercise, by its slug.
#[component]
pub fn LearnTopicPage(
    /// The page's slug, from its address.
    slug: String,
) -> impl IntoView {
    set_title("Learn");
    view! { <h1>"Learn"</h1> <p>{slug}</p> }
}
