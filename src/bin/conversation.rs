//! The Conversation bundle: the guided first conversation.

fn main() {
    #[cfg(target_arch = "wasm32")]
    outcome_focus::ui::mount(
        outcome_focus::route::Bundle::Conversation,
        outcome_focus::ui::bundles::conversation,
    );
}
