//! The Demo bundle: starting, resetting and leaving the demonstration service (its generator
//! is only here).

fn main() {
    #[cfg(target_arch = "wasm32")]
    outcome_focus::ui::mount(
        outcome_focus::route::Bundle::Demo,
        outcome_focus::ui::bundles::demo,
    );
}
