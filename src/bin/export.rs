//! The Export bundle: everyone's ratings, outcomes and unplanned outcomes as CSV files.

fn main() {
    #[cfg(target_arch = "wasm32")]
    outcome_focus::ui::mount(
        outcome_focus::route::Bundle::Export,
        outcome_focus::ui::bundles::export,
    );
}
