use leptos::html;
use leptos::prelude::*;

/// The confirmation before a handed-over device goes back to the worker: a deliberate step,
/// so a person cannot stumble into other people's records.
#[component]
pub fn GiveBackDialog(
    /// The `<dialog>`; opened with `show_modal`.
    dialog: NodeRef<html::Dialog>,
    /// Gives the device back.
    on_confirm: Callback<()>,
) -> impl IntoView {
    let close = move |_| {
        if let Some(dialog) = dialog.get_untracked() {
            dialog.close();
        }
    };
    view! {
        <dialog node_ref=dialog class="dialog" aria-labelledby="give-back-title">
            <h2 id="give-back-title">"Give the device back to the worker?"</h2>
            <p>"This shows the whole app again, with everyone's records. The answers so far are saved."</p>
            <div class="actions">
                <button type="button" class="button-primary" on:click=move |_| on_confirm.run(())>
                    "Yes, give it back"
                </button>
                <button type="button" class="button-secondary" on:click=close autofocus>
                    "Keep answering"
                </button>
            </div>
        </dialog>
    }
}
