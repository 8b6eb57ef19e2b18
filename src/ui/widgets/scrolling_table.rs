use leptos::prelude::*;

/// The region around a table that may be wider than a phone: it scrolls sideways inside it,
/// and is focusable and named so that a keyboard can scroll it and a screen reader names it.
#[component]
pub fn ScrollingTable(
    /// The region's accessible name, usually the table's caption.
    #[prop(into)]
    label: String,
    /// The table.
    children: Children,
) -> impl IntoView {
    view! {
        <div class="table-wrap" tabindex="0" role="region" aria-label=label>
            {children()}
        </div>
    }
}
