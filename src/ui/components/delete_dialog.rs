use leptos::html;
use leptos::prelude::*;

/// A modal confirmation that names the person before their record is deleted.
#[component]
pub fn DeleteDialog(
    /// The person's name, as it appears everywhere else.
    name: String,
    /// The `<dialog>`; the page opens it with `show_modal`.
    dialog: NodeRef<html::Dialog>,
    /// Deletes the record.
    on_confirm: Callback<()>,
) -> impl IntoView {
    let close = move |_| {
        if let Some(dialog) = dialog.get_untracked() {
            dialog.close();
        }
    };
    view! {
        <dialog node_ref=dialog class="dialog" aria-labelledby="delete-title">
            <h2 id="delete-title">"Delete " {name.clone()} "?"</h2>
            <p>
                "This removes " {name.clone()} "'s record from this browser for good. "
                "It cannot be undone. If the work has ended, close the case instead."
            </p>
            <div class="actions">
                <button type="button" class="button-danger" on:click=move |_| on_confirm.run(())>
                    "Yes, delete " {name}
                </button>
                <button type="button" class="button-secondary" on:click=close autofocus>
                    "Cancel"
                </button>
            </div>
        </dialog>
    }
}
