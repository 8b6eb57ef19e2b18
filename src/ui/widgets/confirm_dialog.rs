use leptos::html;
use leptos::prelude::*;

/// A modal confirmation before a step that cannot simply be taken back (deleting a record,
/// giving a handed-over device back). The safe choice has the focus when it opens.
#[component]
pub fn ConfirmDialog(
    /// The `<dialog>`; the page opens it with `show_modal`.
    dialog: NodeRef<html::Dialog>,
    /// The HTML id of its heading, which names the dialog.
    id: &'static str,
    /// The question, as the heading.
    #[prop(into)]
    title: String,
    /// What happens if the user goes on.
    #[prop(into)]
    message: String,
    /// The button that goes on.
    #[prop(into)]
    confirm_label: String,
    /// The CSS class of that button: `button-danger` for something destructive.
    confirm_class: &'static str,
    /// The button that closes the dialog and changes nothing.
    cancel_label: &'static str,
    /// Goes on.
    on_confirm: Callback<()>,
) -> impl IntoView {
    let close = move |_| {
        if let Some(dialog) = dialog.get_untracked() {
            dialog.close();
        }
    };
    view! {
        <dialog node_ref=dialog class="dialog" aria-labelledby=id>
            <h2 id=id>{title}</h2>
            <p>{message}</p>
            <div class="actions">
                <button type="button" class=confirm_class on:click=move |_| on_confirm.run(())>
                    {confirm_label}
                </button>
                <button type="button" class="button-secondary" on:click=close autofocus>
                    {cancel_label}
                </button>
            </div>
        </dialog>
    }
}
