//! The decision-making continuum: for each issue, management and labor each choose how
//! involved they want to be, from being kept informed to deciding together by consensus. The
//! issue also names who decides if the team cannot reach consensus — management for matters
//! that are management's to decide, the union for the union's own matters — and that side
//! then records its decision and what will be done.
//!
//! - [`Involvement`] — the degrees of the continuum, ordered from least to most involved.
//! - [`consensus_required`] — whether a pair of degrees means the team must reach consensus.
//! - [`Issue`] — an issue with each side's chosen degree and its fallback decider.
//! - [`FallbackDecision`] and [`record_fallback`] — the decision one side records when
//!   consensus is not required or was not reached.

use serde::{Deserialize, Serialize};

use super::consensus::Outcome;
use super::PersonId;
use crate::org::Side;
use crate::validation::{required_text, FieldErrors};

/// The longest issue title.
pub const TITLE_MAX: usize = 200;
/// The longest decision or action text.
pub const DECISION_MAX: usize = 2000;

/// What a side weighs when choosing its degree, for the page that asks.
pub const CHOOSING_FACTORS: [&str; 3] = [
    "How much time and how many people we can give it",
    "What we know about this work that others may not",
    "How much it changes the work of the people we represent",
];

/// How involved one side chooses to be in an issue. Ordered from least to most involved.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Involvement {
    Informed,
    Consulted,
    Involved,
    JointDecision,
}

impl Involvement {
    pub const ALL: [Involvement; 4] = [
        Involvement::Informed,
        Involvement::Consulted,
        Involvement::Involved,
        Involvement::JointDecision,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Involvement::Informed => "informed",
            Involvement::Consulted => "consulted",
            Involvement::Involved => "involved",
            Involvement::JointDecision => "joint",
        }
    }

    pub fn parse(code: &str) -> Option<Involvement> {
        Involvement::ALL.into_iter().find(|i| i.code() == code)
    }

    pub fn label(self) -> &'static str {
        match self {
            Involvement::Informed => "Kept informed",
            Involvement::Consulted => "Asked for input",
            Involvement::Involved => "Helps shape it",
            Involvement::JointDecision => "Decide together",
        }
    }

    /// What the degree means in practice.
    pub fn description(self) -> &'static str {
        match self {
            Involvement::Informed => "Told what was decided and why, before it takes effect.",
            Involvement::Consulted => {
                "Asked for ideas and concerns before the decision is made, and told how they were used."
            }
            Involvement::Involved => {
                "Works on the options alongside the other side, which still makes the final call."
            }
            Involvement::JointDecision => {
                "Both sides make the decision together, by consensus."
            }
        }
    }
}

/// Consensus is required only when both sides chose to decide together. When either side
/// chose a lighter degree, the deciding side decides after informing, consulting or involving
/// the other as it asked.
pub fn consensus_required(management: Involvement, labor: Involvement) -> bool {
    management == Involvement::JointDecision && labor == Involvement::JointDecision
}

/// An issue placed on the continuum.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Issue {
    pub title: String,
    /// Management's chosen degree, once it has chosen.
    pub management: Option<Involvement>,
    /// Labor's chosen degree, once it has chosen.
    pub labor: Option<Involvement>,
    /// Who decides if consensus is not required or not reached: management or labor.
    pub decider: Side,
}

impl Issue {
    pub fn check(&self) -> Result<(), FieldErrors> {
        let mut errors = FieldErrors::new();
        required_text(&mut errors, "title", "The issue", &self.title, TITLE_MAX);
        if self.decider == Side::Physician {
            errors.add(
                "decider",
                "Choose management or the union: one of them decides when there is no consensus.",
            );
        }
        errors.into_result()
    }

    pub fn degree(&self, side: Side) -> Option<Involvement> {
        match side {
            Side::Management => self.management,
            Side::Labor => self.labor,
            Side::Physician => None,
        }
    }

    /// Records a side's degree. Each side chooses its own, so only a person of that side may.
    pub fn set_degree(
        &mut self,
        side: Side,
        recorder_side: Side,
        degree: Involvement,
    ) -> Result<(), FieldErrors> {
        let mut errors = FieldErrors::new();
        if side == Side::Physician {
            errors.add(
                "side",
                "The continuum is chosen by management and by labor.",
            );
        } else if recorder_side != side {
            errors.add(
                "side",
                format!(
                    "Only someone on the {} side can choose how involved {} wants to be.",
                    side.label().to_lowercase(),
                    side_name(side)
                ),
            );
        }
        errors.into_result()?;
        match side {
            Side::Management => self.management = Some(degree),
            _ => self.labor = Some(degree),
        }
        Ok(())
    }

    /// `None` until both sides have chosen.
    pub fn consensus_required(&self) -> Option<bool> {
        Some(consensus_required(self.management?, self.labor?))
    }
}

/// How a side is named in sentences: "management", "the union".
pub fn side_name(side: Side) -> &'static str {
    match side {
        Side::Management => "management",
        Side::Labor => "the union",
        Side::Physician => "the physicians",
    }
}

/// The decision the deciding side records when the team does not decide together.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FallbackDecision {
    pub decider: Side,
    pub recorded_by: PersonId,
    pub decision: String,
    /// What will be done, by whom, so the decision turns into action.
    pub action: String,
}

/// Checks and builds the fallback decision on `issue`. Only a person of the deciding side may
/// record it; both sides must have chosen their degree; and where consensus was required the
/// proposal must have closed without it (`outcome` is the latest round's outcome, if any).
pub fn record_fallback(
    issue: &Issue,
    recorded_by: PersonId,
    recorder_side: Side,
    outcome: Option<Outcome>,
    decision: &str,
    action: &str,
) -> Result<FallbackDecision, FieldErrors> {
    let mut errors = FieldErrors::new();
    if recorder_side != issue.decider {
        let name = side_name(issue.decider);
        errors.add(
            "side",
            format!(
                "Only {name} can record this decision: when the team does not decide together, it is {name}'s to make."
            ),
        );
    }
    match issue.consensus_required() {
        None => errors.add(
            "degrees",
            "Both management and labor first say how involved they want to be in this issue.",
        ),
        Some(true) if outcome != Some(Outcome::NoConsensus) => errors.add(
            "outcome",
            "Both sides chose to decide together, so keep working toward consensus. One side decides only after a proposal closes without it.",
        ),
        Some(_) => {}
    }
    let decision = required_text(
        &mut errors,
        "decision",
        "The decision",
        decision,
        DECISION_MAX,
    );
    let action = required_text(
        &mut errors,
        "action",
        "What happens next",
        action,
        DECISION_MAX,
    );
    errors.into_result()?;
    Ok(FallbackDecision {
        decider: issue.decider,
        recorded_by,
        decision,
        action,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn issue(decider: Side) -> Issue {
        Issue {
            title: "New scheduling software for the clinic".into(),
            management: None,
            labor: None,
            decider,
        }
    }

    #[test]
    fn degrees_are_ordered_and_round_trip() {
        let mut degrees = vec![
            Involvement::JointDecision,
            Involvement::Informed,
            Involvement::Involved,
            Involvement::Consulted,
        ];
        degrees.sort();
        assert_eq!(degrees, Involvement::ALL);
        for degree in Involvement::ALL {
            assert_eq!(Involvement::parse(degree.code()), Some(degree));
            assert!(degree.description().ends_with('.'));
        }
        assert_eq!(Involvement::parse("vote"), None);
    }

    #[test]
    fn consensus_is_required_only_when_both_sides_decide_together() {
        use Involvement::*;
        for management in Involvement::ALL {
            for labor in Involvement::ALL {
                let expected = management == JointDecision && labor == JointDecision;
                assert_eq!(consensus_required(management, labor), expected);
            }
        }
        assert!(!consensus_required(JointDecision, Involved));
        assert!(!consensus_required(Informed, JointDecision));
    }

    #[test]
    fn each_side_chooses_its_own_degree() {
        let mut issue = issue(Side::Management);
        assert_eq!(issue.consensus_required(), None);
        let errors = issue
            .set_degree(Side::Labor, Side::Management, Involvement::Informed)
            .unwrap_err();
        assert_eq!(
            errors.get("side"),
            Some("Only someone on the labor side can choose how involved the union wants to be.")
        );
        assert!(issue
            .set_degree(Side::Physician, Side::Physician, Involvement::Consulted)
            .is_err());
        issue
            .set_degree(Side::Labor, Side::Labor, Involvement::JointDecision)
            .unwrap();
        assert_eq!(
            issue.consensus_required(),
            None,
            "management has not chosen"
        );
        issue
            .set_degree(
                Side::Management,
                Side::Management,
                Involvement::JointDecision,
            )
            .unwrap();
        assert_eq!(issue.consensus_required(), Some(true));
        assert_eq!(issue.degree(Side::Labor), Some(Involvement::JointDecision));
        issue
            .set_degree(Side::Labor, Side::Labor, Involvement::Consulted)
            .unwrap();
        assert_eq!(issue.consensus_required(), Some(false));
    }

    #[test]
    fn the_decider_is_management_or_the_union() {
        assert!(issue(Side::Management).check().is_ok());
        assert!(issue(Side::Labor).check().is_ok());
        let errors = issue(Side::Physician).check().unwrap_err();
        assert!(errors
            .get("decider")
            .unwrap()
            .contains("management or the union"));
        let untitled = Issue {
            title: "  ".into(),
            ..issue(Side::Labor)
        };
        assert_eq!(
            untitled.check().unwrap_err().get("title"),
            Some("The issue is required.")
        );
    }

    #[test]
    fn only_the_deciding_side_records_the_fallback_after_consensus_fails() {
        let mut joint = issue(Side::Labor);
        joint.management = Some(Involvement::JointDecision);
        joint.labor = Some(Involvement::JointDecision);

        let errors = record_fallback(
            &joint,
            10,
            Side::Management,
            Some(Outcome::NoConsensus),
            "Keep the rota",
            "Stewards tell members by Friday",
        )
        .unwrap_err();
        assert_eq!(
            errors.get("side"),
            Some("Only the union can record this decision: when the team does not decide together, it is the union's to make.")
        );

        // Still working toward consensus: no fallback yet.
        for outcome in [None, Some(Outcome::Consensus), Some(Outcome::Withdrawn)] {
            let errors =
                record_fallback(&joint, 11, Side::Labor, outcome, "Keep it", "Tell members")
                    .unwrap_err();
            assert!(errors.get("outcome").is_some(), "{outcome:?}");
        }

        let decision = record_fallback(
            &joint,
            11,
            Side::Labor,
            Some(Outcome::NoConsensus),
            "  Keep the current rota  ",
            "Stewards tell members by Friday",
        )
        .unwrap();
        assert_eq!(
            decision,
            FallbackDecision {
                decider: Side::Labor,
                recorded_by: 11,
                decision: "Keep the current rota".into(),
                action: "Stewards tell members by Friday".into(),
            }
        );
    }

    #[test]
    fn without_joint_decision_the_decider_decides_directly_but_says_what_and_what_next() {
        let mut light = issue(Side::Management);
        light.management = Some(Involvement::JointDecision);
        light.labor = Some(Involvement::Consulted);
        assert!(record_fallback(
            &light,
            1,
            Side::Management,
            None,
            "Buy it",
            "IT installs it"
        )
        .is_ok());
        let errors = record_fallback(&light, 1, Side::Management, None, " ", "").unwrap_err();
        assert_eq!(errors.get("decision"), Some("The decision is required."));
        assert_eq!(errors.get("action"), Some("What happens next is required."));

        let unchosen = issue(Side::Management);
        let errors =
            record_fallback(&unchosen, 1, Side::Management, None, "Buy it", "Install").unwrap_err();
        assert!(errors.get("degrees").is_some());
    }
}
