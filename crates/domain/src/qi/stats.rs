//! Small, exact statistics the charts need: mean, median and a binomial quantile.

/// The arithmetic mean, or `None` for no values.
pub(crate) fn mean(values: &[f64]) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    Some(values.iter().sum::<f64>() / values.len() as f64)
}

/// The median (the mean of the two middle values for an even count), or `None` for no values.
pub(crate) fn median(values: &[f64]) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    let middle = sorted.len() / 2;
    Some(if sorted.len() % 2 == 1 {
        sorted[middle]
    } else {
        (sorted[middle - 1] + sorted[middle]) / 2.0
    })
}

/// The lower `probability` quantile of the binomial distribution with `trials` trials and
/// success probability `success`: the smallest `c` with P(X ≤ c) ≥ `probability`, which is
/// what R's `qbinom(probability, trials, success)` returns.
///
/// Computed exactly by summing the probability mass function term by term. Each term comes
/// from the previous one through the ratio P(k)/P(k−1) = (trials−k+1)/k · p/(1−p), in
/// logarithms so that long series (thousands of trials) neither overflow the binomial
/// coefficient nor underflow 0.5^trials: early terms that underflow are far below the 5 % we
/// look for and do not change the answer.
///
/// Like R, the target is lowered by 64 machine epsilons so that a cumulative probability that
/// equals the target up to rounding still counts as reaching it.
pub fn binomial_quantile(probability: f64, trials: u64, success: f64) -> u64 {
    debug_assert!((0.0..=1.0).contains(&probability));
    debug_assert!(success > 0.0 && success < 1.0);
    let target = probability * (1.0 - 64.0 * f64::EPSILON);
    let odds = (success / (1.0 - success)).ln();
    let mut log_mass = trials as f64 * (1.0 - success).ln();
    let mut cumulative = log_mass.exp();
    let mut c = 0;
    while cumulative < target && c < trials {
        c += 1;
        log_mass += ((trials - c + 1) as f64 / c as f64).ln() + odds;
        cumulative += log_mass.exp();
    }
    c
}

/// Whether `value` lies on `line`: equal, or closer than a billionth of the line's size.
///
/// The tolerance is for proportions and rates, whose points (3/30) and centre line (a ratio of
/// sums) are computed differently and can miss each other by one rounding step although they
/// are the same number.
pub(crate) fn on_line(value: f64, line: f64) -> bool {
    (value - line).abs() <= 1e-9 * line.abs().max(1.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mean_and_median_of_small_sets() {
        assert_eq!(mean(&[]), None);
        assert_eq!(mean(&[1.0, 2.0, 6.0]), Some(3.0));
        assert_eq!(median(&[]), None);
        assert_eq!(median(&[5.0, 1.0, 3.0]), Some(3.0));
        assert_eq!(median(&[4.0, 1.0, 3.0, 2.0]), Some(2.5));
    }

    /// Hand computation with the binomial mass function for p = 0.5 (each outcome 1/2^trials):
    ///
    /// - 9 trials (10 useful observations): P(X ≤ 1) = (1 + 9)/512 = 0.0195 < 0.05 and
    ///   P(X ≤ 2) = (1 + 9 + 36)/512 = 0.0898 ≥ 0.05, so 2.
    /// - 12 trials: P(X ≤ 2) = (1 + 12 + 66)/4096 = 0.0193 and
    ///   P(X ≤ 3) = (79 + 220)/4096 = 0.0730, so 3.
    /// - 0 trials: X is always 0, so 0.
    #[test]
    fn binomial_quantile_matches_hand_computation() {
        assert_eq!(binomial_quantile(0.05, 9, 0.5), 2);
        assert_eq!(binomial_quantile(0.05, 12, 0.5), 3);
        assert_eq!(binomial_quantile(0.05, 0, 0.5), 0);
        // The median of b(10, 0.5) is 5: P(X ≤ 4) = 386/1024 < 0.5 ≤ P(X ≤ 5) = 638/1024.
        assert_eq!(binomial_quantile(0.5, 10, 0.5), 5);
    }

    /// For many trials the normal approximation is good: the 5 % quantile of b(9999, 0.5) is
    /// near 4999.5 − 1.645 · √9999 / 2 ≈ 4917.3, so 4917 or 4918; the exact sum must not have
    /// underflowed to "never reaches 5 %" (which would give 9999).
    #[test]
    fn binomial_quantile_survives_long_series() {
        let c = binomial_quantile(0.05, 9_999, 0.5);
        assert!((4_916..=4_919).contains(&c), "{c}");
    }

    #[test]
    fn values_on_the_line_allow_for_rounding() {
        assert!(on_line(3.0 / 30.0, 60.0 / 600.0));
        assert!(on_line(0.1 + 0.2, 0.3));
        assert!(!on_line(0.1001, 0.1));
        assert!(on_line(5.0, 5.0));
    }
}
