use leptos::html;
use leptos::prelude::*;

use super::CaseProgress;
use super::LivePerson;
use crate::domain::{format_uk_date, CaseStatus, Person, PersonId};
use crate::route::Route;
use crate::ui::clock::today;
use crate::ui::records::{delete_person, save_person};
use crate::ui::router::use_navigator;
use crate::ui::set_title;
use crate::ui::state::use_app_state;
use crate::ui::widgets::{ConfirmDialog, Link};

/// A person's page: their details, and the actions on their case. It reads the record again
/// whenever it changes, here or in another tab.
#[component]
pub fn PersonPage(
    /// Whose page it is.
    id: PersonId,
) -> impl IntoView {
    view! { <LivePerson id=id show=|person| view! { <PersonDetails person=person/> }.into_any()/> }
}

/// The details and actions for one stored person.
#[component]
fn PersonDetails(person: Person) -> impl IntoView {
    set_title(&person.name);
    let state = use_app_state();
    let navigator = use_navigator();
    let action_error = RwSignal::new(None::<String>);
    let dialog = NodeRef::<html::Dialog>::new();
    let person = StoredValue::new(person);
    let read = move |f: fn(&Person) -> String| person.with_value(f);

    let toggle_status = move |_| {
        let mut changed = person.get_value();
        let message = match changed.status {
            CaseStatus::Open => {
                changed.close(today());
                "Case closed."
            }
            CaseStatus::Closed => {
                changed.reopen();
                "Case reopened."
            }
        };
        match save_person(state, &changed) {
            Ok(saved) => {
                state.flash(&Route::Person(saved.id).path(), message.into());
                action_error.set(None);
            }
            Err(error) => action_error.set(Some(error.to_string())),
        }
    };
    let open_dialog = move |_| {
        if let Some(dialog) = dialog.get_untracked() {
            let _ = dialog.show_modal();
        }
    };
    let delete = Callback::new(move |()| {
        let (id, name) = person.with_value(|p| (p.id.clone(), p.name.clone()));
        if let Some(dialog) = dialog.get_untracked() {
            dialog.close();
        }
        match delete_person(&id) {
            Ok(()) => {
                state.return_after_save(navigator, "/", format!("{name} was deleted."));
            }
            Err(error) => action_error.set(Some(error.to_string())),
        }
    });

    let status = person.with_value(|p| p.status);
    let closed_on = person.with_value(|p| p.closed_on);
    let or_none = |text: String| {
        if text.is_empty() {
            "None recorded".to_owned()
        } else {
            text
        }
    };
    view! {
        <div class="page-heading">
            <h1>{read(|p| p.name.clone())}</h1>
            <span class="status" class:status-closed=status == CaseStatus::Closed>
                {status.label()}
            </span>
        </div>
        <div role="alert" class="action-error">
            {move || action_error.get().map(|message| view! {
                <p class="notice notice-error">{message}</p>
            })}
        </div>
        <dl class="details">
            <div>
                <dt>"Referral date"</dt>
                <dd>{read(|p| format_uk_date(p.referral_date))}</dd>
            </div>
            <div>
                <dt>"Key worker"</dt>
                <dd>{or_none(read(|p| p.key_worker.clone()))}</dd>
            </div>
            <div>
                <dt>"Carer"</dt>
                <dd>{or_none(read(|p| p.carer.clone()))}</dd>
            </div>
            <div>
                <dt>"Status"</dt>
                <dd>
                    {match closed_on {
                        Some(date) => format!("Closed on {}", format_uk_date(date)),
                        None => status.label().to_owned(),
                    }}
                </dd>
            </div>
        </dl>
        <div class="actions page-links">
            <Link to=read(|p| Route::PersonProgress(p.id.clone()).path()) class="button-secondary">
                "Progress charts"
            </Link>
            <Link to=read(|p| Route::PersonReport(p.id.clone()).path()) class="button-secondary">
                "Print report"
            </Link>
        </div>
        <h2>"Needs and presentation"</h2>
        <p class="free-text">{or_none(read(|p| p.presentation.clone()))}</p>
        <div class="actions">
            <Link to=read(|p| Route::EditPerson(p.id.clone()).path()) class="button-secondary">
                "Edit"
            </Link>
            <button type="button" class="button-secondary" on:click=toggle_status>
                {match status {
                    CaseStatus::Open => "Close case",
                    CaseStatus::Closed => "Reopen case",
                }}
            </button>
            <button type="button" class="button-danger" on:click=open_dialog>"Delete"</button>
        </div>
        <ConfirmDialog
            dialog=dialog
            id="delete-title"
            title=read(|p| format!("Delete {}?", p.name))
            message=read(|p| format!(
                "This removes {}'s record from this browser for good. It cannot be undone. If the work has ended, close the case instead.",
                p.name
            ))
            confirm_label=read(|p| format!("Yes, delete {}", p.name))
            confirm_class="button-danger"
            cancel_label="Cancel"
            on_confirm=delete
        />
        <CaseProgress person=person.get_value() today=today()/>
    }
}
