//! Plan-Do-Study-Act cycles: the stages of a test of change and what it teaches.

use serde::{Deserialize, Serialize};

/// What the team decided after studying a cycle.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ActDecision {
    /// Keep the change as it is.
    Adopt,
    /// Change it and test again (usually in a linked next cycle).
    Adapt,
    /// Drop the change.
    Abandon,
}

impl ActDecision {
    pub const ALL: [ActDecision; 3] =
        [ActDecision::Adopt, ActDecision::Adapt, ActDecision::Abandon];

    pub fn code(self) -> &'static str {
        match self {
            ActDecision::Adopt => "adopt",
            ActDecision::Adapt => "adapt",
            ActDecision::Abandon => "abandon",
        }
    }

    pub fn parse(code: &str) -> Option<ActDecision> {
        ActDecision::ALL.into_iter().find(|d| d.code() == code)
    }

    /// The catalogue id of the decision's name (`improvement.ftl`).
    pub fn label_id(self) -> &'static str {
        match self {
            ActDecision::Adopt => "cycle-decision-adopt",
            ActDecision::Adapt => "cycle-decision-adapt",
            ActDecision::Abandon => "cycle-decision-abandon",
        }
    }
}

/// What kind of change a cycle tests; the Path to Performance asks for changes to workflow
/// and process, not training alone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ChangeKind {
    WorkflowOrProcess,
    TrainingOnly,
    Other,
}

impl ChangeKind {
    pub const ALL: [ChangeKind; 3] = [
        ChangeKind::WorkflowOrProcess,
        ChangeKind::TrainingOnly,
        ChangeKind::Other,
    ];

    pub fn code(self) -> &'static str {
        match self {
            ChangeKind::WorkflowOrProcess => "workflow",
            ChangeKind::TrainingOnly => "training",
            ChangeKind::Other => "other",
        }
    }

    pub fn parse(code: &str) -> Option<ChangeKind> {
        ChangeKind::ALL.into_iter().find(|k| k.code() == code)
    }

    /// The catalogue id of the kind's name (`improvement.ftl`).
    pub fn label_id(self) -> &'static str {
        match self {
            ChangeKind::WorkflowOrProcess => "cycle-kind-workflow",
            ChangeKind::TrainingOnly => "cycle-kind-training",
            ChangeKind::Other => "cycle-kind-other",
        }
    }
}

/// The stage a cycle has reached, from what has been written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Stage {
    Plan,
    Do,
    Study,
    Act,
    Complete,
}

impl Stage {
    /// The catalogue id of the stage's name (`improvement.ftl`).
    pub fn label_id(self) -> &'static str {
        match self {
            Stage::Plan => "cycle-stage-plan",
            Stage::Do => "cycle-stage-do",
            Stage::Study => "cycle-stage-study",
            Stage::Act => "cycle-stage-act",
            Stage::Complete => "cycle-stage-complete",
        }
    }
}

/// A cycle is as far along as its notes: a plan needs a prediction before it is run, and the
/// study compares the result with that prediction.
pub fn stage(has_plan: bool, has_do: bool, has_study: bool, act: Option<ActDecision>) -> Stage {
    match (has_plan, has_do, has_study, act) {
        (true, true, true, Some(_)) => Stage::Complete,
        (true, true, true, None) => Stage::Act,
        (true, true, false, _) => Stage::Study,
        (true, false, _, _) => Stage::Do,
        _ => Stage::Plan,
    }
}

/// Test cycles a team has done (completed) and how many were recorded in the last 90 days:
/// the Path to Performance evidence for use of tools.
pub fn cycle_counts(cycles: &[(bool, i64)], now: i64) -> (u32, u32) {
    let done = cycles.iter().filter(|(complete, _)| *complete).count() as u32;
    let recent = cycles
        .iter()
        .filter(|(complete, updated)| *complete && now - updated <= 90 * 86_400)
        .count() as u32;
    (done, recent)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cycle_is_as_far_along_as_what_has_been_written() {
        assert_eq!(stage(false, false, false, None), Stage::Plan);
        assert_eq!(stage(true, false, false, None), Stage::Do);
        assert_eq!(stage(true, true, false, None), Stage::Study);
        assert_eq!(stage(true, true, true, None), Stage::Act);
        assert_eq!(
            stage(true, true, true, Some(ActDecision::Adapt)),
            Stage::Complete
        );
        // Notes written out of order do not skip the plan.
        assert_eq!(
            stage(false, true, true, Some(ActDecision::Adopt)),
            Stage::Plan
        );
    }

    #[test]
    fn cycle_counts_feed_the_path_to_performance() {
        let now = 1_000 * 86_400;
        let cycles = [
            (true, now - 10 * 86_400),
            (true, now - 200 * 86_400),
            (false, now),
        ];
        assert_eq!(cycle_counts(&cycles, now), (2, 1));
        for kind in ChangeKind::ALL {
            assert_eq!(ChangeKind::parse(kind.code()), Some(kind));
        }
        for decision in ActDecision::ALL {
            assert_eq!(ActDecision::parse(decision.code()), Some(decision));
        }
    }
}
