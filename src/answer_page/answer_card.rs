use leptos::prelude::*;

use super::Phone;
use crate::domain::{answer_for_choice, choice_for_answer, scale_choices, Answer};

/// One card on the phone: the question, the statement as the legend of real radio buttons
/// (arrow keys move along the scale), and a folded note. Every choice is kept at once.
///
/// Drawn once and left to the browser after that (the radio buttons keep their own checked
/// state): the fewest reactive parts, for the smallest download.
#[component]
pub fn AnswerCard(
    /// The phone's state.
    phone: Phone,
    /// The card's position, from 0.
    index: usize,
    /// Told when an answer is chosen with a tap or a click, never with the keyboard or a
    /// screen reader, so that only then the page may move on.
    on_tapped: Callback<usize>,
    /// Whether it is the card on screen (the others stay in the page, hidden, each with its
    /// own radio buttons: one set reused for every card would carry a choice over).
    #[prop(into)]
    current: Signal<bool>,
) -> impl IntoView {
    let Some(sheet) = phone.sheet.get_untracked() else {
        return ().into_any();
    };
    let Some(card) = sheet.invitation.cards.get(index).cloned() else {
        return ().into_any();
    };
    let scale = StoredValue::new(sheet.invitation.scale.clone());
    let given = sheet.answers.get(index).copied().flatten();
    let chosen = given.and_then(|a| scale.with_value(|s| choice_for_answer(s, a)));
    let note = sheet.notes.get(index).cloned().unwrap_or_default();
    let pointer = StoredValue::new(false);
    let name = format!("card-{index}");
    let choices = scale
        .with_value(scale_choices)
        .into_iter()
        .enumerate()
        .map(|(k, label)| {
            let choose = move |_| {
                if let Some(answer) = scale.with_value(|s| answer_for_choice(s, k)) {
                    phone.change(|s| s.answer(index, answer));
                }
            };
            // A click with a pointer before it is a tap; keys and screen readers send
            // clicks with none.
            let clicked = move |_| {
                if pointer.get_value() {
                    pointer.set_value(false);
                    on_tapped.run(index);
                }
            };
            view! {
                <label class="choice">
                    <input
                        type="radio"
                        id=format!("card-{index}-{k}")
                        name=name.clone()
                        checked=chosen == Some(k)
                        on:change=choose
                        on:click=clicked
                    />
                    <span>{label}</span>
                </label>
            }
        })
        .collect_view();
    view! {
        <div
            class="reading-card"
            class:reading-card-current=current
            lang=sheet.invitation.language.clone()
            on:pointerdown=move |_| pointer.set_value(true)
            on:keydown=move |_| pointer.set_value(false)
        >
            <p class="card-question" id=format!("question-{index}")>
                {(!card.emoji.is_empty()).then(|| view! { <span class="card-emoji" aria-hidden="true">{card.emoji.clone()}</span> })}
                {scale.with_value(|s| s.question().to_owned())}
            </p>
            <fieldset class="choices card-scale" aria-describedby=format!("question-{index}")>
                <legend>{card.statement}</legend>
                {choices}
            </fieldset>
            {(given == Some(Answer::Skipped)).then(|| view! {
                <p class="card-skipped">"Skipped. Choose an answer above to answer it after all."</p>
            })}
            <details class="card-note" open=!note.is_empty()>
                <summary>"Add a note"</summary>
                <div class="field">
                    <label for=format!("note-{index}")>"Note (optional)"</label>
                    <textarea
                        id=format!("note-{index}")
                        rows="2"
                        on:input=move |ev| {
                            let text = event_target_value(&ev);
                            phone.change(|s| s.note(index, &text));
                        }
                    >{note.clone()}</textarea>
                </div>
            </details>
        </div>
    }
    .into_any()
}
