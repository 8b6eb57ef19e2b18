//! The practitioner's app: every page, in one download.

fn main() {
    #[cfg(target_arch = "wasm32")]
    outcome_focus::ui::mount();
}
