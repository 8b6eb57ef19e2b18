use leptos::ev::SubmitEvent;
use leptos::html;
use leptos::prelude::*;

use crate::domain::{
    iso_date, FieldError, FieldId, FormError, PersonDraft, SaveError, ValidPerson,
};
use crate::ui::clock::today;
use crate::ui::widgets::{focus_summary, ErrorSummary, Link, TextField};

/// The form that adds or edits a person. It validates on submit, lists every problem at the
/// top and beside its field, and keeps everything typed when a save fails.
#[component]
pub fn PersonForm(
    /// What the form starts with.
    initial: PersonDraft,
    /// The submit button's text.
    submit_label: &'static str,
    /// Where `Cancel` goes.
    #[prop(into)]
    cancel_href: String,
    /// Saves a valid person; an error is shown above the form.
    on_save: Callback<ValidPerson, Result<(), SaveError>>,
) -> impl IntoView {
    let draft = RwSignal::new(initial);
    let field_errors = RwSignal::new(Vec::<FieldError>::new());
    let save_error = RwSignal::new(None::<String>);
    let summary = NodeRef::<html::Div>::new();
    let today_iso = iso_date(today());

    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        save_error.set(None);
        match draft.with_untracked(|d| d.validate(today())) {
            Err(errors) => {
                field_errors.set(errors);
                focus_summary(summary);
            }
            Ok(valid) => {
                field_errors.set(Vec::new());
                if let Err(error) = on_save.run(valid) {
                    save_error.set(Some(error.to_string()));
                    focus_summary(summary);
                }
            }
        }
    };

    let error_for = move |field: FieldId| {
        Signal::derive(move || {
            field_errors.with(|errors| {
                errors
                    .iter()
                    .find(|e| e.field == field)
                    .map(|e| e.message.clone())
            })
        })
    };
    let summary_errors = Signal::derive(move || {
        field_errors.with(|errors| {
            errors
                .iter()
                .map(|e| FormError::new(e.field.html_id(), e.message.clone()))
                .collect::<Vec<_>>()
        })
    });

    view! {
        <form class="person-form" novalidate on:submit=submit>
            <ErrorSummary errors=summary_errors save_error=save_error node_ref=summary/>
            <TextField
                id=FieldId::Name.html_id()
                label="Name or initials"
                hint="Initials or a pseudonym are fine."
                autocomplete="off"
                value=Signal::derive(move || draft.with(|d| d.name.clone()))
                on_input=Callback::new(move |v| draft.update(|d| d.name = v))
                error=error_for(FieldId::Name)
            />
            <TextField
                id=FieldId::ReferralDate.html_id()
                label="Referral date"
                input_type="date"
                max=today_iso
                value=Signal::derive(move || draft.with(|d| d.referral_date.clone()))
                on_input=Callback::new(move |v| draft.update(|d| d.referral_date = v))
                error=error_for(FieldId::ReferralDate)
            />
            <TextField
                id=FieldId::KeyWorker.html_id()
                label="Key worker"
                value=Signal::derive(move || draft.with(|d| d.key_worker.clone()))
                on_input=Callback::new(move |v| draft.update(|d| d.key_worker = v))
                error=error_for(FieldId::KeyWorker)
            />
            <TextField
                id=FieldId::Carer.html_id()
                label="Carer (optional)"
                value=Signal::derive(move || draft.with(|d| d.carer.clone()))
                on_input=Callback::new(move |v| draft.update(|d| d.carer = v))
                error=error_for(FieldId::Carer)
            />
            <TextField
                id=FieldId::Presentation.html_id()
                label="Needs and presentation"
                hint="What needs the person has and how they present at referral."
                multiline=true
                value=Signal::derive(move || draft.with(|d| d.presentation.clone()))
                on_input=Callback::new(move |v| draft.update(|d| d.presentation = v))
                error=error_for(FieldId::Presentation)
            />
            <div class="actions">
                <button type="submit" class="button-primary">{submit_label}</button>
                <Link to=cancel_href class="button-secondary">"Cancel"</Link>
            </div>
        </form>
    }
}
