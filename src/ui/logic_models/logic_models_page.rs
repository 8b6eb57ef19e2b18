use leptos::html;
use leptos::prelude::*;

use super::{LogicModelColumns, LogicModelForm, ModelDeletion};
use crate::domain::{life_story_work, LogicModel, LogicModels, PieceOfWork};
use crate::ui::records::{load_service_record, reload_service_record, save_service_record};
use crate::ui::set_title;
use crate::ui::state::use_app_state;

/// The example's name, to tell whether it has been added already.
const EXAMPLE_NAME: &str = "Life story work";

/// Which model the form is open on.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Editing {
    /// The service's own model.
    Service,
    /// A piece of work not saved yet.
    NewWork,
    /// A piece of work's model for one person, by the piece's id.
    Work(String),
    /// A piece of work's service side, by the piece's id.
    ServiceSide(String),
}

/// `Logic models`: inputs, processes, outputs and outcomes, for the service and for each
/// piece of work with its service side; added, edited and deleted here.
#[component]
pub fn LogicModelsPage() -> impl IntoView {
    set_title("Logic models");
    let (loaded, load_problem) = load_service_record::<LogicModels>();
    let models = RwSignal::new(loaded);
    let editing = RwSignal::new(None::<Editing>);
    let note = RwSignal::new(None::<String>);
    let action_error = RwSignal::new(None::<String>);
    let title = NodeRef::<html::H1>::new();

    // Saved in another tab: show it, unless a form is open (its save then says it is stale).
    let state = use_app_state();
    state.after_changes(move || {
        if editing.get_untracked().is_none() {
            if let Some(stored) = reload_service_record::<LogicModels>() {
                models.set(stored);
            }
        }
    });

    // Saves a changed copy; the page shows it only once it is stored.
    let store = move |change: &dyn Fn(&mut LogicModels)| -> Result<(), String> {
        let mut changed = models.get_untracked();
        change(&mut changed);
        let saved = save_service_record(&changed)?;
        models.set(saved);
        Ok(())
    };
    let close = move |message: Option<String>| {
        editing.set(None);
        note.set(message);
        if let Some(title) = title.get_untracked() {
            let _ = title.focus();
        }
    };
    let add_example = move |_| {
        let added = store(&|m: &mut LogicModels| {
            let mut example = life_story_work();
            example.id = m.next_id();
            m.upsert(example);
        });
        match added {
            Ok(()) => {
                action_error.set(None);
                note.set(Some("The life story work example was added.".into()));
            }
            Err(message) => action_error.set(Some(message)),
        }
    };
    // A save from the form of one side of a piece of work: the work, or its service side.
    let save_piece = move |id: String, side: fn(&mut PieceOfWork) -> &mut LogicModel| {
        Callback::new(move |model: LogicModel| {
            let name = model.name.clone();
            store(&|m: &mut LogicModels| {
                if let Some(w) = m.pieces_of_work.iter_mut().find(|w| w.id == id) {
                    *side(w) = model.clone();
                }
            })?;
            close(Some(format!("{name} was saved.")));
            Ok(())
        })
    };
    let open = move |which: Editing| {
        move |_| {
            note.set(None);
            action_error.set(None);
            editing.set(Some(which.clone()));
        }
    };

    let form = move |which: Editing| {
        let snapshot = models.get_untracked();
        let piece = |id: &str| snapshot.pieces_of_work.iter().find(|w| w.id == id).cloned();
        let on_cancel = Callback::new(move |()| close(None));
        match which {
            Editing::Service => {
                let deletion = (snapshot.service != LogicModel::default()).then(|| ModelDeletion {
                    title: "Delete the service's logic model?".into(),
                    message: "This clears the service's logic model from this browser for good. \
                              The pieces of work stay."
                        .into(),
                    delete: Callback::new(move |()| {
                        store(&|m: &mut LogicModels| m.service = LogicModel::default())?;
                        close(Some("The service's logic model was deleted.".into()));
                        Ok(())
                    }),
                });
                let on_save = Callback::new(move |model: LogicModel| {
                    let name = model.name.clone();
                    store(&|m: &mut LogicModels| m.service = model.clone())?;
                    close(Some(format!("{name} was saved.")));
                    Ok(())
                });
                view! {
                    <LogicModelForm
                        heading="The service's logic model"
                        model=snapshot.service.clone()
                        hint="The service's name, or \u{201c}Our service\u{201d}."
                        on_save=on_save
                        on_cancel=on_cancel
                        deletion=deletion
                    />
                }
                .into_any()
            }
            Editing::NewWork => {
                let on_save = Callback::new(move |work: LogicModel| {
                    let name = work.name.clone();
                    store(&|m: &mut LogicModels| {
                        let service_side = LogicModel {
                            name: format!("{}: the service", work.name),
                            ..LogicModel::default()
                        };
                        let id = m.next_id();
                        m.upsert(PieceOfWork {
                            id,
                            work: work.clone(),
                            service_side,
                        });
                    })?;
                    close(Some(format!("{name} was added.")));
                    Ok(())
                });
                view! {
                    <LogicModelForm
                        heading="Add a piece of work"
                        model=LogicModel::default()
                        hint="What the work is, for example \u{201c}Life story work\u{201d}. Its service side can be set out once it is saved."
                        on_save=on_save
                        on_cancel=on_cancel
                    />
                }
                .into_any()
            }
            Editing::Work(id) | Editing::ServiceSide(id) if piece(&id).is_none() => {
                // Deleted in the meantime (another tab): nothing to edit.
                close(Some("That piece of work is no longer there.".into()));
                ().into_any()
            }
            Editing::Work(id) => {
                let current = piece(&id).map(|w| w.work).unwrap_or_default();
                let name = current.name.clone();
                let (save_id, delete_id) = (id.clone(), id);
                let deletion = ModelDeletion {
                    title: format!("Delete {name}?"),
                    message: format!(
                        "This removes {name} and its service side from this browser for good. It cannot be undone."
                    ),
                    delete: Callback::new(move |()| {
                        let name = name.clone();
                        store(&|m: &mut LogicModels| {
                            m.remove(&delete_id);
                        })?;
                        close(Some(format!("{name} was deleted.")));
                        Ok(())
                    }),
                };
                let on_save = save_piece(save_id, |w| &mut w.work);
                view! {
                    <LogicModelForm
                        heading=format!("Edit {}", current.name)
                        model=current
                        hint="What the work is, for one person."
                        on_save=on_save
                        on_cancel=on_cancel
                        deletion=Some(deletion)
                    />
                }
                .into_any()
            }
            Editing::ServiceSide(id) => {
                let current = piece(&id).map(|w| w.service_side).unwrap_or_default();
                let on_save = save_piece(id, |w| &mut w.service_side);
                view! {
                    <LogicModelForm
                        heading=format!("Edit {}", current.name)
                        model=current
                        hint="What doing this work for everyone achieves for the service."
                        on_save=on_save
                        on_cancel=on_cancel
                    />
                }
                .into_any()
            }
        }
    };

    let service_view = move || {
        let service = models.with(|m| m.service.clone());
        if service == LogicModel::default() {
            view! {
                <p>"The service's own logic model is not set out yet."</p>
                <div class="actions">
                    <button type="button" class="button-secondary" on:click=open(Editing::Service)>
                        "Set out the service's logic model"
                    </button>
                </div>
            }
            .into_any()
        } else {
            let name = service.name.clone();
            view! {
                <LogicModelColumns model=service id="service">
                    <button type="button" class="button-secondary" on:click=open(Editing::Service)>
                        "Edit"<span class="visually-hidden">" "{name}</span>
                    </button>
                </LogicModelColumns>
            }
            .into_any()
        }
    };
    let pieces_view = move || {
        let pieces = models.with(|m| m.pieces_of_work.clone());
        if pieces.is_empty() {
            return view! { <p>"No pieces of work are set out yet."</p> }.into_any();
        }
        pieces
            .into_iter()
            .map(|piece| {
                let (work_name, side_name) =
                    (piece.work.name.clone(), piece.service_side.name.clone());
                let (work_id, side_id) =
                    (format!("{}-work", piece.id), format!("{}-side", piece.id));
                let (edit_work, edit_side) = (
                    open(Editing::Work(piece.id.clone())),
                    open(Editing::ServiceSide(piece.id.clone())),
                );
                view! {
                    <div class="piece-of-work">
                        <LogicModelColumns model=piece.work id=work_id>
                            <button type="button" class="button-secondary" on:click=edit_work>
                                "Edit"<span class="visually-hidden">" "{work_name}</span>
                            </button>
                        </LogicModelColumns>
                        <LogicModelColumns model=piece.service_side id=side_id>
                            <button type="button" class="button-secondary" on:click=edit_side>
                                "Edit"<span class="visually-hidden">" "{side_name}</span>
                            </button>
                        </LogicModelColumns>
                    </div>
                }
            })
            .collect_view()
            .into_any()
    };
    let is_empty =
        move || models.with(|m| m.service == LogicModel::default() && m.pieces_of_work.is_empty());
    let has_example = move || {
        models.with(|m| {
            m.pieces_of_work
                .iter()
                .any(|w| w.work.name.trim().eq_ignore_ascii_case(EXAMPLE_NAME))
        })
    };

    view! {
        <h1 tabindex="-1" node_ref=title>"Logic models"</h1>
        {load_problem.map(|p| view! { <p class="notice notice-warning" role="alert">{p}</p> })}
        <div role="alert">
            {move || action_error.get().map(|message| view! { <p class="notice notice-error">{message}</p> })}
        </div>
        <p role="status">{move || note.get()}</p>
        {move || match editing.get() {
            Some(which) => form(which),
            None => view! {
                <Show when=is_empty>
                    <div class="empty-state">
                        <p>
                            "A logic model sets out what goes in (inputs), what is done with it "
                            "(processes), what that delivers (outputs) and the changes in people's "
                            "lives that follow (outcomes)."
                        </p>
                        <p>
                            "Set one out for the service as a whole and one for each piece of work, "
                            "to show how the work leads to the outcomes you aim for."
                        </p>
                    </div>
                </Show>
                <h2>"The service"</h2>
                {service_view}
                <h2>"Pieces of work"</h2>
                <p>"Each piece of work has two models: what it achieves for one person, and its service side."</p>
                {pieces_view}
                <div class="actions">
                    <button type="button" class="button-secondary" on:click=open(Editing::NewWork)>
                        "Add a piece of work"
                    </button>
                    <Show when=move || !has_example()>
                        <button type="button" class="button-secondary" on:click=add_example>
                            "Add the life story work example"
                        </button>
                    </Show>
                </div>
            }
            .into_any(),
        }}
    }
}
