use leptos::prelude::*;

/// One click to a backup: the Data page in a new tab, which exports at once, so that an edit
/// on the page this is on stays on screen.
#[component]
pub fn ExportLink() -> impl IntoView {
    view! {
        <a
            class="button-primary"
            href=crate::ui::router::href("/data?export=1")
            target="_blank"
            rel="noopener"
        >
            "Export backup"
            <span class="visually-hidden">" (opens the Data page in a new tab)"</span>
        </a>
    }
}
