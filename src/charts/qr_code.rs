//! A link drawn as a QR code, as SVG, by a maintained crate (`qrcode`). It holds no text of
//! anyone's: only dark and light squares, so it needs no escaping.

use qrcode::render::svg;
use qrcode::{EcLevel, QrCode, Version};

/// The largest QR version a phone camera reads reliably off a screen or paper.
pub const MAX_EASY_VERSION: i16 = 25;

/// A link as a QR code.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LinkQrCode {
    /// The SVG: dark modules on white with a quiet zone, scaling to its container.
    pub svg: String,
    /// The QR version (1 to 40): 21 modules a side, plus 4 for each version above 1.
    pub version: i16,
}

impl LinkQrCode {
    /// Whether a phone camera reads it reliably (version 25 or lower).
    pub fn is_easy_to_scan(&self) -> bool {
        self.version <= MAX_EASY_VERSION
    }
}

/// `link` as a QR code at low error correction (the most data per square: screens and paper
/// are clean), or `None` if it is too long for any QR code. The crate splits the link into
/// segments itself, so a link of mostly digits is held in numeric mode.
pub fn link_qr_code(link: &str) -> Option<LinkQrCode> {
    let code = QrCode::with_error_correction_level(link.as_bytes(), EcLevel::L).ok()?;
    let version = match code.version() {
        Version::Normal(v) | Version::Micro(v) => v,
    };
    let svg = code
        .render::<svg::Color>()
        .quiet_zone(true)
        .module_dimensions(4, 4)
        .dark_color(svg::Color("#000000"))
        .light_color(svg::Color("#ffffff"))
        .build();
    // Scale to the box the page gives it, keeping the squares square.
    let svg = match svg.split_once("<svg ") {
        Some((_, rest)) => format!("<svg focusable=\"false\" aria-hidden=\"true\" {rest}"),
        None => svg,
    };
    Some(LinkQrCode { svg, version })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_link_becomes_an_svg_qr_code_with_its_version() {
        let qr = link_qr_code("https://example.org/answer/#i12345678901234567890").unwrap();
        assert!(qr
            .svg
            .starts_with("<svg focusable=\"false\" aria-hidden=\"true\" "));
        assert!(qr.svg.contains("<path") || qr.svg.contains("<rect"));
        assert!(!qr.svg.contains("<?xml"));
        assert!((1..=3).contains(&qr.version), "version {}", qr.version);
        assert!(qr.is_easy_to_scan());
    }

    #[test]
    fn a_link_too_long_for_any_qr_code_has_none() {
        assert_eq!(link_qr_code(&"x".repeat(3_000)), None);
    }
}
