use leptos::prelude::*;

use super::return_summary::RETURN_HEADING;
use super::{OpenedReturn, ReturnSummary};
use crate::domain::{format_uk_date, ReturnPreview};
use crate::route::Route;
use crate::ui::reading::all_decks;
use crate::ui::records::{add_return, check_return};
use crate::ui::router::use_navigator;
use crate::ui::set_title;
use crate::ui::state::use_app_state;
use crate::ui::widgets::{focus_by_id, TextField};

/// HTML id of the return field.
const RETURN_FIELD: &str = "return-text";

/// `Receive answers`: a return link or code from a person's phone is checked (whose
/// invitation, which answers) and then added once as a reading by the person. A refused one
/// says why and saves nothing.
#[component]
pub fn ReceiveAnswersPage() -> impl IntoView {
    set_title("Receive answers");
    let state = use_app_state();
    let navigator = use_navigator();
    let text = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let preview = RwSignal::new(None::<ReturnPreview>);
    let (decks, decks_problem) = all_decks();
    let decks = StoredValue::new(decks);

    let check = move || {
        preview.set(None);
        match check_return(&text.get_untracked()) {
            Ok(checked) => {
                error.set(None);
                preview.set(Some(checked));
                request_animation_frame(|| focus_by_id(RETURN_HEADING));
            }
            Err(refused) => {
                error.set(Some(refused));
                request_animation_frame(|| focus_by_id(RETURN_FIELD));
            }
        }
    };
    // A return link opened in the app arrives here already filled in, and is checked at once.
    if let Some(opened) = use_context::<OpenedReturn>() {
        Effect::new(move |_| {
            if opened.pending() {
                if let Some(taken) = opened.take() {
                    text.set(taken);
                    check();
                }
            }
        });
    }
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        check();
    };
    let add = move |_| match add_return(&text.get_untracked()) {
        Ok(added) => {
            let name = added.person.name.clone();
            let answered = preview
                .with_untracked(|p| p.as_ref().map(|p| format_uk_date(p.answers.answered)))
                .unwrap_or_default();
            let mut message = if added.found_already {
                format!("These answers were already in {name}'s readings, so they were not added again.")
            } else {
                format!("{name}'s answers from {answered} were added as a reading by the person.")
            };
            if let Some(problem) = added.unmarked {
                message.push_str(&format!(
                    " But this browser could not note that the invitation was answered ({problem}). The same answers will not be added twice."
                ));
            }
            state.return_after_save(navigator, &Route::Person(added.person.id).path(), message);
        }
        Err(refused) => {
            preview.set(None);
            error.set(Some(refused));
            request_animation_frame(|| focus_by_id(RETURN_FIELD));
        }
    };

    view! {
        <h1>"Receive answers"</h1>
        <p>
            "When a person has answered cards on their own phone, their phone gives a return "
            "link, a QR code of it, or a short return code. Opening the link in this browser "
            "brings it here; or paste the link, or type the code, below."
        </p>
        {decks_problem.map(|message| view! { <p class="notice notice-warning">{message}</p> })}
        <form class="form" novalidate on:submit=submit>
            <TextField
                id=RETURN_FIELD
                label="Return link or code"
                hint="The whole link, or the code in groups of letters and digits as the phone shows it."
                multiline=true
                value=text
                on_input=Callback::new(move |typed| text.set(typed))
            />
            <div class="actions">
                <button type="submit" class="button-primary">"Check the answers"</button>
            </div>
        </form>
        <div role="alert" class="action-error">
            {move || error.get().map(|message| view! {
                <p class="notice notice-error">{message}</p>
            })}
        </div>
        {move || preview.get().map(|checked| view! {
            <ReturnSummary preview=checked decks=decks.get_value()/>
            <div class="actions">
                <button type="button" class="button-primary" on:click=add>"Add the reading"</button>
            </div>
        })}
    }
}
