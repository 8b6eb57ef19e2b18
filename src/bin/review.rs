//! The Review bundle: reviews.

fn main() {
    #[cfg(target_arch = "wasm32")]
    outcome_focus::ui::mount(
        outcome_focus::route::Bundle::Review,
        outcome_focus::ui::bundles::review,
    );
}
