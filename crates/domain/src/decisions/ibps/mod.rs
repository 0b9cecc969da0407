//! Interest-based problem solving (IBPS): a team works through five steps in order, from a
//! shared question to an action plan, looking at what each party needs rather than the
//! positions they start from.
//!
//! - [`Step`] — the five steps and their order.
//! - Step 1: [`problem_warnings`] — gentle checks on the "How might we …?" question
//!   ([`ProblemWarning`]); they advise, they never refuse.
//! - Step 2: [`Party`] and [`Interest`] — what each party needs, with common interests marked.
//! - Step 3: [`IbpsOption`] with its [`OptionSource`] and [`OptionStatus`].
//! - Step 4: [`Standard`]s, [`Score`]s (1–5) and [`rank`], which totals and ranks the options
//!   still in the running ([`candidates`]).
//! - Step 5: [`ActionItem`] — what, who is accountable, by when.
//! - [`Workspace`], [`missing_for`] and [`progress`] — what stands between a workspace and its
//!   next step ([`Missing`]).
//!
//! Step 1 is written in `problem.rs`, steps 3 and 4 in `selection.rs`; both are re-exported
//! here.

mod problem;
mod selection;

pub use problem::*;
pub use selection::*;

use serde::{Deserialize, Serialize};

use super::{valid_date, PersonId};
use crate::validation::{required_text, FieldErrors, Msg};

/// The longest interest, option, standard or action.
pub const ITEM_MAX: usize = 500;

/// The five steps, in the order a team works through them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Step {
    Problem,
    Interests,
    Options,
    Selection,
    ActionPlan,
}

impl Step {
    pub const ALL: [Step; 5] = [
        Step::Problem,
        Step::Interests,
        Step::Options,
        Step::Selection,
        Step::ActionPlan,
    ];

    /// 1 to 5.
    pub fn number(self) -> u8 {
        match self {
            Step::Problem => 1,
            Step::Interests => 2,
            Step::Options => 3,
            Step::Selection => 4,
            Step::ActionPlan => 5,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Step::Problem => "problem",
            Step::Interests => "interests",
            Step::Options => "options",
            Step::Selection => "selection",
            Step::ActionPlan => "plan",
        }
    }

    pub fn parse(code: &str) -> Option<Step> {
        Step::ALL.into_iter().find(|s| s.code() == code)
    }

    /// The catalogue id of the step's name (`ibps.ftl`).
    pub fn label_id(self) -> &'static str {
        match self {
            Step::Problem => "ibps-step-problem",
            Step::Interests => "ibps-step-interests",
            Step::Options => "ibps-step-options",
            Step::Selection => "ibps-step-selection",
            Step::ActionPlan => "ibps-step-plan",
        }
    }

    /// The catalogue id of what the team does in this step, in a sentence.
    pub fn purpose_id(self) -> &'static str {
        match self {
            Step::Problem => "ibps-purpose-problem",
            Step::Interests => "ibps-purpose-interests",
            Step::Options => "ibps-purpose-options",
            Step::Selection => "ibps-purpose-selection",
            Step::ActionPlan => "ibps-purpose-plan",
        }
    }

    pub fn next(self) -> Option<Step> {
        Step::ALL.get(usize::from(self.number())).copied()
    }
}

/// Whose interests are written down in step 2.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Party {
    Management,
    Labor,
    Physician,
    Other,
}

impl Party {
    pub const ALL: [Party; 4] = [
        Party::Management,
        Party::Labor,
        Party::Physician,
        Party::Other,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Party::Management => "management",
            Party::Labor => "labor",
            Party::Physician => "physician",
            Party::Other => "other",
        }
    }

    pub fn parse(code: &str) -> Option<Party> {
        Party::ALL.into_iter().find(|p| p.code() == code)
    }

    /// The catalogue id of the party's name (`ibps.ftl`).
    pub fn label_id(self) -> &'static str {
        match self {
            Party::Management => "ibps-party-management",
            Party::Labor => "ibps-party-labor",
            Party::Physician => "ibps-party-physician",
            Party::Other => "ibps-party-other",
        }
    }
}

/// A need or concern of one party. `common` marks one every party shares.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Interest {
    pub party: Party,
    pub text: String,
    pub common: bool,
}

impl Interest {
    pub fn check(&self) -> Result<(), FieldErrors> {
        let mut errors = FieldErrors::new();
        required_text(
            &mut errors,
            "text",
            "ibps-field-interest",
            &self.text,
            ITEM_MAX,
        );
        errors.into_result()
    }
}

/// The interests marked as shared, in the order written.
pub fn common_interests(interests: &[Interest]) -> Vec<&Interest> {
    interests.iter().filter(|i| i.common).collect()
}

/// The parties that have written at least one interest, in [`Party::ALL`] order.
pub fn parties_heard(interests: &[Interest]) -> Vec<Party> {
    Party::ALL
        .into_iter()
        .filter(|p| interests.iter().any(|i| i.party == *p))
        .collect()
}

/// One action of the plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActionItem {
    pub what: String,
    /// Who is accountable.
    pub owner: Option<PersonId>,
    /// `YYYY-MM-DD`.
    pub due: String,
}

impl ActionItem {
    pub fn check(&self) -> Result<(), FieldErrors> {
        let mut errors = FieldErrors::new();
        required_text(
            &mut errors,
            "what",
            "ibps-field-action",
            &self.what,
            ITEM_MAX,
        );
        if self.owner.is_none() {
            errors.add("owner", "ibps-action-owner-missing");
        }
        if self.due.trim().is_empty() {
            errors.add("due", "ibps-action-due-missing");
        } else if !valid_date(self.due.trim()) {
            errors.add("due", "ibps-action-due-form");
        }
        errors.into_result()
    }
}

/// Everything written in one problem-solving workspace.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Workspace {
    pub problem: String,
    pub interests: Vec<Interest>,
    pub options: Vec<IbpsOption>,
    pub standards: Vec<Standard>,
    pub scores: Vec<Score>,
    pub actions: Vec<ActionItem>,
}

/// Something the workspace still needs before it can move on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Missing {
    Problem,
    /// Interests from at least two parties.
    TwoParties,
    CommonInterest,
    /// At least two options to choose between.
    TwoOptions,
    /// At least one standard to score against.
    Standard,
    /// Cells of the score matrix still empty.
    Scores {
        empty: u32,
    },
    ChosenOption,
    Action,
    /// Actions without a valid owner, due date or text.
    ActionDetails {
        incomplete: u32,
    },
}

impl Missing {
    /// What is missing, as a message of the catalogue (`ibps.ftl`, `ibps-missing-…`).
    pub fn msg(self) -> Msg {
        match self {
            Missing::Problem => Msg::new("ibps-missing-problem"),
            Missing::TwoParties => Msg::new("ibps-missing-two-parties"),
            Missing::CommonInterest => Msg::new("ibps-missing-common-interest"),
            Missing::TwoOptions => Msg::new("ibps-missing-two-options"),
            Missing::Standard => Msg::new("ibps-missing-standard"),
            Missing::Scores { empty } => Msg::new("ibps-missing-scores").number("count", empty),
            Missing::ChosenOption => Msg::new("ibps-missing-chosen-option"),
            Missing::Action => Msg::new("ibps-missing-action"),
            Missing::ActionDetails { incomplete } => {
                Msg::new("ibps-missing-action-details").number("count", incomplete)
            }
        }
    }
}

/// Several missing things as one message, one sentence after another (`ibps-then`); `None`
/// when nothing is missing.
pub fn missing_msg(missing: &[Missing]) -> Option<Msg> {
    Msg::join("ibps-then", missing.iter().map(|m| m.msg()))
}

/// Whether scoring can start: it needs at least one standard.
pub fn can_score(workspace: &Workspace) -> Result<(), Missing> {
    if workspace.standards.is_empty() {
        Err(Missing::Standard)
    } else {
        Ok(())
    }
}

/// Everything still needed to enter `target`, counting the steps before it, in the order the
/// team meets them. Empty when the workspace may move there.
pub fn missing_for(workspace: &Workspace, target: Step) -> Vec<Missing> {
    let mut missing = Vec::new();
    if target >= Step::Interests && workspace.problem.trim().is_empty() {
        missing.push(Missing::Problem);
    }
    if target >= Step::Options {
        if parties_heard(&workspace.interests).len() < 2 {
            missing.push(Missing::TwoParties);
        }
        if common_interests(&workspace.interests).is_empty() {
            missing.push(Missing::CommonInterest);
        }
    }
    if target >= Step::Selection && workspace.options.len() < 2 {
        missing.push(Missing::TwoOptions);
    }
    if target >= Step::ActionPlan {
        if let Err(standard) = can_score(workspace) {
            missing.push(standard);
        } else {
            let empty: u32 = rank(&workspace.options, &workspace.standards, &workspace.scores)
                .iter()
                .map(|r| workspace.standards.len() as u32 - r.scored)
                .sum();
            if empty > 0 {
                missing.push(Missing::Scores { empty });
            }
        }
        if !workspace
            .options
            .iter()
            .any(|o| o.status == OptionStatus::Chosen)
        {
            missing.push(Missing::ChosenOption);
        }
    }
    missing
}

/// What is still needed before the action plan is complete (all steps done).
pub fn missing_to_finish(workspace: &Workspace) -> Vec<Missing> {
    let mut missing = missing_for(workspace, Step::ActionPlan);
    if workspace.actions.is_empty() {
        missing.push(Missing::Action);
    }
    let incomplete = workspace
        .actions
        .iter()
        .filter(|a| a.check().is_err())
        .count() as u32;
    if incomplete > 0 {
        missing.push(Missing::ActionDetails { incomplete });
    }
    missing
}

/// Where a workspace stands.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Progress {
    /// The furthest step the workspace may be at.
    pub reached: Step,
    /// The step after it; `None` at the action plan.
    pub next: Option<Step>,
    /// What the next step needs (or, at the action plan, what finishing needs).
    pub missing: Vec<Missing>,
}

pub fn progress(workspace: &Workspace) -> Progress {
    let reached = Step::ALL
        .into_iter()
        .take_while(|s| missing_for(workspace, *s).is_empty())
        .last()
        .unwrap_or(Step::Problem);
    let next = reached.next();
    let missing = match next {
        Some(step) => missing_for(workspace, step),
        None => missing_to_finish(workspace),
    };
    Progress {
        reached,
        next,
        missing,
    }
}

/// Shared by the tests of this module's files.
#[cfg(test)]
mod fixtures {
    use super::*;

    pub(super) fn option(id: i64, status: OptionStatus) -> IbpsOption {
        IbpsOption {
            id,
            text: format!("Option {id}"),
            source: OptionSource::Brainstorm,
            status,
        }
    }

    pub(super) fn standard(id: i64) -> Standard {
        Standard {
            id,
            text: format!("Standard {id}"),
        }
    }

    pub(super) fn score(option: i64, standard: i64, score: u8) -> Score {
        Score {
            option,
            standard,
            score,
        }
    }

    pub(super) fn interest(party: Party, common: bool) -> Interest {
        Interest {
            party,
            text: "Patients wait less".into(),
            common,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::fixtures::*;
    use super::*;

    #[test]
    fn steps_run_in_order() {
        let numbers: Vec<u8> = Step::ALL.iter().map(|s| s.number()).collect();
        assert_eq!(numbers, [1, 2, 3, 4, 5]);
        assert_eq!(Step::Problem.next(), Some(Step::Interests));
        assert_eq!(Step::Selection.next(), Some(Step::ActionPlan));
        assert_eq!(Step::ActionPlan.next(), None);
        for step in Step::ALL {
            assert_eq!(Step::parse(step.code()), Some(step));
        }
        for party in Party::ALL {
            assert_eq!(Party::parse(party.code()), Some(party));
        }
    }

    #[test]
    fn an_action_needs_an_owner_and_a_due_date() {
        let errors = ActionItem {
            what: "Post the new hours".into(),
            owner: None,
            due: String::new(),
        }
        .check()
        .unwrap_err();
        assert_eq!(errors.id("owner"), Some("ibps-action-owner-missing"));
        assert_eq!(errors.id("due"), Some("ibps-action-due-missing"));
        let errors = ActionItem {
            what: "Post the new hours".into(),
            owner: Some(4),
            due: "2027-02-30".into(),
        }
        .check()
        .unwrap_err();
        assert_eq!(errors.id("due"), Some("ibps-action-due-form"));
        assert!(ActionItem {
            what: "Post the new hours".into(),
            owner: Some(4),
            due: "2027-02-26".into(),
        }
        .check()
        .is_ok());
    }

    #[test]
    fn a_workspace_moves_on_only_with_what_each_step_needs() {
        let mut ws = Workspace::default();
        assert_eq!(
            progress(&ws),
            Progress {
                reached: Step::Problem,
                next: Some(Step::Interests),
                missing: vec![Missing::Problem],
            }
        );

        ws.problem = "How might we cut the morning wait?".into();
        ws.interests = vec![interest(Party::Management, false)];
        let p = progress(&ws);
        assert_eq!(p.reached, Step::Interests);
        assert_eq!(p.missing, [Missing::TwoParties, Missing::CommonInterest]);

        ws.interests.push(interest(Party::Labor, true));
        ws.options = vec![option(1, OptionStatus::Listed)];
        let p = progress(&ws);
        assert_eq!(p.reached, Step::Options);
        assert_eq!(p.missing, [Missing::TwoOptions]);
        assert_eq!(p.missing[0].msg(), Msg::new("ibps-missing-two-options"));

        ws.options.push(option(2, OptionStatus::Listed));
        let p = progress(&ws);
        assert_eq!(p.reached, Step::Selection);
        assert_eq!(p.missing, [Missing::Standard, Missing::ChosenOption]);
        assert_eq!(can_score(&ws), Err(Missing::Standard));

        ws.standards = vec![standard(10), standard(20)];
        ws.scores = vec![score(1, 10, 3)];
        // No shortlist, so both options are scored: 4 cells, 1 filled.
        let p = progress(&ws);
        assert_eq!(
            p.missing,
            [Missing::Scores { empty: 3 }, Missing::ChosenOption]
        );
        assert_eq!(
            p.missing[0].msg(),
            Msg::new("ibps-missing-scores").number("count", 3)
        );
        assert_eq!(
            missing_msg(&p.missing),
            Some(
                Msg::new("ibps-then")
                    .msg("first", Msg::new("ibps-missing-scores").number("count", 3))
                    .msg("rest", Msg::new("ibps-missing-chosen-option"))
            )
        );

        ws.scores
            .extend([score(1, 20, 2), score(2, 10, 5), score(2, 20, 4)]);
        assert_eq!(progress(&ws).missing, [Missing::ChosenOption]);
        ws.options[1].status = OptionStatus::Chosen;
        let p = progress(&ws);
        assert_eq!(p.reached, Step::ActionPlan);
        assert_eq!(p.next, None);
        assert_eq!(p.missing, [Missing::Action]);

        ws.actions = vec![
            ActionItem {
                what: "Open the second window at 7".into(),
                owner: Some(3),
                due: "2027-03-01".into(),
            },
            ActionItem {
                what: "Tell patients".into(),
                owner: None,
                due: "2027-03-01".into(),
            },
        ];
        assert_eq!(
            progress(&ws).missing,
            [Missing::ActionDetails { incomplete: 1 }]
        );
        assert_eq!(
            Missing::ActionDetails { incomplete: 1 }.msg(),
            Msg::new("ibps-missing-action-details").number("count", 1)
        );
        ws.actions[1].owner = Some(5);
        assert!(missing_to_finish(&ws).is_empty());
        assert_eq!(missing_msg(&[]), None);

        // Jumping ahead checks the earlier steps too.
        let fresh = Workspace::default();
        assert_eq!(
            missing_for(&fresh, Step::Selection),
            [
                Missing::Problem,
                Missing::TwoParties,
                Missing::CommonInterest,
                Missing::TwoOptions
            ]
        );
        assert!(missing_for(&fresh, Step::Problem).is_empty());
    }

    #[test]
    fn common_interests_and_parties_heard() {
        let interests = [
            interest(Party::Labor, true),
            interest(Party::Management, false),
            interest(Party::Labor, false),
        ];
        assert_eq!(common_interests(&interests).len(), 1);
        assert_eq!(parties_heard(&interests), [Party::Management, Party::Labor]);
        assert!(Interest {
            party: Party::Other,
            text: " ".into(),
            common: false
        }
        .check()
        .is_err());
    }
}
