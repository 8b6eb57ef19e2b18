use leptos::prelude::*;

use super::Refused;
use crate::domain::{
    Scale, ScaleDraft, ScaleWording, AGREEMENT_QUESTION, MAX_POINTS, MAX_QUESTION, MIN_POINTS,
    PREFER_NOT_TO_SAY,
};
use crate::ui::widgets::{focus_by_id, CheckBox, TextField};

/// Said under the question field.
const QUESTION_HINT: &str = "Make it fit the labels, in 80 characters or fewer.";
// The hint names the limit in words; this stops the two drifting apart.
const _: () = assert!(MAX_QUESTION == 80);

/// Editing a deck's scale: a label for each of its 3 to 10 points, lowest first, whether
/// "Prefer not to say" is offered, and the question asked on every card, with agreement and
/// frequency wording to start from so that labels and question agree. Nothing is saved
/// until "Save scale".
#[component]
pub fn ScaleEditor(
    /// The scale as saved.
    scale: Scale,
    /// Saves the new scale; the message is shown and the form kept if it is refused.
    on_save: Callback<Scale, Result<(), Refused>>,
) -> impl IntoView {
    let draft = RwSignal::new(ScaleDraft::from_scale(&scale));
    let error = RwSignal::new(None::<Refused>);
    let points = Memo::new(move |_| draft.with(|d| d.labels.len()));
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let result = draft
            .with_untracked(ScaleDraft::to_scale)
            .map_err(|e| Refused::from(crate::domain::DeckError::from(e)))
            .and_then(|scale| on_save.run(scale));
        match result {
            Ok(()) => error.set(None),
            Err(refused) => {
                let field = refused
                    .point
                    .map_or("scale-error".to_owned(), |n| format!("scale-point-{n}"));
                error.set(Some(refused));
                focus_by_id(&field);
            }
        }
    };
    // The question that follows from the labels as typed, shown when none is given.
    let implied = move || {
        draft.with(|d| {
            Scale::new(&d.labels, false)
                .map(|s| s.question().to_owned())
                .unwrap_or_else(|_| AGREEMENT_QUESTION.to_owned())
        })
    };
    let fields = move || {
        (1..=points.get())
            .map(|n| {
                let label = match n {
                    1 => "Point 1 (lowest)".to_owned(),
                    n if n == points.get_untracked() => format!("Point {n} (highest)"),
                    n => format!("Point {n}"),
                };
                view! {
                    <TextField
                        id=format!("scale-point-{n}")
                        label=label
                        value=Signal::derive(move || draft.with(|d| d.labels.get(n - 1).cloned().unwrap_or_default()))
                        on_input=Callback::new(move |text| draft.update(|d| {
                            if let Some(label) = d.labels.get_mut(n - 1) {
                                *label = text;
                            }
                        }))
                        error=Signal::derive(move || error.with(|e| e.as_ref().filter(|e| e.point == Some(n)).map(|e| e.message.clone())))
                    />
                }
            })
            .collect_view()
    };
    view! {
        <form class="form scale-editor" novalidate on:submit=submit>
            <p class="hint">
                {format!("From {MIN_POINTS} to {MAX_POINTS} points, lowest (worst) first; higher is better.")}
            </p>
            <p class="error-message" id="scale-error" tabindex="-1" role="alert">
                {move || error.with(|e| e.as_ref().filter(|e| e.point.is_none()).map(|e| e.message.clone()))}
            </p>
            <div class="actions">
                <button
                    type="button"
                    class="button-secondary"
                    on:click=move |_| draft.update(|d| d.use_wording(ScaleWording::Agreement))
                >
                    "Use agreement wording (Not at all true … Completely true)"
                </button>
                <button
                    type="button"
                    class="button-secondary"
                    on:click=move |_| draft.update(|d| d.use_wording(ScaleWording::Frequency))
                >
                    "Use frequency wording (Never … Always)"
                </button>
            </div>
            {fields}
            <div class="actions">
                <button
                    type="button"
                    class="button-secondary"
                    disabled=move || !draft.with(ScaleDraft::can_add_point)
                    on:click=move |_| draft.update(ScaleDraft::add_point)
                >
                    "Add a point"
                </button>
                <button
                    type="button"
                    class="button-secondary"
                    disabled=move || !draft.with(ScaleDraft::can_remove_point)
                    on:click=move |_| draft.update(ScaleDraft::remove_point)
                >
                    "Remove the highest point"
                </button>
            </div>
            <TextField
                id="scale-question"
                label="Question asked on every card (optional)"
                value=Signal::derive(move || draft.with(|d| d.question.clone()))
                on_input=Callback::new(move |text| draft.update(|d| d.question = text))
                hint=QUESTION_HINT
            />
            <p class="hint" aria-live="polite">
                {move || format!("Left empty, each card asks: {}", implied())}
            </p>
            <CheckBox
                label=format!("Offer \"{PREFER_NOT_TO_SAY}\"")
                checked=Signal::derive(move || draft.with(|d| d.prefer_not_to_say))
                on_change=Callback::new(move |on| draft.update(|d| d.prefer_not_to_say = on))
            />
            <div class="actions">
                <button type="submit" class="button-primary">"Save scale"</button>
            </div>
        </form>
    }
}
