//! The Anhøj rules: runs analysis around a centre line.
//!
//! A run is a sequence of consecutive points on the same side of the centre line; points on
//! the line neither break a run nor count in it. With `n` useful observations (the points not
//! on the line), a random process has
//!
//! - a longest run of at most round(log2(n) + 3) points (Schilling 2012), and
//! - at least qbinom(0.05, n − 1, 0.5) crossings of the line (the number of crossings of a
//!   random sequence is binomial with n − 1 trials and p = 0.5, Chen 2010).
//!
//! A longer run or fewer crossings signals non-random variation (a shift). The rules were
//! validated for 10 or more useful observations (Anhøj & Olesen 2014, "Run charts revisited",
//! PLoS ONE 9(11): e113825), so with fewer we report the counts but no signal.

use serde::Serialize;

use super::stats::{binomial_quantile, on_line};

/// Below this many useful observations the rules are not applied.
pub const MIN_USEFUL_OBSERVATIONS: usize = 10;

/// The side of the centre line a point is on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Above,
    Below,
}

/// Consecutive useful points on one side of the centre line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Run {
    pub side: Side,
    /// Positions of the points in the run (points on the line in between are not included).
    pub indices: Vec<usize>,
}

/// The outcome of the Anhøj rules for one series (one phase of a chart).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RunsAnalysis {
    /// Points not on the centre line (points without a value do not count either).
    pub useful_observations: usize,
    /// Length of the longest run; 0 when there is no useful observation.
    pub longest_run: usize,
    /// A longer run than this signals; `None` when the rules are not applied.
    pub longest_run_limit: Option<usize>,
    /// How often consecutive useful points are on opposite sides of the line.
    pub crossings: usize,
    /// Fewer crossings than this signal; `None` when the rules are not applied.
    pub crossings_limit: Option<usize>,
    /// False with fewer than [`MIN_USEFUL_OBSERVATIONS`] useful observations.
    pub applied: bool,
    pub longest_run_signal: bool,
    pub crossings_signal: bool,
    /// Either rule signals.
    pub signal: bool,
}

/// The upper limit for the longest run with `useful` observations: round(log2(n) + 3).
///
/// log2(n) of a whole number is never exactly halfway between two integers, so how halves
/// are rounded (R rounds them to even) does not matter.
pub fn longest_run_limit(useful: usize) -> usize {
    if useful == 0 {
        return 0;
    }
    ((useful as f64).log2() + 3.0).round() as usize
}

/// The lower limit for the number of crossings with `useful` observations:
/// qbinom(0.05, n − 1, 0.5).
pub fn crossings_limit(useful: usize) -> usize {
    binomial_quantile(0.05, useful.saturating_sub(1) as u64, 0.5) as usize
}

/// Splits the points into runs around `center`. Points without a value and points on the
/// line are skipped: they neither break nor extend a run.
pub fn runs(values: &[Option<f64>], center: f64) -> Vec<Run> {
    let mut runs: Vec<Run> = Vec::new();
    for (index, value) in values.iter().enumerate() {
        let Some(value) = *value else { continue };
        if on_line(value, center) {
            continue;
        }
        let side = if value > center {
            Side::Above
        } else {
            Side::Below
        };
        match runs.last_mut() {
            Some(run) if run.side == side => run.indices.push(index),
            _ => runs.push(Run {
                side,
                indices: vec![index],
            }),
        }
    }
    runs
}

/// Applies the Anhøj rules to `values` around `center` (the median for run charts, the centre
/// line for control charts, as qicharts2 does).
pub fn runs_analysis(values: &[Option<f64>], center: f64) -> RunsAnalysis {
    let runs = runs(values, center);
    let useful = runs.iter().map(|run| run.indices.len()).sum();
    let longest_run = runs.iter().map(|run| run.indices.len()).max().unwrap_or(0);
    let crossings = runs.len().saturating_sub(1);
    let applied = useful >= MIN_USEFUL_OBSERVATIONS;
    let (run_limit, cross_limit) = if applied {
        (
            Some(longest_run_limit(useful)),
            Some(crossings_limit(useful)),
        )
    } else {
        (None, None)
    };
    let longest_run_signal = run_limit.is_some_and(|limit| longest_run > limit);
    let crossings_signal = cross_limit.is_some_and(|limit| crossings < limit);
    RunsAnalysis {
        useful_observations: useful,
        longest_run,
        longest_run_limit: run_limit,
        crossings,
        crossings_limit: cross_limit,
        applied,
        longest_run_signal,
        crossings_signal,
        signal: longest_run_signal || crossings_signal,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn some(values: &[f64]) -> Vec<Option<f64>> {
        values.iter().copied().map(Some).collect()
    }

    /// Critical values for n = 10..=100 useful observations, transcribed from the qicharts2
    /// vignette by J. Anhøj ("Quality Improvement Charts", CRAN package qicharts2), Appendix 2
    /// "Critical values for longest run and number of crossings", a table produced by R's own
    /// `round(log2(n) + 3)` and `qbinom(0.05, n - 1, 0.5)`. The same rules and limits are those
    /// of Anhøj & Olesen 2014, "Run charts revisited", PLoS ONE 9(11): e113825 (e.g. n = 24:
    /// longest run 8, crossings 8, as the vignette's worked example also states).
    /// Entry i is for n = 10 + i.
    const PUBLISHED_LONGEST_RUN_LIMITS: [usize; 91] = [
        6, 6, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 8, 8, 8, 8, 8, 8, 8, // n = 10..=29
        8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 9, 9, 9, 9, // n = 30..=49
        9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, // n = 50..=69
        9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, // n = 70..=89
        9, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, // n = 90..=100
    ];
    const PUBLISHED_CROSSINGS_LIMITS: [usize; 91] = [
        2, 2, 3, 3, 4, 4, 4, 5, 5, 6, 6, 6, 7, 7, 8, 8, 8, 9, 9, 10, // n = 10..=29
        10, 11, 11, 11, 12, 12, 13, 13, 14, 14, 14, 15, 15, 16, 16, 17, 17, 17, 18,
        18, // 30..=49
        19, 19, 20, 20, 21, 21, 21, 22, 22, 23, 23, 24, 24, 25, 25, 25, 26, 26, 27,
        27, // 50..=69
        28, 28, 29, 29, 29, 30, 30, 31, 31, 32, 32, 33, 33, 34, 34, 34, 35, 35, 36,
        36, // 70..=89
        37, 37, 38, 38, 39, 39, 39, 40, 40, 41, 41, // n = 90..=100
    ];

    #[test]
    fn limits_match_the_published_table_for_10_to_100_observations() {
        for (i, (&run, &crossings)) in PUBLISHED_LONGEST_RUN_LIMITS
            .iter()
            .zip(&PUBLISHED_CROSSINGS_LIMITS)
            .enumerate()
        {
            let n = 10 + i;
            assert_eq!(longest_run_limit(n), run, "longest run limit for n = {n}");
            assert_eq!(crossings_limit(n), crossings, "crossings limit for n = {n}");
        }
    }

    /// The values quoted in the brief, worked by hand:
    /// n = 10: log2 10 = 3.32 → 3 + 3 = 6; qbinom(0.05, 9, 0.5) = 2 (see stats.rs).
    /// n = 20: log2 20 = 4.32 → 4 + 3 = 7; n = 24: log2 24 = 4.58 → 5 + 3 = 8;
    /// n = 30: log2 30 = 4.91 → 5 + 3 = 8.
    #[test]
    fn limits_for_the_usual_chart_lengths() {
        assert_eq!((longest_run_limit(10), crossings_limit(10)), (6, 2));
        assert_eq!((longest_run_limit(20), crossings_limit(20)), (7, 6));
        assert_eq!((longest_run_limit(24), crossings_limit(24)), (8, 8));
        assert_eq!((longest_run_limit(30), crossings_limit(30)), (8, 10));
    }

    /// Centre 5; the three 5s are on the line. Sides: + + · + + · + + − − − · − −, so 11
    /// useful observations, one run of 6 above (not three runs of 2, not a run of 8) and one of
    /// 5 below, 1 crossing. For n = 11 the limits are 6 and 2: the run of 6 is not longer than
    /// 6, but 1 crossing is fewer than 2.
    #[test]
    fn points_on_the_line_neither_break_nor_count_in_a_run() {
        let values = some(&[
            6.0, 7.0, 5.0, 8.0, 9.0, 5.0, 6.0, 7.0, 1.0, 2.0, 3.0, 5.0, 4.0, 2.0,
        ]);
        let found = runs(&values, 5.0);
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].side, Side::Above);
        assert_eq!(found[0].indices, vec![0, 1, 3, 4, 6, 7]);
        assert_eq!(found[1].indices, vec![8, 9, 10, 12, 13]);

        let analysis = runs_analysis(&values, 5.0);
        assert_eq!(analysis.useful_observations, 11);
        assert_eq!(analysis.longest_run, 6);
        assert_eq!(analysis.longest_run_limit, Some(6));
        assert!(!analysis.longest_run_signal);
        assert_eq!(analysis.crossings, 1);
        assert_eq!(analysis.crossings_limit, Some(2));
        assert!(analysis.crossings_signal);
        assert!(analysis.signal);
    }

    #[test]
    fn fewer_than_ten_useful_observations_never_signal() {
        // Nine points all above the line: an obvious run, but too few points for the rules.
        let analysis = runs_analysis(&some(&[9.0; 9]), 1.0);
        assert_eq!(analysis.useful_observations, 9);
        assert_eq!(analysis.longest_run, 9);
        assert!(!analysis.applied);
        assert_eq!(analysis.longest_run_limit, None);
        assert!(!analysis.signal);
    }

    #[test]
    fn missing_values_are_skipped_and_no_values_give_zeros() {
        let analysis = runs_analysis(&[None, Some(2.0), None, Some(0.0)], 1.0);
        assert_eq!(analysis.useful_observations, 2);
        assert_eq!(analysis.crossings, 1);
        let empty = runs_analysis(&[None], 1.0);
        assert_eq!((empty.useful_observations, empty.longest_run), (0, 0));
        assert_eq!(empty.crossings, 0);
    }
}
