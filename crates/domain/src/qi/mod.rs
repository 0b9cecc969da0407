//! Quality improvement charts: run charts and Shewhart control charts, computed without I/O.
//!
//! Teams plot a measure over time to learn whether a change they tested made a difference.
//! [`compute`] turns a series of [`Observation`]s into a [`Chart`]: centre line and limits per
//! point, the points outside the limits, the Anhøj runs rules ([`rules`]) and, on request,
//! the IHI run chart rules ([`ihi`]).
//!
//! The calculations follow qicharts2 (J. Anhøj's R package), which many improvement teams
//! already use, so that our charts agree with theirs:
//!
//! - run chart: centre = median; I (XmR): centre = mean, sigma = mean moving range / 1.128;
//!   MR: centre = mean moving range, UCL = 3.267 × centre; p: p̄ = Σ numerators /
//!   Σ denominators, limits p̄ ± 3√(p̄(1−p̄)/nᵢ); u: ū ± 3√(ū/nᵢ); c: c̄ ± 3√c̄ (see
//!   [`control`] for why);
//! - lower limits below 0 are cut at 0, and p chart upper limits above 1 at 1;
//! - a freeze period computes the lines from the first N points and extends them;
//! - phases (a marked change of the process) compute their own lines and runs analysis;
//! - the runs rules use the chart's centre line (the median of a run chart, the mean of a
//!   control chart), and are not applied to MR charts;
//! - a point is outside the limits when strictly above the upper or below the lower limit.
//!
//! Unlike qicharts2, the moving ranges of an I chart are not screened (see
//! [`control::individuals`]), and the runs rules are only applied from 10 useful observations.

pub mod control;
pub mod ihi;
pub mod rules;
mod stats;

use std::ops::Range;

use serde::{Deserialize, Serialize};

pub use ihi::{IhiKind, IhiSignal};
pub use rules::{crossings_limit, longest_run_limit, RunsAnalysis, MIN_USEFUL_OBSERVATIONS};
pub use stats::binomial_quantile;

/// The kinds of chart.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ChartKind {
    /// Values over time with their median.
    Run,
    /// Individual values (the X of an XmR chart).
    I,
    /// Moving ranges of individual values.
    Mr,
    /// Proportions: numerator / denominator, each numerator at most its denominator.
    P,
    /// Rates: events per unit of exposure (per patient day, per 1,000 visits…).
    U,
    /// Counts of events in equal areas of opportunity.
    C,
}

impl ChartKind {
    pub const ALL: [ChartKind; 6] = [
        ChartKind::Run,
        ChartKind::I,
        ChartKind::Mr,
        ChartKind::P,
        ChartKind::U,
        ChartKind::C,
    ];

    /// "run", "i", "mr", "p", "u", "c": how the kind is written on the command line and in JSON.
    pub fn code(self) -> &'static str {
        match self {
            ChartKind::Run => "run",
            ChartKind::I => "i",
            ChartKind::Mr => "mr",
            ChartKind::P => "p",
            ChartKind::U => "u",
            ChartKind::C => "c",
        }
    }

    /// The chart's name for people, e.g. "P chart (proportions)".
    pub fn name(self) -> &'static str {
        match self {
            ChartKind::Run => "Run chart",
            ChartKind::I => "I chart (individual values)",
            ChartKind::Mr => "MR chart (moving ranges)",
            ChartKind::P => "P chart (proportions)",
            ChartKind::U => "U chart (rates)",
            ChartKind::C => "C chart (counts)",
        }
    }

    /// p and u charts plot numerator / denominator and need both.
    pub fn needs_denominator(self) -> bool {
        matches!(self, ChartKind::P | ChartKind::U)
    }

    /// Every chart but the run chart has 3-sigma limits.
    pub fn has_limits(self) -> bool {
        self != ChartKind::Run
    }

    /// I and MR charts need two points for a moving range.
    fn min_baseline(self) -> usize {
        match self {
            ChartKind::I | ChartKind::Mr => 2,
            _ => 1,
        }
    }
}

impl std::fmt::Display for ChartKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

impl std::str::FromStr for ChartKind {
    type Err = String;

    fn from_str(text: &str) -> Result<ChartKind, String> {
        let text = text.trim();
        ChartKind::ALL
            .into_iter()
            .find(|kind| kind.code().eq_ignore_ascii_case(text))
            .ok_or_else(|| format!("unknown chart type {text:?}: use run, i, mr, p, u or c"))
    }
}

/// One point of the series, in time order.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Observation {
    /// The value; for p and u charts (and ratios on run, I and MR charts) the numerator.
    pub numerator: f64,
    /// The subgroup size (patients, patient days…) for p and u charts; `None` when the
    /// numerator is the value itself.
    pub denominator: Option<f64>,
    /// The period's label, e.g. "2026-03".
    pub period: Option<String>,
    /// The phase's label. A new phase starts wherever the label differs from the previous
    /// point's; each phase has its own centre line, limits and runs analysis.
    pub phase: Option<String>,
}

impl Observation {
    /// A plain value (run, I, MR and c charts).
    pub fn value(value: f64) -> Observation {
        Observation {
            numerator: value,
            ..Observation::default()
        }
    }

    /// A numerator over a denominator (p and u charts, or a ratio on a run, I or MR chart).
    pub fn ratio(numerator: f64, denominator: f64) -> Observation {
        Observation {
            numerator,
            denominator: Some(denominator),
            ..Observation::default()
        }
    }

    pub fn with_period(mut self, period: impl Into<String>) -> Observation {
        self.period = Some(period.into());
        self
    }

    pub fn with_phase(mut self, phase: impl Into<String>) -> Observation {
        self.phase = Some(phase.into());
        self
    }

    /// The value plotted: the numerator, divided by the denominator when there is one.
    pub fn plotted(&self) -> f64 {
        self.numerator / self.size()
    }

    /// The subgroup size: the denominator, or 1.
    pub fn size(&self) -> f64 {
        self.denominator.unwrap_or(1.0)
    }
}

/// Choices beside the chart kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Options {
    /// Compute the centre and limits from the first N points only (the baseline) and extend
    /// them, to see whether later points differ from the baseline. Cannot be combined with
    /// more than one phase.
    pub freeze: Option<usize>,
    /// Also apply the IHI run chart rules.
    pub ihi: bool,
}

/// Why a series cannot be charted.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum QiError {
    #[error("there are no data points")]
    NoData,
    /// `index` is the point's 0-based position, so a caller can name the line it came from.
    #[error("point {}: {problem}", index + 1)]
    Point { index: usize, problem: PointProblem },
    #[error("the freeze period must have at least {minimum} point(s) for a {kind} chart")]
    FreezeTooShort { minimum: usize, kind: ChartKind },
    #[error("the freeze period ({freeze} points) is longer than the data ({points} points)")]
    FreezeBeyondData { freeze: usize, points: usize },
    #[error("a freeze period cannot be combined with phases: each phase computes its own limits")]
    FreezeWithPhases,
    #[error("phase {phase} has {points} point(s); a {kind} chart needs at least 2 per phase")]
    PhaseTooShort {
        phase: String,
        points: usize,
        kind: ChartKind,
    },
}

/// What is wrong with one point.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum PointProblem {
    #[error("{0} is not a finite number")]
    NotFinite(f64),
    #[error("a {0} chart needs a numerator and a denominator")]
    MissingDenominator(ChartKind),
    #[error("denominator {0} must be greater than 0")]
    DenominatorNotPositive(f64),
    #[error("numerator {numerator} is greater than denominator {denominator}: a proportion cannot exceed 1")]
    NumeratorAboveDenominator { numerator: f64, denominator: f64 },
    #[error("{0} is negative: a {1} chart counts events, which cannot be negative")]
    NegativeCount(f64, ChartKind),
    #[error("a c chart takes counts, not ratios: use a u chart for events per unit")]
    UnexpectedDenominator,
}

/// A computed chart, ready to draw or to serialise as JSON.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Chart {
    pub chart: ChartKind,
    pub points: Vec<Point>,
    /// One entry per phase (just one without phases): centre line and runs analysis.
    pub phases: Vec<Phase>,
    /// The freeze period asked for, if any.
    pub freeze: Option<usize>,
    /// The Anhøj rules signal in some phase.
    pub runs_signal: bool,
    /// Positions (0-based) of the points outside their limits.
    pub outside_limits: Vec<usize>,
    /// The IHI rules that fired; `None` when they were not asked for.
    pub ihi_signals: Option<Vec<IhiSignal>>,
    /// What a reader should know: rules not applied, limits adjusted, conventions.
    pub notes: Vec<String>,
}

/// One plotted point with its lines.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Point {
    /// Position in the series, 0-based.
    pub index: usize,
    pub period: Option<String>,
    /// The plotted value; `None` for the first point of an MR chart phase (no moving range).
    pub value: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub denominator: Option<f64>,
    pub center: f64,
    /// `None` on run charts.
    pub lcl: Option<f64>,
    pub ucl: Option<f64>,
    /// The phase number, 1-based.
    pub phase: usize,
    /// The point is in the freeze period the lines were computed from.
    pub baseline: bool,
    pub outside_limits: bool,
}

/// One phase: its centre line and its runs analysis.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Phase {
    /// 1-based.
    pub number: usize,
    pub label: Option<String>,
    pub first_index: usize,
    pub last_index: usize,
    /// How many of the phase's first points the lines were computed from.
    pub baseline_points: usize,
    pub center: f64,
    /// The median, for run charts (where it is the centre line).
    pub median: Option<f64>,
    /// The Anhøj rules around the centre line; `None` for MR charts.
    pub runs: Option<RunsAnalysis>,
}

/// Computes a chart of `kind` from `observations` (in time order).
pub fn compute(
    kind: ChartKind,
    observations: &[Observation],
    options: &Options,
) -> Result<Chart, QiError> {
    validate(kind, observations)?;
    let phases = phase_ranges(observations);
    check_freeze(kind, options.freeze, observations.len(), phases.len())?;
    check_phase_lengths(kind, observations, &phases)?;
    let values_nonnegative = observations.iter().all(|o| o.plotted() >= 0.0);
    let mut chart = Chart {
        chart: kind,
        points: Vec::with_capacity(observations.len()),
        phases: Vec::with_capacity(phases.len()),
        freeze: options.freeze,
        runs_signal: false,
        outside_limits: Vec::new(),
        ihi_signals: options.ihi.then(Vec::new),
        notes: Vec::new(),
    };
    let several = phases.len() > 1;
    for (i, range) in phases.into_iter().enumerate() {
        let phase = PhaseInput {
            kind,
            number: i + 1,
            points: &observations[range.clone()],
            offset: range.start,
            baseline: options.freeze.map_or(range.len(), |f| f.min(range.len())),
            values_nonnegative,
            prefix: if several {
                format!("phase {}: ", i + 1)
            } else {
                String::new()
            },
        };
        add_phase(&mut chart, &phase, options);
    }
    add_general_notes(&mut chart, options);
    Ok(chart)
}

/// One phase on its way into the chart.
struct PhaseInput<'a> {
    kind: ChartKind,
    number: usize,
    points: &'a [Observation],
    /// Position of the phase's first point in the chart.
    offset: usize,
    baseline: usize,
    values_nonnegative: bool,
    /// "phase 2: " before notes when the chart has several phases.
    prefix: String,
}

fn add_phase(chart: &mut Chart, phase: &PhaseInput<'_>, options: &Options) {
    let lines = control::lines(
        phase.kind,
        phase.points,
        phase.baseline,
        phase.values_nonnegative,
    );
    for (i, observation) in phase.points.iter().enumerate() {
        let outside = ihi::outside(lines.values[i], lines.lcl[i], lines.ucl[i]);
        let index = phase.offset + i;
        if outside {
            chart.outside_limits.push(index);
        }
        chart.points.push(Point {
            index,
            period: observation.period.clone(),
            value: lines.values[i],
            denominator: observation.denominator,
            center: lines.center,
            lcl: lines.lcl[i],
            ucl: lines.ucl[i],
            phase: phase.number,
            baseline: options.freeze.is_some() && i < phase.baseline,
            outside_limits: outside,
        });
    }
    if lines.lcl_truncated {
        chart.notes.push(format!(
            "{}the lower limit is shown as 0: no value is negative",
            phase.prefix
        ));
    }
    let runs =
        (phase.kind != ChartKind::Mr).then(|| rules::runs_analysis(&lines.values, lines.center));
    if let Some(runs) = &runs {
        chart.runs_signal |= runs.signal;
        if !runs.applied {
            chart.notes.push(format!(
                "{}{} useful observation(s), fewer than {MIN_USEFUL_OBSERVATIONS}: runs rules not applied",
                phase.prefix, runs.useful_observations
            ));
        }
    }
    if let Some(signals) = chart.ihi_signals.as_mut() {
        if phase.kind != ChartKind::Mr {
            signals.extend(ihi_signals(phase, &lines, &mut chart.notes));
        }
    }
    chart.phases.push(Phase {
        number: phase.number,
        label: phase.points[0].phase.clone(),
        first_index: phase.offset,
        last_index: phase.offset + phase.points.len() - 1,
        baseline_points: phase.baseline,
        center: lines.center,
        median: (phase.kind == ChartKind::Run).then_some(lines.center),
        runs,
    });
}

/// The IHI rules for one phase, with global point positions.
fn ihi_signals(
    phase: &PhaseInput<'_>,
    lines: &control::Lines,
    notes: &mut Vec<String>,
) -> Vec<IhiSignal> {
    let global = |indices: Vec<usize>| -> Vec<usize> {
        indices.into_iter().map(|i| i + phase.offset).collect()
    };
    let signal = |kind, indices| IhiSignal {
        kind,
        phase: phase.number,
        indices,
    };
    let mut found: Vec<IhiSignal> = Vec::new();
    for shift in ihi::shifts(&lines.values, lines.center) {
        found.push(signal(IhiKind::Shift, global(shift)));
    }
    for trend in ihi::trends(&lines.values) {
        found.push(signal(IhiKind::Trend, global(trend)));
    }
    let astronomical = if phase.kind.has_limits() {
        Some(ihi::beyond_limits(&lines.values, &lines.lcl, &lines.ucl))
    } else if phase.baseline >= 2 {
        let values: Vec<f64> = phase.points.iter().map(Observation::plotted).collect();
        let xmr = control::individuals(&values, phase.baseline, phase.values_nonnegative);
        Some(ihi::beyond_limits(&lines.values, &xmr.lcl, &xmr.ucl))
    } else {
        notes.push(format!(
            "{}astronomical points not computed: one point gives no moving range",
            phase.prefix
        ));
        None
    };
    for index in astronomical.into_iter().flatten() {
        found.push(signal(
            IhiKind::AstronomicalPoint,
            vec![index + phase.offset],
        ));
    }
    found
}

/// Notes that concern the whole chart: the freeze period, rules not applied, conventions.
fn add_general_notes(chart: &mut Chart, options: &Options) {
    let kind = chart.chart;
    let line = if kind.has_limits() {
        "centre line"
    } else {
        "median"
    };
    if let Some(freeze) = options.freeze {
        let what = if kind.has_limits() {
            "centre line and limits"
        } else {
            "median"
        };
        chart.notes.push(format!(
            "{what} computed from the first {freeze} points (the baseline) and extended to the rest"
        ));
    }
    if kind == ChartKind::Mr {
        chart.notes.push(
            "runs rules are not applied to moving ranges: consecutive ranges share a point and are not independent"
                .to_string(),
        );
        if options.ihi {
            chart
                .notes
                .push("IHI rules are not applied to moving ranges".to_string());
        }
        return;
    }
    if options.ihi {
        let astronomical = if kind.has_limits() {
            "a point outside the control limits"
        } else {
            "a point beyond the 3-sigma limits an I chart (XmR) of the same data would have"
        };
        chart.notes.push(format!(
            "IHI rules: shift = {} or more points on one side of the {line} (points on it neither count nor break it); \
             trend = {} or more points all going up or all going down (equal consecutive values neither count nor break it); \
             astronomical point = {astronomical}",
            ihi::SHIFT_LENGTH,
            ihi::TREND_LENGTH
        ));
    }
}

/// Checks every point against what `kind` needs.
fn validate(kind: ChartKind, observations: &[Observation]) -> Result<(), QiError> {
    if observations.is_empty() {
        return Err(QiError::NoData);
    }
    for (index, observation) in observations.iter().enumerate() {
        check_point(kind, observation).map_err(|problem| QiError::Point { index, problem })?;
    }
    Ok(())
}

fn check_point(kind: ChartKind, observation: &Observation) -> Result<(), PointProblem> {
    let numerator = observation.numerator;
    if !numerator.is_finite() {
        return Err(PointProblem::NotFinite(numerator));
    }
    match observation.denominator {
        None if kind.needs_denominator() => return Err(PointProblem::MissingDenominator(kind)),
        Some(_) if kind == ChartKind::C => return Err(PointProblem::UnexpectedDenominator),
        Some(d) if !d.is_finite() => return Err(PointProblem::NotFinite(d)),
        Some(d) if d <= 0.0 => return Err(PointProblem::DenominatorNotPositive(d)),
        _ => {}
    }
    let counts_events = matches!(kind, ChartKind::P | ChartKind::U | ChartKind::C);
    if counts_events && numerator < 0.0 {
        return Err(PointProblem::NegativeCount(numerator, kind));
    }
    if let (ChartKind::P, Some(denominator)) = (kind, observation.denominator) {
        if numerator > denominator {
            return Err(PointProblem::NumeratorAboveDenominator {
                numerator,
                denominator,
            });
        }
    }
    Ok(())
}

/// The phases: runs of consecutive points with the same phase label.
fn phase_ranges(observations: &[Observation]) -> Vec<Range<usize>> {
    let mut ranges: Vec<Range<usize>> = Vec::new();
    for (index, observation) in observations.iter().enumerate() {
        match ranges.last_mut() {
            Some(range) if observations[range.start].phase == observation.phase => {
                range.end = index + 1;
            }
            _ => ranges.push(index..index + 1),
        }
    }
    ranges
}

fn check_freeze(
    kind: ChartKind,
    freeze: Option<usize>,
    points: usize,
    phases: usize,
) -> Result<(), QiError> {
    let Some(freeze) = freeze else { return Ok(()) };
    if freeze < kind.min_baseline() {
        return Err(QiError::FreezeTooShort {
            minimum: kind.min_baseline(),
            kind,
        });
    }
    if freeze > points {
        return Err(QiError::FreezeBeyondData { freeze, points });
    }
    if phases > 1 {
        return Err(QiError::FreezeWithPhases);
    }
    Ok(())
}

fn check_phase_lengths(
    kind: ChartKind,
    observations: &[Observation],
    phases: &[Range<usize>],
) -> Result<(), QiError> {
    for (i, range) in phases.iter().enumerate() {
        if range.len() < kind.min_baseline() {
            return Err(QiError::PhaseTooShort {
                phase: observations[range.start]
                    .phase
                    .clone()
                    .unwrap_or_else(|| (i + 1).to_string()),
                points: range.len(),
                kind,
            });
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests;
