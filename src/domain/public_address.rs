//! Where a person's phone can reach this app: an invitation's link opens the answer page in
//! the app's `answer/` folder, so it needs an address the phone can open. The service may set
//! it ("This app's public address"); otherwise the page's own address serves, unless it is a
//! file or this computer only (localhost), which no phone can open.
//!
//! ```
//! use outcome_focus::domain::{answer_page_address, public_address};
//!
//! let here = "https://care.example.org/outcome-focus/";
//! assert_eq!(public_address("", here).as_deref(), Some(here));
//! assert_eq!(public_address("", "http://localhost:8080/"), None);
//! let set = public_address("https://of.example.org/app", "file:///C:/of.html").unwrap();
//! assert_eq!(answer_page_address(&set), "https://of.example.org/app/answer/");
//! ```

use thiserror::Error;

/// The longest public address accepted: an address, not a paragraph.
pub const MAX_PUBLIC_ADDRESS: usize = 300;

/// Why a typed public address cannot be used, in words that say what to do.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum PublicAddressError {
    /// Not an http or https address with a host, or with spaces, `?` or `#` in it.
    #[error("Enter the whole web address people open this app at, starting with https:// (or http://), for example https://example.org/outcome-focus/. Leave it blank to use the address in the browser's address bar.")]
    NotAnAddress,
    /// An address on this computer only, which no phone can open.
    #[error("{0} is an address on this computer only, so a phone cannot open it. Enter the address others reach this app at, or leave it blank.")]
    ThisComputerOnly(String),
    /// Too long.
    #[error("Keep the public address to {MAX_PUBLIC_ADDRESS} characters or fewer.")]
    TooLong,
}

/// The parts of an http(s) address this module needs.
struct WebAddress<'a> {
    host: &'a str,
    path: &'a str,
}

fn web_address(text: &str) -> Option<WebAddress<'_>> {
    let (scheme, rest) = text.split_once("://")?;
    if !(scheme.eq_ignore_ascii_case("http") || scheme.eq_ignore_ascii_case("https")) {
        return None;
    }
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let (authority, path) = rest.split_at(end);
    // User names and passwords in an address are a phishing trick, never needed here.
    if authority.is_empty() || authority.contains('@') {
        return None;
    }
    let host = if let Some(bracketed) = authority.strip_prefix('[') {
        bracketed.split(']').next()?
    } else {
        authority.split(':').next()?
    };
    (!host.is_empty()).then_some(WebAddress { host, path })
}

/// Whether `host` names this computer only.
fn is_this_computer(host: &str) -> bool {
    let host = host.to_ascii_lowercase();
    host == "localhost"
        || host.ends_with(".localhost")
        || host.starts_with("127.")
        || host == "::1"
        || host == "0.0.0.0"
}

/// The typed public address as stored: `None` when blank; else the address of the app's
/// folder, ending in `/` (a page name such as `index.html` is dropped), or what to correct.
pub fn check_public_address(typed: &str) -> Result<Option<String>, PublicAddressError> {
    let typed = typed.trim();
    if typed.is_empty() {
        return Ok(None);
    }
    if typed.chars().count() > MAX_PUBLIC_ADDRESS {
        return Err(PublicAddressError::TooLong);
    }
    if typed.contains(['?', '#']) || typed.contains(char::is_whitespace) {
        return Err(PublicAddressError::NotAnAddress);
    }
    let address = web_address(typed).ok_or(PublicAddressError::NotAnAddress)?;
    if is_this_computer(address.host) {
        return Err(PublicAddressError::ThisComputerOnly(
            address.host.to_owned(),
        ));
    }
    Ok(Some(folder_of(typed, address.path)))
}

/// `address` with its last part dropped when it names a page (`….html`), ending in `/`.
fn folder_of(address: &str, path: &str) -> String {
    let last = path.rsplit('/').next().unwrap_or_default();
    let address = if last.to_ascii_lowercase().ends_with(".html") {
        &address[..address.len() - last.len()]
    } else {
        address
    };
    if address.ends_with('/') {
        address.to_owned()
    } else {
        format!("{address}/")
    }
}

/// The address a phone can open this app at, ending in `/`: the service's `setting` when it is
/// set (and valid), else `here` (the app's own address as this browser sees it, base path
/// included) when it is http(s) and not this computer only; else none (a file, localhost).
pub fn public_address(setting: &str, here: &str) -> Option<String> {
    // A stored setting was checked by the settings form when saved; here it is only read, so
    // that one set on this computer (a trainer showing both sides on one machine, a test)
    // still works.
    let setting = setting.trim();
    if let Some(address) = web_address(setting).filter(|_| !setting.contains(['?', '#'])) {
        return Some(folder_of(setting, address.path));
    }
    let here = here.split(['?', '#']).next().unwrap_or_default();
    let address = web_address(here)?;
    if is_this_computer(address.host) {
        return None;
    }
    Some(folder_of(here, address.path))
}

/// The answer page's address under a public address from [`public_address`]: its `answer/`
/// folder.
pub fn answer_page_address(public_address: &str) -> String {
    format!("{}/answer/", public_address.trim_end_matches('/'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_public_address_is_the_setting_then_the_page_unless_no_phone_can_open_it() {
        fn check(setting: &str, here: &str, expected: Option<&str>) {
            assert_eq!(
                public_address(setting, here).as_deref(),
                expected,
                "setting {setting:?}, here {here:?}"
            );
        }
        // A setting stored for this computer (checked only by the form) is still used.
        check(
            "http://127.0.0.1:4173/",
            "file:///home/sam/outcome-focus.html",
            Some("http://127.0.0.1:4173/"),
        );
        let hosted = "https://care.example.org/outcome-focus/";
        check("", hosted, Some(hosted));
        check(
            "",
            "https://care.example.org/",
            Some("https://care.example.org/"),
        );
        check(
            "",
            "http://192.168.1.20:8080/",
            Some("http://192.168.1.20:8080/"),
        );
        check(
            "",
            "https://care.example.org/of/index.html",
            Some("https://care.example.org/of/"),
        );
        check(
            "",
            "https://care.example.org/of?x=1#r12",
            Some("https://care.example.org/of/"),
        );
        check("", "http://localhost:8080/", None);
        check("", "http://LOCALHOST/", None);
        check("", "http://app.localhost/", None);
        check("", "http://127.0.0.1:8080/of/", None);
        check("", "http://[::1]:8080/", None);
        check("", "file:///C:/Users/sam/outcome-focus.html", None);
        check("", "null/", None);
        check("", "", None);
        check(
            "https://of.example.org/app",
            "http://localhost:8080/",
            Some("https://of.example.org/app/"),
        );
        check(
            " https://of.example.org/app/ ",
            "file:///x.html",
            Some("https://of.example.org/app/"),
        );
        check(
            "https://of.example.org/",
            hosted,
            Some("https://of.example.org/"),
        );
        // A setting that cannot be used (edited by hand) gives way to the page's address.
        check("ftp://of.example.org/", hosted, Some(hosted));
        check("ftp://of.example.org/", "http://localhost/", None);
    }

    #[test]
    fn a_typed_public_address_is_checked() {
        fn check(typed: &str, expected: Result<Option<&str>, PublicAddressError>) {
            assert_eq!(
                check_public_address(typed),
                expected.map(|a| a.map(str::to_owned)),
                "typed {typed:?}"
            );
        }
        check("", Ok(None));
        check("   ", Ok(None));
        check(
            "https://of.example.org",
            Ok(Some("https://of.example.org/")),
        );
        check(
            "HTTPS://of.example.org/team/",
            Ok(Some("HTTPS://of.example.org/team/")),
        );
        check(
            "http://10.0.0.5:8080/of/index.html",
            Ok(Some("http://10.0.0.5:8080/of/")),
        );
        check("of.example.org", Err(PublicAddressError::NotAnAddress));
        check(
            "ftp://of.example.org/",
            Err(PublicAddressError::NotAnAddress),
        );
        check("https://", Err(PublicAddressError::NotAnAddress));
        check("https:///of", Err(PublicAddressError::NotAnAddress));
        check(
            "https://of.example.org/a b",
            Err(PublicAddressError::NotAnAddress),
        );
        check(
            "https://of.example.org/?x=1",
            Err(PublicAddressError::NotAnAddress),
        );
        check(
            "https://of.example.org/#r1",
            Err(PublicAddressError::NotAnAddress),
        );
        check(
            "https://me@of.example.org/",
            Err(PublicAddressError::NotAnAddress),
        );
        check("javascript:alert(1)", Err(PublicAddressError::NotAnAddress));
        check(
            "http://localhost:8080/",
            Err(PublicAddressError::ThisComputerOnly("localhost".into())),
        );
        check(
            "http://[::1]/",
            Err(PublicAddressError::ThisComputerOnly("::1".into())),
        );
        let long = format!("https://of.example.org/{}", "a".repeat(300));
        check(&long, Err(PublicAddressError::TooLong));
    }

    #[test]
    fn the_answer_page_is_the_apps_answer_folder() {
        for (public, answer) in [
            ("https://of.example.org/", "https://of.example.org/answer/"),
            (
                "https://of.example.org/app/",
                "https://of.example.org/app/answer/",
            ),
            (
                "https://of.example.org/app",
                "https://of.example.org/app/answer/",
            ),
        ] {
            assert_eq!(answer_page_address(public), answer);
        }
    }
}
