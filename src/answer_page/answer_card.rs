use leptos::prelude::*;

use super::Phone;
use crate::domain::{answer_for_choice, choice_for_answer, scale_choices, Answer};
use crate::ui::widgets::RadioGroup;

/// One card on the phone: the question, the statement as the legend of real radio buttons
/// (arrow keys move along the scale), and a folded note. Every choice is kept at once.
#[component]
pub fn AnswerCard(
    /// The phone's state.
    phone: Phone,
    /// The card's position, from 0.
    index: usize,
    /// Told when an answer is chosen with a tap or a click, never with the keyboard or a
    /// screen reader, so that only then the page may move on.
    on_tapped: Callback<usize>,
) -> impl IntoView {
    let Some(sheet) = phone.sheet.get_untracked() else {
        return ().into_any();
    };
    let Some(card) = sheet.invitation.cards.get(index).cloned() else {
        return ().into_any();
    };
    let scale = sheet.invitation.scale.clone();
    let language = sheet.invitation.language.clone();
    let question = scale.question().to_owned();
    let options = scale_choices(&scale);
    let given = move || {
        phone
            .sheet
            .with(|s| s.as_ref().and_then(|s| s.answers[index]))
    };
    let selected = {
        let scale = scale.clone();
        Signal::derive(move || given().and_then(|a| choice_for_answer(&scale, a)))
    };
    let skipped = move || given() == Some(Answer::Skipped);
    let on_select = Callback::new(move |choice: usize| {
        if let Some(answer) = answer_for_choice(&scale, choice) {
            phone.change(|s| s.answer(index, answer));
        }
    });
    let note = sheet.notes.get(index).cloned().unwrap_or_default();
    let note_open = !note.is_empty();
    let pointer = StoredValue::new(false);
    let clicked = move |ev: leptos::ev::MouseEvent| {
        let on_radio = ev
            .target()
            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlInputElement>(t).ok())
            .is_some_and(|input| input.type_() == "radio");
        if on_radio && pointer.get_value() {
            pointer.set_value(false);
            on_tapped.run(index);
        }
    };
    view! {
        <div
            class="reading-card reading-card-current"
            lang=language
            on:pointerdown=move |_| pointer.set_value(true)
            on:keydown=move |_| pointer.set_value(false)
            on:click=clicked
        >
            <p class="card-question" id=format!("question-{index}")>
                {(!card.emoji.is_empty()).then(|| view! { <span class="card-emoji" aria-hidden="true">{card.emoji.clone()}</span> })}
                {question}
            </p>
            <RadioGroup
                id=format!("card-{index}")
                legend=card.statement
                options=options
                selected=selected
                on_select=on_select
                class="card-scale"
                described_by=format!("question-{index}")
            />
            <Show when=skipped>
                <p class="card-skipped">"Skipped. Choose an answer above to answer it after all."</p>
            </Show>
            <details class="card-note" open=note_open>
                <summary>"Add a note"</summary>
                <div class="field">
                    <label for=format!("note-{index}")>"Note (optional)"</label>
                    <textarea
                        id=format!("note-{index}")
                        rows="2"
                        prop:value=note
                        on:input=move |ev| {
                            let text = event_target_value(&ev);
                            phone.change(|s| s.note(index, &text));
                        }
                    ></textarea>
                </div>
            </details>
        </div>
    }
    .into_any()
}
