use std::rc::Rc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::size;
use crate::storage::{measure_limit, MeasureError};

/// Where a measurement stands.
#[derive(Clone, Debug, PartialEq)]
enum Measuring {
    /// Not asked for yet.
    NotAsked,
    /// Under way: this much of local storage is filled (UTF-16 code units).
    Filling(usize),
    /// Done: the limit found.
    Done(usize),
    /// Stopped, or refused.
    Failed(MeasureError),
}

/// `Measure the space left exactly`: fills local storage a step at a time (the page stays
/// usable), with a progress bar and `Stop measuring`, and hands the limit found to
/// `on_measured`. Its temporary values are always removed.
#[component]
pub fn SpaceMeasure(
    /// The limit the progress bar counts towards until the real one is found, in UTF-16
    /// code units.
    #[prop(into)]
    expected: Signal<usize>,
    /// Hears the limit measured, in UTF-16 code units.
    on_measured: impl Fn(usize) + 'static,
) -> impl IntoView {
    let state = RwSignal::new(Measuring::NotAsked);
    // A plain flag rather than a signal: the measurement may outlive the page, and asks it
    // between steps; leaving the page stops it.
    let stop = Arc::new(AtomicBool::new(false));
    on_cleanup({
        let stop = stop.clone();
        move || stop.store(true, Ordering::Relaxed)
    });
    let on_measured = Rc::new(on_measured);
    let measure = {
        let stop = stop.clone();
        move |_| {
            if matches!(state.get_untracked(), Measuring::Filling(_)) {
                return;
            }
            stop.store(false, Ordering::Relaxed);
            state.set(Measuring::Filling(0));
            let stop = stop.clone();
            let on_measured = on_measured.clone();
            leptos::task::spawn_local(async move {
                let result = measure_limit(
                    |filled| {
                        state.try_set(Measuring::Filling(filled));
                    },
                    || stop.load(Ordering::Relaxed),
                )
                .await;
                match result {
                    Ok(limit) => {
                        if state.try_set(Measuring::Done(limit)).is_none() {
                            on_measured(limit);
                        }
                    }
                    Err(error) => {
                        state.try_set(Measuring::Failed(error));
                    }
                }
            });
        }
    };
    let stop_measuring = move |_| stop.store(true, Ordering::Relaxed);
    let filling = move || match state.get() {
        Measuring::Filling(filled) => Some(filled),
        _ => None,
    };
    view! {
        <div class="space-measure">
            <p class="hint" id="measure-hint">
                "Measuring finds this browser's own limit. It fills the space left for a moment, \
                 then empties it: choose a time when nothing else is being saved in this \
                 browser."
            </p>
            <div class="actions">
                <button
                    type="button"
                    class="button-secondary"
                    aria-describedby="measure-hint"
                    disabled=move || filling().is_some()
                    on:click=measure
                >
                    "Measure the space left exactly"
                </button>
                {move || filling().is_some().then(|| view! {
                    <button type="button" class="button-secondary" on:click=stop_measuring.clone()>
                        "Stop measuring"
                    </button>
                })}
            </div>
            {move || filling().map(|filled| {
                let max = expected.get().max(filled).max(1);
                view! {
                    <label for="measure-progress">"Measuring the space left"</label>
                    <progress id="measure-progress" class="storage-meter" max=max.to_string() value=filled.to_string()>
                        {format!("{} filled", size(filled))}
                    </progress>
                }
            })}
            <p role="status" class="measure-status">
                {move || match state.get() {
                    Measuring::NotAsked => String::new(),
                    Measuring::Filling(_) => "Measuring the space left…".to_owned(),
                    Measuring::Done(limit) => format!("Measured: this browser allows {} for the records.", size(limit)),
                    Measuring::Failed(error) => error.to_string(),
                }}
            </p>
        </div>
    }
}
