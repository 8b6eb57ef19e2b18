use leptos::prelude::*;

use crate::domain::{FormError, NewOutcomeDraft, ReviewDraft, ReviewField, Term};
use crate::ui::clock::today;
use crate::ui::widgets::error_for;
use crate::ui::widgets::{DomainOptions, OutputHintNote, RadioGroup, TextField};

/// An outcome agreed during a review: its words, domain, term, target date, who works on it
/// and how everyone will know; with a button that removes it from the review.
#[component]
pub fn NewOutcomeFields(
    /// The review being filled in.
    draft: RwSignal<ReviewDraft>,
    /// The problems found on saving.
    errors: RwSignal<Vec<FormError>>,
    /// Which added outcome, from 0.
    index: usize,
    /// Called after the outcome is removed, to move the focus somewhere sensible.
    on_remove: Callback<()>,
) -> impl IntoView {
    let n = index + 1;
    let read = move |get: fn(&NewOutcomeDraft) -> String| {
        Signal::derive(move || {
            draft.with(|d| d.new_outcomes.get(index).map(get).unwrap_or_default())
        })
    };
    let update = move |d: &mut ReviewDraft, f: &dyn Fn(&mut NewOutcomeDraft)| {
        if let Some(outcome) = d.new_outcomes.get_mut(index) {
            f(outcome)
        }
    };
    let write = move |set: fn(&mut NewOutcomeDraft, String)| {
        Callback::new(move |value: String| draft.update(|d| update(d, &|o| set(o, value.clone()))))
    };
    let flag = move |get: fn(&NewOutcomeDraft) -> bool| {
        move || draft.with(|d| d.new_outcomes.get(index).is_some_and(get))
    };
    let toggle = move |set: fn(&mut NewOutcomeDraft, bool)| {
        move |ev| {
            let on = event_target_checked(&ev);
            draft.update(|d| update(d, &|o| set(o, on)))
        }
    };
    let set_term = Callback::new(move |k: usize| {
        let Some(term) = Term::ALL.get(k).copied() else {
            return;
        };
        draft.update(|d| {
            let from = d.date().unwrap_or_else(today);
            update(d, &|o| o.set_term(term, from))
        })
    });
    let id = move |field: ReviewField| field.html_id();
    let error = move |field: ReviewField| error_for(errors, field.html_id());
    let domain_id = id(ReviewField::NewDomain(index));
    let domain_error = error(ReviewField::NewDomain(index));
    let domain_error_id = format!("{domain_id}-error");
    let words = read(|o| o.words.clone());
    let remove = move |_| {
        draft.update(|d| {
            if index < d.new_outcomes.len() {
                d.new_outcomes.remove(index);
            }
        });
        errors.update(|e| e.retain(|e| !e.field.starts_with("review-new-")));
        on_remove.run(());
    };

    view! {
        <fieldset class="review-outcome">
            <legend>{format!("New outcome {n}")}</legend>
            <TextField
                id=id(ReviewField::NewWords(index))
                label="The outcome, in the person's own words"
                hint="A change in their life, such as \u{201c}I go to the shops on my own\u{201d}."
                value=words
                on_input=write(|o, v| o.words = v)
                error=error(ReviewField::NewWords(index))
            />
            <OutputHintNote words=words/>
            <div class="field" class:field-invalid=move || domain_error.with(Option::is_some)>
                <label for=domain_id.clone()>"Domain"</label>
                {
                    let domain_error_id = domain_error_id.clone();
                    move || domain_error.get().map(|message| view! {
                        <p class="error-message" id=domain_error_id.clone()>{message}</p>
                    })
                }
                <select
                    id=domain_id
                    aria-invalid=move || domain_error.with(Option::is_some).then_some("true")
                    aria-describedby=move || domain_error.with(Option::is_some).then(|| domain_error_id.clone())
                    on:change=move |ev| {
                        let value = event_target_value(&ev);
                        draft.update(|d| update(d, &|o| o.domain = value.clone()));
                    }
                >
                    <option value="" selected=move || draft.with(|d| d.new_outcomes.get(index).is_some_and(|o| o.domain.is_empty()))>
                        "Choose a domain"
                    </option>
                    <DomainOptions current=draft.with_untracked(|d| {
                        d.new_outcomes.get(index).map(|o| o.domain.clone()).unwrap_or_default()
                    })/>
                </select>
            </div>
            <RadioGroup
                id=id(ReviewField::NewTerm(index))
                legend="Term"
                options=Term::ALL.map(|t| t.label().to_owned()).to_vec()
                selected=Signal::derive(move || draft.with(|d| {
                    let term = d.new_outcomes.get(index)?.term;
                    Term::ALL.iter().position(|t| *t == term)
                }))
                on_select=set_term
            />
            <TextField
                id=id(ReviewField::NewTargetDate(index))
                label="Target date"
                input_type="date"
                value=read(|o| o.target_date.clone())
                on_input=write(|o, v| o.target_date = v)
                error=error(ReviewField::NewTargetDate(index))
            />
            <fieldset class="choices">
                <legend>"Who works on it"</legend>
                <label class="choice">
                    <input type="checkbox" prop:checked=flag(|o| o.contributors.person) on:change=toggle(|o, on| o.contributors.person = on)/>
                    <span>"The person"</span>
                </label>
                <label class="choice">
                    <input type="checkbox" prop:checked=flag(|o| o.contributors.worker) on:change=toggle(|o, on| o.contributors.worker = on)/>
                    <span>"The worker"</span>
                </label>
                <label class="choice">
                    <input type="checkbox" prop:checked=flag(|o| o.contributors.carer) on:change=toggle(|o, on| o.contributors.carer = on)/>
                    <span>"A carer"</span>
                </label>
                <TextField
                    id=format!("review-new-{index}-others")
                    label="Anyone else"
                    value=read(|o| o.contributors.others.clone())
                    on_input=write(|o, v| o.contributors.others = v)
                    error=error_for(errors, format!("review-new-{index}-others"))
                />
            </fieldset>
            <TextField
                id=id(ReviewField::NewHowWeKnow(index))
                label="How will we know?"
                hint="What will the person, and others, see or hear when it is happening?"
                multiline=true
                value=read(|o| o.how_we_know.clone())
                on_input=write(|o, v| o.how_we_know = v)
                error=error(ReviewField::NewHowWeKnow(index))
            />
            <button type="button" class="button-secondary" on:click=remove>
                {format!("Remove new outcome {n}")}
            </button>
        </fieldset>
    }
}
