//! The Learn pages' keyboard shortcuts: Right arrow or `n` for the next page, Left arrow or
//! `p` for the previous one, Escape to leave presenter view. Never while the learner is
//! typing or choosing in a form (the arrow keys move between radio buttons there), and never
//! with a modifier (Alt+Left is the browser's Back).

/// A key press, as much of it as the shortcuts need.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct KeyPress<'k> {
    /// The key's value, as `KeyboardEvent.key` gives it: "ArrowRight", "n".
    pub key: &'k str,
    /// Whether Ctrl, Alt or Meta was held.
    pub modified: bool,
    /// Whether focus is in a form control (text field, radio button, select, …).
    pub in_form_control: bool,
    /// Whether presenter view is on.
    pub presenting: bool,
}

/// What a shortcut does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shortcut {
    /// Go to the next page.
    Next,
    /// Go to the previous page.
    Previous,
    /// Leave presenter view.
    LeavePresenterView,
}

/// The shortcut a key press means on a Learn page, if any.
pub fn shortcut(press: KeyPress<'_>) -> Option<Shortcut> {
    if press.modified {
        return None;
    }
    // Escape leaves presenter view even from a form control: it means nothing else there.
    if press.key == "Escape" {
        return press.presenting.then_some(Shortcut::LeavePresenterView);
    }
    if press.in_form_control {
        return None;
    }
    match press.key {
        "ArrowRight" | "n" | "N" => Some(Shortcut::Next),
        "ArrowLeft" | "p" | "P" => Some(Shortcut::Previous),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(press: KeyPress<'_>, expected: Option<Shortcut>) {
        assert_eq!(shortcut(press), expected, "{press:?}");
    }

    fn key(key: &str) -> KeyPress<'_> {
        KeyPress {
            key,
            ..KeyPress::default()
        }
    }

    #[test]
    fn keys_step_through_pages() {
        check(key("ArrowRight"), Some(Shortcut::Next));
        check(key("n"), Some(Shortcut::Next));
        check(key("N"), Some(Shortcut::Next));
        check(key("ArrowLeft"), Some(Shortcut::Previous));
        check(key("p"), Some(Shortcut::Previous));
        check(key("ArrowUp"), None);
        check(key("Enter"), None);
        check(key(" "), None);
        check(key("x"), None);
    }

    #[test]
    fn forms_and_modifiers_keep_their_keys() {
        let typing = |k| KeyPress {
            in_form_control: true,
            ..key(k)
        };
        let modified = |k| KeyPress {
            modified: true,
            ..key(k)
        };
        check(typing("n"), None);
        check(typing("ArrowRight"), None);
        check(typing("ArrowLeft"), None);
        check(typing("p"), None);
        check(modified("ArrowLeft"), None);
        check(modified("n"), None);
    }

    #[test]
    fn escape_leaves_presenter_view_only() {
        let presenting = |k| KeyPress {
            presenting: true,
            ..key(k)
        };
        check(key("Escape"), None);
        check(presenting("Escape"), Some(Shortcut::LeavePresenterView));
        check(
            KeyPress {
                in_form_control: true,
                ..presenting("Escape")
            },
            Some(Shortcut::LeavePresenterView),
        );
        check(presenting("ArrowRight"), Some(Shortcut::Next));
    }
}
