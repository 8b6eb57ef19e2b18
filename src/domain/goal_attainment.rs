//! Goal attainment scaling: each outcome may have levels from −2 (where things are at the
//! start) through 0 (the expected outcome) to +2 (much more than expected). The summary
//! T-score is 50 + 10·Σwᵢxᵢ / √((1−ρ)Σwᵢ² + ρ(Σwᵢ)²) with ρ = 0.3: 50 when every outcome
//! reached exactly its expected level.
//!
//! ```
//! use outcome_focus::domain::{t_score, GoalLevel};
//!
//! let level = |x| GoalLevel::new(x).unwrap();
//! assert_eq!(t_score(&[(level(0), 1.0)]), Some(50.0));
//! assert_eq!(t_score(&[(level(1), 1.0)]), Some(60.0));
//! ```

use serde::{Deserialize, Serialize};

/// The correlation between outcomes assumed by the standard formula.
const RHO: f64 = 0.3;

/// A goal-attainment level, −2 to +2.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "i8", into = "i8")]
pub struct GoalLevel(i8);

impl GoalLevel {
    /// Every level, lowest first.
    pub const ALL: [i8; 5] = [-2, -1, 0, 1, 2];

    /// A level, if `x` is between −2 and +2.
    pub fn new(x: i8) -> Option<Self> {
        (-2..=2).contains(&x).then_some(GoalLevel(x))
    }

    /// The level as a number.
    pub fn value(self) -> i8 {
        self.0
    }

    /// What the level means, in words.
    pub fn label(self) -> &'static str {
        match self.0 {
            -2 => "Where things are now",
            -1 => "Less than expected",
            0 => "The expected outcome",
            1 => "More than expected",
            _ => "Much more than expected",
        }
    }
}

/// The level as people write it: `−2`, `−1`, `0`, `+1`, `+2` (with a true minus sign).
impl std::fmt::Display for GoalLevel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.0 {
            x if x < 0 => write!(f, "\u{2212}{}", -x),
            0 => f.write_str("0"),
            x => write!(f, "+{x}"),
        }
    }
}

impl TryFrom<i8> for GoalLevel {
    type Error = String;
    fn try_from(x: i8) -> Result<Self, Self::Error> {
        GoalLevel::new(x).ok_or_else(|| format!("goal level {x} is not between -2 and 2"))
    }
}

impl From<GoalLevel> for i8 {
    fn from(level: GoalLevel) -> i8 {
        level.0
    }
}

/// The goal-attainment T-score of outcomes at the levels reached, each with its weight
/// (1.0 when all matter equally). `None` when there is nothing to score (no outcomes, or
/// weights that are not positive).
pub fn t_score(levels: &[(GoalLevel, f64)]) -> Option<f64> {
    if levels.is_empty() || levels.iter().any(|(_, w)| !(w.is_finite() && *w > 0.0)) {
        return None;
    }
    let weighted: f64 = levels.iter().map(|(x, w)| w * f64::from(x.value())).sum();
    let sum_w: f64 = levels.iter().map(|(_, w)| w).sum();
    let sum_w2: f64 = levels.iter().map(|(_, w)| w * w).sum();
    let denominator = ((1.0 - RHO) * sum_w2 + RHO * sum_w * sum_w).sqrt();
    Some(50.0 + 10.0 * weighted / denominator)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn levels(xs: &[i8]) -> Vec<(GoalLevel, f64)> {
        xs.iter()
            .map(|x| (GoalLevel::new(*x).unwrap(), 1.0))
            .collect()
    }

    fn check(input: &[(GoalLevel, f64)], expected: Option<f64>) {
        match (t_score(input), expected) {
            (Some(got), Some(want)) => {
                assert!(
                    (got - want).abs() < 0.005,
                    "{input:?}: got {got}, want {want}"
                )
            }
            (got, want) => assert_eq!(got, want, "{input:?}"),
        }
    }

    #[test]
    fn worked_values() {
        // Worked by hand: denominator √(0.7·n + 0.3·n²) for n equally weighted outcomes.
        check(&levels(&[0]), Some(50.0));
        check(&levels(&[1]), Some(60.0));
        check(&levels(&[-2]), Some(30.0));
        check(&levels(&[0, 0, 0]), Some(50.0));
        check(&levels(&[1, 1, 1]), Some(63.69)); // 50 + 30/√4.8
        check(&levels(&[-2, -2, -2]), Some(22.61)); // 50 − 60/√4.8
        check(&levels(&[2, 0]), Some(62.40)); // 50 + 20/√2.6
        check(&levels(&[-1, 0, 1, 2]), Some(57.25)); // 50 + 20/√7.6
        let weighted = [
            (GoalLevel::new(1).unwrap(), 2.0),
            (GoalLevel::new(-1).unwrap(), 1.0),
        ];
        check(&weighted, Some(54.02)); // 50 + 10/√(0.7·5 + 0.3·9) = 50 + 10/√6.2
        check(&[], None);
        check(&[(GoalLevel::new(0).unwrap(), 0.0)], None);
        check(&[(GoalLevel::new(0).unwrap(), f64::NAN)], None);
    }

    #[test]
    fn levels_are_checked() {
        for x in -2..=2 {
            assert_eq!(GoalLevel::new(x).map(GoalLevel::value), Some(x));
        }
        for x in [-3, 3, i8::MIN, i8::MAX] {
            assert_eq!(GoalLevel::new(x), None);
        }
        let written: Vec<String> = GoalLevel::ALL
            .iter()
            .filter_map(|x| GoalLevel::new(*x))
            .map(|l| l.to_string())
            .collect();
        assert_eq!(written, ["\u{2212}2", "\u{2212}1", "0", "+1", "+2"]);
        assert!(serde_json::from_str::<GoalLevel>("3").is_err());
        assert_eq!(
            serde_json::from_str::<GoalLevel>("-2").unwrap().label(),
            "Where things are now"
        );
    }
}
