//! The answer page a person opens on their own phone: its own small download, holding no
//! one's records (see `outcome_focus::answer_page`).

fn main() {
    #[cfg(target_arch = "wasm32")]
    outcome_focus::answer_page::mount();
}
