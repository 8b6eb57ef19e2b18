use leptos::prelude::*;

use crate::domain::{format_uk_date, Deck, ReturnPreview, Scale};

/// HTML id of the summary's heading, where the focus goes once answers are checked.
pub const RETURN_HEADING: &str = "return-heading";

/// A checked return before it is added: whose invitation, which deck, when it was sent and
/// answered, and each card's answer and note.
#[component]
pub fn ReturnSummary(
    /// The return.
    preview: ReturnPreview,
    /// Every deck on offer, to name the cards as they stand.
    decks: Vec<Deck>,
) -> impl IntoView {
    let sent = &preview.sent;
    let deck = decks.iter().find(|d| d.id() == &sent.deck);
    let invitation = sent.invitation();
    // The scale the person answered on, as sent.
    let scale: Scale = invitation
        .as_ref()
        .map(|i| i.scale.clone())
        .or_else(|| deck.map(|d| d.scale().clone()))
        .unwrap_or_default();
    let rows: Vec<(String, String, String)> = sent
        .cards
        .iter()
        .zip(&preview.answers.answers)
        .enumerate()
        .map(|(i, (card, answer))| {
            let statement = deck
                .and_then(|d| d.card(card))
                .map(|c| c.statement.clone())
                .or_else(|| {
                    invitation
                        .as_ref()
                        .and_then(|inv| inv.cards.get(i))
                        .map(|c| c.statement.clone())
                })
                .unwrap_or_else(|| "(a card no longer in the deck)".into());
            let note = preview.answers.notes.get(i).cloned().unwrap_or_default();
            (statement, answer.label(&scale).to_owned(), note)
        })
        .collect();
    view! {
        <section class="return-summary" aria-labelledby=RETURN_HEADING>
            <h2 id=RETURN_HEADING tabindex="-1">
                {format!("Answers from {}", preview.person.name)}
            </h2>
            <dl class="details">
                <div><dt>"Person"</dt><dd>{preview.person.name.clone()}</dd></div>
                <div><dt>"Deck"</dt><dd>{sent.deck_name.clone()}</dd></div>
                <div><dt>"Sent"</dt><dd>{format_uk_date(sent.sent)}</dd></div>
                <div><dt>"Answered"</dt><dd>{format_uk_date(preview.answers.answered)}</dd></div>
            </dl>
            {(!preview.by_link).then(|| view! {
                <p class="hint">"A typed return code carries the answers only, without notes."</p>
            })}
            <ol class="returned-answers">
                {rows.into_iter().map(|(statement, answer, note)| view! {
                    <li>
                        <p class="returned-statement">{statement}</p>
                        <p class="returned-answer"><strong>{answer}</strong></p>
                        {(!note.is_empty()).then(|| view! {
                            <p class="returned-note free-text">{note}</p>
                        })}
                    </li>
                }).collect_view()}
            </ol>
        </section>
    }
}
