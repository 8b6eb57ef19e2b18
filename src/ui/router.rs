//! Moving between the app's pages without reloading: the current in-app address in a signal,
//! kept in step with the browser's Back and Forward, and [`Navigator::go`] for links and
//! redirects.
//!
//! Which page an address shows is decided by the pure [`crate::route::Route`], one table for
//! both editions. Hosted, the history is leptos_router's (`<Router>` in [`super::mount`]):
//! its address bar, Back/Forward, clicks on plain links and sub-path hosting. In the
//! single-file edition the address lives in the fragment, which leptos_router 0.8 cannot do
//! (its history pushes paths, which `file://` refuses), so there the fragment is followed here.

use leptos::prelude::*;
use leptos_router::location::{BrowserUrl, LocationProvider};
use leptos_router::NavigateOptions;
use wasm_bindgen::JsValue;

use crate::route::{path_of, query_of, Addresses, Route};

/// Goes to an in-app address; `true` replaces the current history entry instead of adding one.
type GoTo = Box<dyn Fn(&str, bool)>;

/// The current in-app address and the way to change it.
#[derive(Clone, Copy)]
pub struct Navigator {
    /// The address shown: path and query, without the base path (`/people/p-1a?open=r-2`).
    address: RwSignal<String>,
    /// Set while the device is handed to the person: links and Back do not leave the page.
    locked: RwSignal<bool>,
    go_to: StoredValue<GoTo, LocalStorage>,
    /// Which path is current, told only to the links it concerns: a list of hundreds of
    /// links to people is not revisited on every move.
    current: StoredValue<Selector<String>>,
}

impl Navigator {
    /// Reads the browser's address, follows Back/Forward, and provides itself as context.
    /// Inside leptos_router's `<Router>` it navigates through the router; anywhere else (the
    /// single-file edition, a component mounted alone in a test) through the history itself.
    pub fn provide() -> Self {
        let address = RwSignal::new(current_address());
        let locked = RwSignal::new(false);
        let go_to = match use_context::<BrowserUrl>() {
            Some(history) => follow_router(history, address, locked),
            None => follow_fragment(address, locked),
        };
        let current = Selector::new(move || address.with(|a| path_of(a).to_owned()));
        let navigator = Navigator {
            address,
            locked,
            go_to: StoredValue::new_local(go_to),
            current: StoredValue::new(current),
        };
        provide_context(navigator);
        navigator
    }

    /// The current path, without the query, tracked.
    pub fn path(&self) -> String {
        self.address.with(|address| path_of(address).to_owned())
    }

    /// Whether `path` is the current path, tracked only for changes of that answer.
    pub fn is_current(&self, path: &str) -> bool {
        self.current
            .with_value(|current| current.selected(&path.to_owned()))
    }

    /// The current query (`?from=2026-01-01`, or empty), as a page reads it when it opens.
    pub fn query(&self) -> String {
        self.address
            .with_untracked(|address| query_of(address).to_owned())
    }

    /// The current query, tracked: for a page that keeps its choices in the address and
    /// must follow a link to itself with another query (the menu's `People` from a sorted
    /// list), which does not draw the page again.
    pub fn query_tracked(&self) -> String {
        self.address.with(|address| query_of(address).to_owned())
    }

    /// The current page, tracked.
    pub fn route(&self) -> Route {
        self.address.with(|address| Route::parse(address))
    }

    /// Goes to `address` (a path, maybe with a query, without the base path), adding it to the
    /// history, at the top of the page.
    pub fn go(&self, address: &str) {
        if self.locked.get_untracked() {
            return;
        }
        self.go_to.with_value(|go_to| go_to(address, false));
    }

    /// Goes to `address` in place of the current history entry (unless handed over): for an
    /// address that should not stay in the history, such as a return link's.
    pub fn replace(&self, address: &str) {
        if self.locked.get_untracked() {
            return;
        }
        self.go_to.with_value(|go_to| go_to(address, true));
    }

    /// Puts `query` (empty, or starting with `?`) in the address of the current page without a
    /// new history entry: for choices within a page, such as the dashboard's filters, that a
    /// reload or a bookmark should keep.
    pub fn replace_query(&self, query: &str) {
        let address = format!(
            "{}{query}",
            self.address.with_untracked(|a| path_of(a).to_owned())
        );
        if self.address.with_untracked(|current| *current != address) {
            self.go_to.with_value(|go_to| go_to(&address, true));
        }
    }

    /// Whether the device is handed over (see [`Navigator::set_locked`]), tracked.
    pub fn locked(&self) -> bool {
        self.locked.get()
    }

    /// Whether the device is handed over, untracked: for event handlers.
    pub fn is_locked_untracked(&self) -> bool {
        self.locked.get_untracked()
    }

    /// Hands the device over (`true`): no link, menu or Back leaves the current page until
    /// it is given back (`false`).
    pub fn set_locked(&self, locked: bool) {
        self.locked.set(locked);
    }

    /// Hands the device over showing `address`, whatever the address is now: the address
    /// bar's entry is replaced, so a typed or reloaded address never shows its own page, and
    /// from then on links and Back stay there (see [`Navigator::set_locked`]).
    pub fn lock_at(&self, address: &str) {
        self.locked.set(true);
        if self.address.with_untracked(|shown| shown != address) {
            self.address.set(address.to_owned());
            self.go_to.with_value(|go_to| go_to(address, true));
        }
    }
}

/// Hosted: leptos_router owns the history. Its address is copied into ours, except while the
/// device is handed over, when Back is undone by going straight back to the page.
fn follow_router(history: BrowserUrl, address: RwSignal<String>, locked: RwSignal<bool>) -> GoTo {
    let navigate = leptos_router::hooks::use_navigate();
    let location = leptos_router::hooks::use_location();
    let to_router = navigate.clone();
    Effect::new(move |_| {
        let search = location.search.get();
        let query = if search.is_empty() {
            String::new()
        } else {
            format!("?{search}")
        };
        let now = addresses().address(&location.pathname.get(), &query, "");
        // A click on a plain link waits for the page to be drawn before it writes the address
        // bar; the page is drawn from our signal, at once.
        history.ready_to_complete();
        let shown = address.get_untracked();
        if locked.get_untracked() && path_of(&now) != path_of(&shown) {
            to_router(&shown, NavigateOptions::default());
        } else if now != shown {
            address.set(now);
        }
    });
    Box::new(move |to: &str, replace: bool| {
        navigate(
            to,
            NavigateOptions {
                replace,
                ..NavigateOptions::default()
            },
        );
    })
}

/// The single-file edition (or no router at all): the address is followed through the
/// history's own events.
fn follow_fragment(address: RwSignal<String>, locked: RwSignal<bool>) -> GoTo {
    // Kept for the app's lifetime: the app is never unmounted.
    let follow = move || {
        // A fragment that is not an address (`#main`) only moves within the page.
        if matches!(addresses(), Addresses::Fragment) && !current_hash().starts_with("#/") {
            return;
        }
        let now = current_address();
        let shown = address.get_untracked();
        if locked.get_untracked() && path_of(&now) != path_of(&shown) {
            write_history(&shown, false);
        } else if now != shown {
            address.set(now);
        }
    };
    let _back = window_event_listener(leptos::ev::popstate, move |_| follow());
    let _typed = window_event_listener(leptos::ev::hashchange, move |_| follow());
    Box::new(move |to: &str, replace: bool| {
        write_history(to, replace);
        if !replace {
            if let Some(window) = web_sys::window() {
                window.scroll_to_with_x_and_y(0.0, 0.0);
            }
        }
        address.set(to.to_owned());
    })
}

/// Writes `address` into the browser's history, as a new entry or over the current one.
fn write_history(address: &str, replace: bool) {
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        let url = href(address);
        let _ = if replace {
            history.replace_state_with_url(&JsValue::NULL, "", Some(&url))
        } else {
            history.push_state_with_url(&JsValue::NULL, "", Some(&url))
        };
    }
}

/// Loads the app afresh at `address`: after the tab switches between the demo and the real
/// records, so that every part of the app reads the data set now in use.
pub fn reload_at(address: &str) {
    write_history(address, true);
    if let Some(window) = web_sys::window() {
        let _ = window.location().reload();
    }
}

/// The navigator provided by the app; a test that mounts a component alone gets its own.
pub fn use_navigator() -> Navigator {
    use_context::<Navigator>().unwrap_or_else(Navigator::provide)
}

/// Where this copy of the app keeps its addresses: in the fragment when opened from a file,
/// else in paths under the base path the page names (`<meta name="outcome-focus-base">`,
/// written by scripts/build.sh).
pub fn addresses() -> &'static Addresses {
    static ADDRESSES: std::sync::OnceLock<Addresses> = std::sync::OnceLock::new();
    ADDRESSES.get_or_init(|| {
        let window = web_sys::window();
        let protocol = window
            .as_ref()
            .and_then(|w| w.location().protocol().ok())
            .unwrap_or_default();
        if protocol == "file:" {
            return Addresses::Fragment;
        }
        let base = window
            .and_then(|w| w.document())
            .and_then(|d| {
                d.query_selector("meta[name=outcome-focus-base]")
                    .ok()
                    .flatten()
            })
            .and_then(|meta| meta.get_attribute("content"))
            .unwrap_or_default();
        // `trunk serve` leaves the placeholder that scripts/build.sh fills in.
        let base = if base.starts_with('/') {
            base
        } else {
            String::new()
        };
        Addresses::Path {
            base: base.trim_end_matches('/').to_owned(),
        }
    })
}

/// The `href` of an in-app address: `/base/people/new` hosted, `#/people/new` from a file.
pub fn href(address: &str) -> String {
    addresses().href(address)
}

/// The in-app address of the browser's location now.
fn current_address() -> String {
    let location = web_sys::window().map(|w| w.location());
    let part = |read: fn(&web_sys::Location) -> Result<String, JsValue>| {
        location
            .as_ref()
            .and_then(|l| read(l).ok())
            .unwrap_or_default()
    };
    addresses().address(
        &part(web_sys::Location::pathname),
        &part(web_sys::Location::search),
        &part(web_sys::Location::hash),
    )
}

fn current_hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}
