//! Roll-ups of many teams' ratings: how many hold each level, how they moved since the last
//! quarter, which criteria are most often what stands in the way.

use std::collections::HashMap;

use serde::Serialize;

/// Columns and rows of the level tables: "not rated" then levels 0 to 5.
pub const BUCKETS: usize = 7;

/// Index of a team's rating in the tables: 0 = not rated in the quarter, 1 + level otherwise.
pub fn bucket(level: Option<u8>) -> usize {
    match level {
        None => 0,
        Some(level) => 1 + usize::from(level.min(5)),
    }
}

pub fn bucket_label(bucket: usize) -> String {
    match bucket {
        0 => "Not rated".to_string(),
        1 => "Below level 1".to_string(),
        b => format!("Level {}", b - 1),
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Rollup {
    pub teams: usize,
    /// Teams per bucket this quarter.
    pub counts: [usize; BUCKETS],
    /// Rows: last quarter's bucket; columns: this quarter's.
    pub transitions: [[usize; BUCKETS]; BUCKETS],
    pub moved_up: usize,
    pub moved_down: usize,
}

impl Rollup {
    /// `ratings` holds, per team, its level last quarter and this quarter (`None`: not rated).
    pub fn compute(ratings: impl IntoIterator<Item = (Option<u8>, Option<u8>)>) -> Rollup {
        let mut rollup = Rollup {
            teams: 0,
            counts: [0; BUCKETS],
            transitions: [[0; BUCKETS]; BUCKETS],
            moved_up: 0,
            moved_down: 0,
        };
        for (previous, current) in ratings {
            rollup.teams += 1;
            rollup.counts[bucket(current)] += 1;
            rollup.transitions[bucket(previous)][bucket(current)] += 1;
            if let (Some(p), Some(c)) = (previous, current) {
                if c > p {
                    rollup.moved_up += 1;
                } else if c < p {
                    rollup.moved_down += 1;
                }
            }
        }
        rollup
    }

    /// Share of teams in a bucket, 0 to 1.
    pub fn share(&self, bucket: usize) -> f64 {
        if self.teams == 0 {
            0.0
        } else {
            self.counts[bucket] as f64 / self.teams as f64
        }
    }
}

/// The criteria most often missing, most frequent first (ties by id), at most `limit`.
pub fn most_missing(missing: impl IntoIterator<Item = i64>, limit: usize) -> Vec<(i64, usize)> {
    let mut counts: HashMap<i64, usize> = HashMap::new();
    for id in missing {
        *counts.entry(id).or_default() += 1;
    }
    let mut counts: Vec<(i64, usize)> = counts.into_iter().collect();
    counts.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    counts.truncate(limit);
    counts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_and_transitions_add_up() {
        let rollup = Rollup::compute([
            (Some(2), Some(3)),
            (Some(3), Some(3)),
            (Some(4), Some(2)),
            (None, Some(1)),
            (Some(1), None),
        ]);
        assert_eq!(rollup.teams, 5);
        assert_eq!(rollup.counts[bucket(Some(3))], 2);
        assert_eq!(rollup.counts[bucket(None)], 1);
        assert_eq!(rollup.transitions[bucket(Some(2))][bucket(Some(3))], 1);
        assert_eq!(rollup.transitions[bucket(Some(4))][bucket(Some(2))], 1);
        assert_eq!(rollup.moved_up, 1);
        assert_eq!(rollup.moved_down, 1);
        assert!((rollup.share(bucket(Some(3))) - 0.4).abs() < 1e-9);
        let total: usize = rollup.transitions.iter().flatten().sum();
        assert_eq!(total, 5);
        assert_eq!(bucket_label(0), "Not rated");
        assert_eq!(bucket_label(4), "Level 3");
    }

    #[test]
    fn the_most_missing_criteria_come_first() {
        let top = most_missing([5, 7, 5, 9, 7, 5], 2);
        assert_eq!(top, vec![(5, 3), (7, 2)]);
        assert_eq!(Rollup::compute([]).share(0), 0.0);
    }
}
