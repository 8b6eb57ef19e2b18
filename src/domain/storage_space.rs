//! How full the browser's storage is, in words, from figures that cost nothing to get.
//!
//! Records live in local storage, which has a limit of its own: about 5 million characters
//! in Chromium and Firefox (10 MB as the browser counts them, two bytes a character), about
//! half that in Safari. Browsers do not say it; it can only be measured by filling the
//! space, which takes seconds with a large caseload, so that is done only when asked and
//! the answer remembered. Until then the usual limit stands in, said to be a guess. The
//! browser's storage estimate (`navigator.storage.estimate()`) covers the whole site, every
//! kind of storage, with a quota of gigabytes: it matters only when the device itself is
//! short of space, and then it is what the page warns about.
//!
//! ```
//! use outcome_focus::domain::{StorageLimit, StorageSpace};
//!
//! let space = StorageSpace { used: 1_150_000, limit: StorageLimit::Usual, device: None };
//! assert_eq!(
//!     space.in_words(),
//!     "The records use 2.2 MB of about 10.0 MB that browsers usually allow for them (21%)."
//! );
//! assert!(!space.nearly_full());
//! ```

/// The limit of local storage in most browsers, in UTF-16 code units (Chromium's and
/// Firefox's: 10 MB as they count it).
pub const USUAL_LIMIT: usize = 5 * 1024 * 1024;

/// Storage from this many percent full is a warning.
pub const WARN_PERCENT: usize = 80;

/// What the limit of local storage is known to be.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StorageLimit {
    /// Not measured in this browser: most browsers' limit stands in.
    Usual,
    /// Measured in this browser, in UTF-16 code units.
    Measured(usize),
}

/// What the browser's storage estimate says of the whole site, in bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DeviceSpace {
    /// What the site uses, every kind of storage together.
    pub usage: u64,
    /// What the browser would let the site use on this device.
    pub quota: u64,
}

/// How full the storage is: what is used, the limit, and the device's own room.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StorageSpace {
    /// The UTF-16 code units local storage holds (keys and values), as browsers count them.
    pub used: usize,
    /// Local storage's limit.
    pub limit: StorageLimit,
    /// The browser's estimate for the whole site, where it gives one.
    pub device: Option<DeviceSpace>,
}

impl StorageSpace {
    /// The limit in UTF-16 code units: never below what is already used.
    pub fn limit_units(&self) -> usize {
        let limit = match self.limit {
            StorageLimit::Usual => USUAL_LIMIT,
            StorageLimit::Measured(units) => units,
        };
        limit.max(self.used).max(1)
    }

    /// How full local storage is, in whole percent (rounded down).
    pub fn percent(&self) -> usize {
        self.used.saturating_mul(100) / self.limit_units()
    }

    /// The bytes the device has left for the site, when less than local storage has left:
    /// then the device, not local storage's limit, decides how much more can be saved.
    pub fn device_short_by(&self) -> Option<u64> {
        let device = self.device?;
        let room = device.quota.saturating_sub(device.usage);
        let records_room = (self.limit_units() - self.used) as u64 * 2;
        (room < records_room).then_some(room)
    }

    /// Whether local storage is 80% full or more.
    pub fn nearly_full(&self) -> bool {
        self.percent() >= WARN_PERCENT
    }

    /// The records' share of their limit, in one sentence.
    pub fn in_words(&self) -> String {
        let used = size(self.used);
        let limit = size(self.limit_units());
        let percent = self.percent();
        match self.limit {
            StorageLimit::Usual => format!(
                "The records use {used} of about {limit} that browsers usually allow for them \
                 ({percent}%)."
            ),
            StorageLimit::Measured(_) => format!(
                "The records use {used} of the {limit} this browser allows for them \
                 ({percent}%)."
            ),
        }
    }

    /// What the browser's estimate adds, in one sentence; `None` without an estimate.
    pub fn device_in_words(&self) -> Option<String> {
        let device = self.device?;
        Some(match self.device_short_by() {
            Some(room) => format!(
                "This device is short of space: the browser can keep only {} more for this \
                 site. Free some space on the device, or export a backup and delete closed \
                 cases.",
                bytes(room)
            ),
            None => format!(
                "The device has room to spare (the browser offers this site {} in all), so \
                 the limit above is the one that counts.",
                bytes(device.quota)
            ),
        })
    }
}

/// A size in UTF-16 code units as bytes, in words: "820 KB", "4.9 MB" (integer arithmetic:
/// no float formatting code in the download).
pub fn size(units: usize) -> String {
    bytes(units as u64 * 2)
}

/// A number of bytes in words: "820 KB", "4.9 MB", "120.5 GB" (1 KB is 1024 bytes; tenths
/// rounded to the nearest, so a limit 10 bytes short of 10 MB reads "10.0 MB").
pub fn bytes(bytes: u64) -> String {
    const MB: u64 = 1024 * 1024;
    const GB: u64 = 1024 * MB;
    let tenths = |unit: u64| {
        let tenths = (bytes.saturating_mul(10) + unit / 2) / unit;
        format!("{}.{}", tenths / 10, tenths % 10)
    };
    match bytes {
        b if b < MB => format!("{} KB", b.div_ceil(1024)),
        b if b < GB => format!("{} MB", tenths(MB)),
        _ => format!("{} GB", tenths(GB)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MB: u64 = 1024 * 1024;

    fn space(used: usize, limit: StorageLimit, device: Option<(u64, u64)>) -> StorageSpace {
        StorageSpace {
            used,
            limit,
            device: device.map(|(usage, quota)| DeviceSpace { usage, quota }),
        }
    }

    #[test]
    fn sizes_in_words() {
        for (input, expected) in [
            (0, "0 KB"),
            (1, "1 KB"),
            (1024, "1 KB"),
            (1025, "2 KB"),
            (MB - 1, "1024 KB"),
            (MB, "1.0 MB"),
            (10 * MB, "10.0 MB"),
            (10 * MB + MB / 2, "10.5 MB"),
            (10 * MB - 20, "10.0 MB"),
            (10 * MB - MB / 20 - 1, "9.9 MB"),
            (120 * 1024 * MB + 500 * MB, "120.5 GB"),
        ] {
            assert_eq!(bytes(input), expected, "{input} bytes");
        }
        assert_eq!(size(USUAL_LIMIT), "10.0 MB");
    }

    #[test]
    fn the_sentence_says_whether_the_limit_was_measured() {
        for (space, expected) in [
            (
                space(1_150_000, StorageLimit::Usual, None),
                "The records use 2.2 MB of about 10.0 MB that browsers usually allow for them (21%).",
            ),
            (
                space(1_150_000, StorageLimit::Measured(2_600_000), None),
                "The records use 2.2 MB of the 5.0 MB this browser allows for them (44%).",
            ),
            // More used than the usual limit (a browser that allows more): the limit is at least what is used.
            (
                space(6_000_000, StorageLimit::Usual, None),
                "The records use 11.4 MB of about 11.4 MB that browsers usually allow for them (100%).",
            ),
        ] {
            assert_eq!(space.in_words(), expected);
        }
    }

    #[test]
    fn nearly_full_from_80_percent_and_short_when_the_device_has_less_room() {
        let plenty = Some((50 * MB, 120 * 1024 * MB));
        for (space, full, short) in [
            (space(0, StorageLimit::Usual, None), false, None),
            (
                space(USUAL_LIMIT * 79 / 100, StorageLimit::Usual, plenty),
                false,
                None,
            ),
            (
                space(USUAL_LIMIT * 4 / 5, StorageLimit::Usual, plenty),
                true,
                None,
            ),
            (space(800, StorageLimit::Measured(1000), None), true, None),
            (space(799, StorageLimit::Measured(1000), None), false, None),
            // 1 MB used of 10: 9 MB left for records, but the device has only 5 MB.
            (
                space(
                    USUAL_LIMIT / 10,
                    StorageLimit::Usual,
                    Some((95 * MB, 100 * MB)),
                ),
                false,
                Some(5 * MB),
            ),
            (
                space(
                    USUAL_LIMIT / 10,
                    StorageLimit::Usual,
                    Some((90 * MB, 100 * MB)),
                ),
                false,
                None,
            ),
        ] {
            assert_eq!(space.nearly_full(), full, "{space:?}");
            assert_eq!(space.device_short_by(), short, "{space:?}");
        }
    }

    #[test]
    fn the_estimate_in_words() {
        assert_eq!(space(10, StorageLimit::Usual, None).device_in_words(), None);
        assert_eq!(
            space(10, StorageLimit::Usual, Some((MB, 120 * 1024 * MB))).device_in_words().as_deref(),
            Some("The device has room to spare (the browser offers this site 120.0 GB in all), so the limit above is the one that counts.")
        );
        assert_eq!(
            space(10, StorageLimit::Usual, Some((MB, 3 * MB))).device_in_words().as_deref(),
            Some("This device is short of space: the browser can keep only 2.0 MB more for this site. Free some space on the device, or export a backup and delete closed cases.")
        );
    }
}
