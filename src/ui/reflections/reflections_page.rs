use chrono::NaiveDate;
use leptos::prelude::*;

use super::{ReflectionEntry, ReflectionForm};
use crate::domain::{format_uk_date, FiguresSnapshot, ReflectionDraft, Reflections};
use crate::ui::dashboard::ServiceRecords;
use crate::ui::records::{load_service_record, reload_service_record, save_service_record};
use crate::ui::set_title;
use crate::ui::state::{use_app_state, AppState};

/// `Reflections`: what the service has learnt, dated, with the dashboard's figures of that
/// day. Reflections are kept as written, not edited: they record what the service saw then.
#[component]
pub fn ReflectionsPage() -> impl IntoView {
    set_title("Reflections");
    let state = use_app_state();
    let (loaded, load_problem) = load_service_record::<Reflections>();
    let reflections = RwSignal::new(loaded);
    let note = RwSignal::new(None::<String>);
    // Kept in another tab: show it, and add the next one to it.
    state.after_changes(move || {
        if let Some(stored) = reload_service_record::<Reflections>() {
            reflections.set(stored);
        }
    });

    let on_save = Callback::new(move |(date, draft): (NaiveDate, ReflectionDraft)| {
        note.set(None);
        let (figures, gaps) = figures_on(&state, date);
        let mut changed = reflections.get_untracked();
        changed.add(&draft, date, figures).map_err(|problems| {
            problems
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join(" ")
        })?;
        let saved = save_service_record(&changed)?;
        reflections.set(saved);
        let mut message = format!(
            "The reflection of {} was kept, with the dashboard's figures of that day.",
            format_uk_date(date)
        );
        for gap in gaps {
            message.push(' ');
            message.push_str(&gap);
        }
        note.set(Some(message));
        Ok(())
    });

    let kept = move || {
        let mut all = reflections.with(|r| r.reflections.clone());
        if all.is_empty() {
            return view! { <p>"No reflections are kept yet."</p> }.into_any();
        }
        // Newest first; of one day, the one written last first.
        all.reverse();
        all.sort_by_key(|r| std::cmp::Reverse(r.date));
        all.into_iter()
            .map(|reflection| view! { <ReflectionEntry reflection=reflection/> })
            .collect_view()
            .into_any()
    };

    view! {
        <h1>"Reflections"</h1>
        <p>
            "After a period of work, the service looks back together. Each reflection is kept "
            "with its date and the dashboard's figures as they stood that day, so you can see "
            "later what you saw then and what you decided."
        </p>
        {load_problem.map(|p| view! { <p class="notice notice-warning" role="alert">{p}</p> })}
        <h2>"New reflection"</h2>
        <ReflectionForm on_save=on_save/>
        <p role="status">{move || note.get()}</p>
        <h2>"Reflections kept"</h2>
        {kept}
    }
}

/// The dashboard's figures as they stood on `date`, over everyone, with a sentence for each
/// part of the records that could not be read and so is not in them.
fn figures_on(state: &AppState, date: NaiveDate) -> (FiguresSnapshot, Vec<String>) {
    let records = ServiceRecords::load();
    let settings = state.settings.get_untracked();
    let figures = records.with_data(&settings, |data, aims| {
        FiguresSnapshot::on_day(data, aims, date)
    });
    let mut gaps = records.problems.get_value();
    let unreadable = records.caseload.with_value(|c| c.unreadable().len());
    if unreadable > 0 {
        gaps.push(format!(
            "The readings of {unreadable} people could not be read, so they are not in the targets."
        ));
    }
    (figures, gaps)
}
