use leptos::prelude::*;

use super::first_deck;
use crate::domain::{
    AimDraft, Deck, FormError, OutcomeStatus, Respondent, TargetDraft, TargetKind,
};
use crate::ui::widgets::{error_for, RadioGroup, SelectField, TextField};

const KINDS: [TargetKind; 2] = [TargetKind::Readings, TargetKind::OutcomeStatus];
/// The statuses a status target can count: every ended one (outcomes still being worked on
/// are not counted yet).
const ENDED: [OutcomeStatus; 4] = [
    OutcomeStatus::Achieved,
    OutcomeStatus::PartlyAchieved,
    OutcomeStatus::NotAchieved,
    OutcomeStatus::Changed,
];

/// The choices of what a readings target measures in `deck`: its total, each domain of its
/// cards, then each card.
fn focus_options(deck: Option<&Deck>) -> Vec<(String, String)> {
    let mut options = vec![("total".to_owned(), "The deck's total".to_owned())];
    let Some(deck) = deck else {
        return options;
    };
    let mut domains: Vec<&str> = Vec::new();
    for card in deck.cards() {
        if !domains.contains(&card.domain.as_str()) {
            domains.push(&card.domain);
        }
    }
    options.extend(
        domains
            .into_iter()
            .map(|d| (format!("domain:{d}"), format!("The {d} cards"))),
    );
    options.extend(deck.cards().iter().map(|card| {
        let retired = if card.retired { " (retired)" } else { "" };
        (
            format!("card:{}", card.id.as_str()),
            format!("Card: {}{retired}", card.statement),
        )
    }));
    options
}

/// The fields of target `index` of the aim form: what it is measured on, and then either
/// the deck, card or domain, whose view and the improvement that counts, or the term and the
/// statuses that count; and the share to reach.
#[component]
pub fn TargetFields(
    /// The target's position in the form (from 0).
    index: usize,
    /// The aim form.
    draft: RwSignal<AimDraft>,
    /// Every deck the service has.
    decks: StoredValue<Vec<Deck>>,
    /// The form's problems.
    errors: RwSignal<Vec<FormError>>,
) -> impl IntoView {
    let n = index + 1;
    let id = move |field: &str| format!("aim-target-{index}-{field}");
    let read = move |get: fn(&TargetDraft) -> String| {
        Signal::derive(move || draft.with(|d| d.targets.get(index).map(get).unwrap_or_default()))
    };
    let write = move |set: fn(&mut TargetDraft, String)| {
        Callback::new(move |value: String| {
            draft.update(|d| {
                if let Some(t) = d.targets.get_mut(index) {
                    set(t, value);
                }
            })
        })
    };
    let error = move |field: &str| error_for(errors, id(field));
    let kind = Signal::derive(move || {
        draft.with(|d| d.targets.get(index).map(|t| t.kind).unwrap_or_default())
    });
    let set_kind = Callback::new(move |k: usize| {
        draft.update(|d| {
            if let (Some(t), Some(kind)) = (d.targets.get_mut(index), KINDS.get(k)) {
                if t.kind != *kind {
                    let deck = decks.with_value(|all| first_deck(all));
                    *t = match kind {
                        TargetKind::Readings => TargetDraft::readings(&deck),
                        TargetKind::OutcomeStatus => TargetDraft::outcome_status(),
                    };
                }
            }
        })
    });
    let deck_options = Signal::stored(decks.with_value(|all| {
        all.iter()
            .map(|d| (d.id().as_str().to_owned(), d.name().to_owned()))
            .collect::<Vec<_>>()
    }));
    // A new deck has other cards: measure its total until something else is chosen.
    let set_deck = write(|t, deck| {
        t.deck = deck;
        t.focus = "total".into();
    });
    let focus = Signal::derive(move || {
        let deck = read(|t| t.deck.clone()).get();
        decks.with_value(|all| focus_options(all.iter().find(|d| d.id().as_str() == deck)))
    });
    let respondent = Signal::derive(move || {
        draft.with(|d| {
            let r = d.targets.get(index)?.respondent;
            Respondent::ALL.iter().position(|x| *x == r)
        })
    });
    let set_respondent = Callback::new(move |k: usize| {
        draft.update(|d| {
            if let (Some(t), Some(r)) = (d.targets.get_mut(index), Respondent::ALL.get(k)) {
                t.respondent = *r;
            }
        })
    });
    let terms = Signal::stored(vec![
        ("short".to_owned(), "Short-term outcomes".to_owned()),
        ("longer".to_owned(), "Longer-term outcomes".to_owned()),
        ("any".to_owned(), "All outcomes".to_owned()),
    ]);
    let statuses_id = id("statuses");
    let statuses_error = error("statuses");
    let statuses_error_id = format!("{statuses_id}-error");
    let remove = move |_| {
        draft.update(|d| {
            if index < d.targets.len() {
                d.targets.remove(index);
            }
        })
    };

    view! {
        <fieldset class="target">
            <legend>{format!("Target {n}")}</legend>
            <RadioGroup
                id=id("kind")
                legend="Measured on"
                options=vec!["Readings of trigger cards".to_owned(), "Outcome statuses".to_owned()]
                selected=Signal::derive(move || KINDS.iter().position(|k| *k == kind.get()))
                on_select=set_kind
            />
            <Show
                when=move || kind.get() == TargetKind::Readings
                fallback=move || {
                    let statuses_id = statuses_id.clone();
                    let statuses_error_id = statuses_error_id.clone();
                    view! {
                        <SelectField
                            id=id("term")
                            label="Which outcomes"
                            options=terms
                            selected=read(|t| t.term.clone())
                            on_change=write(|t, v| t.term = v)
                            error=error("term")
                        />
                        <fieldset class="choices" class:field-invalid=move || statuses_error.get().is_some()>
                            <legend>"Statuses that count"</legend>
                            {move || statuses_error.get().map(|message| view! {
                                <p class="error-message" id=statuses_error_id.clone()>{message}</p>
                            })}
                            {ENDED.iter().enumerate().map(|(k, status)| {
                                let status = *status;
                                let input_id = match k {
                                    0 => statuses_id.clone(),
                                    _ => format!("{statuses_id}-{k}"),
                                };
                                view! {
                                    <label class="choice">
                                        <input
                                            type="checkbox"
                                            id=input_id
                                            prop:checked=move || draft.with(|d| d.targets.get(index).is_some_and(|t| t.statuses.contains(&status)))
                                            on:change=move |ev| {
                                                let on = event_target_checked(&ev);
                                                draft.update(|d| if let Some(t) = d.targets.get_mut(index) {
                                                    t.statuses.retain(|s| *s != status);
                                                    if on {
                                                        t.statuses.push(status);
                                                    }
                                                });
                                            }
                                        />
                                        <span>{status.label()}</span>
                                    </label>
                                }
                            }).collect_view()}
                        </fieldset>
                        <TextField
                            id=id("percent")
                            label="Share of outcomes to reach (%)"
                            hint="Among the outcomes that have ended. For example 70."
                            value=read(|t| t.target_percent.clone())
                            on_input=write(|t, v| t.target_percent = v)
                            error=error("percent")
                        />
                    }
                }
            >
                <SelectField
                    id=id("deck")
                    label="Deck"
                    options=deck_options
                    selected=read(|t| t.deck.clone())
                    on_change=set_deck
                    error=error("deck")
                />
                <SelectField
                    id=id("focus")
                    label="Card, domain or total"
                    options=focus
                    selected=read(|t| t.focus.clone())
                    on_change=write(|t, v| t.focus = v)
                    error=error("focus")
                />
                <RadioGroup
                    id=id("respondent")
                    legend="Whose view"
                    options=Respondent::ALL.map(|r| r.label().to_owned()).to_vec()
                    selected=respondent
                    on_select=set_respondent
                    class="inline"
                />
                <TextField
                    id=id("improvement")
                    label="Improvement that counts (points)"
                    hint="At least this many points between a person's earliest and latest reading."
                    value=read(|t| t.min_improvement.clone())
                    on_input=write(|t, v| t.min_improvement = v)
                    error=error("improvement")
                />
                <TextField
                    id=id("percent")
                    label="Share of people to reach (%)"
                    hint="Among the people with two readings or more. For example 60."
                    value=read(|t| t.target_percent.clone())
                    on_input=write(|t, v| t.target_percent = v)
                    error=error("percent")
                />
            </Show>
            <button type="button" class="button-secondary" on:click=remove>
                {format!("Remove target {n}")}
            </button>
        </fieldset>
    }
}
