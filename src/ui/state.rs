//! The app's shared state: plain data in a few signals, provided once at the root.

use leptos::prelude::*;

use super::records::load_service_record;
use super::router::Navigator;
use crate::domain::{
    record_times, IndexEntry, RecordTimes, ReviewSchedule, ServiceSettings, StoreError,
    StoredProblem,
};
use crate::storage::{active_keys, repository, take_carried_flash, BrowserStore};

/// A one-off message for the page at `path` ("Alex was deleted.").
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Flash {
    /// The page the message belongs to; it disappears once the user moves elsewhere.
    pub path: String,
    /// The message.
    pub message: String,
}

/// What every page can see: the list of people and the state of storage.
#[derive(Clone, Copy, Debug)]
pub struct AppState {
    /// Everyone in the index.
    pub people: RwSignal<Vec<IndexEntry>>,
    /// Stored values that could not be read.
    pub problems: RwSignal<Vec<StoredProblem>>,
    /// Set when local storage cannot be used at all.
    pub unavailable: RwSignal<Option<StoreError>>,
    /// Counts changes to stored records, so open person pages read them again.
    pub changes: RwSignal<u64>,
    /// A message to show once on one page.
    pub flash: RwSignal<Option<Flash>>,
    /// The service settings (the defaults when none are stored or they cannot be read).
    pub settings: RwSignal<ServiceSettings>,
    /// Why the stored service settings could not be read, if they could not.
    pub settings_problem: RwSignal<Option<String>>,
    /// Set when a save failed because storage is full, until a save works again.
    pub storage_full: RwSignal<bool>,
    /// The earliest and latest save of any record, with the count of [`AppState::changes`]
    /// it was measured at; see [`AppState::record_times`].
    measured_times: RwSignal<Option<(u64, Option<RecordTimes>)>>,
}

impl AppState {
    /// Reads the index from storage.
    pub fn load() -> Self {
        let state = AppState {
            people: RwSignal::new(Vec::new()),
            problems: RwSignal::new(Vec::new()),
            unavailable: RwSignal::new(None),
            changes: RwSignal::new(0),
            settings: RwSignal::new(ServiceSettings::default()),
            settings_problem: RwSignal::new(None),
            storage_full: RwSignal::new(false),
            measured_times: RwSignal::new(None),
            flash: RwSignal::new(
                take_carried_flash().map(|(path, message)| Flash { path, message }),
            ),
        };
        state.refresh();
        state
    }

    /// Reads the index again after a save here or in another tab, and tells open pages.
    pub fn refresh(&self) {
        let loaded = repository().load_index();
        self.people.set(loaded.people);
        self.problems.set(loaded.problems);
        self.unavailable.set(loaded.unavailable);
        let (settings, problem) = load_service_record::<ServiceSettings>();
        self.settings.set(settings);
        self.settings_problem.set(problem);
        self.changes.update(|n| *n += 1);
    }

    /// Calls `reload` after each later change to stored records (a save here or in another
    /// tab), but not at once: the page that asks has just read what it shows.
    pub fn after_changes(&self, reload: impl Fn() + 'static) {
        let changes = self.changes;
        Effect::new(move |opened: Option<()>| {
            changes.track();
            if opened.is_some() {
                reload();
            }
        });
    }

    /// The earliest and latest save of any record (for the backup reminder), tracked; `None`
    /// until measured. Measuring reads every stored value (5 million characters with a large
    /// caseload, about a quarter of a second), so it happens once per change, just after the
    /// page asking has been drawn, and moving between pages reuses it.
    pub fn record_times(&self) -> Option<RecordTimes> {
        let changes = self.changes.get();
        let measured = self.measured_times.get();
        if !matches!(measured, Some((at, _)) if at == changes) {
            let (counted, measured_times) = (self.changes, self.measured_times);
            set_timeout(
                move || {
                    let now = counted.get_untracked();
                    if !matches!(measured_times.get_untracked(), Some((at, _)) if at == now) {
                        let times = record_times(&BrowserStore, &active_keys()).ok().flatten();
                        measured_times.set(Some((now, times)));
                    }
                },
                std::time::Duration::ZERO,
            );
        }
        measured.and_then(|(_, times)| times)
    }

    /// When reviews fall due under the service settings, tracked.
    pub fn schedule(&self) -> ReviewSchedule {
        self.settings.with(ServiceSettings::schedule)
    }

    /// After a save: reads the index again, then goes to the page at `path`, where `message`
    /// is shown once.
    pub fn return_after_save(&self, navigator: Navigator, path: &str, message: String) {
        self.refresh();
        self.flash(path, message);
        navigator.go(path);
    }

    /// Shows `message` on the page at `path`.
    pub fn flash(&self, path: &str, message: String) {
        self.flash.set(Some(Flash {
            path: path.to_owned(),
            message,
        }));
    }
}

/// The app state provided at the root; call during component setup, not in event handlers.
pub fn use_app_state() -> AppState {
    use_context::<AppState>().unwrap_or_else(|| {
        // Only reachable when a component is mounted outside `App` (a test): give it a state
        // of its own rather than failing.
        let state = AppState::load();
        provide_context(state);
        state
    })
}
