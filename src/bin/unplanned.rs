//! The Unplanned bundle: recording an unplanned outcome.

fn main() {
    #[cfg(target_arch = "wasm32")]
    outcome_focus::ui::mount(
        outcome_focus::route::Bundle::Unplanned,
        outcome_focus::ui::bundles::unplanned,
    );
}
