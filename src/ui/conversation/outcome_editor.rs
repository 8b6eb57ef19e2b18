use leptos::prelude::*;

use super::DraftState;
use crate::domain::{ConversationDraft, GoalLevel, OutcomeDraft, Term};
use crate::ui::widgets::{CheckBox, DomainOptions, OutputHintNote, RadioGroup, TextField};

/// The fields of outcome `index` of the draft, in a fieldset named after it. Built from
/// shared field components taking signals, so each extra field costs little download.
#[component]
pub fn OutcomeEditor(
    /// The draft being filled in.
    state: DraftState,
    /// Which outcome, from 0.
    index: usize,
) -> impl IntoView {
    let draft = state.draft;
    let n = index + 1;
    let id = move |field: &str| format!("outcome-{index}-{field}");
    let text = |get: fn(&OutcomeDraft) -> &String, set: fn(&mut OutcomeDraft) -> &mut String| {
        let value = Signal::derive(move || {
            draft.with(|d| {
                d.outcomes
                    .get(index)
                    .map(|o| get(o).clone())
                    .unwrap_or_default()
            })
        });
        let on_input = Callback::new(move |v: String| {
            draft.update(|d| {
                if let Some(o) = d.outcomes.get_mut(index) {
                    *set(o) = v;
                }
            })
        });
        (value, on_input)
    };
    let tick =
        |label: &'static str, get: fn(&OutcomeDraft) -> bool, set: fn(&mut OutcomeDraft, bool)| {
            let checked =
                Signal::derive(move || draft.with(|d| d.outcomes.get(index).is_some_and(get)));
            let on_change = Callback::new(move |on| {
                draft.update(|d| {
                    if let Some(o) = d.outcomes.get_mut(index) {
                        set(o, on)
                    }
                })
            });
            view! { <CheckBox label=label checked=checked on_change=on_change/> }
        };
    let (words, set_words) = text(|o| &o.words, |o| &mut o.words);
    let (target, set_target) = text(|o| &o.target_date, |o| &mut o.target_date);
    let (steps, set_steps) = text(|o| &o.steps, |o| &mut o.steps);
    let (know, set_know) = text(|o| &o.how_we_know, |o| &mut o.how_we_know);
    let (others, set_others) = text(|o| &o.contributors.others, |o| &mut o.contributors.others);
    let term = Signal::derive(move || {
        draft.with(|d| {
            d.outcomes
                .get(index)
                .and_then(|o| Term::ALL.iter().position(|t| *t == o.term))
        })
    });
    let set_term = Callback::new(move |position: usize| {
        draft.update(|d| {
            let from = d.date().unwrap_or_else(crate::ui::clock::today);
            if let (Some(o), Some(term)) = (d.outcomes.get_mut(index), Term::ALL.get(position)) {
                o.set_term(*term, from);
            }
        })
    });
    let domain_id = id("domain");
    let levels_error = state.error_for(id("levels"));
    let levels = GoalLevel::ALL
        .into_iter()
        .enumerate()
        .map(|(slot, x)| {
            // The same wording as the review page: "−2 Where things are now".
            let label = GoalLevel::new(x).map_or(String::new(), |l| format!("{l} {}", l.label()));
            let value = Signal::derive(move || {
                draft.with(|d| d.outcomes.get(index).and_then(|o| o.levels.get(slot).cloned()).unwrap_or_default())
            });
            // Marks the levels still empty when some are filled, so each field says what it
            // needs rather than only the group.
            let error = Signal::derive(move || {
                levels_error.get()?;
                value.with(|v| v.trim().is_empty())
                    .then(|| "Describe this level too, or leave all five empty.".to_owned())
            });
            let on_input = Callback::new(move |v: String| {
                draft.update(|d| {
                    if let Some(level) = d.outcomes.get_mut(index).and_then(|o| o.levels.get_mut(slot)) {
                        *level = v;
                    }
                })
            });
            view! { <TextField id=format!("outcome-{index}-level-{slot}") label=label value=value on_input=on_input error=error/> }
        })
        .collect_view();
    let select_domain = move |ev| {
        let value = event_target_value(&ev);
        draft.update(|d: &mut ConversationDraft| {
            if let Some(o) = d.outcomes.get_mut(index) {
                o.domain = value;
            }
        });
    };
    let domain_now = draft.with_untracked(|d| {
        d.outcomes
            .get(index)
            .map(|o| o.domain.clone())
            .unwrap_or_default()
    });

    view! {
        <fieldset class="outcome">
            <legend>{format!("Outcome {n}")}</legend>
            <TextField
                id=id("words")
                label="The outcome, in the person's own words"
                hint="A change in their life, such as \u{201c}I go to the shops on my own\u{201d}."
                value=words
                on_input=set_words
                error=state.error_for(id("words"))
            />
            <OutputHintNote words=words/>
            <div class="field">
                <label for=domain_id.clone()>"Domain"</label>
                <select id=domain_id on:change=select_domain>
                    <DomainOptions current=domain_now/>
                </select>
            </div>
            <RadioGroup
                id=id("term")
                legend="Term"
                options=Term::ALL.iter().map(|t| t.label().to_owned()).collect()
                selected=term
                on_select=set_term
            />
            <TextField
                id=id("target")
                label="Target date"
                input_type="date"
                value=target
                on_input=set_target
                error=state.error_for(id("target"))
            />
            <fieldset class="choices">
                <legend>"Who works on it"</legend>
                {tick("The person", |o| o.contributors.person, |o, on| o.contributors.person = on)}
                {tick("The worker", |o| o.contributors.worker, |o, on| o.contributors.worker = on)}
                {tick("A carer", |o| o.contributors.carer, |o, on| o.contributors.carer = on)}
                <TextField id=id("others") label="Anyone else" value=others on_input=set_others/>
            </fieldset>
            <TextField id=id("steps") label="Steps to get there" multiline=true value=steps on_input=set_steps/>
            <TextField
                id=id("know")
                label="How will we know?"
                hint="What will the person, and others, see or hear when it is happening?"
                multiline=true
                value=know
                on_input=set_know
            />
            <details
                class="levels"
                aria-labelledby=format!("outcome-{index}-levels-title")
                open=move || levels_error.with(Option::is_some)
            >
                <summary id=format!("outcome-{index}-levels-title")>"Goal-attainment levels (optional)"</summary>
                <p class="hint">"Describe all five, or leave them all empty."</p>
                {move || levels_error.get().map(|message| view! {
                    <p class="error-message" id=format!("outcome-{index}-levels") tabindex="-1">{message}</p>
                })}
                {levels}
            </details>
            <button
                type="button"
                class="button-secondary"
                on:click=move |_| draft.update(|d| {
                    if index < d.outcomes.len() {
                        d.outcomes.remove(index);
                    }
                })
            >
                {format!("Remove outcome {n}")}
            </button>
        </fieldset>
    }
}
