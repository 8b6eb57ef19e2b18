use leptos::prelude::*;

use super::Sheet;
use crate::domain::{answer_for_choice, choice_for_answer, scale_choices, Answer, Card};
use crate::ui::widgets::RadioGroup;

/// One trigger card: the statement as the legend of a group of real radio buttons (the
/// arrow keys move along the scale), an optional note, and `Skip`. Every choice is saved at
/// once.
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
) -> impl IntoView {
    let scale = sheet.deck.with_value(|d| d.scale().clone());
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
    let group_id = format!("card-{}", card.id.as_str());
    let note_id = format!("note-{}", card.id.as_str());
    // On a wide screen every card is listed: the statement keeps their names apart.
    let skip_name = format!("Skip this card: {}", card.statement);
    let note_name = format!("Note (optional): {}", card.statement);
    view! {
        <div class="reading-card" class:reading-card-current=current>
            {card.emoji.map(|emoji| view! { <p class="card-emoji" aria-hidden="true">{emoji}</p> })}
            <RadioGroup
                id=group_id
                legend=card.statement
                options=options
                selected=selected
                on_select=on_select
                class="card-scale"
            />
            <Show when=skipped>
                <p class="card-skipped">"Skipped. Choose an answer above to rate it after all."</p>
            </Show>
            <div class="field card-note">
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
            <button type="button" class="button-secondary" aria-label=skip_name on:click=skip>"Skip this card"</button>
        </div>
    }
}
