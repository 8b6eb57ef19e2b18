use leptos::prelude::*;

use super::data_notices::{may_install, IPHONE_HOME_SCREEN};
use crate::storage::{quota, request_persistence, used, Persistence};

/// Storage from this many percent full is a warning.
const WARN_PERCENT: usize = 80;

/// A size in UTF-16 code units as bytes, in words: "820 KB", "4.9 MB" (integer arithmetic:
/// no float formatting code in the download).
fn size(units: usize) -> String {
    let bytes = units * 2;
    match bytes {
        b if b < 1024 * 1024 => format!("{} KB", b.div_ceil(1024)),
        b => {
            let tenths = b * 10 / (1024 * 1024);
            format!("{}.{} MB", tenths / 10, tenths % 10)
        }
    }
}

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

/// How full the browser's storage for this site is (measured, not assumed), with a warning
/// from 80%, whether the browser agreed to keep the data, and how installing the app keeps it.
#[component]
pub fn StorageSection() -> impl IntoView {
    let persistence = RwSignal::new(None::<Persistence>);
    leptos::task::spawn_local(async move {
        persistence.set(Some(request_persistence().await));
    });
    let measured = RwSignal::new(None::<Result<(usize, usize), String>>);
    // Measuring writes a large temporary value several times: after the page is shown.
    set_timeout(
        move || {
            let result = used()
                .and_then(|used| quota().map(|quota| (used, quota.max(used).max(1))))
                .map_err(|e| format!("The space used could not be measured ({e})."));
            measured.set(Some(result));
        },
        std::time::Duration::from_millis(0),
    );
    let percent = move || {
        measured
            .get()
            .and_then(Result::ok)
            .map(|(used, quota)| used * 100 / quota)
    };
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
                {move || match measured.get() {
                    None => "Measuring the space used…".to_owned(),
                    Some(Err(message)) => message,
                    Some(Ok((used, quota))) => format!(
                        "Using {} of about {} this browser allows this site ({}%).",
                        size(used),
                        size(quota),
                        used * 100 / quota
                    ),
                }}
            </p>
            {move || measured.get().and_then(Result::ok).map(|(used, quota)| view! {
                <meter
                    class="storage-meter"
                    min="0"
                    max=quota.to_string()
                    high=(quota / 100 * WARN_PERCENT).to_string()
                    value=used.to_string()
                    aria-labelledby="storage-heading"
                    aria-describedby="storage-use"
                ></meter>
            })}
            {move || percent().filter(|p| *p >= WARN_PERCENT).map(|p| view! {
                <p class="notice notice-warning" role="alert">
                    {format!(
                        "Storage is {p}% full. Export a backup, then delete closed cases you no \
                         longer need, so that new changes can still be saved."
                    )}
                </p>
            })}
        </section>
    }
}
