//! The Learn bundle: learning an outcome focus and its exercises.

fn main() {
    #[cfg(target_arch = "wasm32")]
    outcome_focus::ui::mount(
        outcome_focus::route::Bundle::Learn,
        outcome_focus::ui::bundles::learn,
    );
}
