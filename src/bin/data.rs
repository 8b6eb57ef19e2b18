//! The Data bundle: backup, restore, storage and wiping this device.

fn main() {
    #[cfg(target_arch = "wasm32")]
    outcome_focus::ui::mount(
        outcome_focus::route::Bundle::Data,
        outcome_focus::ui::bundles::data,
    );
}
