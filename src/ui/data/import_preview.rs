use leptos::prelude::*;

use crate::domain::{format_uk_date, NewerCopy, Preview, PreviewPerson};

fn newer_words(copy: NewerCopy) -> &'static str {
    match copy {
        NewerCopy::File => "the backup's copy is newer",
        NewerCopy::Here => "this browser's copy is newer",
        NewerCopy::Same => "both copies are the same age",
    }
}

/// A list of people in a preview, or nothing when there are none.
#[component]
fn PeopleList(
    /// The heading's id.
    id: &'static str,
    /// The heading.
    title: &'static str,
    /// What happens to them.
    note: &'static str,
    /// The people.
    people: Vec<PreviewPerson>,
    /// Whether to say which copy is newer.
    compare: bool,
) -> impl IntoView {
    (!people.is_empty()).then(|| {
        let count = people.len();
        view! {
            <h4 id=id>{format!("{title} ({count})")}</h4>
            <p class="hint">{note}</p>
            <ul aria-labelledby=id>
                {people
                    .into_iter()
                    .map(|p| {
                        let detail = compare.then(|| format!(": {}", newer_words(p.newer)));
                        view! { <li><span class="person-name">{p.name}</span>{detail}</li> }
                    })
                    .collect_view()}
            </ul>
        }
    })
}

/// What a backup holds and what importing it would change.
#[component]
pub fn ImportPreview(
    /// The preview.
    preview: Preview,
    /// When the backup was exported, and by which version.
    exported: (chrono::NaiveDate, String),
) -> impl IntoView {
    let shared = |what: &str, copy: Option<NewerCopy>| {
        copy.map(|copy| format!("{what}: {}.", newer_words(copy)))
    };
    let settings = shared("Service settings", preview.settings);
    let decks = shared("Your own decks", preview.decks);
    view! {
        <h3 id="preview-heading">"What this backup holds"</h3>
        <p>
            {format!(
                "Exported on {} by Outcome Focus {}: {}.",
                format_uk_date(exported.0),
                exported.1,
                preview.contents.describe()
            )}
        </p>
        <PeopleList
            id="preview-new"
            title="New people"
            note="Added by Merge and by Replace."
            people=preview.new_people
            compare=false
        />
        <PeopleList
            id="preview-both"
            title="In both"
            note="Merge keeps the newer copy of each; Replace keeps the backup's."
            people=preview.in_both
            compare=true
        />
        <PeopleList
            id="preview-only-here"
            title="Only in this browser"
            note="Merge keeps them; Replace removes them."
            people=preview.only_here
            compare=false
        />
        {settings.map(|s| view! { <p>{s}</p> })}
        {decks.map(|d| view! { <p>{d}</p> })}
    }
}
