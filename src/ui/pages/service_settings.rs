use leptos::html;
use leptos::prelude::*;

use crate::domain::{FormError, SettingsDraft};
use crate::storage::repository;
use crate::ui::clock::now;
use crate::ui::components::{error_for, focus_summary, ErrorSummary, TextField};
use crate::ui::set_title;
use crate::ui::state::use_app_state;

const INTERVAL_FIELD: &str = "review-interval";
const REMINDER_FIELD: &str = "backup-reminder-days";

/// `Service settings`: how often people's work is reviewed after the 3-month review. The
/// People list, person pages and review dates follow it at once.
#[component]
pub fn ServiceSettingsPage() -> impl IntoView {
    set_title("Service settings");
    let state = use_app_state();
    let opened = state.settings.get_untracked();
    let draft = RwSignal::new(SettingsDraft::from(&opened));
    let opened = StoredValue::new(opened);
    let errors = RwSignal::new(Vec::<FormError>::new());
    let save_error = RwSignal::new(None::<String>);
    let saved_note = RwSignal::new(None::<String>);
    let summary = NodeRef::<html::Div>::new();

    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        saved_note.set(None);
        let applied = opened.with_value(|settings| draft.with_untracked(|d| d.apply(settings)));
        let problems: Vec<FormError> = [
            applied
                .as_ref()
                .err()
                .map(|m| FormError::new(INTERVAL_FIELD, m.clone())),
            draft
                .with_untracked(SettingsDraft::reminder_days)
                .err()
                .map(|m| FormError::new(REMINDER_FIELD, m)),
        ]
        .into_iter()
        .flatten()
        .collect();
        let result = match problems.is_empty() {
            true => applied.map_err(|_| ()),
            false => {
                errors.set(problems);
                Err(())
            }
        }
        .and_then(|settings| {
            errors.set(Vec::new());
            repository()
                .save_service_record(&settings, now())
                .map_err(|e| save_error.set(Some(e.to_string())))
        });
        match result {
            Ok(saved) => {
                save_error.set(None);
                let months = saved.review_interval_months;
                opened.set_value(saved.clone());
                state.settings.set(saved);
                state.settings_problem.set(None);
                saved_note.set(Some(format!(
                    "Settings saved: reviews every {months} months after the 3-month review."
                )));
            }
            Err(()) => focus_summary(summary),
        }
    };

    view! {
        <h1>"Service settings"</h1>
        <div role="alert">
            {move || state.settings_problem.get().map(|p| view! {
                <p class="notice notice-warning">{p}</p>
            })}
        </div>
        <ErrorSummary errors=errors save_error=save_error node_ref=summary/>
        <form class="form" novalidate on:submit=save>
            <h2>"Reviews"</h2>
            <p>
                "The first conversation is the baseline; the first review is 3 months later, then "
                "one every so many months."
            </p>
            <TextField
                id=INTERVAL_FIELD
                label="Months between reviews"
                hint="A whole number from 1 to 24. The usual is 6."
                value=Signal::derive(move || draft.with(|d| d.review_interval_months.clone()))
                on_input=Callback::new(move |text| draft.update(|d| d.review_interval_months = text))
                error=error_for(errors, INTERVAL_FIELD.to_owned())
            />
            <h2>"Backups"</h2>
            <p>
                "When records have changed and there has been no backup for this many days, the "
                "People list and the Data page suggest one."
            </p>
            <TextField
                id=REMINDER_FIELD
                label="Days before a backup is suggested"
                hint="A whole number from 1 to 365. The usual is 14."
                value=Signal::derive(move || draft.with(|d| d.backup_reminder_days.clone()))
                on_input=Callback::new(move |text| draft.update(|d| d.backup_reminder_days = text))
                error=error_for(errors, REMINDER_FIELD.to_owned())
            />
            <div class="actions">
                <button type="submit" class="button-primary">"Save settings"</button>
            </div>
        </form>
        <p role="status">{move || saved_note.get()}</p>
    }
}
