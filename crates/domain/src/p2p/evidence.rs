//! Evidence the hub already holds for a criterion. It is offered beside the checkbox as a
//! suggestion the co-leads confirm; nothing is ever ticked on its own.
//!
//! Each criterion may name one kind of evidence. Kinds whose records belong to capabilities
//! not built yet (training records, PDSA cycles, run charts, practices, targets) are already
//! named here; their facts stay `None` until those capabilities fill them, and then the
//! suggestion appears with no other change.

use serde::{Deserialize, Serialize};

use super::period::Month;
use crate::org::Side;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum EvidenceKind {
    /// Management and labor sponsors are on the roster.
    SponsorsNamed,
    /// Co-leads of both sides and a health and safety champion are on the roster.
    LeadersNamed,
    /// Purpose, ground rules and decision rules of the charter are written.
    CharterWritten,
    /// A sponsor check-in was logged in each of the last three months.
    MonthlyCheckIns,
    CoLeadTraining,
    MemberTraining,
    TwoTestCycles,
    ThreeRecentTestCycles,
    AnnotatedRunChart,
    PracticeSpread,
    TargetsMet,
}

impl EvidenceKind {
    pub const ALL: [EvidenceKind; 11] = [
        EvidenceKind::SponsorsNamed,
        EvidenceKind::LeadersNamed,
        EvidenceKind::CharterWritten,
        EvidenceKind::MonthlyCheckIns,
        EvidenceKind::CoLeadTraining,
        EvidenceKind::MemberTraining,
        EvidenceKind::TwoTestCycles,
        EvidenceKind::ThreeRecentTestCycles,
        EvidenceKind::AnnotatedRunChart,
        EvidenceKind::PracticeSpread,
        EvidenceKind::TargetsMet,
    ];

    pub fn code(self) -> &'static str {
        match self {
            EvidenceKind::SponsorsNamed => "sponsors_named",
            EvidenceKind::LeadersNamed => "leaders_named",
            EvidenceKind::CharterWritten => "charter_written",
            EvidenceKind::MonthlyCheckIns => "monthly_check_ins",
            EvidenceKind::CoLeadTraining => "co_lead_training",
            EvidenceKind::MemberTraining => "member_training",
            EvidenceKind::TwoTestCycles => "two_test_cycles",
            EvidenceKind::ThreeRecentTestCycles => "three_recent_test_cycles",
            EvidenceKind::AnnotatedRunChart => "annotated_run_chart",
            EvidenceKind::PracticeSpread => "practice_spread",
            EvidenceKind::TargetsMet => "targets_met",
        }
    }

    pub fn parse(code: &str) -> Option<EvidenceKind> {
        EvidenceKind::ALL.into_iter().find(|k| k.code() == code)
    }
}

/// What the hub records about one team, gathered by the store.
#[derive(Debug, Clone, Default)]
pub struct TeamFacts {
    pub sponsor_sides: Vec<Side>,
    pub co_lead_sides: Vec<Side>,
    pub safety_champions: usize,
    pub charter_written: bool,
    /// Months in which at least one sponsor check-in was logged.
    pub check_in_months: Vec<Month>,
    /// The month being assessed.
    pub month: Option<Month>,
    /// Filled by the learning capability (training records); `None` until it exists.
    pub co_lead_training_done: Option<bool>,
    pub member_training_done: Option<bool>,
    /// Filled by the improvement capability: test cycles done, and those recorded in 90 days.
    pub test_cycles: Option<(u32, u32)>,
    pub annotated_run_charts: Option<u32>,
    pub practices_spread: Option<u32>,
    pub compass_targets_met: Option<u8>,
}

/// The evidence found for `kind`, in words, or `None` when the hub holds none (or does not
/// record that kind of thing yet).
pub fn find(kind: EvidenceKind, facts: &TeamFacts) -> Option<String> {
    match kind {
        EvidenceKind::SponsorsNamed => {
            let both = facts.sponsor_sides.contains(&Side::Management)
                && facts.sponsor_sides.contains(&Side::Labor);
            both.then(|| "a management and a labor sponsor are on the roster".to_string())
        }
        EvidenceKind::LeadersNamed => {
            let both = facts.co_lead_sides.contains(&Side::Management)
                && facts.co_lead_sides.contains(&Side::Labor);
            (both && facts.safety_champions > 0).then(|| {
                format!(
                    "co-leads of both sides and {} health and safety champion{} are on the roster",
                    facts.safety_champions,
                    if facts.safety_champions == 1 { "" } else { "s" }
                )
            })
        }
        EvidenceKind::CharterWritten => facts.charter_written.then(|| {
            "the charter's purpose, ground rules and decision rules are written".to_string()
        }),
        EvidenceKind::MonthlyCheckIns => {
            let month = facts.month?;
            let last_three = [month, month.previous(), month.previous().previous()];
            last_three
                .iter()
                .all(|m| facts.check_in_months.contains(m))
                .then(|| {
                    "a sponsor check-in is logged in each of the last three months".to_string()
                })
        }
        EvidenceKind::CoLeadTraining => facts
            .co_lead_training_done
            .filter(|done| *done)
            .map(|_| "co-lead training is recorded for the co-leads".to_string()),
        EvidenceKind::MemberTraining => facts
            .member_training_done
            .filter(|done| *done)
            .map(|_| "team member training is recorded".to_string()),
        EvidenceKind::TwoTestCycles => facts
            .test_cycles
            .filter(|(done, _)| *done >= 2)
            .map(|(done, _)| format!("{done} test cycles are recorded")),
        EvidenceKind::ThreeRecentTestCycles => facts
            .test_cycles
            .filter(|(done, recent)| *done >= 3 && *recent > 0)
            .map(|(done, recent)| {
                format!("{done} test cycles recorded, {recent} in the last 90 days")
            }),
        EvidenceKind::AnnotatedRunChart => facts
            .annotated_run_charts
            .filter(|n| *n > 0)
            .map(|n| format!("{n} annotated run chart{}", if n == 1 { "" } else { "s" })),
        EvidenceKind::PracticeSpread => facts.practices_spread.filter(|n| *n > 0).map(|n| {
            format!(
                "{n} practice{} spread or adopted",
                if n == 1 { "" } else { "s" }
            )
        }),
        EvidenceKind::TargetsMet => facts
            .compass_targets_met
            .filter(|n| *n >= 4)
            .map(|_| "targets met on all four Value Compass points".to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roster_and_charter_evidence_is_found_only_when_complete() {
        let mut facts = TeamFacts {
            sponsor_sides: vec![Side::Management],
            ..Default::default()
        };
        assert_eq!(find(EvidenceKind::SponsorsNamed, &facts), None);
        facts.sponsor_sides.push(Side::Labor);
        assert!(find(EvidenceKind::SponsorsNamed, &facts).is_some());
        facts.co_lead_sides = vec![Side::Management, Side::Labor];
        assert_eq!(
            find(EvidenceKind::LeadersNamed, &facts),
            None,
            "no champion yet"
        );
        facts.safety_champions = 2;
        assert!(find(EvidenceKind::LeadersNamed, &facts)
            .unwrap()
            .contains("2 health and safety champions"));
        assert_eq!(find(EvidenceKind::CharterWritten, &facts), None);
    }

    #[test]
    fn check_ins_must_cover_each_of_the_last_three_months() {
        let month = Month::parse("2026-03").unwrap();
        let mut facts = TeamFacts {
            month: Some(month),
            check_in_months: vec![month, month.previous()],
            ..Default::default()
        };
        assert_eq!(find(EvidenceKind::MonthlyCheckIns, &facts), None);
        facts.check_in_months.push(Month::parse("2026-01").unwrap());
        assert!(find(EvidenceKind::MonthlyCheckIns, &facts).is_some());
    }

    #[test]
    fn kinds_the_hub_does_not_record_yet_find_nothing() {
        let facts = TeamFacts::default();
        for kind in [
            EvidenceKind::CoLeadTraining,
            EvidenceKind::TwoTestCycles,
            EvidenceKind::TargetsMet,
        ] {
            assert_eq!(find(kind, &facts), None);
        }
        let facts = TeamFacts {
            test_cycles: Some((3, 1)),
            ..Default::default()
        };
        assert!(find(EvidenceKind::ThreeRecentTestCycles, &facts).is_some());
        for kind in EvidenceKind::ALL {
            assert_eq!(EvidenceKind::parse(kind.code()), Some(kind));
        }
    }
}
