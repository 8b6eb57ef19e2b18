//! The Service bundle: the service's settings, aims, logic models and reflections.

fn main() {
    #[cfg(target_arch = "wasm32")]
    outcome_focus::ui::mount(
        outcome_focus::route::Bundle::Service,
        outcome_focus::ui::bundles::service,
    );
}
