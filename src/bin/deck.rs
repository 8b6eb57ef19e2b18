//! The Deck bundle: one deck of trigger cards.

fn main() {
    #[cfg(target_arch = "wasm32")]
    outcome_focus::ui::mount(
        outcome_focus::route::Bundle::Deck,
        outcome_focus::ui::bundles::deck,
    );
}
