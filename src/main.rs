//! The People bundle: the list of people and adding a person.

fn main() {
    #[cfg(target_arch = "wasm32")]
    outcome_focus::ui::mount(
        outcome_focus::route::Bundle::People,
        outcome_focus::ui::bundles::people,
    );
}
