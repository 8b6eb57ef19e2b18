//! The answer page: the small download a person opens on their own phone from an
//! invitation link. It holds no one's records: only the invitation in its address, the
//! answers given to it (kept on the phone until sealed), and the person's own kept copy.
//! Nothing of the practitioner's app is reachable from it.
//!
//! One component per file: [`AnswerApp`] picks the screen; [`Welcome`], [`AnswerCards`]
//! (with [`AnswerCard`]), [`FinishScreen`], [`SendBackScreen`] and [`MyAnswers`] are the
//! screens, in the order a person meets them.

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::domain::{AnswerSheet, OnThePhone, SentBack};
use crate::storage::{keep_on_phone, PhoneStorageError};

mod answer_app;
mod answer_card;
mod answer_cards;
mod finish_screen;
mod my_answers;
mod send_back_screen;
mod welcome;

pub use answer_app::AnswerApp;
pub use answer_card::AnswerCard;
pub use answer_cards::AnswerCards;
pub use finish_screen::FinishScreen;
pub use my_answers::MyAnswers;
pub use send_back_screen::SendBackScreen;
pub use welcome::Welcome;

/// Starts the answer page in the document's body.
pub fn mount() {
    leptos::mount::mount_to_body(AnswerApp);
}

/// Which screen the phone shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Screen {
    /// The link could not be read; what to do.
    Problem(String),
    /// No invitation on this phone and no kept answers.
    NothingHere,
    /// Hello, and what is asked.
    Welcome,
    /// One card a screen.
    Cards,
    /// All cards seen: keep a copy, send back.
    Finish,
    /// The sealed return to send.
    SendBack,
    /// Sent, and forgotten on this phone.
    Done,
    /// The person's own kept answers.
    MyAnswers,
}

/// The phone's state, shared by the screens.
#[derive(Clone, Copy, Debug)]
pub struct Phone {
    /// The screen shown.
    pub screen: RwSignal<Screen>,
    /// The answers so far, while answering.
    pub sheet: RwSignal<Option<AnswerSheet>>,
    /// The sealed return, once sent back.
    pub sent_back: RwSignal<Option<SentBack>>,
    /// The invitation's id.
    pub id: StoredValue<String>,
    /// The last storage problem, shown until a save works.
    pub error: RwSignal<Option<String>>,
}

impl Phone {
    /// Changes the sheet and keeps it on the phone at once.
    pub fn change(&self, edit: impl FnOnce(&mut AnswerSheet)) {
        self.sheet.update(|sheet| {
            if let Some(sheet) = sheet {
                edit(sheet);
            }
        });
        if let Some(sheet) = self.sheet.get_untracked() {
            self.keep(&OnThePhone::Answering(sheet));
        }
    }

    /// Keeps `state` on the phone, showing (or clearing) the storage problem.
    pub fn keep(&self, state: &OnThePhone) {
        let result: Result<(), PhoneStorageError> = keep_on_phone(&self.id.get_value(), state);
        self.error.set(result.err().map(|e| e.to_string()));
    }
}

/// Today on the phone's clock, in its time zone.
pub fn today() -> NaiveDate {
    let now = js_sys::Date::new_0();
    NaiveDate::from_ymd_opt(
        now.get_full_year() as i32,
        now.get_month() + 1,
        now.get_date(),
    )
    .unwrap_or_default()
}

/// The practitioner's app's address: the answer page lives in its `answer/` folder.
pub fn app_address() -> String {
    let Some(location) = web_sys::window().map(|w| w.location()) else {
        return String::new();
    };
    let origin = location.origin().unwrap_or_default();
    let path = location.pathname().unwrap_or_default();
    let folder = path.trim_end_matches("index.html");
    let app = folder
        .strip_suffix("answer/")
        .unwrap_or(folder.trim_end_matches("answer"));
    format!("{origin}{app}")
}

/// Moves the focus to the element with `id` once it is on screen, and the page to the top.
pub fn focus_soon(id: &'static str) {
    set_timeout(
        move || {
            if let Some(window) = web_sys::window() {
                window.scroll_to_with_x_and_y(0.0, 0.0);
            }
            crate::ui::widgets::focus_by_id(id);
        },
        std::time::Duration::ZERO,
    );
}
