use leptos::prelude::*;

/// What matters to the person, in their own words, from the latest conversation that asked.
#[component]
pub fn WhatMatters(
    /// The aspirations, in the order they were said.
    aspirations: Vec<String>,
) -> impl IntoView {
    let empty = aspirations.is_empty();
    view! {
        <section aria-labelledby="what-matters-heading">
            <h2 id="what-matters-heading">"What matters to them"</h2>
            {empty.then(|| view! {
                <p class="muted">"Not recorded yet: the first conversation asks."</p>
            })}
            {(!empty).then(|| view! {
                <ul class="aspirations">
                    {aspirations.into_iter().map(|words| view! { <li>{words}</li> }).collect_view()}
                </ul>
            })}
        </section>
    }
}
