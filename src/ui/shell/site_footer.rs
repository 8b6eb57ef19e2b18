use leptos::prelude::*;

/// The footer on every page: where the data lives.
#[component]
pub fn SiteFooter() -> impl IntoView {
    view! {
        <footer class="site-footer">
            <p>
                "Your data is stored only in this browser on this device. "
                "Clearing this browser's data deletes it."
            </p>
        </footer>
    }
}
