use leptos::prelude::*;

use super::data_notices::{may_install, IPHONE_HOME_SCREEN};
use super::SpaceMeasure;
use crate::domain::{StorageLimit, StorageSpace, WARN_PERCENT};
use crate::storage::{
    device_space, remembered_limit, remove_leftover_probes, request_persistence, used, Persistence,
};

/// What the browser said about keeping the data.
fn persistence_words(answer: Persistence) -> &'static str {
    match answer {
        Persistence::Granted => {
            "This browser has agreed to keep Outcome Focus's data until you delete it, even \
             when the device runs short of space."
        }
        Persistence::NotGranted => {
            "This browser has not promised to keep the data: it may delete it when the device \
             runs short of space. Export backups regularly."
        }
        Persistence::Unsupported => {
            "This browser cannot be asked to keep the data for good. Export backups regularly."
        }
    }
}

/// How full the browser's storage for this site is, with a warning from 80%; whether the
/// browser agreed to keep the data; and how installing the app keeps it. Opening it fills
/// nothing: the space used is counted, the limit is the one measured here before (or the
/// usual one, said to be a guess), and measuring it exactly waits for the button.
#[component]
pub fn StorageSection() -> impl IntoView {
    let persistence = RwSignal::new(None::<Persistence>);
    leptos::task::spawn_local(async move {
        persistence.try_set(Some(request_persistence().await));
    });
    // A measurement cut short by a closed tab leaves its values: they go before counting.
    remove_leftover_probes();
    let limit = remembered_limit().map_or(StorageLimit::Usual, StorageLimit::Measured);
    let space = RwSignal::new(
        used()
            .map(|used| StorageSpace {
                used,
                limit,
                device: None,
            })
            .map_err(|e| format!("The space used could not be counted ({e}).")),
    );
    leptos::task::spawn_local(async move {
        if let Some(device) = device_space().await {
            space.try_update(|space| {
                if let Ok(space) = space {
                    space.device = Some(device);
                }
            });
        }
    });
    let measured = move |limit: usize| {
        let counted = used();
        space.update(|space| match (space, counted) {
            (Ok(space), Ok(used)) => {
                space.used = used;
                space.limit = StorageLimit::Measured(limit);
            }
            (space, Err(e)) => *space = Err(format!("The space used could not be counted ({e}).")),
            (space @ Err(_), Ok(used)) => {
                *space = Ok(StorageSpace {
                    used,
                    limit: StorageLimit::Measured(limit),
                    device: None,
                });
            }
        });
    };
    let figures = move || space.get().ok();
    view! {
        <section aria-labelledby="storage-heading">
            <h2 id="storage-heading">"Storage"</h2>
            <p id="persistence">
                {move || match persistence.get() {
                    None => "Asking the browser to keep this data…",
                    Some(answer) => persistence_words(answer),
                }}
            </p>
            {may_install().then(|| view! {
                <p>{IPHONE_HOME_SCREEN}</p>
                <p>
                    "On Android, or in Chrome or Edge on a computer, choose Install app (or Add \
                     to Home screen) in the browser's menu: Outcome Focus then opens in its own \
                     window, with or without a connection."
                </p>
            })}
            <p id="storage-use">
                {move || match space.get() {
                    Err(message) => message,
                    Ok(space) => space.in_words(),
                }}
            </p>
            {move || figures().map(|space| {
                let limit = space.limit_units();
                view! {
                    <meter
                        class="storage-meter"
                        min="0"
                        max=limit.to_string()
                        high=(limit / 100 * WARN_PERCENT).to_string()
                        value=space.used.to_string()
                        aria-labelledby="storage-heading"
                        aria-describedby="storage-use"
                    ></meter>
                }
            })}
            {move || figures().and_then(|space| {
                let short = space.device_short_by().is_some();
                space.device_in_words().map(|words| match short {
                    true => view! { <p id="device-space" class="notice notice-warning" role="alert">{words}</p> }.into_any(),
                    false => view! { <p id="device-space">{words}</p> }.into_any(),
                })
            })}
            {move || figures().filter(StorageSpace::nearly_full).map(|space| view! {
                <p class="notice notice-warning" role="alert">
                    {format!(
                        "Storage is {}% full. Export a backup, then delete closed cases you no \
                         longer need, so that new changes can still be saved.",
                        space.percent()
                    )}
                </p>
            })}
            <SpaceMeasure
                expected=Signal::derive(move || figures().map_or(0, |s| s.limit_units()))
                on_measured=measured
            />
        </section>
    }
}
