//! The Person bundle: a person's page and editing their details.

fn main() {
    #[cfg(target_arch = "wasm32")]
    outcome_focus::ui::mount(
        outcome_focus::route::Bundle::Person,
        outcome_focus::ui::bundles::person,
    );
}
