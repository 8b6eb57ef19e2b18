//! The Figures bundle: reflections with the dashboard's figures of their day, and the CSV export.

fn main() {
    #[cfg(target_arch = "wasm32")]
    outcome_focus::ui::mount(
        outcome_focus::route::Bundle::Figures,
        outcome_focus::ui::bundles::figures,
    );
}
