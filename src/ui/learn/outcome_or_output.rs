use std::cell::RefCell;
use std::time::Duration;

use leptos::ev::SubmitEvent;
use leptos::prelude::*;

use crate::domain::learn::{Kind, Quiz};
use crate::ui::widgets::{focus_by_id, RadioGroup};

/// The id of the first answer's radio button, where each new statement puts the focus.
const FIRST_ANSWER: &str = "kind-0";

thread_local! {
    /// The learner's place, kept in memory so that a look at another Learn page and back
    /// carries on where they were (a reload starts again). Plain data: the page's signals
    /// go with the page.
    static PLACE: RefCell<Quiz> = RefCell::new(Quiz::default());
}

/// Moves the focus once the page has drawn what was just changed.
fn focus_soon(id: &'static str) {
    set_timeout(move || focus_by_id(id), Duration::ZERO);
}

/// The "Outcome or output?" exercise: one statement at a time, sorted as an input, process,
/// output or outcome, with feedback after each and the score at the end.
#[component]
pub fn OutcomeOrOutput() -> impl IntoView {
    let quiz = RwSignal::new(PLACE.with(|place| place.borrow().clone()));
    Effect::new(move |_| quiz.with(|q| PLACE.with(|place| place.replace(q.clone()))));
    let chosen = RwSignal::new(None::<usize>);
    let prompt = RwSignal::new(None::<&'static str>);
    // Only a new statement redraws the choices, not each check.
    let statement = Memo::new(move |_| quiz.with(|q| q.current().map(|s| s.words)));
    let checked = Memo::new(move |_| quiz.with(Quiz::is_checked));

    let check = move |ev: SubmitEvent| {
        ev.prevent_default();
        let Some(k) = chosen.get_untracked() else {
            prompt.set(Some(
                "Choose input, process, output or outcome, then press Check.",
            ));
            focus_soon(FIRST_ANSWER);
            return;
        };
        prompt.set(None);
        quiz.update(|q| {
            q.check(Kind::ALL[k]);
        });
        focus_soon("next-statement");
    };
    let next = move |_| {
        quiz.update(Quiz::next);
        chosen.set(None);
        let finished = quiz.with_untracked(Quiz::is_finished);
        focus_soon(if finished {
            "score-heading"
        } else {
            FIRST_ANSWER
        });
    };
    let again = move |_| {
        quiz.set(Quiz::default());
        chosen.set(None);
        prompt.set(None);
        focus_soon(FIRST_ANSWER);
    };

    let feedback = move || {
        if let Some(prompt) = prompt.get() {
            return Some(view! { <p class="notice notice-warning">{prompt}</p> }.into_any());
        }
        quiz.with(Quiz::marked).map(|marked| {
            let class = if marked.right {
                "notice feedback-right"
            } else {
                "notice notice-warning"
            };
            view! { <p class=class>{marked.feedback}</p> }.into_any()
        })
    };
    let choices = move || {
        statement.get().map(|words| {
            let options = Kind::ALL.iter().map(|k| k.label().to_owned()).collect();
            view! {
                <p class="exercise-statement">{format!("\u{201c}{words}\u{201d}")}</p>
                <RadioGroup
                    id="kind"
                    legend=format!(
                        "Is \u{201c}{words}\u{201d} an input, a process, an output or an outcome?"
                    )
                    options=options
                    selected=chosen
                    on_select=Callback::new(move |k| chosen.set(Some(k)))
                />
            }
        })
    };
    let last = move || quiz.with(|q| q.score().answered >= q.score().total);

    view! {
        <Show
            when=move || statement.with(Option::is_some)
            fallback=move || view! { <QuizResults quiz=quiz on_again=Callback::new(again)/> }
        >
            <p class="exercise-progress" aria-live="polite">
                {move || quiz.with(Quiz::progress)}
                <span class="muted">" · " {move || quiz.with(|q| q.score().so_far())}</span>
            </p>
            <form class="exercise" on:submit=check novalidate>
                {choices}
                <div role="status" aria-label="Feedback" class="exercise-feedback">{feedback}</div>
                <div class="actions">
                    <Show when=move || !checked.get()>
                        <button type="submit" class="button-primary">"Check"</button>
                    </Show>
                    <Show when=move || checked.get()>
                        <button
                            type="button"
                            id="next-statement"
                            class="button-primary"
                            on:click=next
                        >
                            {move || if last() { "See your score" } else { "Next statement" }}
                        </button>
                    </Show>
                </div>
            </form>
        </Show>
    }
}

/// The end of the exercise: the score, the statements missed with their reasons, and
/// `Try again`.
#[component]
fn QuizResults(
    /// The finished exercise.
    quiz: RwSignal<Quiz>,
    /// Starts again.
    on_again: Callback<()>,
) -> impl IntoView {
    let missed = move || {
        quiz.with(|q| {
            q.missed()
                .into_iter()
                .map(|(statement, given)| {
                    view! {
                        <li>
                            <strong>{format!("\u{201c}{}\u{201d}", statement.words)}</strong>
                            {format!(
                                ": you said {}; it is {} because {}.",
                                given.with_article(),
                                statement.answer.with_article(),
                                statement.reason
                            )}
                        </li>
                    }
                })
                .collect_view()
        })
    };
    let any_missed = move || quiz.with(|q| !q.missed().is_empty());
    view! {
        <section class="exercise-results" aria-labelledby="score-heading">
            <h2 id="score-heading" tabindex="-1">"Your score"</h2>
            <p class="exercise-score">{move || quiz.with(|q| q.score().at_end())}</p>
            <Show
                when=any_missed
                fallback=|| view! { <p>"You sorted every statement correctly."</p> }
            >
                <h3>"The ones you missed"</h3>
                <ul class="exercise-missed">{missed}</ul>
            </Show>
            <div class="actions">
                <button type="button" class="button-primary" on:click=move |_| on_again.run(())>
                    "Try again"
                </button>
            </div>
        </section>
    }
}
