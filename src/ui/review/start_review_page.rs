use leptos::ev::SubmitEvent;
use leptos::html;
use leptos::prelude::*;

use super::{NewOutcomeFields, OutcomeReviewFields};
use crate::domain::{
    format_uk_date, iso_date, FormError, OutcomeStatus, Person, PersonId, ReviewDraft, ReviewField,
    UnplannedDraft, UnplannedField,
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
use crate::ui::unplanned::UnplannedFields;
use crate::ui::widgets::ResumeOrDiscard;
use crate::ui::widgets::{error_for, focus_by_id, focus_summary, ErrorSummary, Link, TextField};

/// `Start a review` for a person: one section per current outcome, and outcomes agreed on
/// the day. The record is read once when the page opens; a save made meanwhile in another
/// tab is detected on saving, never silently overwritten.
#[component]
pub fn StartReviewPage(
    /// Whose review it is.
    id: PersonId,
) -> impl IntoView {
    set_title("Start a review");
    person_or_unavailable(&id, |person| {
        if person.first_contact().is_none() {
            let conversation = Route::StartConversation(person.id.clone()).path();
            view! {
                <h1>"Start a review"</h1>
                <p>
                    "A review looks back at the outcomes agreed in the first conversation. "
                    "Have the first conversation with " {person.name.clone()} " first."
                </p>
                <div class="actions">
                    <Link to=conversation class="button-primary">"Start a conversation"</Link>
                    <Link to=Route::Person(person.id).path() class="button-secondary">"Back to their page"</Link>
                </div>
            }
            .into_any()
        } else {
            let (saved, notice) = match load_draft::<ReviewDraft>(&person.id) {
                Ok(saved) => (saved, None),
                Err(error) => (
                    None,
                    Some(format!(
                        "Your unfinished review could not be read ({error}). It will be kept \
                         aside, not deleted, when this new one is saved."
                    )),
                ),
            };
            view! { <ReviewStart person=person saved=saved notice=notice/> }.into_any()
        }
    })
}

/// The review form, after offering to resume an unfinished review (lined up with the
/// outcomes worked on now) or to discard it.
#[component]
fn ReviewStart(
    person: Person,
    saved: Option<ReviewDraft>,
    notice: Option<String>,
) -> impl IntoView {
    let resumed = saved.map(|saved| saved.resume(&person));
    let offer = resumed.as_ref().map(|r| r.offer(&person.name));
    // `None` while the offer is open; then whether the kept draft was resumed.
    let choice = RwSignal::new(offer.is_none().then_some(false));
    let title = format!("Review with {}", person.name);
    let resumed = StoredValue::new(resumed.map(|r| r.draft));
    let person = StoredValue::new(person);
    let discard = Callback::new(move |()| {
        person
            .with_value(|p| discard_draft::<ReviewDraft>(&p.id))
            .map_err(|e| e.to_string())
    });
    let chosen = Callback::new(move |resume| choice.set(Some(resume)));
    view! {
        {notice.map(|n| view! { <p class="notice notice-warning">{n}</p> })}
        {move || match choice.get() {
            None => view! {
                <ResumeOrDiscard
                    title=title.clone()
                    message=offer.clone().unwrap_or_default()
                    what="review"
                    discard=discard
                    chosen=chosen
                />
            }
            .into_any(),
            Some(resume) => {
                let draft = resume
                    .then(|| resumed.get_value())
                    .flatten()
                    .unwrap_or_else(|| person.with_value(|p| ReviewDraft::new(p, today())));
                view! { <ReviewForm person=person.get_value() draft=draft/> }.into_any()
            }
        }}
    }
}

/// The review form for a person who has had their first conversation, kept as a draft on
/// every change until it is saved.
#[component]
fn ReviewForm(person: Person, draft: ReviewDraft) -> impl IntoView {
    let state = use_app_state();
    let navigator = use_navigator();
    let draft = RwSignal::new(draft);
    let draft_error = RwSignal::new(None::<String>);
    let id = person.id.clone();
    keep_as_draft(draft, id, draft_error);
    let errors = RwSignal::new(Vec::<FormError>::new());
    let save_error = RwSignal::new(None::<String>);
    let summary = NodeRef::<html::Div>::new();
    let person_href = Route::Person(person.id.clone()).path();
    let current: Vec<_> = person
        .outcomes
        .iter()
        .filter(|o| o.status == OutcomeStatus::Working)
        .cloned()
        .collect();
    let name = person.name.clone();
    let history = match (
        person.first_contact(),
        person.review_dates().into_iter().max(),
    ) {
        (Some(first), Some(last)) => format!(
            "First conversation on {}; last review on {}.",
            format_uk_date(first.date),
            format_uk_date(last)
        ),
        (Some(first), None) => format!("First conversation on {}.", format_uk_date(first.date)),
        _ => String::new(),
    };
    let person = StoredValue::new(person);

    let submit = {
        let person_href = person_href.clone();
        move |ev: SubmitEvent| {
            ev.prevent_default();
            save_error.set(None);
            let valid = person.with_value(|p| draft.with_untracked(|d| d.validate(p, today())));
            match valid {
                Err(found) => {
                    errors.set(found);
                    focus_summary(summary);
                }
                Ok(valid) => {
                    errors.set(Vec::new());
                    let mut changed = person.get_value();
                    changed.record_review(valid);
                    let saved = save_person_and_return(
                        state,
                        navigator,
                        &changed,
                        &person_href,
                        "Review saved.".into(),
                    );
                    match saved {
                        Ok(saved) => {
                            // The review is stored; a draft left behind would only offer it
                            // again. If it cannot go, the offer's Discard still removes it.
                            let _ = discard_draft::<ReviewDraft>(&saved.id);
                        }
                        Err(error) => {
                            save_error.set(Some(error.to_string()));
                            focus_summary(summary);
                        }
                    }
                }
            }
        }
    };
    let add_outcome = move |_| {
        let index = draft.with_untracked(|d| d.new_outcomes.len());
        draft.update(|d| d.add_outcome(today()));
        // Let the new fields render, then take the user to them.
        request_animation_frame(move || focus_by_id(&ReviewField::NewWords(index).html_id()));
    };
    // A memo, so that typing in the form does not re-render the added outcomes.
    let new_count = Memo::new(move |_| draft.with(|d| d.new_outcomes.len()));
    let unplanned_count = Memo::new(move |_| draft.with(|d| d.unplanned.len()));
    let add_unplanned = move |_| {
        let index = draft.with_untracked(|d| d.unplanned.len());
        draft.update(|d| d.add_unplanned(today()));
        let first = UnplannedField::Date.id_in(&ReviewDraft::unplanned_prefix(index));
        request_animation_frame(move || focus_by_id(&first));
    };
    let date_error = error_for(errors, ReviewField::Date.html_id());
    let took_part_error = error_for(errors, ReviewField::TookPart.html_id());
    let no_current = current.is_empty();

    view! {
        <h1>"Start a review"</h1>
        <p class="lead">"With " <strong>{name}</strong></p>
        <p class="meta">{history}</p>
        <p class="draft-note">"Everything you type is kept as a draft in this browser until you save."</p>
        <div role="alert">
            {move || draft_error.get().map(|e| view! { <p class="notice notice-error">{e}</p> })}
        </div>
        <form class="review-form" novalidate on:submit=submit>
            <ErrorSummary errors=errors save_error=save_error node_ref=summary/>
            <TextField
                id=ReviewField::Date.html_id()
                label="Date of the review"
                input_type="date"
                max=iso_date(today())
                value=Signal::derive(move || draft.with(|d| d.date.clone()))
                on_input=Callback::new(move |v| draft.update(|d| d.set_date(v)))
                error=date_error
            />
            <TextField
                id=ReviewField::TookPart.html_id()
                label="Who took part"
                hint="For example: the person, their key worker, their mum."
                value=Signal::derive(move || draft.with(|d| d.took_part.clone()))
                on_input=Callback::new(move |v| draft.update(|d| d.took_part = v))
                error=took_part_error
            />
            <h2>"Current outcomes"</h2>
            {no_current.then(|| view! {
                <p>"There are no outcomes being worked on. You can agree new ones below."</p>
            })}
            {current
                .into_iter()
                .enumerate()
                .map(|(index, outcome)| view! {
                    <OutcomeReviewFields draft=draft errors=errors index=index outcome=outcome/>
                })
                .collect_view()}
            <h2>"Add an outcome"</h2>
            <p class="hint">"If things have changed, agree a new outcome together, in the person's own words."</p>
            {move || {
                (0..new_count.get())
                    .map(|index| view! {
                        <NewOutcomeFields
                            draft=draft
                            errors=errors
                            index=index
                            on_remove=Callback::new(|()| focus_by_id("review-add-outcome"))
                        />
                    })
                    .collect_view()
            }}
            <button type="button" id="review-add-outcome" class="button-secondary" on:click=add_outcome>
                {move || if new_count.get() == 0 { "Add an outcome" } else { "Add another outcome" }}
            </button>
            <h2>"Changes nobody planned"</h2>
            <p class="hint">
                "Has anything changed that nobody planned, for better or worse? A new relationship, "
                "a risk that has come to light…"
            </p>
            {move || {
                (0..unplanned_count.get())
                    .map(|index| view! { <ReviewUnplanned draft=draft errors=errors index=index/> })
                    .collect_view()
            }}
            <button type="button" id="review-add-unplanned" class="button-secondary" on:click=add_unplanned>
                {move || if unplanned_count.get() == 0 {
                    "Record an unplanned outcome"
                } else {
                    "Record another unplanned outcome"
                }}
            </button>
            <div class="actions">
                <button type="submit" class="button-primary">"Save review"</button>
                <Link to=person_href class="button-secondary">"Leave for now"</Link>
            </div>
        </form>
    }
}

/// One unplanned outcome recorded in the review, with a way to remove it again.
#[component]
fn ReviewUnplanned(
    draft: RwSignal<ReviewDraft>,
    errors: RwSignal<Vec<FormError>>,
    index: usize,
) -> impl IntoView {
    let n = index + 1;
    let value =
        Signal::derive(move || draft.with(|d| d.unplanned.get(index).cloned().unwrap_or_default()));
    let on_change = Callback::new(move |changed: UnplannedDraft| {
        draft.update(|d| {
            if let Some(entry) = d.unplanned.get_mut(index) {
                *entry = changed;
            }
        })
    });
    let remove = move |_| {
        draft.update(|d| {
            if index < d.unplanned.len() {
                d.unplanned.remove(index);
            }
        });
        focus_by_id("review-add-unplanned");
    };
    view! {
        <fieldset class="outcome-fields">
            <legend>{format!("Unplanned outcome {n}")}</legend>
            <UnplannedFields
                prefix=ReviewDraft::unplanned_prefix(index)
                value=value
                on_change=on_change
                errors=errors
            />
            <button type="button" class="button-secondary" on:click=remove>
                {format!("Remove unplanned outcome {n}")}
            </button>
        </fieldset>
    }
}
