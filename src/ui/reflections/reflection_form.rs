use chrono::NaiveDate;
use leptos::html;
use leptos::prelude::*;

use crate::domain::{
    form_errors, iso_date, reflection_date, FormError, ReflectionDraft, ReflectionError,
    REFLECTION_DATE_FIELD, REFLECTION_QUESTIONS,
};
use crate::ui::clock::today;
use crate::ui::widgets::{error_for, focus_summary, ErrorSummary, TextField};

/// The reflection form: the date (today unless changed) and the four questions. It checks
/// what was typed, hands it on to be kept, and empties itself only once it was; otherwise
/// everything typed stays on screen.
#[component]
pub fn ReflectionForm(
    /// Keeps the reflection of this date; `Err` says why it could not.
    on_save: Callback<(NaiveDate, ReflectionDraft), Result<(), String>>,
) -> impl IntoView {
    let date = RwSignal::new(iso_date(today()));
    let answers: [RwSignal<String>; 4] = std::array::from_fn(|_| RwSignal::new(String::new()));
    let errors = RwSignal::new(Vec::<FormError>::new());
    let save_error = RwSignal::new(None::<String>);
    let summary = NodeRef::<html::Div>::new();

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let draft = ReflectionDraft {
            answers: answers.map(|a| a.get_untracked()),
        };
        let checked_date = date.with_untracked(|d| reflection_date(d, today()));
        let mut problems: Vec<ReflectionError> = checked_date.clone().err().into_iter().collect();
        if let Err(more) = draft.check() {
            problems.extend(more);
        }
        let outcome = match checked_date {
            Ok(day) if problems.is_empty() => {
                errors.set(Vec::new());
                on_save.run((day, draft))
            }
            _ => {
                errors.set(form_errors(&problems));
                Err(String::new())
            }
        };
        match outcome {
            Ok(()) => {
                save_error.set(None);
                for answer in answers {
                    answer.set(String::new());
                }
                date.set(iso_date(today()));
            }
            Err(message) => {
                save_error.set((!message.is_empty()).then_some(message));
                focus_summary(summary);
            }
        }
    };

    let questions: Vec<_> = (0..4)
        .map(|n| {
            let answer = answers[n];
            let id = format!("reflection-{n}");
            view! {
                <TextField
                    id=id.clone()
                    label=REFLECTION_QUESTIONS[n]
                    multiline=true
                    value=answer
                    on_input=Callback::new(move |text| answer.set(text))
                    error=error_for(errors, id)
                />
            }
        })
        .collect();

    view! {
        <ErrorSummary errors=errors save_error=save_error node_ref=summary/>
        <form class="form" novalidate on:submit=submit>
            <TextField
                id=REFLECTION_DATE_FIELD
                label="Date of the reflection"
                hint="The dashboard's figures as they stood on this day are kept with the answers."
                input_type="date"
                max=iso_date(today())
                value=date
                on_input=Callback::new(move |text| date.set(text))
                error=error_for(errors, REFLECTION_DATE_FIELD.to_owned())
            />
            {questions}
            <div class="actions">
                <button type="submit" class="button-primary">"Save reflection"</button>
            </div>
        </form>
    }
}
