use leptos::prelude::*;

use super::DraftState;
use crate::domain::{format_uk_date, parse_iso_date, CONVERSATION_STEPS};

/// Step 6, "Summary": everything on one page before it is saved, with any problem linked to
/// the step that has it (`go_to` opens that step with its problems shown).
#[component]
pub fn SummaryStep(
    /// The draft being filled in.
    state: DraftState,
    /// Goes to a step to fix something.
    go_to: Callback<usize>,
) -> impl IntoView {
    let d = state.draft.get_untracked();
    let date = parse_iso_date(&d.date)
        .map(format_uk_date)
        .unwrap_or_else(|| d.date.clone());
    let or_none = |text: &str| match text.trim() {
        "" => "Nothing written".to_owned(),
        t => t.to_owned(),
    };
    let aspirations: Vec<String> = d
        .aspirations
        .iter()
        .map(|a| a.trim().to_owned())
        .filter(|a| !a.is_empty())
        .collect();
    view! {
        <p class="lead">"Check everything, then save. This conversation is the baseline."</p>
        // Always present, so that problems found on saving are announced when they appear.
        <div role="alert">
        {move || {
            let errors = state.errors.get();
            (!errors.is_empty()).then(|| view! {
                <div class="notice notice-error">
                    <h3>"Some things need changing before saving"</h3>
                    <ul>
                        {errors.into_iter().map(|e| {
                            let step = e.step;
                            view! {
                                <li>
                                    {e.message} " "
                                    <button type="button" class="link-button" on:click=move |_| go_to.run(step)>
                                        {format!("Go to {}", CONVERSATION_STEPS[step])}
                                    </button>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                </div>
            })
        }}
        </div>
        <dl class="details">
            <div><dt>"Date"</dt><dd>{date}</dd></div>
            <div><dt>"Who took part"</dt><dd>{or_none(&d.took_part)}</dd></div>
            <div><dt>"Now"</dt><dd class="free-text">{or_none(&d.presentation)}</dd></div>
            <div>
                <dt>"What matters"</dt>
                <dd>
                    {if aspirations.is_empty() {
                        view! { "Nothing written" }.into_any()
                    } else {
                        view! { <ul>{aspirations.into_iter().map(|a| view! { <li>{a}</li> }).collect_view()}</ul> }.into_any()
                    }}
                </dd>
            </div>
            <div><dt>"How the person has changed"</dt><dd class="free-text">{or_none(&d.imagined.changed)}</dd></div>
            <div><dt>"What behaviour is different"</dt><dd class="free-text">{or_none(&d.imagined.behaviour)}</dd></div>
            <div><dt>"The difference we made"</dt><dd class="free-text">{or_none(&d.imagined.our_difference)}</dd></div>
        </dl>
        <h3>{format!("Outcomes ({})", d.outcomes.len())}</h3>
        <ol class="summary-outcomes">
            {d.outcomes.iter().map(|o| {
                let target = parse_iso_date(&o.target_date).map(format_uk_date).unwrap_or_default();
                view! {
                    <li>
                        <p class="outcome-words">{or_none(&o.words)}</p>
                        <p class="meta">
                            {format!("{} · {} · target {} · worked on by {}", o.domain, o.term.label(), target, o.contributors.describe())}
                        </p>
                        {(!o.how_we_know.trim().is_empty()).then(|| view! {
                            <p class="meta">"How we will know: " {o.how_we_know.trim().to_owned()}</p>
                        })}
                    </li>
                }
            }).collect_view()}
        </ol>
    }
}
