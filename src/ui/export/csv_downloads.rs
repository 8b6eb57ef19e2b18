use leptos::prelude::*;

use crate::domain::{outcomes_csv, ratings_csv, unplanned_csv, Caseload, Deck};
use crate::ui::clock::today;
use crate::ui::files::download_text;

/// `Export CSV`: every person's ratings, outcomes and unplanned outcomes as three tidy files
/// for a spreadsheet (UTF-8 with a BOM, formulas neutralised), whatever the filters.
#[component]
pub fn CsvDownloads(
    /// Everyone's records, readings decoded.
    caseload: StoredValue<Caseload>,
    /// Every deck, to name cards.
    decks: StoredValue<Vec<Deck>>,
) -> impl IntoView {
    let problem = RwSignal::new(None::<String>);
    let save = move |kind: &'static str| {
        let text = caseload.with_value(|c| match kind {
            "ratings" => decks.with_value(|d| ratings_csv(c.records(), d)),
            "outcomes" => outcomes_csv(c.records()),
            _ => unplanned_csv(c.records()),
        });
        let name = format!("outcome-focus-{kind}-{}.csv", today());
        problem.set(download_text(&name, &text, "text/csv;charset=utf-8").err());
    };
    view! {
        <section aria-label="Downloads" class="dashboard-section">
            <p>
                "For analysis in a spreadsheet: one row per rating, per outcome and per unplanned "
                "outcome, for everyone the service has recorded (the dashboard's filters do not "
                "apply). The files are UTF-8 with a byte-order mark, so Excel reads names with "
                "accents correctly, and a cell that starts like a formula is kept as text."
            </p>
            <div class="actions">
                <button type="button" class="button-secondary" on:click=move |_| save("ratings")>
                    "Download ratings (CSV)"
                </button>
                <button type="button" class="button-secondary" on:click=move |_| save("outcomes")>
                    "Download outcomes (CSV)"
                </button>
                <button type="button" class="button-secondary" on:click=move |_| save("unplanned")>
                    "Download unplanned outcomes (CSV)"
                </button>
            </div>
            <p role="alert">{move || problem.get()}</p>
        </section>
    }
}
