use leptos::prelude::*;

use crate::domain::{
    format_uk_date, FormError, GoalLevel, Outcome, OutcomeReviewDraft, OutcomeStatus, ProgressView,
    ReviewDraft, ReviewField, View,
};
use crate::ui::widgets::error_for;
use crate::ui::widgets::{OutputHintNote, RadioGroup, TextField};

/// What a review asks about one current outcome, in a fieldset named by the outcome's words:
/// its status, the person's and the worker's view of progress, the four prompts, the
/// goal-attainment level (when the outcome has levels) and optional new words.
#[component]
pub fn OutcomeReviewFields(
    /// The review being filled in.
    draft: RwSignal<ReviewDraft>,
    /// The problems found on saving.
    errors: RwSignal<Vec<FormError>>,
    /// Which entry of the review, from 0.
    index: usize,
    /// The outcome reviewed, as stored.
    outcome: Outcome,
) -> impl IntoView {
    // Reads and writes this entry; an entry that no longer exists reads as blank.
    let read = move |get: fn(&OutcomeReviewDraft) -> String| {
        Signal::derive(move || draft.with(|d| d.outcomes.get(index).map(get).unwrap_or_default()))
    };
    let write = move |set: fn(&mut OutcomeReviewDraft, String)| {
        Callback::new(move |value: String| {
            draft.update(|d| {
                if let Some(entry) = d.outcomes.get_mut(index) {
                    set(entry, value)
                }
            })
        })
    };
    let pick = move |get: fn(&OutcomeReviewDraft) -> Option<usize>| {
        Signal::derive(move || draft.with(|d| d.outcomes.get(index).and_then(get)))
    };
    let choose = move |set: fn(&mut OutcomeReviewDraft, usize)| {
        Callback::new(move |k: usize| {
            draft.update(|d| {
                if let Some(entry) = d.outcomes.get_mut(index) {
                    set(entry, k)
                }
            })
        })
    };
    let id = move |field: ReviewField| field.html_id();
    let error = move |field: ReviewField| error_for(errors, field.html_id());
    let view_labels = || ProgressView::ALL.map(|v| v.label().to_owned()).to_vec();
    let reworded = read(|e| e.reworded.clone());

    let levels = outcome.has_levels().then(|| {
        let options = GoalLevel::ALL
            .iter()
            .zip(&outcome.levels)
            .filter_map(|(x, words)| {
                let level = GoalLevel::new(*x)?;
                Some(format!("{level} {}: {words}", level.label()))
            })
            .collect::<Vec<_>>();
        view! {
            <RadioGroup
                id=id(ReviewField::Level(index))
                legend="Goal-attainment level reached"
                options=options
                selected=pick(|e| {
                    let x = e.level?.value();
                    GoalLevel::ALL.iter().position(|l| *l == x)
                })
                on_select=choose(|e, k| e.level = GoalLevel::ALL.get(k).and_then(|x| GoalLevel::new(*x)))
            />
        }
    });

    view! {
        <fieldset class="review-outcome">
            <legend>{outcome.words.clone()}</legend>
            <p class="meta">
                {format!(
                    "{} · {} · target {}",
                    outcome.domain,
                    outcome.term.label(),
                    format_uk_date(outcome.target_date)
                )}
            </p>
            <RadioGroup
                id=id(ReviewField::Status(index))
                legend="Where it stands now"
                options=OutcomeStatus::ALL.map(|s| s.label().to_owned()).to_vec()
                selected=pick(|e| OutcomeStatus::ALL.iter().position(|s| *s == e.status))
                on_select=choose(|e, k| e.status = OutcomeStatus::ALL.get(k).copied().unwrap_or_default())
                class="inline"
            />
            <div class="view-pair">
                <div class="view-box">
                    <RadioGroup
                        id=id(ReviewField::PersonRating(index))
                        legend="The person's view"
                        options=view_labels()
                        selected=pick(|e| view_position(&e.person_view))
                        on_select=choose(|e, k| e.person_view.rating = ProgressView::ALL.get(k).copied())
                    />
                    <TextField
                        id=id(ReviewField::PersonComment(index))
                        label="What the person says"
                        multiline=true
                        value=read(|e| e.person_view.comment.clone())
                        on_input=write(|e, v| e.person_view.comment = v)
                        error=error(ReviewField::PersonComment(index))
                    />
                </div>
                <div class="view-box">
                    <RadioGroup
                        id=id(ReviewField::WorkerRating(index))
                        legend="The worker's view"
                        options=view_labels()
                        selected=pick(|e| view_position(&e.worker_view))
                        on_select=choose(|e, k| e.worker_view.rating = ProgressView::ALL.get(k).copied())
                    />
                    <TextField
                        id=id(ReviewField::WorkerComment(index))
                        label="What the worker says"
                        multiline=true
                        value=read(|e| e.worker_view.comment.clone())
                        on_input=write(|e, v| e.worker_view.comment = v)
                        error=error(ReviewField::WorkerComment(index))
                    />
                </div>
            </div>
            <TextField
                id=id(ReviewField::Helped(index))
                label="What helped?"
                multiline=true
                value=read(|e| e.helped.clone())
                on_input=write(|e, v| e.helped = v)
                error=error(ReviewField::Helped(index))
            />
            <TextField
                id=id(ReviewField::GotInTheWay(index))
                label="What got in the way?"
                hint="Other things in the person's life that made a difference."
                multiline=true
                value=read(|e| e.got_in_the_way.clone())
                on_input=write(|e, v| e.got_in_the_way = v)
                error=error(ReviewField::GotInTheWay(index))
            />
            <TextField
                id=id(ReviewField::WeContributed(index))
                label="What did we contribute?"
                multiline=true
                value=read(|e| e.we_contributed.clone())
                on_input=write(|e, v| e.we_contributed = v)
                error=error(ReviewField::WeContributed(index))
            />
            <TextField
                id=id(ReviewField::DidNotWork(index))
                label="What did not work as expected?"
                multiline=true
                value=read(|e| e.did_not_work.clone())
                on_input=write(|e, v| e.did_not_work = v)
                error=error(ReviewField::DidNotWork(index))
            />
            {levels}
            <TextField
                id=id(ReviewField::Reworded(index))
                label="New words for this outcome (optional)"
                hint="Only if the outcome has changed; leave blank to keep the words above. The old words are kept with this review."
                value=reworded
                on_input=write(|e, v| e.reworded = v)
                error=error(ReviewField::Reworded(index))
            />
            <OutputHintNote words=reworded/>
        </fieldset>
    }
}

/// The position of a view's rating among the five points, if one was given.
fn view_position(view: &View) -> Option<usize> {
    let rating = view.rating?;
    ProgressView::ALL.iter().position(|v| *v == rating)
}
