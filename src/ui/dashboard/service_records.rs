use leptos::prelude::*;

use crate::domain::{
    dashboard, Aim, Caseload, Dashboard, DashboardFilter, Deck, ServiceAims, ServiceData,
    ServiceSettings,
};
use crate::storage::repository;
use crate::ui::reading::all_decks;
use crate::ui::records::load_service_record;

/// Everything the dashboard counts, read from storage once per page: everyone's records
/// with their readings decoded, the decks and the aims. Changing a filter only counts again.
#[derive(Clone, Copy, Debug)]
pub struct ServiceRecords {
    /// Everyone, readings decoded.
    pub caseload: StoredValue<Caseload>,
    /// Every deck: built-in and the service's own.
    pub decks: StoredValue<Vec<Deck>>,
    /// The service's aims.
    pub aims: StoredValue<Vec<Aim>>,
    /// What could not be read, in sentences (the rest is still counted).
    pub problems: StoredValue<Vec<String>>,
}

impl ServiceRecords {
    /// Reads everything from storage.
    pub fn load() -> Self {
        let (people, unreadable) = repository().load_everyone();
        let mut problems: Vec<String> = unreadable
            .iter()
            .map(|p| {
                format!(
                    "A person's record could not be read and is left out of these figures ({}). It is kept as it is.",
                    p.reason
                )
            })
            .collect();
        let (decks, decks_problem) = all_decks();
        problems.extend(decks_problem);
        let (aims, aims_problem) = load_service_record::<ServiceAims>();
        problems.extend(aims_problem);
        ServiceRecords {
            caseload: StoredValue::new(Caseload::from_people(people)),
            decks: StoredValue::new(decks),
            aims: StoredValue::new(aims.aims),
            problems: StoredValue::new(problems),
        }
    }

    /// Calls `f` with the service's data (under `settings`) and its aims.
    pub fn with_data<R>(
        &self,
        settings: &ServiceSettings,
        f: impl FnOnce(&ServiceData, &[Aim]) -> R,
    ) -> R {
        self.caseload.with_value(|caseload| {
            self.decks.with_value(|decks| {
                self.aims.with_value(|aims| {
                    let data = ServiceData {
                        caseload,
                        decks,
                        settings,
                    };
                    f(&data, aims)
                })
            })
        })
    }

    /// Every figure of the dashboard under `filter`.
    pub fn figures(
        &self,
        settings: &ServiceSettings,
        filter: &DashboardFilter,
        today: chrono::NaiveDate,
    ) -> Dashboard {
        self.with_data(settings, |data, aims| dashboard(data, aims, filter, today))
    }
}
