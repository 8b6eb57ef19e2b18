use leptos::ev::SubmitEvent;
use leptos::prelude::*;

use crate::domain::learn::{check_rewrite, RewriteVerdict, OUTPUTS_TO_REWRITE};
use crate::domain::{OutcomeChecks, OUTCOME_QUALITIES};
use crate::ui::widgets::{CheckBox, RadioGroup, TextField};

/// The "Write an outcome" exercise: an output to rewrite as an outcome, the checklist to
/// tick, and `Check my outcome`.
#[component]
pub fn WriteAnOutcome() -> impl IntoView {
    let output = RwSignal::new(0_usize);
    let words = RwSignal::new(String::new());
    let checks = RwSignal::new(OutcomeChecks::default());
    let verdict = RwSignal::new(None::<RewriteVerdict>);

    let choose = Callback::new(move |k| {
        output.set(k);
        verdict.set(None);
    });
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let shown = OUTPUTS_TO_REWRITE.get(output.get_untracked()).copied();
        let found = words.with_untracked(|w| {
            checks.with_untracked(|c| check_rewrite(shown.unwrap_or_default(), w, c))
        });
        verdict.set(Some(found));
    };
    let shown = move || {
        let output = OUTPUTS_TO_REWRITE
            .get(output.get())
            .copied()
            .unwrap_or_default();
        format!("\u{201c}{output}\u{201d}")
    };
    let checklist = OUTCOME_QUALITIES
        .into_iter()
        .map(|quality| {
            let ticked = Signal::derive(move || checks.with(|c| (quality.is_ticked)(c)));
            let on_change = Callback::new(move |on| checks.update(|c| (quality.tick)(c, on)));
            view! { <CheckBox label=quality.label checked=ticked on_change=on_change/> }
        })
        .collect_view();
    let feedback = move || {
        verdict.get().map(|v| {
            let class = if v.is_good() {
                "notice feedback-right"
            } else {
                "notice notice-warning"
            };
            view! { <p class=class>{v.message()}</p> }
        })
    };

    view! {
        <form class="exercise" on:submit=submit novalidate>
            <RadioGroup
                id="output"
                legend="Choose an output to rewrite"
                options=OUTPUTS_TO_REWRITE.iter().map(|o| (*o).to_owned()).collect()
                selected=Signal::derive(move || Some(output.get()))
                on_select=choose
            />
            <p class="exercise-statement">
                <span class="muted">"The output: "</span>
                {shown}
            </p>
            <TextField
                id="rewrite"
                label="Your outcome"
                hint="Rewrite it as a change in the person's life, in their words."
                value=words
                on_input=Callback::new(move |w| words.set(w))
                multiline=true
            />
            <fieldset class="choices">
                <legend>"Tick what is true of your outcome"</legend>
                {checklist}
            </fieldset>
            <div role="status" aria-label="Feedback" class="exercise-feedback">{feedback}</div>
            <div class="actions">
                <button type="submit" class="button-primary">"Check my outcome"</button>
            </div>
        </form>
    }
}
