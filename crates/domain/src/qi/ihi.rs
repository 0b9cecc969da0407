//! The IHI run chart rules (Perla, Provost & Murray 2011, "The run chart", BMJ Qual Saf), an
//! option beside the Anhøj rules for teams trained on them:
//!
//! - shift: 6 or more consecutive points on one side of the median; points on the median
//!   neither break nor count in a shift;
//! - trend: 5 or more consecutive points all going up or all going down; equal consecutive
//!   values neither count as another point of the trend nor break it (1, 2, 2, 3, 4, 5 is a
//!   trend of five);
//! - astronomical point: IHI leaves this to judgement. We flag points beyond 3-sigma limits:
//!   on a control chart its own limits, on a run chart the limits an I chart (XmR) of the same
//!   data would have.
//!
//! The fourth IHI rule (too few or too many runs) is what the Anhøj crossings rule does with
//! limits that do not need a table, so it is not repeated here.

use serde::Serialize;

use super::rules::runs;

/// A shift needs this many points on one side of the centre line.
pub const SHIFT_LENGTH: usize = 6;
/// A trend needs this many points going the same way.
pub const TREND_LENGTH: usize = 5;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum IhiKind {
    Shift,
    Trend,
    AstronomicalPoint,
}

/// One IHI rule that fired, with the points that make it up.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct IhiSignal {
    pub kind: IhiKind,
    /// The phase (1-based) the points are in.
    pub phase: usize,
    /// Positions of the points in the chart (0-based).
    pub indices: Vec<usize>,
}

/// Shifts around `center`: the runs of at least [`SHIFT_LENGTH`] useful points.
pub fn shifts(values: &[Option<f64>], center: f64) -> Vec<Vec<usize>> {
    runs(values, center)
        .into_iter()
        .filter(|run| run.indices.len() >= SHIFT_LENGTH)
        .map(|run| run.indices)
        .collect()
}

/// Direction of a step between two distinct consecutive values.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Direction {
    Up,
    Down,
}

/// Trends: stretches of at least [`TREND_LENGTH`] distinct consecutive values going the same
/// way. Each trend lists every point from the one where it starts to the one where it ends,
/// equal repeats in between included. Points without a value end a trend.
pub fn trends(values: &[Option<f64>]) -> Vec<Vec<usize>> {
    let mut found = Vec::new();
    // The current stretch: where it starts, which way it goes, how many distinct values.
    let mut start = 0;
    let mut direction: Option<Direction> = None;
    let mut distinct = 1;
    let mut last: Option<(usize, f64)> = None;
    for (index, value) in values.iter().enumerate() {
        let Some(value) = *value else {
            if let Some((end, _)) = last.take() {
                keep_if_trend(&mut found, start, end, distinct);
            }
            direction = None;
            distinct = 1;
            continue;
        };
        let Some((previous_index, previous)) = last else {
            (start, distinct, last) = (index, 1, Some((index, value)));
            continue;
        };
        if value == previous {
            // A repeat: neither a new point of the trend nor a break. The stretch now ends
            // here, and a new stretch in the other direction would start from here.
            last = Some((index, value));
            continue;
        }
        let step = if value > previous {
            Direction::Up
        } else {
            Direction::Down
        };
        if direction == Some(step) {
            distinct += 1;
        } else {
            keep_if_trend(&mut found, start, previous_index, distinct);
            // The turning point (the last of any repeats) starts the new stretch.
            start = previous_index;
            direction = Some(step);
            distinct = 2;
        }
        last = Some((index, value));
    }
    if let Some((end, _)) = last {
        keep_if_trend(&mut found, start, end, distinct);
    }
    found
}

/// Records the stretch `start..=end` when it has enough distinct values to be a trend.
fn keep_if_trend(found: &mut Vec<Vec<usize>>, start: usize, end: usize, distinct: usize) {
    if distinct >= TREND_LENGTH {
        found.push((start..=end).collect());
    }
}

/// Points whose value is above its upper limit or below its lower limit.
pub fn beyond_limits(
    values: &[Option<f64>],
    lcl: &[Option<f64>],
    ucl: &[Option<f64>],
) -> Vec<usize> {
    (0..values.len())
        .filter(|&i| outside(values[i], lcl[i], ucl[i]))
        .collect()
}

/// Strictly above the upper or below the lower limit (a point on a limit is inside).
pub(crate) fn outside(value: Option<f64>, lcl: Option<f64>, ucl: Option<f64>) -> bool {
    let Some(value) = value else { return false };
    ucl.is_some_and(|u| value > u) || lcl.is_some_and(|l| value < l)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn some(values: &[f64]) -> Vec<Option<f64>> {
        values.iter().copied().map(Some).collect()
    }

    #[test]
    fn a_shift_needs_six_points_on_one_side() {
        // Centre 5: five above, one below, then six above with one on the line among them.
        let values = some(&[
            6.0, 7.0, 6.0, 7.0, 6.0, 4.0, 6.0, 7.0, 5.0, 8.0, 6.0, 7.0, 9.0,
        ]);
        assert_eq!(shifts(&values, 5.0), vec![vec![6, 7, 9, 10, 11, 12]]);
    }

    /// 3, 1, 2, 2, 3, 4, 5, 4, 6: from the 1 (index 1) up to the 5 (index 6) the distinct
    /// values are 1, 2, 3, 4, 5 — five going up, the repeated 2 counted once. Four going down
    /// or four going up elsewhere are not trends.
    #[test]
    fn ties_neither_count_nor_break_a_trend() {
        let values = some(&[3.0, 1.0, 2.0, 2.0, 3.0, 4.0, 5.0, 4.0, 6.0]);
        assert_eq!(trends(&values), vec![vec![1, 2, 3, 4, 5, 6]]);
        let four_up = some(&[1.0, 2.0, 2.0, 3.0, 4.0, 1.0]);
        assert!(trends(&four_up).is_empty());
    }

    #[test]
    fn a_trend_down_and_one_sharing_its_turning_point() {
        // Down 9 → 5 (five values), then up 5 → 9 (five values) from the same point.
        let values = some(&[9.0, 8.0, 7.0, 6.0, 5.0, 6.0, 7.0, 8.0, 9.0]);
        assert_eq!(
            trends(&values),
            vec![vec![0, 1, 2, 3, 4], vec![4, 5, 6, 7, 8]]
        );
        // A repeat at the turning point: the new trend starts at the last of the repeats.
        let values = some(&[9.0, 8.0, 7.0, 6.0, 5.0, 5.0, 6.0, 7.0, 8.0, 9.0]);
        assert_eq!(
            trends(&values),
            vec![vec![0, 1, 2, 3, 4, 5], vec![5, 6, 7, 8, 9]]
        );
    }

    #[test]
    fn missing_values_end_a_trend() {
        let values = vec![Some(1.0), Some(2.0), Some(3.0), None, Some(4.0), Some(5.0)];
        assert!(trends(&values).is_empty());
        let values = vec![None, Some(1.0), Some(2.0), Some(3.0), Some(4.0), Some(5.0)];
        assert_eq!(trends(&values), vec![vec![1, 2, 3, 4, 5]]);
    }

    #[test]
    fn points_on_a_limit_are_inside() {
        let values = some(&[1.0, 2.0, 3.0]);
        let lcl = vec![Some(1.0); 3];
        let ucl = vec![Some(2.5); 3];
        assert_eq!(beyond_limits(&values, &lcl, &ucl), vec![2]);
        assert!(!outside(None, Some(0.0), Some(1.0)));
    }
}
