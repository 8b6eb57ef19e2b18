use leptos::prelude::*;

use super::{BackupSection, RestoreSection, StorageSection, WipeSection};
use crate::ui::set_title;

/// `Your data`: backup, restore, storage and wiping this device. With no server, the
/// browser holds the only copy of everyone's records; this page makes losing them hard and
/// restoring them easy.
#[component]
pub fn DataPage() -> impl IntoView {
    set_title("Your data");
    view! {
        <h1>"Your data"</h1>
        <p>
            "Everything you record is stored only in this browser on this device. Clearing the "
            "browser's history or site data deletes it, and nobody else has a copy: export a "
            "backup regularly."
        </p>
        <BackupSection/>
        <RestoreSection/>
        <StorageSection/>
        <WipeSection/>
    }
}
