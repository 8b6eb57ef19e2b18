use leptos::ev::SubmitEvent;
use leptos::html;
use leptos::prelude::*;

use crate::domain::{
    format_uk_date, iso_date, Deck, FormError, Person, ReadingSetup, Respondent, ValidSetup,
    SETUP_DATE, SETUP_DECK, SETUP_RESPONDENT,
};
use crate::ui::clock::today;
use crate::ui::widgets::{error_for, focus_summary, ErrorSummary, RadioGroup, TextField};

/// The choices before the first card: the deck, who is answering, the date (today by
/// default) and the conversation it belongs to.
#[component]
pub fn ReadingSetupForm(
    /// Whose reading.
    person: Person,
    /// The decks on offer, built-in first.
    decks: StoredValue<Vec<Deck>>,
    /// Why saving the new reading failed, if it did.
    #[prop(into)]
    save_error: Signal<Option<String>>,
    /// Starts the reading.
    on_start: Callback<ValidSetup>,
) -> impl IntoView {
    let draft = RwSignal::new(decks.with_value(|d| ReadingSetup::new(d, today())));
    let errors = RwSignal::new(Vec::<FormError>::new());
    let summary = NodeRef::<html::Div>::new();
    let deck_ids: Vec<_> = decks.with_value(|d| d.iter().map(|d| d.id().clone()).collect());
    let deck_names: Vec<String> =
        decks.with_value(|d| d.iter().map(|d| d.name().to_owned()).collect());
    let conversations: Vec<(String, String)> = person
        .conversations
        .iter()
        .map(|c| {
            (
                c.id.clone(),
                format!("{}, {}", c.kind.label(), format_uk_date(c.date)),
            )
        })
        .collect();
    let conversation_ids = StoredValue::new(
        std::iter::once(None)
            .chain(conversations.iter().map(|(id, _)| Some(id.clone())))
            .collect::<Vec<_>>(),
    );
    let conversation_names: Vec<String> = std::iter::once("Not part of a conversation".to_owned())
        .chain(conversations.into_iter().map(|(_, name)| name))
        .collect();
    let deck_ids = StoredValue::new(deck_ids);

    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let known: Vec<String> =
            conversation_ids.with_value(|c| c.iter().flatten().cloned().collect());
        let known: Vec<&str> = known.iter().map(String::as_str).collect();
        let valid = decks.with_value(|d| draft.with_untracked(|s| s.validate(d, &known, today())));
        match valid {
            Ok(valid) => {
                errors.set(Vec::new());
                on_start.run(valid);
            }
            Err(found) => {
                errors.set(found);
                focus_summary(summary);
            }
        }
    };
    view! {
        <form class="reading-setup" novalidate on:submit=submit>
            <ErrorSummary errors=errors save_error=save_error node_ref=summary/>
            <RadioGroup
                id=SETUP_DECK
                legend="Which deck of cards?"
                options=deck_names
                selected=Signal::derive(move || draft.with(|s| deck_ids.with_value(|ids| ids.iter().position(|id| Some(id) == s.deck.as_ref()))))
                on_select=Callback::new(move |k: usize| draft.update(|s| s.deck = deck_ids.with_value(|ids| ids.get(k).cloned())))
                error=error_for(errors, format!("{SETUP_DECK}-0"))
            />
            <RadioGroup
                id=SETUP_RESPONDENT
                legend="Who is answering?"
                options=Respondent::ALL.map(|r| r.label().to_owned()).to_vec()
                selected=Signal::derive(move || draft.with(|s| Respondent::ALL.iter().position(|r| Some(*r) == s.respondent)))
                on_select=Callback::new(move |k: usize| draft.update(|s| s.respondent = Respondent::ALL.get(k).copied()))
                error=error_for(errors, format!("{SETUP_RESPONDENT}-0"))
            />
            <TextField
                id=SETUP_DATE
                label="Date of the reading"
                input_type="date"
                max=iso_date(today())
                value=Signal::derive(move || draft.with(|s| s.date.clone()))
                on_input=Callback::new(move |v| draft.update(|s| s.date = v))
                error=error_for(errors, SETUP_DATE.to_owned())
            />
            <RadioGroup
                id="reading-conversation"
                legend="Which conversation is it part of?"
                options=conversation_names
                selected=Signal::derive(move || draft.with(|s| conversation_ids.with_value(|ids| ids.iter().position(|id| *id == s.conversation))))
                on_select=Callback::new(move |k: usize| draft.update(|s| s.conversation = conversation_ids.with_value(|ids| ids.get(k).cloned().flatten())))
            />
            <div class="actions">
                <button type="submit" class="button-primary">"Start the reading"</button>
            </div>
        </form>
    }
}
