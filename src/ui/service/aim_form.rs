use leptos::html;
use leptos::prelude::*;

use super::{first_deck, TargetFields};
use crate::domain::{form_errors, Aim, AimDraft, Deck, FormError, TargetDraft};
use crate::ui::widgets::{error_for, focus_by_id, focus_summary, ErrorSummary, TextField};

/// The form of one aim: its words and its targets, checked together on `Save aim`. What was
/// typed stays on screen when the save fails.
#[component]
pub fn AimForm(
    /// The aim's id (a new one when adding).
    #[prop(into)]
    aim_id: String,
    /// The form's heading: "Add an aim", "Edit aim 2".
    #[prop(into)]
    heading: String,
    /// The form as it opens.
    initial: AimDraft,
    /// Every deck the service has.
    decks: StoredValue<Vec<Deck>>,
    /// Saves the checked aim; an error message when it could not be saved.
    on_save: Callback<Aim, Result<(), String>>,
    /// Closes the form without saving.
    on_cancel: Callback<()>,
) -> impl IntoView {
    let draft = RwSignal::new(initial);
    let errors = RwSignal::new(Vec::<FormError>::new());
    let save_error = RwSignal::new(None::<String>);
    let summary = NodeRef::<html::Div>::new();
    let count = Memo::new(move |_| draft.with(|d| d.targets.len()));
    let targets_error = error_for(errors, "aim-targets".to_owned());
    // The form opens below the list: take the keyboard (and the screen) to its first field.
    request_animation_frame(|| focus_by_id("aim-words"));

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let checked = decks.with_value(|all| draft.with_untracked(|d| d.validate(&aim_id, all)));
        let result = match checked {
            Ok(aim) => {
                errors.set(Vec::new());
                on_save
                    .run(aim)
                    .map_err(|message| save_error.set(Some(message)))
            }
            Err(problems) => {
                errors.set(form_errors(&problems));
                Err(())
            }
        };
        if result.is_err() {
            focus_summary(summary);
        }
    };
    let add_readings = move |_| {
        let deck = decks.with_value(|all| first_deck(all));
        draft.update(|d| d.targets.push(TargetDraft::readings(&deck)));
    };
    let add_status = move |_| draft.update(|d| d.targets.push(TargetDraft::outcome_status()));

    view! {
        <form class="form aim-form" novalidate on:submit=submit aria-labelledby="aim-form-heading">
            <h2 id="aim-form-heading">{heading}</h2>
            <ErrorSummary errors=errors save_error=save_error node_ref=summary/>
            <TextField
                id="aim-words"
                label="The aim"
                hint="What the service sets out to do, in a sentence. For example: Support children to improve their educational attainment."
                multiline=true
                value=Signal::derive(move || draft.with(|d| d.words.clone()))
                on_input=Callback::new(move |text| draft.update(|d| d.words = text))
                error=error_for(errors, "aim-words".to_owned())
            />
            <div id="aim-targets" tabindex="-1" class="aim-targets">
                <h3>"Targets"</h3>
                <p class="hint">
                    "How you will know the aim is being met: a share of people whose readings "
                    "improve, or a share of outcomes achieved."
                </p>
                {move || targets_error.get().map(|message| view! {
                    <p class="error-message">{message}</p>
                })}
                {move || (0..count.get()).map(|index| view! {
                    <TargetFields index=index draft=draft decks=decks errors=errors/>
                }).collect_view()}
                <div class="actions">
                    <button type="button" class="button-secondary" on:click=add_readings>
                        "Add a target on readings"
                    </button>
                    <button type="button" class="button-secondary" on:click=add_status>
                        "Add a target on outcome statuses"
                    </button>
                </div>
            </div>
            <div class="actions">
                <button type="submit" class="button-primary">"Save aim"</button>
                <button type="button" class="button-secondary" on:click=move |_| on_cancel.run(())>
                    "Cancel"
                </button>
            </div>
        </form>
    }
}
