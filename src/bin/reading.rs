//! The Reading bundle: taking a trigger-card reading.

fn main() {
    #[cfg(target_arch = "wasm32")]
    outcome_focus::ui::mount(
        outcome_focus::route::Bundle::Reading,
        outcome_focus::ui::bundles::reading,
    );
}
