//! A tiny seeded pseudo-random generator (SplitMix64), so that the demo looks varied yet is
//! the same on every run: no crate, no clock, no browser.

/// Numbers that look random, the same sequence for the same seed.
#[derive(Clone, Debug)]
pub struct Prng(u64);

impl Prng {
    /// A generator starting from `seed`.
    pub fn new(seed: u64) -> Self {
        Prng(seed)
    }

    /// The next number of the sequence.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number from 0 to `n - 1` (0 when `n` is 0).
    pub fn below(&mut self, n: usize) -> usize {
        match n {
            0 => 0,
            n => (self.next_u64() % n as u64) as usize,
        }
    }

    /// One of `items`, or `None` of none.
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> Option<&'a T> {
        items.get(self.below(items.len()))
    }

    /// A small change of −1, 0 or +1, mostly 0.
    pub fn wobble(&mut self) -> i8 {
        match self.below(6) {
            0 => -1,
            1 => 1,
            _ => 0,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_seed_gives_the_same_numbers() {
        let run = |seed| {
            let mut prng = Prng::new(seed);
            (0..20).map(|_| prng.below(5)).collect::<Vec<_>>()
        };
        assert_eq!(run(7), run(7));
        assert_ne!(run(7), run(8));
        assert!(run(7).iter().all(|n| *n < 5));
        let mut prng = Prng::new(1);
        let wobbles: Vec<i8> = (0..200).map(|_| prng.wobble()).collect();
        for w in [-1, 0, 1] {
            assert!(wobbles.contains(&w), "{w} never comes up");
        }
        assert_eq!(Prng::new(1).below(0), 0);
        assert_eq!(Prng::new(1).pick::<u8>(&[]), None);
    }
}
