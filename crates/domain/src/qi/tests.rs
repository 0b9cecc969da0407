//! Charts end to end, with expected values worked by hand in the comments (formulas as in
//! the module documentation; limits of the runs rules from the published table cited in
//! `rules.rs`).

use super::*;

fn values(values: &[f64]) -> Vec<Observation> {
    values.iter().copied().map(Observation::value).collect()
}

fn ratios(pairs: &[(f64, f64)]) -> Vec<Observation> {
    pairs
        .iter()
        .map(|&(n, d)| Observation::ratio(n, d))
        .collect()
}

#[track_caller]
fn close(actual: f64, expected: f64) {
    assert!(
        (actual - expected).abs() < 1e-6,
        "expected {expected}, got {actual}"
    );
}

#[track_caller]
fn close_all(actual: impl IntoIterator<Item = Option<f64>>, expected: &[f64]) {
    let actual: Vec<f64> = actual.into_iter().map(|v| v.expect("a limit")).collect();
    assert_eq!(actual.len(), expected.len());
    for (a, e) in actual.iter().zip(expected) {
        close(*a, *e);
    }
}

fn plain() -> Options {
    Options::default()
}

fn with_ihi() -> Options {
    Options {
        ihi: true,
        ..Options::default()
    }
}

fn frozen(points: usize) -> Options {
    Options {
        freeze: Some(points),
        ..Options::default()
    }
}

/// Twelve low values (10–13) then twelve high ones (16–19). The median of the 24 values is
/// the mean of the 12th and 13th sorted values, (13 + 16) / 2 = 14.5; every low is below and
/// every high above: 24 useful observations, two runs of 12, 1 crossing. For n = 24 the
/// published limits are 8 and 8: 12 > 8 and 1 < 8, both rules signal. IHI: two shifts of 12.
#[test]
fn a_clear_shift_signals_both_runs_rules() {
    let lows = [
        10.0, 12.0, 11.0, 13.0, 10.0, 12.0, 11.0, 13.0, 12.0, 10.0, 12.0, 11.0,
    ];
    let highs = [
        16.0, 18.0, 17.0, 19.0, 16.0, 18.0, 17.0, 19.0, 18.0, 16.0, 17.0, 18.0,
    ];
    let series: Vec<f64> = lows.iter().chain(&highs).copied().collect();
    let chart = compute(ChartKind::Run, &values(&series), &with_ihi()).unwrap();

    let phase = &chart.phases[0];
    assert_eq!(phase.median, Some(14.5));
    assert_eq!(phase.center, 14.5);
    let runs = phase.runs.as_ref().unwrap();
    assert_eq!(runs.useful_observations, 24);
    assert_eq!((runs.longest_run, runs.longest_run_limit), (12, Some(8)));
    assert_eq!((runs.crossings, runs.crossings_limit), (1, Some(8)));
    assert!(runs.longest_run_signal && runs.crossings_signal);
    assert!(chart.runs_signal);
    assert!(chart.outside_limits.is_empty(), "run charts have no limits");
    assert!(chart
        .points
        .iter()
        .all(|p| p.lcl.is_none() && p.ucl.is_none()));

    // No trend (never five values going one way) and no astronomical point: the XmR limits
    // of these values are 346/24 ± 3 × (42/23)/1.128 = 14.42 ± 4.86, and all lie within.
    let signals = chart.ihi_signals.unwrap();
    let shifts: Vec<&IhiSignal> = signals
        .iter()
        .filter(|s| s.kind == IhiKind::Shift)
        .collect();
    assert_eq!(signals.len(), 2, "{signals:?}");
    assert_eq!(shifts[0].indices, (0..12).collect::<Vec<_>>());
    assert_eq!(shifts[1].indices, (12..24).collect::<Vec<_>>());
}

/// 1..=9: the median is 5, on which one point lies, so 8 useful observations: too few for
/// the rules, whatever the runs look like (here 4 below then 4 above, 1 crossing).
#[test]
fn fewer_than_ten_useful_observations_give_no_signal_and_say_so() {
    let series: Vec<f64> = (1..=9).map(f64::from).collect();
    let chart = compute(ChartKind::Run, &values(&series), &plain()).unwrap();
    let runs = chart.phases[0].runs.as_ref().unwrap();
    assert_eq!(runs.useful_observations, 8);
    assert_eq!((runs.longest_run, runs.crossings), (4, 1));
    assert!(!runs.applied && !runs.signal && !chart.runs_signal);
    assert_eq!(runs.longest_run_limit, None);
    assert!(
        chart
            .notes
            .iter()
            .any(|n| n == "8 useful observation(s), fewer than 10: runs rules not applied"),
        "{:?}",
        chart.notes
    );
}

/// Sorted, the 14 values are 1 1 2 3 4 5 5 5 5 6 7 8 9 9: the median is (5 + 5)/2 = 5, and
/// the four 5s lie on it. The other ten alternate below/above: 10 useful observations, ten
/// runs of 1, 9 crossings. Limits for n = 10: 6 and 2, so no signal.
#[test]
fn points_on_the_median_are_not_useful_observations() {
    let series = [
        1.0, 9.0, 5.0, 2.0, 8.0, 5.0, 3.0, 7.0, 5.0, 4.0, 6.0, 5.0, 1.0, 9.0,
    ];
    let chart = compute(ChartKind::Run, &values(&series), &plain()).unwrap();
    assert_eq!(chart.phases[0].median, Some(5.0));
    let runs = chart.phases[0].runs.as_ref().unwrap();
    assert_eq!(runs.useful_observations, 10);
    assert_eq!((runs.longest_run, runs.longest_run_limit), (1, Some(6)));
    assert_eq!((runs.crossings, runs.crossings_limit), (9, Some(2)));
    assert!(runs.applied && !runs.signal);
    assert!(chart.notes.is_empty(), "{:?}", chart.notes);
}

/// 5 3 4 4 6 7 8 2 5 6 3 5: from the 3 (index 1) to the 8 (index 6) the distinct values 3, 4,
/// 6, 7, 8 go up — a trend of five, the repeated 4 counted once. The median is 5 (sorted:
/// 2 3 3 4 4 5 5 5 6 6 7 8); the longest run is 3, so no shift; XmR limits 58/12 ± 3 × 2/1.128
/// = 4.83 ± 5.32 hold every value, so no astronomical point.
#[test]
fn a_trend_is_an_ihi_signal_only_when_asked_for() {
    let series = [5.0, 3.0, 4.0, 4.0, 6.0, 7.0, 8.0, 2.0, 5.0, 6.0, 3.0, 5.0];
    let chart = compute(ChartKind::Run, &values(&series), &with_ihi()).unwrap();
    assert_eq!(
        chart.ihi_signals,
        Some(vec![IhiSignal {
            kind: IhiKind::Trend,
            phase: 1,
            indices: vec![1, 2, 3, 4, 5, 6],
        }])
    );
    assert!(chart.notes.iter().any(|n| n.starts_with("IHI rules:")));
    let chart = compute(ChartKind::Run, &values(&series), &plain()).unwrap();
    assert_eq!(chart.ihi_signals, None);
}

/// Nine values around 11 and one 30. Mean = 132/10 = 13.2. Moving ranges 2 1 2 1 1 1 2 1 19,
/// mean 30/9 = 3.3333; sigma = 3.3333/1.128 = 2.955083; limits 13.2 ± 8.865248 =
/// 4.334752 and 22.065248. Only the 30 is outside. Around the mean of 13.2 the nine first
/// values are below: a run of 9 > 6 (the limit for n = 10), so the runs rules signal too.
#[test]
fn one_outlier_on_an_i_chart() {
    let series = [10.0, 12.0, 11.0, 13.0, 12.0, 11.0, 10.0, 12.0, 11.0, 30.0];
    let chart = compute(ChartKind::I, &values(&series), &plain()).unwrap();
    close(chart.phases[0].center, 13.2);
    close_all(chart.points.iter().map(|p| p.ucl), &[22.065248; 10]);
    close_all(chart.points.iter().map(|p| p.lcl), &[4.334752; 10]);
    assert_eq!(chart.outside_limits, vec![9]);
    assert!(chart.points[9].outside_limits && !chart.points[8].outside_limits);
    assert_eq!(chart.phases[0].median, None);
    let runs = chart.phases[0].runs.as_ref().unwrap();
    assert_eq!((runs.longest_run, runs.longest_run_limit), (9, Some(6)));
    assert!(chart.runs_signal);
}

/// The same values on an MR chart: centre 30/9 = 3.333333, UCL 3.267 × 3.333333 = 10.89,
/// LCL 0; the range of 19 is outside. The first point has no moving range, and the runs
/// rules are not applied to moving ranges.
#[test]
fn moving_ranges_of_the_outlier() {
    let series = [10.0, 12.0, 11.0, 13.0, 12.0, 11.0, 10.0, 12.0, 11.0, 30.0];
    let chart = compute(ChartKind::Mr, &values(&series), &with_ihi()).unwrap();
    close(chart.phases[0].center, 3.333333);
    close_all(chart.points.iter().map(|p| p.ucl), &[10.89; 10]);
    close_all(chart.points.iter().map(|p| p.lcl), &[0.0; 10]);
    assert_eq!(chart.points[0].value, None);
    assert_eq!(chart.points[9].value, Some(19.0));
    assert_eq!(chart.outside_limits, vec![9]);
    assert_eq!(chart.phases[0].runs, None);
    assert!(!chart.runs_signal);
    assert_eq!(chart.ihi_signals, Some(vec![]));
    assert!(chart
        .notes
        .iter()
        .any(|n| n.starts_with("runs rules are not applied")));
}

/// p̄ = (4 + 8 + 6 + 36 + 6) / (20 + 100 + 50 + 400 + 30) = 60/600 = 0.1, and
/// 3·√(p̄(1 − p̄)/n) = 3·√(0.09/n):
///
/// | n   | 3 sigma   | UCL       | LCL                |
/// |-----|-----------|-----------|--------------------|
/// | 20  | 0.2012461 | 0.3012461 | −0.1012 → 0        |
/// | 100 | 0.09      | 0.19      | 0.01               |
/// | 50  | 0.1272792 | 0.2272792 | −0.0273 → 0        |
/// | 400 | 0.045     | 0.145     | 0.055              |
/// | 30  | 0.1643168 | 0.2643168 | −0.0643 → 0        |
///
/// The points 0.2, 0.08, 0.12, 0.09, 0.2 are all inside.
#[test]
fn p_chart_limits_vary_with_the_denominator_and_stop_at_zero() {
    let data = ratios(&[
        (4.0, 20.0),
        (8.0, 100.0),
        (6.0, 50.0),
        (36.0, 400.0),
        (6.0, 30.0),
    ]);
    let chart = compute(ChartKind::P, &data, &plain()).unwrap();
    close(chart.phases[0].center, 0.1);
    close_all(
        chart.points.iter().map(|p| p.ucl),
        &[0.3012461, 0.19, 0.2272792, 0.145, 0.2643168],
    );
    close_all(
        chart.points.iter().map(|p| p.lcl),
        &[0.0, 0.01, 0.0, 0.055, 0.0],
    );
    close(chart.points[3].value.unwrap(), 0.09);
    assert_eq!(chart.points[3].denominator, Some(400.0));
    assert!(chart.outside_limits.is_empty());
}

/// The five months above frozen as the baseline (p̄ = 0.1), then 60/400 = 0.15 above its UCL
/// of 0.145 and 0/100 = 0 below its LCL of 0.01.
#[test]
fn p_chart_with_a_freeze_judges_later_months_by_the_baseline() {
    let data = ratios(&[
        (4.0, 20.0),
        (8.0, 100.0),
        (6.0, 50.0),
        (36.0, 400.0),
        (6.0, 30.0),
        (60.0, 400.0),
        (0.0, 100.0),
    ]);
    let chart = compute(ChartKind::P, &data, &frozen(5)).unwrap();
    close(chart.phases[0].center, 0.1);
    assert_eq!(chart.phases[0].baseline_points, 5);
    close(chart.points[5].ucl.unwrap(), 0.145);
    close(chart.points[6].lcl.unwrap(), 0.01);
    assert_eq!(chart.outside_limits, vec![5, 6]);
    let baseline: Vec<bool> = chart.points.iter().map(|p| p.baseline).collect();
    assert_eq!(baseline, [true, true, true, true, true, false, false]);
}

/// p̄ = 4/8 = 0.5 with subgroups of 2: 3·√(0.25/2) = 1.0607, so the limits would be −0.56 and
/// 1.56; they are cut to 0 and 1, and the points at 0 and 1 are inside.
#[test]
fn p_chart_upper_limit_stops_at_one() {
    let data = ratios(&[(1.0, 2.0), (2.0, 2.0), (0.0, 2.0), (1.0, 2.0)]);
    let chart = compute(ChartKind::P, &data, &plain()).unwrap();
    close_all(chart.points.iter().map(|p| p.ucl), &[1.0; 4]);
    close_all(chart.points.iter().map(|p| p.lcl), &[0.0; 4]);
    assert!(chart.outside_limits.is_empty());
}

/// ū = (4 + 6 + 2)/(10 + 20 + 10) = 0.3; 3·√(0.3/10) = 0.5196152 and 3·√(0.3/20) =
/// 0.3674235; both lower limits are negative and become 0.
#[test]
fn u_chart_limits_per_unit_of_exposure() {
    let data = ratios(&[(4.0, 10.0), (6.0, 20.0), (2.0, 10.0)]);
    let chart = compute(ChartKind::U, &data, &plain()).unwrap();
    close(chart.phases[0].center, 0.3);
    close_all(
        chart.points.iter().map(|p| p.ucl),
        &[0.8196152, 0.6674235, 0.8196152],
    );
    close_all(chart.points.iter().map(|p| p.lcl), &[0.0; 3]);
}

/// Baseline 4 6 5 3 7 5: c̄ = 30/6 = 5, UCL = 5 + 3√5 = 11.7082039, LCL = 5 − 6.708 → 0.
/// The later 12 and 14 are above. Around c̄ = 5 two points lie on the line: 7 useful, too
/// few for the runs rules.
#[test]
fn c_chart_with_a_freeze_and_the_lower_limit_at_zero() {
    let series = [4.0, 6.0, 5.0, 3.0, 7.0, 5.0, 12.0, 6.0, 14.0];
    let chart = compute(ChartKind::C, &values(&series), &frozen(6)).unwrap();
    close(chart.phases[0].center, 5.0);
    close_all(chart.points.iter().map(|p| p.ucl), &[11.7082039; 9]);
    close_all(chart.points.iter().map(|p| p.lcl), &[0.0; 9]);
    assert_eq!(chart.outside_limits, vec![6, 8]);
    assert_eq!(
        chart.phases[0].runs.as_ref().unwrap().useful_observations,
        7
    );
    assert!(chart
        .notes
        .iter()
        .any(|n| n.contains("from the first 6 points")));
}

/// Baseline 5 7 6 4 5 6 7 4 6 5: sorted 4 4 5 5 5 6 6 6 7 7, median (5 + 6)/2 = 5.5 (the
/// median of all 20 values would be 7.5). The last ten (8–9) are all above 5.5: a run of 10
/// among 20 useful observations, longer than the limit of 7. Crossings: the baseline sides
/// − + + − − + + − + − then ten +, i.e. 8 runs and 7 crossings, not fewer than 6.
#[test]
fn run_chart_with_a_freeze_uses_the_baseline_median() {
    let series = [
        5.0, 7.0, 6.0, 4.0, 5.0, 6.0, 7.0, 4.0, 6.0, 5.0, 8.0, 9.0, 8.0, 9.0, 8.0, 9.0, 9.0, 8.0,
        9.0, 8.0,
    ];
    let chart = compute(ChartKind::Run, &values(&series), &frozen(10)).unwrap();
    assert_eq!(chart.phases[0].median, Some(5.5));
    assert_eq!(chart.points[15].center, 5.5);
    let runs = chart.phases[0].runs.as_ref().unwrap();
    assert_eq!(runs.useful_observations, 20);
    assert_eq!((runs.longest_run, runs.longest_run_limit), (10, Some(7)));
    assert_eq!((runs.crossings, runs.crossings_limit), (7, Some(6)));
    assert!(runs.longest_run_signal && !runs.crossings_signal);
    let unfrozen = compute(ChartKind::Run, &values(&series), &plain()).unwrap();
    assert_eq!(unfrozen.phases[0].median, Some(7.5));
}

/// Phase A 10 12 11 13 12: mean 11.6, moving ranges 2 1 2 1 (mean 1.5), sigma 1.5/1.128 =
/// 1.329787, limits 11.6 ± 3.989362. Phase B is A + 10: mean 21.6, same ranges. The jump
/// from 12 to 20 between the phases is not a moving range of either (with it, B's mean range
/// would be 2.8).
#[test]
fn phases_recalculate_the_limits_after_a_change() {
    let data: Vec<Observation> = [10.0, 12.0, 11.0, 13.0, 12.0]
        .iter()
        .map(|&v| Observation::value(v).with_phase("A"))
        .chain(
            [20.0, 22.0, 21.0, 23.0, 22.0]
                .iter()
                .map(|&v| Observation::value(v).with_phase("B")),
        )
        .collect();
    let chart = compute(ChartKind::I, &data, &plain()).unwrap();
    assert_eq!(chart.phases.len(), 2);
    let (a, b) = (&chart.phases[0], &chart.phases[1]);
    close(a.center, 11.6);
    close(b.center, 21.6);
    assert_eq!((a.first_index, a.last_index), (0, 4));
    assert_eq!((b.first_index, b.last_index, b.number), (5, 9, 2));
    assert_eq!(b.label.as_deref(), Some("B"));
    close(chart.points[0].ucl.unwrap(), 15.589362);
    close(chart.points[0].lcl.unwrap(), 7.610638);
    close(chart.points[7].ucl.unwrap(), 25.589362);
    close(chart.points[7].lcl.unwrap(), 17.610638);
    assert_eq!(chart.points[4].phase, 1);
    assert_eq!(chart.points[5].phase, 2);
    assert!(chart.outside_limits.is_empty());
    // Five useful observations per phase: too few, and the note says which phase.
    assert!(chart
        .notes
        .iter()
        .any(|n| n.starts_with("phase 2: 5 useful observation(s)")));

    let ranges = compute(ChartKind::Mr, &data, &plain()).unwrap();
    assert_eq!(
        ranges.points[5].value, None,
        "a phase starts without a range"
    );
    close(ranges.phases[1].center, 1.5);

    assert_eq!(
        compute(ChartKind::I, &data, &frozen(3)),
        Err(QiError::FreezeWithPhases)
    );
}

/// 1 5 1 5 1 5: mean 3, moving ranges all 4, sigma 4/1.128 = 3.546099, LCL 3 − 10.638298 < 0,
/// shown as 0 because no value is negative. With a −1 first (mean 16/6 = 2.666667, ranges
/// 6 4 4 4 4, mean 4.4, sigma 3.900709) the lower limit stays 2.666667 − 11.702128 =
/// −9.035461.
#[test]
fn i_chart_lower_limit_is_cut_only_for_non_negative_data() {
    let chart = compute(
        ChartKind::I,
        &values(&[1.0, 5.0, 1.0, 5.0, 1.0, 5.0]),
        &plain(),
    )
    .unwrap();
    close(chart.points[0].lcl.unwrap(), 0.0);
    close(chart.points[0].ucl.unwrap(), 13.638298);
    assert!(chart.notes.iter().any(|n| n.contains("shown as 0")));

    let chart = compute(
        ChartKind::I,
        &values(&[-1.0, 5.0, 1.0, 5.0, 1.0, 5.0]),
        &plain(),
    )
    .unwrap();
    close(chart.points[0].lcl.unwrap(), -9.035461);
}

#[test]
fn bad_points_are_named_by_position() {
    let point = |index, problem| Err(QiError::Point { index, problem });
    let data = ratios(&[(1.0, 10.0), (2.0, 10.0), (12.0, 10.0)]);
    assert_eq!(
        compute(ChartKind::P, &data, &plain()),
        point(
            2,
            PointProblem::NumeratorAboveDenominator {
                numerator: 12.0,
                denominator: 10.0
            }
        )
    );
    // The same numbers are a fine rate.
    assert!(compute(ChartKind::U, &data, &plain()).is_ok());
    let data = ratios(&[(1.0, 10.0), (2.0, 0.0)]);
    assert_eq!(
        compute(ChartKind::U, &data, &plain()),
        point(1, PointProblem::DenominatorNotPositive(0.0))
    );
    assert_eq!(
        compute(ChartKind::P, &values(&[1.0]), &plain()),
        point(0, PointProblem::MissingDenominator(ChartKind::P))
    );
    assert_eq!(
        compute(ChartKind::C, &values(&[1.0, -2.0]), &plain()),
        point(1, PointProblem::NegativeCount(-2.0, ChartKind::C))
    );
    assert_eq!(
        compute(ChartKind::C, &ratios(&[(1.0, 2.0)]), &plain()),
        point(0, PointProblem::UnexpectedDenominator)
    );
    // NaN never equals itself, so match rather than compare.
    assert!(matches!(
        compute(ChartKind::I, &values(&[1.0, f64::NAN]), &plain()),
        Err(QiError::Point {
            index: 1,
            problem: PointProblem::NotFinite(_)
        })
    ));
    assert_eq!(compute(ChartKind::Run, &[], &plain()), Err(QiError::NoData));
    let message = QiError::Point {
        index: 2,
        problem: PointProblem::DenominatorNotPositive(-3.0),
    }
    .to_string();
    assert_eq!(message, "point 3: denominator -3 must be greater than 0");
}

#[test]
fn freeze_and_phase_lengths_are_checked() {
    let series = values(&[1.0, 2.0, 3.0]);
    assert_eq!(
        compute(ChartKind::Run, &series, &frozen(0)),
        Err(QiError::FreezeTooShort {
            minimum: 1,
            kind: ChartKind::Run
        })
    );
    assert_eq!(
        compute(ChartKind::I, &series, &frozen(1)),
        Err(QiError::FreezeTooShort {
            minimum: 2,
            kind: ChartKind::I
        })
    );
    assert_eq!(
        compute(ChartKind::Run, &series, &frozen(4)),
        Err(QiError::FreezeBeyondData {
            freeze: 4,
            points: 3
        })
    );
    let lonely = vec![
        Observation::value(1.0).with_phase("before"),
        Observation::value(2.0).with_phase("after"),
        Observation::value(3.0).with_phase("after"),
    ];
    assert_eq!(
        compute(ChartKind::I, &lonely, &plain()),
        Err(QiError::PhaseTooShort {
            phase: "before".into(),
            points: 1,
            kind: ChartKind::I
        })
    );
    // A run chart can have a one-point phase, though it says little.
    assert!(compute(ChartKind::Run, &lonely, &with_ihi()).is_ok());
}

#[test]
fn chart_kinds_read_and_write_their_codes() {
    for kind in ChartKind::ALL {
        assert_eq!(kind.code().parse::<ChartKind>(), Ok(kind));
    }
    assert_eq!(" MR ".parse::<ChartKind>(), Ok(ChartKind::Mr));
    assert!("xbar".parse::<ChartKind>().is_err());
}
