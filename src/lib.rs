//! Outcome Focus: outcome-focused social care work in the browser.
//!
//! The crate has a pure core and a thin browser edge:
//!
//! - [`domain`]: the domain's words as types and pure functions (people, the stored format and
//!   its migrations, the repository logic over any key-value store). No browser types, no IO.
//! - [`charts`]: chart rendering to SVG strings, pure and tested on the host.
//! - [`route`]: the app's addresses, pure.
//! - `storage` (wasm32 only): the one module that touches the browser's local storage.
//! - `answer_page` (wasm32 only): the small page a person opens on their own phone to
//!   answer an invitation; a download of its own (`src/bin/answer.rs`).
//! - `ui` (wasm32 only): the Leptos app: the shell, routes, one folder per feature (its pages
//!   and components together) and the widgets they share.
//!
//! ```
//! use outcome_focus::domain::{MemoryStore, Repository};
//!
//! let repo = Repository::new(MemoryStore::default());
//! let loaded = repo.load_index();
//! assert!(loaded.people.is_empty());
//! ```

pub mod charts;
pub mod domain;
pub mod route;

#[cfg(target_arch = "wasm32")]
pub mod answer_page;
#[cfg(target_arch = "wasm32")]
pub mod storage;
#[cfg(target_arch = "wasm32")]
pub mod ui;
