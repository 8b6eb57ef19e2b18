//! The Dashboard bundle: the service's outcomes across everyone, and its printable report.

fn main() {
    #[cfg(target_arch = "wasm32")]
    outcome_focus::ui::mount(
        outcome_focus::route::Bundle::Dashboard,
        outcome_focus::ui::bundles::dashboard,
    );
}
