use leptos::html;
use leptos::prelude::*;

use crate::domain::{
    form_errors, FormError, SettingsDraft, BUILT_IN_DOMAINS, SETTINGS_DOMAINS, SETTINGS_INTERVAL,
    SETTINGS_NAME, SETTINGS_PUBLIC_ADDRESS, SETTINGS_REMINDER,
};
use crate::ui::records::save_service_record;
use crate::ui::set_title;
use crate::ui::state::use_app_state;
use crate::ui::widgets::{error_for, focus_summary, ErrorSummary, Link, TextField};

/// `Service`: the service's name, how often people's work is reviewed after the 3-month
/// review, its own outcome domains and the backup reminder, with links to its aims, logic
/// models and reflections. The People list, person pages and review dates follow it at once.
#[component]
pub fn ServiceSettingsPage() -> impl IntoView {
    set_title("Service");
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
        let applied = opened.with_value(|settings| draft.with_untracked(|d| d.apply_all(settings)));
        let settings = match applied {
            Ok(settings) => settings,
            Err(problems) => {
                errors.set(form_errors(&problems));
                focus_summary(summary);
                return;
            }
        };
        errors.set(Vec::new());
        match save_service_record(&settings) {
            Ok(saved) => {
                save_error.set(None);
                let months = saved.review_interval_months;
                opened.set_value(saved.clone());
                draft.set(SettingsDraft::from(&saved));
                state.settings.set(saved);
                state.settings_problem.set(None);
                saved_note.set(Some(format!(
                    "Settings saved: reviews every {months} months after the 3-month review."
                )));
            }
            Err(message) => {
                save_error.set(Some(message));
                focus_summary(summary);
            }
        }
    };
    let field = move |read: fn(&SettingsDraft) -> String, write: fn(&mut SettingsDraft, String)| {
        (
            Signal::derive(move || draft.with(read)),
            Callback::new(move |text| draft.update(|d| write(d, text))),
        )
    };
    let (name, set_name) = field(|d| d.name.clone(), |d, t| d.name = t);
    let (interval, set_interval) = field(
        |d| d.review_interval_months.clone(),
        |d, t| d.review_interval_months = t,
    );
    let (domains, set_domains) = field(|d| d.extra_domains.clone(), |d, t| d.extra_domains = t);
    let (public_address, set_public_address) =
        field(|d| d.public_address.clone(), |d, t| d.public_address = t);
    let (reminder, set_reminder) = field(
        |d| d.backup_reminder_days.clone(),
        |d, t| d.backup_reminder_days = t,
    );

    view! {
        <h1>"Service"</h1>
        <div role="alert">
            {move || state.settings_problem.get().map(|p| view! {
                <p class="notice notice-warning">{p}</p>
            })}
        </div>
        <nav aria-label="The service" class="service-links">
            <ul>
                <li><Link to="/service/aims">"Aims and targets"</Link></li>
                <li><Link to="/service/dashboard">"Dashboard"</Link></li>
                <li><Link to="/service/logic-model">"Logic models"</Link></li>
                <li><Link to="/service/reflections">"Reflections"</Link></li>
            </ul>
        </nav>
        <ErrorSummary errors=errors save_error=save_error node_ref=summary/>
        <form class="form" novalidate on:submit=save>
            <h2>"About the service"</h2>
            <TextField
                id=SETTINGS_NAME
                label="Service name"
                hint="Shown on the dashboard and the service report. For example: Riverside Family Support."
                value=name
                on_input=set_name
                error=error_for(errors, SETTINGS_NAME.to_owned())
            />
            <h2>"Reviews"</h2>
            <p>
                "The first conversation is the baseline; the first review is 3 months later, then "
                "one every so many months."
            </p>
            <TextField
                id=SETTINGS_INTERVAL
                label="Months between reviews"
                hint="A whole number from 1 to 24. The usual is 6."
                value=interval
                on_input=set_interval
                error=error_for(errors, SETTINGS_INTERVAL.to_owned())
            />
            <h2>"Outcome domains"</h2>
            <p>
                "Every outcome, trigger card and unplanned outcome belongs to a domain. The "
                "built-in ones are: " {BUILT_IN_DOMAINS.join(", ")} "."
            </p>
            <TextField
                id=SETTINGS_DOMAINS
                label="Your service's own domains"
                hint="One a line, for example Education. Up to 20."
                multiline=true
                value=domains
                on_input=set_domains
                error=error_for(errors, SETTINGS_DOMAINS.to_owned())
            />
            <h2>"Backups"</h2>
            <p>
                "When records have changed and there has been no backup for this many days, the "
                "People list and the Data page suggest one."
            </p>
            <TextField
                id=SETTINGS_REMINDER
                label="Days before a backup is suggested"
                hint="A whole number from 1 to 365. The usual is 14."
                value=reminder
                on_input=set_reminder
                error=error_for(errors, SETTINGS_REMINDER.to_owned())
            />
            <h2>"Cards on people's phones"</h2>
            <p>
                "A person can answer trigger cards on their own phone. Their invitation opens "
                "this app's answer page, so the phone must be able to reach this app. Set the "
                "address people open it at when it is not the one in this browser's address "
                "bar (for example when this copy runs from a file or on this computer only)."
            </p>
            <TextField
                id=SETTINGS_PUBLIC_ADDRESS
                label="This app's public address"
                hint="For example https://example.org/outcome-focus/. Leave it blank to use the address in the address bar."
                input_type="url"
                value=public_address
                on_input=set_public_address
                error=error_for(errors, SETTINGS_PUBLIC_ADDRESS.to_owned())
            />
            <div class="actions">
                <button type="submit" class="button-primary">"Save settings"</button>
            </div>
        </form>
        <p role="status">{move || saved_note.get()}</p>
    }
}
