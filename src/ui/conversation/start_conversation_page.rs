use leptos::html;
use leptos::prelude::*;

use super::{
    AspirationsStep, CheckStep, DraftState, ImagineStep, NowStep, OutcomesStep, SummaryStep,
};
use crate::domain::{
    format_uk_date, ConversationDraft, DraftError, Person, PersonId, CONVERSATION_STEPS,
};
use crate::route::Route;
use crate::ui::clock::today;
use crate::ui::drafts::keep_as_draft;
use crate::ui::records::{
    discard_draft, load_draft, person_or_unavailable, save_person_and_return,
};
use crate::ui::router::use_navigator;
use crate::ui::set_title;
use crate::ui::state::use_app_state;
use crate::ui::widgets::{focus_by_id, Link, ResumeOrDiscard, StepIndicator};

/// `Start a conversation`: the guided first conversation with a person, one step per
/// screen, saved as a draft as it is typed so it can be left and resumed.
#[component]
pub fn StartConversationPage(
    /// Who the conversation is with.
    id: PersonId,
) -> impl IntoView {
    set_title("Start a conversation");
    person_or_unavailable(&id, |person| {
        view! { <ConversationStart person=person/> }.into_any()
    })
}

/// For a person whose record was read: the conversation, unless it has been held already,
/// after offering to resume an unfinished one.
#[component]
fn ConversationStart(person: Person) -> impl IntoView {
    let id = person.id.clone();
    if let Some(first) = person.first_contact() {
        let date = format_uk_date(first.date);
        return view! {
            <h1>"Start a conversation"</h1>
            <p>
                "The first conversation with " {person.name.clone()} " was on " {date}
                ". Record how things are going with a review."
            </p>
            <div class="actions">
                <Link to=Route::StartReview(id.clone()).path() class="button-primary">"Start a review"</Link>
                <Link to=Route::Person(id).path() class="button-secondary">"Back to their page"</Link>
            </div>
        }
        .into_any();
    }
    match load_draft::<ConversationDraft>(&id) {
        Ok(Some(saved)) => {
            view! { <ConversationResumeOffer person=person saved=saved/> }.into_any()
        }
        Ok(None) => {
            let draft = ConversationDraft::new(&person, today());
            view! { <ConversationWizard person=person draft=draft/> }.into_any()
        }
        Err(error) => {
            let draft = ConversationDraft::new(&person, today());
            view! {
                <p class="notice notice-warning">
                    "Your unfinished conversation could not be read (" {error.to_string()}
                    "). It will be kept aside, not deleted, when this new one is saved."
                </p>
                <ConversationWizard person=person draft=draft/>
            }
            .into_any()
        }
    }
}

/// Offers to resume an unfinished conversation, or to discard it after a confirmation.
#[component]
fn ConversationResumeOffer(person: Person, saved: ConversationDraft) -> impl IntoView {
    let message = format!(
        "You have an unfinished conversation with {}, saved at step {} of {} ({}).",
        person.name,
        saved.step + 1,
        CONVERSATION_STEPS.len(),
        CONVERSATION_STEPS.get(saved.step).copied().unwrap_or("Now"),
    );
    let title = format!("Conversation with {}", person.name);
    // `None` while the offer is open; then whether the kept draft was resumed.
    let choice = RwSignal::new(None::<bool>);
    let person = StoredValue::new(person);
    let saved = StoredValue::new(saved);
    let discard = Callback::new(move |()| {
        person
            .with_value(|p| discard_draft::<ConversationDraft>(&p.id))
            .map_err(|e| e.to_string())
    });
    let chosen = Callback::new(move |resume| choice.set(Some(resume)));
    move || match choice.get() {
        None => view! {
            <ResumeOrDiscard
                title=title.clone()
                message=message.clone()
                what="conversation"
                discard=discard
                chosen=chosen
            />
        }
        .into_any(),
        Some(resume) => {
            let draft = if resume {
                saved.get_value()
            } else {
                person.with_value(|p| ConversationDraft::new(p, today()))
            };
            view! { <ConversationWizard person=person.get_value() draft=draft/> }.into_any()
        }
    }
}

/// The six steps, with Back and Next, saving the draft on every change.
#[component]
fn ConversationWizard(person: Person, draft: ConversationDraft) -> impl IntoView {
    let app = use_app_state();
    let navigator = use_navigator();
    let state = DraftState {
        draft: RwSignal::new(draft),
        errors: RwSignal::new(Vec::<DraftError>::new()),
    };
    let draft = state.draft;
    let save_error = RwSignal::new(None::<String>);
    let heading = NodeRef::<html::H2>::new();
    let person = StoredValue::new(person);
    let id = person.with_value(|p| p.id.clone());
    keep_as_draft(draft, id, save_error);

    let step = Memo::new(move |_| draft.with(|d| d.step.min(CONVERSATION_STEPS.len() - 1)));
    let last = CONVERSATION_STEPS.len() - 1;
    let focus_heading = move || {
        request_animation_frame(move || {
            if let Some(heading) = heading.get_untracked() {
                let _ = heading.focus();
            }
        })
    };
    let go_to = Callback::new(move |target: usize| {
        let errors = person.with_value(|p| draft.with_untracked(|d| d.errors(p, today())));
        state
            .errors
            .set(if target == last { errors } else { Vec::new() });
        draft.update(|d| d.step = target);
        focus_heading();
    });
    let next = move |_| {
        let current = step.get_untracked();
        let errors =
            person.with_value(|p| draft.with_untracked(|d| d.step_errors(current, p, today())));
        if errors.is_empty() {
            go_to.run(current + 1);
        } else {
            state.errors.set(errors);
            focus_heading();
        }
    };
    let back = move |_| go_to.run(step.get_untracked().saturating_sub(1));
    // From the Summary's problem list: open the step with its problems shown at its fields.
    let fix = Callback::new(move |target: usize| {
        go_to.run(target);
        let errors =
            person.with_value(|p| draft.with_untracked(|d| d.step_errors(target, p, today())));
        state.errors.set(errors);
    });
    let save = move |_| {
        let finished = person.with_value(|p| draft.with_untracked(|d| d.finish(p, today())));
        match finished {
            Err(errors) => {
                state.errors.set(errors);
                focus_heading();
            }
            Ok(updated) => {
                let path = Route::Person(updated.id.clone()).path();
                let message = "First conversation saved: this is the baseline.";
                match save_person_and_return(app, navigator, &updated, &path, message.into()) {
                    Err(e) => save_error.set(Some(e.to_string())),
                    Ok(saved) => {
                        let _ = discard_draft::<ConversationDraft>(&saved.id);
                    }
                }
            }
        }
    };
    let step_errors = move || {
        let current = step.get();
        state.errors.with(|errors| {
            errors
                .iter()
                .filter(|e| e.step == current)
                .map(|e| (e.field.clone(), e.message.clone()))
                .collect::<Vec<_>>()
        })
    };

    view! {
        <h1>{format!("Conversation with {}", person.with_value(|p| p.name.clone()))}</h1>
        <StepIndicator steps=&CONVERSATION_STEPS current=step/>
        <div role="alert" class="action-error">
            {move || save_error.get().map(|e| view! { <p class="notice notice-error">{e}</p> })}
        </div>
        <section class="wizard-step" aria-labelledby="step-title">
            <h2 id="step-title" tabindex="-1" node_ref=heading>
                {move || CONVERSATION_STEPS[step.get()]}
            </h2>
            <div class="error-summary" role="alert">
                {move || {
                    let messages = step_errors();
                    (!messages.is_empty() && step.get() != last).then(|| view! {
                        <h3>"There is a problem"</h3>
                        <ul>{messages.into_iter().map(|(field, message)| view! {
                            <li>
                                <a
                                    href=format!("#{field}")
                                    target="_self"
                                    on:click=move |ev| {
                                        ev.prevent_default();
                                        focus_by_id(&field);
                                    }
                                >
                                    {message}
                                </a>
                            </li>
                        }).collect_view()}</ul>
                    })
                }}
            </div>
            {move || match step.get() {
                0 => view! { <NowStep state=state/> }.into_any(),
                1 => view! { <AspirationsStep state=state/> }.into_any(),
                2 => view! { <ImagineStep state=state/> }.into_any(),
                3 => view! { <OutcomesStep state=state/> }.into_any(),
                4 => view! { <CheckStep state=state/> }.into_any(),
                _ => view! { <SummaryStep state=state go_to=fix/> }.into_any(),
            }}
        </section>
        <div class="actions wizard-nav">
            <Show when=move || { step.get() > 0 }>
                <button type="button" class="button-secondary" on:click=back>"Back"</button>
            </Show>
            <Show
                when=move || { step.get() < last }
                fallback=move || view! {
                    <button type="button" class="button-primary" on:click=save>"Save conversation"</button>
                }
            >
                <button type="button" class="button-primary" on:click=next>"Next"</button>
            </Show>
        </div>
        <p class="draft-note">"Everything you type is kept as a draft in this browser until you save."</p>
    }
}
