//! Whether the device is handed over to the person, for the whole app: the stored
//! [`HandOverMark`] mirrored in a signal, kept in step with other tabs, and the one way to
//! hand over and give back.
//!
//! While a mark exists the navigator is locked, and the shell shows either the handed-over
//! reading's cards (its page, whatever address was typed, reloaded or opened in a new tab)
//! or, where those cards cannot be shown here, the neutral [`super::HandedOverScreen`].

use leptos::prelude::*;

use crate::domain::{HandOverMark, PersonId};
use crate::route::Route;
use crate::storage::{
    end_hand_over, handed_over, in_demo, keep_hand_over, watch_hand_over, HandOverError,
};
use crate::ui::router::{use_navigator, Navigator};

/// The device's hand-over, shared through context (see [`use_hand_over`]).
#[derive(Clone, Copy)]
pub struct HandOverState {
    /// The mark as stored: `Some` while the device is handed over.
    mark: RwSignal<Option<HandOverMark>>,
    /// Another tab handed the device over while this one was open: this tab shows the
    /// neutral screen, whatever its address, until it is asked for the cards.
    elsewhere: RwSignal<bool>,
    /// Whether this tab shows the demo: a mark made in the other data set names a reading
    /// this tab cannot show.
    demo: bool,
    navigator: Navigator,
}

impl HandOverState {
    /// Reads the mark and, if the device is handed over, locks the app at the reading's
    /// cards before anything is drawn. Provides itself as context.
    pub fn provide(navigator: Navigator) -> Self {
        let mark = handed_over();
        if let Some(mark) = &mark {
            navigator.lock_at(&cards_path(mark));
        }
        let state = HandOverState {
            mark: RwSignal::new(mark),
            elsewhere: RwSignal::new(false),
            demo: in_demo(),
            navigator,
        };
        provide_context(state);
        state
    }

    /// Follows hand-overs made and ended in other tabs: one handed over there hides this
    /// tab's page behind the neutral screen at once; one given back there gives this tab
    /// back too. Keep the handle for as long as the app runs.
    pub fn follow_other_tabs(&self) -> WindowListenerHandle {
        let state = *self;
        watch_hand_over(move |mark| match mark {
            Some(mark) => {
                let same = state.mark.with_untracked(|shown| {
                    shown.as_ref().is_some_and(|shown| {
                        shown.person() == mark.person() && shown.reading() == mark.reading()
                    })
                });
                if !same {
                    state.elsewhere.set(true);
                }
                state.navigator.set_locked(true);
                state.mark.set(Some(mark));
            }
            None => {
                state.elsewhere.set(false);
                state.mark.set(None);
                state.navigator.set_locked(false);
            }
        })
    }

    /// Hands the device over: stores `mark` (so that a reload, a typed address or a new tab
    /// still shows only the cards) and locks the app. Nothing changes if it cannot be stored.
    pub fn hand_over(&self, mark: HandOverMark) -> Result<(), HandOverError> {
        keep_hand_over(&mark)?;
        self.mark.set(Some(mark));
        self.navigator.set_locked(true);
        Ok(())
    }

    /// Keeps a changed mark (a wrong PIN counted, a forgotten PIN asked about). Best effort:
    /// if storage refuses, this tab still remembers it until it is reloaded.
    pub fn remember(&self, mark: HandOverMark) {
        let _ = keep_hand_over(&mark);
        self.mark.set(Some(mark));
    }

    /// Gives the device back: the mark goes, and the whole app shows again in every tab.
    pub fn give_back(&self) {
        end_hand_over();
        self.elsewhere.set(false);
        self.mark.set(None);
        self.navigator.set_locked(false);
    }

    /// The mark, tracked.
    pub fn mark(&self) -> Option<HandOverMark> {
        self.mark.get()
    }

    /// The mark as it is now, untracked: for event handlers.
    pub fn mark_untracked(&self) -> Option<HandOverMark> {
        self.mark.get_untracked()
    }

    /// The reading of `person` handed over, if it is theirs; untracked, for a page opening.
    pub fn reading_for(&self, person: &PersonId) -> Option<String> {
        self.mark.with_untracked(|mark| {
            mark.as_ref()
                .filter(|mark| mark.person() == person)
                .map(|mark| mark.reading().to_owned())
        })
    }

    /// Whether the device is handed over, untracked.
    pub fn is_handed_over(&self) -> bool {
        self.mark.with_untracked(Option::is_some)
    }

    /// Whether the page for `route` must give way to the neutral screen, tracked: handed
    /// over, and either another tab did it, the reading is in the other data set, or the
    /// address is not the reading's cards.
    pub fn hides(&self, route: &Route) -> bool {
        self.mark.with(|mark| {
            mark.as_ref().is_some_and(|mark| {
                self.elsewhere.get()
                    || !self.here(mark)
                    || *route != Route::TakeReading(mark.person().clone())
            })
        })
    }

    /// The address of the handed-over cards, if this tab can show them (same data set).
    pub fn cards_here(&self) -> Option<String> {
        self.mark
            .with(|mark| mark.as_ref().filter(|mark| self.here(mark)).map(cards_path))
    }

    /// Leaves the neutral screen for the handed-over cards, if this tab can show them.
    pub fn return_to_cards(&self) {
        let path = self
            .mark
            .with_untracked(|mark| mark.as_ref().filter(|mark| self.here(mark)).map(cards_path));
        if let Some(path) = path {
            self.elsewhere.set(false);
            self.navigator.lock_at(&path);
        }
    }

    fn here(&self, mark: &HandOverMark) -> bool {
        mark.demo() == self.demo
    }
}

/// The page of the handed-over reading.
fn cards_path(mark: &HandOverMark) -> String {
    Route::TakeReading(mark.person().clone()).path()
}

/// The hand-over state provided by the app; a component mounted alone in a test gets its own.
pub fn use_hand_over() -> HandOverState {
    use_context::<HandOverState>().unwrap_or_else(|| HandOverState::provide(use_navigator()))
}
