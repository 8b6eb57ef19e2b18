//! The Progress bundle: a person's progress in charts and their printable report.

fn main() {
    #[cfg(target_arch = "wasm32")]
    outcome_focus::ui::mount(
        outcome_focus::route::Bundle::Progress,
        outcome_focus::ui::bundles::progress,
    );
}
