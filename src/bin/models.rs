//! The Models bundle: the service's logic models.

fn main() {
    #[cfg(target_arch = "wasm32")]
    outcome_focus::ui::mount(
        outcome_focus::route::Bundle::Models,
        outcome_focus::ui::bundles::models,
    );
}
