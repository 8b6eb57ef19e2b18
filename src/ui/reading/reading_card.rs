use leptos::prelude::*;

use super::sheet::one_card_at_a_time;
use super::Sheet;
use crate::domain::{answer_for_choice, choice_for_answer, scale_choices, Answer, Card};
use crate::ui::widgets::RadioGroup;

/// One trigger card: the deck's question, the statement as the legend of a group of real
/// radio buttons (the arrow keys move along the scale), an optional note, and `Skip`. Every
/// choice is saved at once.
#[component]
pub fn ReadingCard(
    /// The reading it belongs to.
    sheet: Sheet,
    /// Its position among the cards, from 0.
    index: usize,
    /// The card.
    card: Card,
    /// Whether it is on screen when one card is shown at a time.
    #[prop(into)]
    current: Signal<bool>,
    /// Told when an answer is chosen by a tap or a click, never by the keyboard or a screen
    /// reader: the session may then move on to the next card.
    #[prop(optional)]
    on_tapped: Option<Callback<usize>>,
) -> impl IntoView {
    let scale = sheet.deck.with_value(|d| d.scale().clone());
    let question = scale.question().to_owned();
    let options = scale_choices(&scale);
    let card_id = StoredValue::new(card.id.clone());
    let given = move || {
        sheet
            .reading
            .with(|r| card_id.with_value(|id| r.answer(id).cloned()))
    };
    let selected = {
        let scale = scale.clone();
        Signal::derive(move || given().and_then(|a| choice_for_answer(&scale, a.answer)))
    };
    let skipped = move || given().is_some_and(|a| a.answer == Answer::Skipped);
    // A note typed before any answer waits here until the card is answered or skipped.
    let note = RwSignal::new(untrack(given).map(|a| a.note).unwrap_or_default());
    let record = move |answer: Answer| {
        card_id.with_value(|id| sheet.record(id, answer, &note.get_untracked()));
    };
    let on_select = Callback::new(move |choice: usize| {
        if let Some(answer) = answer_for_choice(&scale, choice) {
            record(answer);
        }
    });
    let skip = move |_| {
        record(Answer::Skipped);
        sheet
            .current
            .update(|c| *c = (index + 1).min(sheet.card_count().saturating_sub(1)));
    };
    // A note on a card not answered yet is kept with the card marked skipped (which an
    // answer replaces), so that what was typed survives a reload.
    let note_changed = move |_| match given() {
        Some(given) => record(given.answer),
        None if !note.with_untracked(|n| n.trim().is_empty()) => record(Answer::Skipped),
        None => {}
    };
    // A choice made with a pointer moves on; arrow keys, Space and a screen reader's
    // activation (which sends a click with no pointer before it) only select.
    let pointer = StoredValue::new(false);
    let clicked = move |ev: leptos::ev::MouseEvent| {
        let on_radio = ev
            .target()
            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlInputElement>(t).ok())
            .is_some_and(|input| input.type_() == "radio");
        if on_radio && pointer.get_value() {
            pointer.set_value(false);
            if let Some(on_tapped) = on_tapped {
                on_tapped.run(index);
            }
        }
    };
    let group_id = format!("card-{}", card.id.as_str());
    let question_id = format!("question-{}", card.id.as_str());
    let note_id = format!("note-{}", card.id.as_str());
    // On a wide screen every card is listed: the statement keeps their names apart.
    let skip_name = format!("Skip this card: {}", card.statement);
    let note_name = format!("Note (optional): {}", card.statement);
    // Open where there is room, or when there is a note to see; folded on a phone so that
    // the card and its scale fit the screen.
    let note_open = !untrack(move || note.with(String::is_empty)) || !one_card_at_a_time();
    view! {
        <div
            class="reading-card"
            class:reading-card-current=current
            on:pointerdown=move |_| pointer.set_value(true)
            on:keydown=move |_| pointer.set_value(false)
            on:click=clicked
        >
            <p class="card-question" id=question_id.clone()>
                {card.emoji.map(|emoji| view! { <span class="card-emoji" aria-hidden="true">{emoji}</span> })}
                {question}
            </p>
            <RadioGroup
                id=group_id
                legend=card.statement
                options=options
                selected=selected
                on_select=on_select
                class="card-scale"
                described_by=question_id
            />
            <Show when=skipped>
                <p class="card-skipped">"Skipped. Choose an answer above to rate it after all."</p>
            </Show>
            <details class="card-note" open=note_open>
                <summary>"Add a note"</summary>
                <div class="field">
                    <label for=note_id.clone()>"Note (optional)"</label>
                    <textarea
                        aria-label=note_name
                        id=note_id
                        rows="2"
                        prop:value=note
                        on:input=move |ev| note.set(event_target_value(&ev))
                        on:change=note_changed
                    ></textarea>
                </div>
            </details>
            <button type="button" class="button-secondary card-skip" aria-label=skip_name on:click=skip>"Skip this card"</button>
        </div>
    }
}
