//! The Cards bundle: the list of decks of trigger cards.

fn main() {
    #[cfg(target_arch = "wasm32")]
    outcome_focus::ui::mount(
        outcome_focus::route::Bundle::Cards,
        outcome_focus::ui::bundles::cards,
    );
}
