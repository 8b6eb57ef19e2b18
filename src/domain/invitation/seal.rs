//! Sealing a return so that whoever carries it learns nothing: a synthetic-IV construction
//! (SIV, Rogaway and Shrimpton) from two maintained RustCrypto primitives. The tag is
//! HMAC-SHA256 of the plain bytes under one key, cut to the length the format can carry; the
//! same tag is the nonce of the ChaCha20 stream that hides them, under another key.
//!
//! Why SIV and not a random nonce: the typed return code has no room for one. With SIV a
//! nonce is never reused for different answers (different answers give a different tag), so
//! sealing twice leaks nothing but whether the two were the same.

use chacha20::cipher::{KeyIvInit, StreamCipher};
use chacha20::ChaCha20;
use hmac::{Hmac, Mac};
use sha2::Sha256;

type HmacSha256 = Hmac<Sha256>;

/// A key of 32 bytes derived from an invitation's secret for one purpose.
pub(crate) type Key = [u8; 32];

/// The key for `purpose`: HMAC-SHA256 of a label under the invitation's secret, so that the
/// link's and the code's keys, and the invitation's id, never coincide.
pub(crate) fn derive(secret: &[u8], purpose: &str) -> Key {
    // HMAC takes keys of any length; new_from_slice cannot fail for it.
    let Ok(mut mac) = HmacSha256::new_from_slice(secret) else {
        return [0; 32];
    };
    mac.update(b"outcome-focus invitation 1 ");
    mac.update(purpose.as_bytes());
    mac.finalize().into_bytes().into()
}

/// The two keys one sealed format uses.
#[derive(Clone, Debug)]
pub(crate) struct SealKeys {
    mac: Key,
    stream: Key,
}

impl SealKeys {
    /// The keys for `format` ("link" or "code") from the invitation's secret.
    pub(crate) fn new(secret: &[u8], format: &str) -> Self {
        SealKeys {
            mac: derive(secret, &format!("{format} mac")),
            stream: derive(secret, &format!("{format} stream")),
        }
    }

    /// HMAC over the associated bytes' length, the associated bytes, then the plain bytes.
    fn mac(&self, associated: &[u8], plain: &[u8]) -> Option<HmacSha256> {
        let mut mac = HmacSha256::new_from_slice(&self.mac).ok()?;
        mac.update(&(associated.len() as u64).to_le_bytes());
        mac.update(associated);
        mac.update(plain);
        Some(mac)
    }

    fn stream(&self, tag: &[u8], bytes: &mut [u8]) {
        let mut nonce = [0u8; 12];
        let len = tag.len().min(12);
        nonce[..len].copy_from_slice(&tag[..len]);
        let mut cipher = ChaCha20::new(&self.stream.into(), &nonce.into());
        cipher.apply_keystream(bytes);
    }

    /// `tag ‖ ciphertext`, with a tag of `tag_len` bytes (8 to 32). The tag also covers
    /// `associated`, which travels apart (the invitation as sent, so that a return to a
    /// changed invitation never opens).
    pub(crate) fn seal(&self, associated: &[u8], plain: &[u8], tag_len: usize) -> Vec<u8> {
        let tag: [u8; 32] = self
            .mac(associated, plain)
            .map_or([0; 32], |mac| mac.finalize().into_bytes().into());
        let mut sealed = tag[..tag_len].to_vec();
        let mut body = plain.to_vec();
        self.stream(&tag[..tag_len], &mut body);
        sealed.extend(body);
        sealed
    }

    /// The plain bytes, or `None` if `sealed` was not sealed with these keys or was changed.
    pub(crate) fn open(&self, associated: &[u8], sealed: &[u8], tag_len: usize) -> Option<Vec<u8>> {
        if sealed.len() < tag_len {
            return None;
        }
        let (tag, body) = sealed.split_at(tag_len);
        let mut plain = body.to_vec();
        self.stream(tag, &mut plain);
        // Constant time, so a forger learns nothing from how long the check took.
        let mac = self.mac(associated, &plain)?;
        mac.verify_truncated_left(tag).ok().map(|()| plain)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sealed_message_opens_with_its_keys_only() {
        let keys = SealKeys::new(&[7; 16], "code");
        let sealed = keys.seal(b"ad", b"three answers", 8);
        assert_eq!(sealed.len(), 8 + 13);
        assert!(
            !sealed.windows(5).any(|w| w == b"three"),
            "the text is hidden"
        );
        assert_eq!(keys.open(b"ad", &sealed, 8).unwrap(), b"three answers");
        assert_eq!(
            SealKeys::new(&[8; 16], "code").open(b"ad", &sealed, 8),
            None
        );
        assert_eq!(
            SealKeys::new(&[7; 16], "link").open(b"ad", &sealed, 8),
            None
        );
    }

    #[test]
    fn every_flipped_bit_is_caught() {
        let keys = SealKeys::new(&[1; 16], "link");
        let sealed = keys.seal(b"ad", b"answers and a note", 16);
        for bit in 0..sealed.len() * 8 {
            let mut changed = sealed.clone();
            changed[bit / 8] ^= 1 << (bit % 8);
            assert_eq!(keys.open(b"ad", &changed, 16), None, "bit {bit}");
        }
        assert_eq!(keys.open(b"ad", &sealed[..sealed.len() - 1], 16), None);
        assert_eq!(keys.open(b"changed", &sealed, 16), None);
    }

    #[test]
    fn the_same_answers_seal_the_same_and_different_ones_differently() {
        let keys = SealKeys::new(&[2; 16], "code");
        assert_eq!(keys.seal(b"ad", b"abc", 8), keys.seal(b"ad", b"abc", 8));
        assert_ne!(
            keys.seal(b"ad", b"abc", 8)[..8],
            keys.seal(b"ad", b"abd", 8)[..8]
        );
    }
}
