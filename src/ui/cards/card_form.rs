use leptos::prelude::*;

use super::Refused;
use crate::domain::{CardDraft, CardField};
use crate::ui::widgets::service_domains;
use crate::ui::widgets::{focus_by_id, CheckBox, RadioGroup, TextField};

/// The card form, for adding a card or changing one: statement, domain, emoji and whether it
/// is reverse-scored. What was typed stays when the save is refused.
#[component]
pub fn CardForm(
    /// Prefix of the fields' HTML ids, unique on the page.
    #[prop(into)]
    id: String,
    /// The form's accessible name ("Add a card").
    #[prop(into)]
    name: String,
    /// The form's contents to start with.
    initial: CardDraft,
    /// The submit button's text.
    #[prop(into)]
    button: String,
    /// Whether to empty the form after a save (adding), or leave it (editing).
    #[prop(optional)]
    clear_on_save: bool,
    /// Saves the card.
    on_submit: Callback<CardDraft, Result<(), Refused>>,
    /// Closes the form without saving, if it can be closed.
    #[prop(optional)]
    on_cancel: Option<Callback<()>>,
) -> impl IntoView {
    let domains = StoredValue::new(service_domains(&initial.domain));
    let draft = RwSignal::new(initial);
    let error = RwSignal::new(None::<Refused>);
    let ids = StoredValue::new([
        format!("{id}-statement"),
        format!("{id}-domain"),
        format!("{id}-emoji"),
        format!("{id}-error"),
    ]);
    let field_error = move |field: CardField| {
        Signal::derive(move || {
            error.with(|e| {
                e.as_ref()
                    .filter(|e| e.card_field == Some(field))
                    .map(|e| e.message.clone())
            })
        })
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match on_submit.run(draft.get_untracked()) {
            Ok(()) => {
                error.set(None);
                if clear_on_save {
                    draft.set(CardDraft::default());
                }
            }
            Err(refused) => {
                let target = match refused.card_field {
                    Some(CardField::Statement) => 0,
                    // The first radio button of the group.
                    Some(CardField::Domain) => 1,
                    Some(CardField::Emoji) => 2,
                    None => 3,
                };
                let mut target = ids.with_value(|ids| ids[target].clone());
                if refused.card_field == Some(CardField::Domain) {
                    target.push_str("-0");
                }
                error.set(Some(refused));
                focus_by_id(&target);
            }
        }
    };
    let [statement_id, domain_id, emoji_id, error_id] = ids.get_value();
    view! {
        <form class="form card-form" aria-label=name novalidate on:submit=submit>
            <p class="error-message" id=error_id tabindex="-1" role="alert">
                {move || error.with(|e| e.as_ref().filter(|e| e.card_field.is_none()).map(|e| e.message.clone()))}
            </p>
            <TextField
                id=statement_id
                label="Statement"
                hint="One short sentence in the first person, such as \"I feel safe at home\"."
                value=Signal::derive(move || draft.with(|d| d.statement.clone()))
                on_input=Callback::new(move |text| draft.update(|d| d.statement = text))
                error=field_error(CardField::Statement)
            />
            <RadioGroup
                id=domain_id
                legend="Domain"
                options=domains.get_value()
                selected=Signal::derive(move || draft.with(|d| domains.with_value(|all| all.iter().position(|x| *x == d.domain))))
                on_select=Callback::new(move |k: usize| {
                    let domain = domains.with_value(|all| all.get(k).cloned().unwrap_or_default());
                    draft.update(|d| d.domain = domain);
                })
                error=field_error(CardField::Domain)
            />
            <TextField
                id=emoji_id
                label="Emoji (optional)"
                hint="One picture to go with the statement."
                value=Signal::derive(move || draft.with(|d| d.emoji.clone()))
                on_input=Callback::new(move |text| draft.update(|d| d.emoji = text))
                error=field_error(CardField::Emoji)
            />
            <CheckBox
                label="Reverse-scored: agreeing is the worse answer (\"I feel lonely\")"
                checked=Signal::derive(move || draft.with(|d| d.reverse_scored))
                on_change=Callback::new(move |on| draft.update(|d| d.reverse_scored = on))
            />
            <div class="actions">
                <button type="submit" class="button-primary">{button}</button>
                {on_cancel.map(|cancel| view! {
                    <button type="button" class="button-secondary" on:click=move |_| cancel.run(())>
                        "Cancel"
                    </button>
                })}
            </div>
        </form>
    }
}
