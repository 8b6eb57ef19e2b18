use leptos::html;
use leptos::prelude::*;

use super::{first_deck, AimForm};
use crate::domain::{example_aims, Aim, AimDraft, ServiceAims, TargetDraft};
use crate::ui::reading::all_decks;
use crate::ui::records::{load_service_record, save_service_record};
use crate::ui::set_title;
use crate::ui::widgets::{ConfirmDialog, Link};

/// Which aim the form is open for.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Editing {
    /// A new aim, starting from this form.
    New(AimDraft),
    /// The stored aim with this id.
    Aim(String),
}

/// `Aims and targets`: the service's aims, each measured by targets on readings or on
/// outcome statuses; adding, editing and deleting them; the seed's example to start from.
#[component]
pub fn ServiceAimsPage() -> impl IntoView {
    set_title("Aims and targets");
    let (stored, problem) = load_service_record::<ServiceAims>();
    let aims = RwSignal::new(stored);
    let (decks, decks_problem) = all_decks();
    let decks = StoredValue::new(decks);
    let editing = RwSignal::new(None::<Editing>);
    let notice = RwSignal::new(None::<String>);
    let action_error = RwSignal::new(None::<String>);
    let to_delete = RwSignal::new(None::<Aim>);
    let dialog = NodeRef::<html::Dialog>::new();

    let save_all = move |next: ServiceAims, done: String| -> Result<(), String> {
        let saved = save_service_record(&next)?;
        aims.set(saved);
        notice.set(Some(done));
        Ok(())
    };
    let on_save = Callback::new(move |aim: Aim| {
        let mut next = aims.get_untracked();
        let words = aim.words.clone();
        next.upsert(aim);
        save_all(next, format!("Aim saved: {words}"))?;
        editing.set(None);
        Ok(())
    });
    let on_cancel = Callback::new(move |()| editing.set(None));
    let add_examples = move |_| {
        let mut next = aims.get_untracked();
        let checked: Result<Vec<Aim>, _> = decks.with_value(|all| {
            example_aims()
                .iter()
                .map(|draft| {
                    let aim = draft.validate(&next.next_id(), all)?;
                    next.upsert(aim.clone());
                    Ok::<Aim, Vec<crate::domain::AimError>>(aim)
                })
                .collect()
        });
        let result = match checked {
            Ok(_) => save_all(next, "The example aims were added.".into()),
            Err(_) => Err("The example aims need the built-in decks, which were not found.".into()),
        };
        action_error.set(result.err());
    };
    let confirm_delete = Callback::new(move |()| {
        if let Some(dialog) = dialog.get_untracked() {
            dialog.close();
        }
        let Some(aim) = to_delete.get_untracked() else {
            return;
        };
        let mut next = aims.get_untracked();
        next.remove(&aim.id);
        let result = save_all(next, format!("Aim deleted: {}", aim.words));
        action_error.set(result.err());
    });
    let start_new = move |_| {
        let deck = decks.with_value(|all| first_deck(all));
        editing.set(Some(Editing::New(AimDraft {
            words: String::new(),
            targets: vec![TargetDraft::readings(&deck)],
        })));
        notice.set(None);
    };

    view! {
        <h1>"Aims and targets"</h1>
        <p>
            "An aim is what the service sets out to do. Each target measures it: a share of "
            "people whose trigger-card readings improve, or a share of outcomes achieved. The "
            <Link to="/service/dashboard">"dashboard"</Link>
            " shows how each target is doing."
        </p>
        {problem.map(|p| view! { <p class="notice notice-warning" role="alert">{p}</p> })}
        {decks_problem.map(|p| view! { <p class="notice notice-warning" role="alert">{p}</p> })}
        <div role="alert">
            {move || action_error.get().map(|e| view! { <p class="notice notice-error">{e}</p> })}
        </div>
        <p role="status">{move || notice.get()}</p>
        {move || {
            let list = aims.with(|a| a.aims.clone());
            let empty = list.is_empty();
            view! {
                {empty.then(|| view! {
                    <div class="empty-state">
                        <p>"No aims yet. Add your own, or start from the worked example and change it to fit."</p>
                        <button type="button" class="button-secondary" on:click=add_examples>
                            "Add the example aims"
                        </button>
                    </div>
                })}
                <ol class="aim-list">
                    {list.into_iter().enumerate().map(|(k, aim)| {
                        let n = k + 1;
                        let described: Vec<String> = decks.with_value(|all| {
                            aim.targets.iter().map(|t| t.describe(all)).collect()
                        });
                        let id = aim.id.clone();
                        let delete = aim.clone();
                        view! {
                            <li class="aim">
                                <h2>{format!("Aim {n}: {}", aim.words)}</h2>
                                <ul>
                                    {described.into_iter().map(|d| view! { <li>{d}</li> }).collect_view()}
                                </ul>
                                <div class="actions">
                                    <button type="button" class="button-secondary" on:click=move |_| {
                                        notice.set(None);
                                        editing.set(Some(Editing::Aim(id.clone())));
                                    }>
                                        {format!("Edit aim {n}")}
                                    </button>
                                    <button type="button" class="button-danger" on:click=move |_| {
                                        to_delete.set(Some(delete.clone()));
                                        if let Some(dialog) = dialog.get_untracked() {
                                            let _ = dialog.show_modal();
                                        }
                                    }>
                                        {format!("Delete aim {n}")}
                                    </button>
                                </div>
                            </li>
                        }
                    }).collect_view()}
                </ol>
            }
        }}
        {move || match editing.get() {
            None => view! {
                <div class="actions">
                    <button type="button" class="button-primary" on:click=start_new>"Add an aim"</button>
                </div>
            }.into_any(),
            Some(Editing::New(draft)) => view! {
                <AimForm
                    aim_id=aims.with_untracked(ServiceAims::next_id)
                    heading="Add an aim"
                    initial=draft
                    decks=decks
                    on_save=on_save
                    on_cancel=on_cancel
                />
            }.into_any(),
            Some(Editing::Aim(id)) => {
                let found = aims.with_untracked(|a| {
                    let n = a.aims.iter().position(|x| x.id == id)? + 1;
                    a.get(&id).map(|aim| (n, AimDraft::from_aim(aim)))
                });
                match found {
                    Some((n, draft)) => view! {
                        <AimForm
                            aim_id=id
                            heading=format!("Edit aim {n}")
                            initial=draft
                            decks=decks
                            on_save=on_save
                            on_cancel=on_cancel
                        />
                    }.into_any(),
                    None => view! {
                        <p class="notice notice-warning">"That aim was deleted in another tab."</p>
                    }.into_any(),
                }
            }
        }}
        <ConfirmDialog
            dialog=dialog
            id="delete-aim-title"
            title="Delete this aim?"
            message="The aim and its targets are removed from the dashboard. People's records and readings are not changed."
            confirm_label="Delete aim"
            confirm_class="button-danger"
            cancel_label="Keep it"
            on_confirm=confirm_delete
        />
    }
}
