//! A link drawn as a QR code, as SVG. The code itself is computed by a maintained crate,
//! Project Nayuki's `qrcodegen` (the reference implementation, and about 18 KB gzip lighter
//! on a phone's download than the `qrcode` crate, measured on the answer page); this file only
//! draws its squares. It holds no text of anyone's: only dark and light squares, so it needs
//! no escaping.

use std::fmt::Write as _;

use qrcodegen::{QrCode, QrCodeEcc, QrSegment};

/// The largest QR version a phone camera reads reliably off a screen or paper.
pub const MAX_EASY_VERSION: i16 = 25;
/// The light margin around the code, in squares, that the standard asks for.
const QUIET_ZONE: i32 = 4;

/// A link as a QR code.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LinkQrCode {
    /// The SVG: dark squares on white with a quiet zone, scaling to its container.
    pub svg: String,
    /// The QR version (1 to 40): 21 squares a side, plus 4 for each version above 1.
    pub version: i16,
}

impl LinkQrCode {
    /// Whether a phone camera reads it reliably (version 25 or lower).
    pub fn is_easy_to_scan(&self) -> bool {
        self.version <= MAX_EASY_VERSION
    }
}

/// `link` as a QR code at low error correction (the most data per square: screens and paper
/// are clean), or `None` if it is too long for any QR code. The address part goes in byte
/// mode and the digits after the `#` and its mark in numeric mode (3.3 bits a digit rather
/// than 8), which is what keeps a 20-card invitation scannable.
pub fn link_qr_code(link: &str) -> Option<LinkQrCode> {
    let digits_from = link
        .rfind(|c: char| !c.is_ascii_digit())
        .map_or(0, |i| i + 1);
    let (address, digits) = link.split_at(digits_from);
    let mut segments = vec![QrSegment::make_bytes(address.as_bytes())];
    if !digits.is_empty() {
        segments.push(QrSegment::make_numeric(digits));
    }
    let code = QrCode::encode_segments(&segments, QrCodeEcc::Low).ok()?;
    Some(LinkQrCode {
        svg: draw(&code),
        version: i16::from(code.version().value()),
    })
}

/// One path of unit squares, in a view box with the quiet zone around: crisp at any size.
fn draw(code: &QrCode) -> String {
    let size = code.size();
    let side = size + 2 * QUIET_ZONE;
    let mut path = String::with_capacity((size * size) as usize * 4);
    for y in 0..size {
        for x in 0..size {
            if code.get_module(x, y) {
                let _ = write!(path, "M{},{}h1v1h-1z", x + QUIET_ZONE, y + QUIET_ZONE);
            }
        }
    }
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {side} {side}\" shape-rendering=\"crispEdges\" focusable=\"false\" aria-hidden=\"true\"><rect width=\"{side}\" height=\"{side}\" fill=\"#ffffff\"/><path d=\"{path}\" fill=\"#000000\"/></svg>"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_link_becomes_an_svg_qr_code_with_its_version() {
        let qr = link_qr_code("https://example.org/answer/#i12345678901234567890").unwrap();
        assert!(qr
            .svg
            .starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 "));
        assert!(qr.svg.contains("focusable=\"false\" aria-hidden=\"true\""));
        assert!(
            qr.svg.contains("<path d=\"M4,4h1v1h-1z"),
            "the finder pattern's corner"
        );
        assert!((1..=3).contains(&qr.version), "version {}", qr.version);
        assert!(qr.is_easy_to_scan());
    }

    #[test]
    fn digits_after_the_mark_go_in_numeric_mode() {
        let digits = "1".repeat(1_500);
        let numeric = link_qr_code(&format!("https://x.org/#r{digits}")).unwrap();
        let bytes = link_qr_code(&format!("https://x.org/#r{digits}x")).unwrap();
        assert!(
            numeric.version + 8 < bytes.version,
            "{} against {}",
            numeric.version,
            bytes.version
        );
    }

    #[test]
    fn a_link_too_long_for_any_qr_code_has_none() {
        assert_eq!(link_qr_code(&"x".repeat(3_000)), None);
    }

    /// The largest built-in deck's invitation, and 20 cards of 40 characters, on a long
    /// public address, fit a QR code a phone reads (version 25 or lower).
    #[test]
    fn invitations_for_built_in_decks_and_twenty_cards_are_easy_to_scan() {
        use crate::domain::{built_in_decks, Invitation, InvitedCard, Scale};
        use chrono::NaiveDate;
        let page = "https://outcomes.example-council.gov.uk/outcome-focus/answer/";
        let sent = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
        let mut decks: Vec<(String, Scale, Vec<InvitedCard>)> = built_in_decks()
            .iter()
            .map(|deck| {
                let cards = deck.active_cards().map(InvitedCard::of).collect();
                (deck.name().to_owned(), deck.scale().clone(), cards)
            })
            .collect();
        let long = (0..20)
            .map(|i| InvitedCard {
                statement: format!("{i:02} I can do the things that matter to me"),
                emoji: "🙂".into(),
            })
            .collect();
        decks.push(("20 cards of 40 characters".into(), Scale::default(), long));
        for (name, scale, cards) in decks {
            let count = cards.len();
            let link = Invitation::new([7; 16], sent, "en", "Samantha", scale, cards).link(page);
            let qr = link_qr_code(&link).unwrap();
            println!(
                "{name} ({count} cards): {} characters, QR version {}",
                link.len(),
                qr.version
            );
            assert!(qr.is_easy_to_scan(), "{name}: version {}", qr.version);
        }
    }
}
