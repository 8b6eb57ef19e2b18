//! The practitioner's app: every page, in one download.

/// Talc rather than the default dlmalloc: the same work in fewer bytes to download.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

fn main() {
    #[cfg(target_arch = "wasm32")]
    outcome_focus::ui::mount();
}
