use leptos::html;
use leptos::prelude::*;

use crate::domain::{form_errors, FormError, LogicModel, COLUMN_HEADINGS};
use crate::ui::widgets::{error_for, focus_summary, ConfirmDialog, ErrorSummary, TextField};

const NAME_FIELD: &str = "logic-model-name";
const COLUMN_FIELDS: [&str; 4] = [
    "logic-model-inputs",
    "logic-model-processes",
    "logic-model-outputs",
    "logic-model-outcomes",
];
const COLUMN_HINTS: [&str; 4] = [
    "One a line: people, time, materials, information.",
    "One a line: what is done with the inputs.",
    "One a line: what is delivered. A service delivered is an output, not an outcome.",
    "One a line: the changes in people's lives that follow.",
];

/// What deleting the model being edited would remove, for the confirmation.
#[derive(Clone, Debug)]
pub struct ModelDeletion {
    /// The confirmation's question: "Delete Life story work?".
    pub title: String,
    /// What is removed for good.
    pub message: String,
    /// Removes it; `Err` says why it could not.
    pub delete: Callback<(), Result<(), String>>,
}

/// The form that adds or edits one logic model: a name and the four columns as text areas,
/// one item a line. What was typed stays on screen when saving fails.
#[component]
pub fn LogicModelForm(
    /// The form's heading: "Edit Life story work".
    #[prop(into)]
    heading: String,
    /// The model as it is (empty for a new one).
    model: LogicModel,
    /// A hint under the name.
    hint: &'static str,
    /// Saves the checked model; `Err` says why it could not, and the form stays open.
    on_save: Callback<LogicModel, Result<(), String>>,
    /// Closes the form, changing nothing.
    on_cancel: Callback<()>,
    /// Offers `Delete` behind a confirmation, when the model can be deleted.
    #[prop(default = None)]
    deletion: Option<ModelDeletion>,
) -> impl IntoView {
    let name = RwSignal::new(model.name.clone());
    let columns = model.lines().map(RwSignal::new);
    let errors = RwSignal::new(Vec::<FormError>::new());
    let save_error = RwSignal::new(None::<String>);
    let summary = NodeRef::<html::Div>::new();
    let heading_ref = NodeRef::<html::H2>::new();
    let dialog = NodeRef::<html::Dialog>::new();

    // The form replaces the page's content: start reading from its heading.
    Effect::new(move |_| {
        if let Some(heading) = heading_ref.get() {
            let _ = heading.focus();
        }
    });

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let texts = columns.map(|c| c.get_untracked());
        let checked = name.with_untracked(|n| {
            LogicModel::from_lines(n, [&texts[0], &texts[1], &texts[2], &texts[3]])
        });
        let saved = match checked {
            Ok(model) => {
                errors.set(Vec::new());
                on_save.run(model)
            }
            Err(problems) => {
                errors.set(form_errors(&problems));
                Err(String::new())
            }
        };
        match saved {
            Ok(()) => save_error.set(None),
            Err(message) => {
                save_error.set((!message.is_empty()).then_some(message));
                focus_summary(summary);
            }
        }
    };

    let fields: Vec<_> = (0..4)
        .map(|n| {
            let column = columns[n];
            view! {
                <TextField
                    id=COLUMN_FIELDS[n]
                    label=COLUMN_HEADINGS[n]
                    hint=COLUMN_HINTS[n]
                    multiline=true
                    value=column
                    on_input=Callback::new(move |text| column.set(text))
                    error=error_for(errors, COLUMN_FIELDS[n].to_owned())
                />
            }
        })
        .collect();

    let delete_view = deletion.map(|deletion| {
        let open = move |_| {
            if let Some(dialog) = dialog.get_untracked() {
                let _ = dialog.show_modal();
            }
        };
        let delete = deletion.delete;
        let confirm = Callback::new(move |()| {
            if let Some(dialog) = dialog.get_untracked() {
                dialog.close();
            }
            if let Err(message) = delete.run(()) {
                save_error.set(Some(message));
                focus_summary(summary);
            }
        });
        view! {
            <button type="button" class="button-danger" on:click=open>"Delete"</button>
            <ConfirmDialog
                dialog=dialog
                id="delete-model-title"
                title=deletion.title
                message=deletion.message
                confirm_label="Yes, delete it"
                confirm_class="button-danger"
                cancel_label="Cancel"
                on_confirm=confirm
            />
        }
    });

    view! {
        <h2 tabindex="-1" node_ref=heading_ref>{heading}</h2>
        <ErrorSummary errors=errors save_error=save_error node_ref=summary/>
        <form class="form logic-model-form" novalidate on:submit=submit>
            <TextField
                id=NAME_FIELD
                label="Name"
                hint=hint
                value=name
                on_input=Callback::new(move |text| name.set(text))
                error=error_for(errors, NAME_FIELD.to_owned())
            />
            {fields}
            <div class="actions">
                <button type="submit" class="button-primary">"Save"</button>
                <button type="button" class="button-secondary" on:click=move |_| on_cancel.run(())>
                    "Cancel"
                </button>
                {delete_view}
            </div>
        </form>
    }
}
