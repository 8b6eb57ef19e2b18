use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::backup::download_backup;
use super::ImportPreview;
use crate::domain::{
    apply, parse_backup, plan_merge, plan_replace, preview, Backup, BackupError, Preview,
    MAX_BACKUP_BYTES,
};
use crate::storage::{active_keys, BrowserStore};
use crate::ui::clock::now;
use crate::ui::files::{chosen_file, read_text};
use crate::ui::state::use_app_state;
use crate::ui::widgets::ConfirmDialog;

/// A checked backup and what importing it would change.
#[derive(Clone)]
struct Pending {
    backup: Backup,
    preview: Preview,
}

/// Checks a backup's text completely and says what importing it would change.
fn check(text: &str) -> Result<Pending, String> {
    let keys = active_keys();
    let backup = parse_backup(text, &keys).map_err(|e| e.to_string())?;
    let preview = preview(&BrowserStore, &keys, &backup).map_err(|e| {
        format!("This browser's storage could not be read ({e}). Nothing was changed.")
    })?;
    Ok(Pending { backup, preview })
}

/// `Import backup`: choose a file; it is checked completely and previewed; then `Merge`
/// (the newer copy of each record wins, nothing is deleted) or `Replace` (after the current
/// data has been downloaded, and a confirmation). A bad file changes nothing.
#[component]
pub fn RestoreSection() -> impl IntoView {
    let state = use_app_state();
    let input = NodeRef::<html::Input>::new();
    let dialog = NodeRef::<html::Dialog>::new();
    let pending = RwSignal::new(None::<Pending>);
    let error = RwSignal::new(None::<String>);
    let done = RwSignal::new(None::<String>);

    let chosen = move |_| {
        done.set(None);
        pending.set(None);
        let Some(element) = input.get_untracked() else {
            return;
        };
        let element: web_sys::HtmlInputElement = element.unchecked_into();
        let Some(file) = chosen_file(&element) else {
            return;
        };
        // A huge file is refused before it is read into memory.
        let size = file.size() as usize;
        if size > MAX_BACKUP_BYTES {
            let max = MAX_BACKUP_BYTES;
            error.set(Some(BackupError::TooLarge { size, max }.to_string()));
            return;
        }
        leptos::task::spawn_local(async move {
            match read_text(&file).await.and_then(|text| check(&text)) {
                Ok(checked) => {
                    error.set(None);
                    pending.set(Some(checked));
                }
                Err(message) => error.set(Some(message)),
            }
        });
    };

    let finish = move |result: Result<(), String>, what: &str| {
        match result {
            Ok(()) => {
                error.set(None);
                pending.set(None);
                if let Some(element) = input.get_untracked() {
                    element.set_value("");
                }
                done.set(Some(format!("{what} The records are ready to use.")));
            }
            Err(message) => error.set(Some(message)),
        }
        // Pages read the records again, whether or not anything was written.
        state.refresh();
    };
    let import = move |replace: bool| -> Result<(), String> {
        let Some(Pending { backup, .. }) = pending.get_untracked() else {
            return Err("Choose a backup file first.".to_owned());
        };
        let keys = active_keys();
        let writes = match replace {
            true => plan_replace(&BrowserStore, &keys, &backup),
            false => plan_merge(&BrowserStore, &keys, &backup, now()),
        }
        .map_err(|e| {
            format!("This browser's storage could not be read ({e}). Nothing was changed.")
        })?;
        apply(&BrowserStore, &writes).map_err(|e| e.to_string())
    };
    // Said after the import, so read from the file before `finish` lets it go.
    let held = move || {
        pending.with_untracked(|p| {
            p.as_ref()
                .map(|p| format!(" It held {}.", p.preview.contents.describe()))
                .unwrap_or_default()
        })
    };
    let merge = move |_| {
        let held = held();
        finish(import(false), &format!("Backup merged.{held}"));
    };
    let replace = move |_| match download_backup() {
        Ok(_) => {
            if let Some(dialog) = dialog.get_untracked() {
                let _ = dialog.show_modal();
            }
        }
        Err(message) => error.set(Some(format!(
            "{message} Replace was not started, because what is here could not be saved first."
        ))),
    };
    let confirm = Callback::new(move |()| {
        if let Some(dialog) = dialog.get_untracked() {
            dialog.close();
        }
        let held = held();
        finish(
            import(true),
            &format!("This browser's data was replaced by the backup.{held}"),
        );
    });

    view! {
        <section aria-labelledby="restore-heading">
            <h2 id="restore-heading">"Restore"</h2>
            <div class="field" class:field-invalid=move || error.with(Option::is_some)>
                <label for="backup-file">"Backup file"</label>
                <p class="hint" id="backup-file-hint">
                    "A file saved by Export backup. It is checked completely, and you see what "
                    "it would change, before anything is written."
                </p>
                <p class="error-message" id="backup-file-error" role="alert">
                    {move || error.get()}
                </p>
                <input
                    id="backup-file"
                    type="file"
                    accept=".json,application/json"
                    aria-describedby="backup-file-hint backup-file-error"
                    node_ref=input
                    on:change=chosen
                />
            </div>
            <p role="status" class="flash" class:flash-shown=move || done.with(Option::is_some)>
                {move || done.get()}
            </p>
            {move || pending.get().map(|Pending { backup, preview }| {
                let exported = (backup.exported_at.date_naive(), backup.app_version);
                view! {
                    <div class="import-preview" role="region" aria-labelledby="preview-heading">
                        <ImportPreview preview=preview exported=exported/>
                        <div class="actions">
                            <button type="button" class="button-primary" on:click=merge>
                                "Merge"
                            </button>
                            <button type="button" class="button-danger" on:click=replace>
                                "Replace"
                            </button>
                        </div>
                        <p class="hint">
                            "Merge keeps the newer copy of each record and deletes nothing. "
                            "Replace first downloads a backup of what is here now, then asks "
                            "you to confirm."
                        </p>
                    </div>
                }
            })}
            <ConfirmDialog
                dialog=dialog
                id="replace-heading"
                title="Replace everything in this browser?"
                message="A backup of what is here now has just been downloaded. Replace removes \
                    every record in this browser and puts the backup's records in their place."
                confirm_label="Replace all data"
                confirm_class="button-danger"
                cancel_label="Cancel"
                on_confirm=confirm
            />
        </section>
    }
}
