//! Centre lines and 3-sigma limits of one phase of a chart.
//!
//! Every function takes the phase's points and `baseline`, how many of its first points the
//! centre and limits are computed from (all of them unless a freeze period was given); the
//! lines are then extended over the whole phase. Limits are per point because p and u charts
//! have a sigma per subgroup size.

use super::stats::{mean, median};
use super::{ChartKind, Observation};

/// d2 for subgroups of two: the expected moving range of two independent normal values is
/// 2/√π ≈ 1.128 standard deviations, so the mean moving range divided by 1.128 estimates
/// sigma from point-to-point variation only. (The standard deviation of all points would also
/// take in any shift between them, and the limits would no longer detect it.)
pub const D2_FOR_TWO: f64 = 1.128;

/// D4 for subgroups of two: the upper limit of moving ranges is 3.267 × their mean
/// (1 + 3·d3/d2 = 1 + 3 × 0.853 / 1.128).
pub const D4_FOR_TWO: f64 = 3.267;

/// Centre, per-point limits and the plotted values of one phase.
#[derive(Debug, Clone, PartialEq)]
pub struct Lines {
    /// The plotted value of each point; the first point of an MR chart phase has none.
    pub values: Vec<Option<f64>>,
    pub center: f64,
    pub lcl: Vec<Option<f64>>,
    pub ucl: Vec<Option<f64>>,
    /// The negative lower limits of an I chart were shown as 0 (see [`individuals`]).
    pub lcl_truncated: bool,
}

/// The lines of one phase for `kind`. `baseline` is between 1 and the phase's length (at least
/// 2 for I and MR charts, which need one moving range); `values_nonnegative` tells whether no
/// value of the whole chart is negative (see [`individuals`]).
pub fn lines(
    kind: ChartKind,
    points: &[Observation],
    baseline: usize,
    values_nonnegative: bool,
) -> Lines {
    match kind {
        ChartKind::Run => run(points, baseline),
        ChartKind::I => individuals(&plotted(points), baseline, values_nonnegative),
        ChartKind::Mr => moving_ranges(&plotted(points), baseline),
        ChartKind::P => proportions(points, baseline),
        ChartKind::U => rates(points, baseline),
        ChartKind::C => counts(points, baseline),
    }
}

fn plotted(points: &[Observation]) -> Vec<f64> {
    points.iter().map(Observation::plotted).collect()
}

/// The mean absolute difference between consecutive values, `None` for fewer than two.
pub(crate) fn mean_moving_range(values: &[f64]) -> Option<f64> {
    let ranges: Vec<f64> = values.windows(2).map(|w| (w[1] - w[0]).abs()).collect();
    mean(&ranges)
}

/// Run chart: the median of the baseline, no limits.
fn run(points: &[Observation], baseline: usize) -> Lines {
    let values = plotted(points);
    let center = median(&values[..baseline]).unwrap_or(f64::NAN);
    Lines {
        values: values.into_iter().map(Some).collect(),
        center,
        lcl: vec![None; points.len()],
        ucl: vec![None; points.len()],
        lcl_truncated: false,
    }
}

/// I chart (XmR): centre = mean, sigma = mean moving range / 1.128, limits ±3 sigma.
///
/// The moving ranges are not screened (no range above 3.267 × the mean is dropped), so one
/// wild point widens the limits a little; that is the textbook chart and what people
/// recompute by hand.
///
/// A negative lower limit is shown as 0 when no value of the chart is negative: such data
/// (waiting times, counts per day) cannot go below 0, and a negative limit only confuses. When
/// some value is negative the measure can be, and the limit stays. Either way no signal
/// changes: a non-negative value is never below 0.
pub fn individuals(values: &[f64], baseline: usize, values_nonnegative: bool) -> Lines {
    let base = &values[..baseline];
    let center = mean(base).unwrap_or(f64::NAN);
    let sigma = mean_moving_range(base).unwrap_or(f64::NAN) / D2_FOR_TWO;
    let mut lower = center - 3.0 * sigma;
    let lcl_truncated = values_nonnegative && lower < 0.0;
    if lcl_truncated {
        lower = 0.0;
    }
    Lines {
        values: values.iter().copied().map(Some).collect(),
        center,
        lcl: vec![Some(lower); values.len()],
        ucl: vec![Some(center + 3.0 * sigma); values.len()],
        lcl_truncated,
    }
}

/// MR chart: the moving ranges |xᵢ − xᵢ₋₁| (none for the first point), centre = their mean
/// over the baseline, UCL = 3.267 × centre, LCL = 0.
fn moving_ranges(values: &[f64], baseline: usize) -> Lines {
    let ranges: Vec<Option<f64>> = std::iter::once(None)
        .chain(values.windows(2).map(|w| Some((w[1] - w[0]).abs())))
        .collect();
    let center = mean_moving_range(&values[..baseline]).unwrap_or(f64::NAN);
    let n = values.len();
    Lines {
        values: ranges,
        center,
        lcl: vec![Some(0.0); n],
        ucl: vec![Some(D4_FOR_TWO * center); n],
        lcl_truncated: false,
    }
}

/// The ratio of the summed numerators to the summed denominators of the baseline: the centre
/// of p and u charts, which weighs each subgroup by its size (a mean of the ratios would let
/// a month with 3 patients count as much as one with 300).
fn pooled_ratio(points: &[Observation]) -> f64 {
    let events: f64 = points.iter().map(|p| p.numerator).sum();
    let exposure: f64 = points.iter().map(Observation::size).sum();
    events / exposure
}

/// Limits `center ± 3·sigma(n)` per point, with the lower limit cut at 0 and the upper at
/// `ceiling` when given.
fn per_point_limits(
    points: &[Observation],
    center: f64,
    sigma: impl Fn(f64) -> f64,
    ceiling: Option<f64>,
) -> (Vec<Option<f64>>, Vec<Option<f64>>) {
    points
        .iter()
        .map(|point| {
            let spread = 3.0 * sigma(point.size());
            let lower = (center - spread).max(0.0);
            let upper = center + spread;
            let upper = ceiling.map_or(upper, |c| upper.min(c));
            (Some(lower), Some(upper))
        })
        .unzip()
}

/// P chart: proportions, centre p̄ = Σ numerators / Σ denominators, limits
/// p̄ ± 3·√(p̄(1 − p̄)/nᵢ) (binomial sigma), cut to [0, 1].
fn proportions(points: &[Observation], baseline: usize) -> Lines {
    let center = pooled_ratio(&points[..baseline]);
    let (lcl, ucl) = per_point_limits(
        points,
        center,
        |n| (center * (1.0 - center) / n).sqrt(),
        Some(1.0),
    );
    Lines {
        values: plotted(points).into_iter().map(Some).collect(),
        center,
        lcl,
        ucl,
        lcl_truncated: false,
    }
}

/// U chart: rates per unit of exposure, centre ū = Σ events / Σ exposure, limits
/// ū ± 3·√(ū/nᵢ) (Poisson sigma), lower limit cut at 0.
fn rates(points: &[Observation], baseline: usize) -> Lines {
    let center = pooled_ratio(&points[..baseline]);
    let (lcl, ucl) = per_point_limits(points, center, |n| (center / n).sqrt(), None);
    Lines {
        values: plotted(points).into_iter().map(Some).collect(),
        center,
        lcl,
        ucl,
        lcl_truncated: false,
    }
}

/// C chart: counts in equal areas of opportunity, centre c̄ = mean count, limits c̄ ± 3·√c̄
/// (Poisson sigma), lower limit cut at 0.
fn counts(points: &[Observation], baseline: usize) -> Lines {
    let values = plotted(points);
    let center = mean(&values[..baseline]).unwrap_or(f64::NAN);
    let (lcl, ucl) = per_point_limits(points, center, |_| center.sqrt(), None);
    Lines {
        values: values.into_iter().map(Some).collect(),
        center,
        lcl,
        ucl,
        lcl_truncated: false,
    }
}
