use leptos::prelude::*;

use super::Refused;
use crate::ui::widgets::TextField;

/// A one-field form that names a deck: creating one, or copying one. What was typed stays
/// when the save fails.
#[component]
pub fn DeckNameForm(
    /// The field's HTML id.
    id: &'static str,
    /// The field's label.
    label: &'static str,
    /// The submit button's text.
    button: &'static str,
    /// The name to start with.
    #[prop(optional, into)]
    initial: String,
    /// Makes the deck; an error is shown under the field.
    on_submit: Callback<String, Result<(), Refused>>,
) -> impl IntoView {
    let name = RwSignal::new(initial);
    let error = RwSignal::new(None::<String>);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match on_submit.run(name.get_untracked()) {
            Ok(()) => error.set(None),
            Err(refused) => {
                error.set(Some(refused.message));
                crate::ui::widgets::focus_by_id(id);
            }
        }
    };
    view! {
        <form class="form deck-name-form" novalidate on:submit=submit>
            <TextField
                id=id
                label=label
                value=name
                on_input=Callback::new(move |text| name.set(text))
                error=error
            />
            <div class="actions">
                <button type="submit" class="button-primary">{button}</button>
            </div>
        </form>
    }
}
