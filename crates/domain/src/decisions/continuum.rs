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
use crate::validation::{required_text, FieldErrors, Msg};

/// The longest issue title.
pub const TITLE_MAX: usize = 200;
/// The longest decision or action text.
pub const DECISION_MAX: usize = 2000;

/// What a side weighs when choosing its degree, for the page that asks (catalogue ids).
pub const CHOOSING_FACTORS: [&str; 3] = [
    "involvement-factor-time",
    "involvement-factor-knowledge",
    "involvement-factor-change",
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

    /// The catalogue id of the degree's name ("Decide together").
    pub fn label_id(self) -> &'static str {
        match self {
            Involvement::Informed => "involvement-informed",
            Involvement::Consulted => "involvement-consulted",
            Involvement::Involved => "involvement-involved",
            Involvement::JointDecision => "involvement-joint",
        }
    }

    /// The catalogue id of what the degree means in practice.
    pub fn description_id(self) -> &'static str {
        match self {
            Involvement::Informed => "involvement-about-informed",
            Involvement::Consulted => "involvement-about-consulted",
            Involvement::Involved => "involvement-about-involved",
            Involvement::JointDecision => "involvement-about-joint",
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
        required_text(
            &mut errors,
            "title",
            "decision-field-issue",
            &self.title,
            TITLE_MAX,
        );
        if self.decider == Side::Physician {
            errors.add("decider", "decision-decider-side");
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
            errors.add("side", "decision-continuum-sides");
        } else if recorder_side != side {
            errors.add(
                "side",
                Msg::new("decision-degree-own-side").text("side", side.code()),
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

/// The catalogue id of how a side is named in sentences: "management", "the union".
pub fn side_name_id(side: Side) -> &'static str {
    match side {
        Side::Management => "side-name-management",
        Side::Labor => "side-name-labor",
        Side::Physician => "side-name-physician",
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
        errors.add(
            "side",
            Msg::new("decision-fallback-side")
                .text("side", issue.decider.code())
                .label("name", side_name_id(issue.decider)),
        );
    }
    match issue.consensus_required() {
        None => errors.add("degrees", "decision-degrees-first"),
        Some(true) if outcome != Some(Outcome::NoConsensus) => {
            errors.add("outcome", "decision-keep-working")
        }
        Some(_) => {}
    }
    let decision = required_text(
        &mut errors,
        "decision",
        "decision-field-decision",
        decision,
        DECISION_MAX,
    );
    let action = required_text(
        &mut errors,
        "action",
        "decision-field-action",
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
            assert_eq!(
                degree.description_id(),
                format!("involvement-about-{}", degree.code())
            );
            assert_eq!(degree.label_id(), format!("involvement-{}", degree.code()));
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
            Some(&Msg::new("decision-degree-own-side").text("side", "labor"))
        );
        let errors = issue
            .set_degree(Side::Physician, Side::Physician, Involvement::Consulted)
            .unwrap_err();
        assert_eq!(errors.id("side"), Some("decision-continuum-sides"));
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
        assert_eq!(errors.id("decider"), Some("decision-decider-side"));
        let untitled = Issue {
            title: "  ".into(),
            ..issue(Side::Labor)
        };
        assert_eq!(
            untitled.check().unwrap_err().get("title"),
            Some(&crate::validation::required("decision-field-issue"))
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
            Some(
                &Msg::new("decision-fallback-side")
                    .text("side", "labor")
                    .label("name", "side-name-labor")
            )
        );

        // Still working toward consensus: no fallback yet.
        for outcome in [None, Some(Outcome::Consensus), Some(Outcome::Withdrawn)] {
            let errors =
                record_fallback(&joint, 11, Side::Labor, outcome, "Keep it", "Tell members")
                    .unwrap_err();
            assert_eq!(
                errors.id("outcome"),
                Some("decision-keep-working"),
                "{outcome:?}"
            );
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
        assert_eq!(
            errors.get("decision"),
            Some(&crate::validation::required("decision-field-decision"))
        );
        assert_eq!(
            errors.get("action"),
            Some(&crate::validation::required("decision-field-action"))
        );

        let unchosen = issue(Side::Management);
        let errors =
            record_fallback(&unchosen, 1, Side::Management, None, "Buy it", "Install").unwrap_err();
        assert_eq!(errors.id("degrees"), Some("decision-degrees-first"));
    }
}
