//! The Reflections bundle: what the service learnt, dated, with the dashboard's figures of that day.

fn main() {
    #[cfg(target_arch = "wasm32")]
    outcome_focus::ui::mount(
        outcome_focus::route::Bundle::Reflections,
        outcome_focus::ui::bundles::reflections,
    );
}
