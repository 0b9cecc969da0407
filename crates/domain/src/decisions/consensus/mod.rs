//! Consensus decision making: a proposal is put to the people taking part, each gives a
//! stance, and the proposal closes as consensus only when the three tests pass.
//!
//! - [`Stance`] — the five answers a person can give, from full support to a block.
//! - [`Proposal`] — what is proposed and how the round is run (anonymous, results hidden until
//!   it closes, the quorum from the team charter).
//! - [`StanceRecord`] — one person's stance, with a reason and what they will do to support it.
//! - [`RoundState`] — everything known about an open round; [`evaluate`] turns it into a
//!   [`Tally`], the three [`Tests`] and the [`Blocker`]s that stop it closing as consensus.
//! - [`Outcome`] — how a round ends; [`check_close`] refuses "consensus" while a blocker remains.
//! - [`tally_visible`] and [`redact`] — who sees the results when, and the nameless view of an
//!   anonymous round.
//! - [`reminders`] — gentle nudges when a round looks like it is being agreed too fast,
//!   traded or voted on, or when someone stands out.
//!
//! The reminders are written in `reminders.rs` and re-exported here.

mod reminders;

pub use reminders::*;

use serde::{Deserialize, Serialize};

use super::PersonId;
use crate::validation::{optional_text, required_text, FieldErrors, Msg};

/// The longest proposal text.
pub const PROPOSAL_MAX: usize = 2000;
/// The longest reason given with a stance.
pub const REASON_MAX: usize = 1000;
/// The longest supporting behaviour.
pub const BEHAVIOUR_MAX: usize = 300;
/// The largest quorum a charter can ask for.
pub const QUORUM_MAX: u32 = 500;

/// Where a person stands on a proposal. Ordered from the most support to the least, so
/// sorting puts full support first and blocks last.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Stance {
    FullySupport,
    SupportWithReservations,
    CanLiveWithIt,
    NeedMoreDiscussion,
    Block,
}

impl Stance {
    pub const ALL: [Stance; 5] = [
        Stance::FullySupport,
        Stance::SupportWithReservations,
        Stance::CanLiveWithIt,
        Stance::NeedMoreDiscussion,
        Stance::Block,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Stance::FullySupport => "support",
            Stance::SupportWithReservations => "reservations",
            Stance::CanLiveWithIt => "live_with",
            Stance::NeedMoreDiscussion => "discuss",
            Stance::Block => "block",
        }
    }

    pub fn parse(code: &str) -> Option<Stance> {
        Stance::ALL.into_iter().find(|s| s.code() == code)
    }

    /// The catalogue id of the answer as the person gives it ("I can live with it").
    pub fn label_id(self) -> &'static str {
        match self {
            Stance::FullySupport => "stance-support",
            Stance::SupportWithReservations => "stance-reservations",
            Stance::CanLiveWithIt => "stance-live_with",
            Stance::NeedMoreDiscussion => "stance-discuss",
            Stance::Block => "stance-block",
        }
    }

    /// The catalogue id of the line under the choice, so people pick the one they mean.
    pub fn hint_id(self) -> &'static str {
        match self {
            Stance::FullySupport => "stance-hint-support",
            Stance::SupportWithReservations => "stance-hint-reservations",
            Stance::CanLiveWithIt => "stance-hint-live_with",
            Stance::NeedMoreDiscussion => "stance-hint-discuss",
            Stance::Block => "stance-hint-block",
        }
    }

    /// Whether this stance passes the second test, "can everyone live with it?".
    pub fn can_live_with(self) -> bool {
        self <= Stance::CanLiveWithIt
    }
}

/// A proposal put to the team, and how its round is run.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Proposal {
    pub text: String,
    /// Stances are shown without names, even after the round closes.
    pub anonymous: bool,
    /// Nobody sees the tally until the round closes, so early answers do not sway later ones.
    pub results_hidden: bool,
    /// How many people must give a stance before the team can call it consensus; the team
    /// charter sets it.
    pub quorum: u32,
}

impl Proposal {
    pub fn check(&self) -> Result<(), FieldErrors> {
        let mut errors = FieldErrors::new();
        required_text(
            &mut errors,
            "text",
            "proposal-field-text",
            &self.text,
            PROPOSAL_MAX,
        );
        if self.quorum == 0 {
            errors.add("quorum", "proposal-quorum-min");
        } else if self.quorum > QUORUM_MAX {
            errors.add(
                "quorum",
                Msg::new("proposal-quorum-max").number("max", QUORUM_MAX),
            );
        }
        errors.into_result()
    }
}

/// One person's stance on a proposal. Build it with [`StanceRecord::new`] so a block always
/// carries its reason.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StanceRecord {
    pub person: PersonId,
    pub stance: Stance,
    /// Why; may be empty except for a block.
    pub reason: String,
    /// What the person will do to support the decision (the third test).
    pub supporting_behaviour: Option<String>,
}

impl StanceRecord {
    /// Checks and trims what a person submitted. A block must say why; an empty supporting
    /// behaviour becomes `None`.
    pub fn new(
        person: PersonId,
        stance: Stance,
        reason: &str,
        supporting_behaviour: &str,
    ) -> Result<StanceRecord, FieldErrors> {
        let mut errors = FieldErrors::new();
        let reason = optional_text(
            &mut errors,
            "reason",
            "proposal-field-reason",
            reason,
            REASON_MAX,
        );
        if stance == Stance::Block && reason.is_empty() {
            errors.add("reason", "proposal-block-reason");
        }
        let behaviour = optional_text(
            &mut errors,
            "supporting_behaviour",
            "proposal-field-behaviour",
            supporting_behaviour,
            BEHAVIOUR_MAX,
        );
        errors.into_result()?;
        Ok(StanceRecord {
            person,
            stance,
            reason,
            supporting_behaviour: (!behaviour.is_empty()).then_some(behaviour),
        })
    }

    fn has_behaviour(&self) -> bool {
        self.supporting_behaviour
            .as_deref()
            .is_some_and(|b| !b.trim().is_empty())
    }
}

/// Everything known about a round while it is open.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoundState {
    /// The people taking part: those at the meeting, or the team for a round held between
    /// meetings. Stances from anyone else are not counted.
    pub eligible: Vec<PersonId>,
    /// Stances given, oldest first. A person who changed their mind appears again; the later
    /// entry counts.
    pub stances: Vec<StanceRecord>,
    /// People the facilitator marked as having spoken, stance or not (the first test).
    pub spoken: Vec<PersonId>,
    /// What was said in the round's discussion, if the page keeps one; may be empty. Only read
    /// by [`reminders`].
    pub comments: Vec<String>,
}

impl RoundState {
    /// The stance that counts for each eligible person who gave one, in the order of
    /// `eligible`.
    pub fn counted_stances(&self) -> Vec<&StanceRecord> {
        self.eligible
            .iter()
            .filter_map(|person| self.stances.iter().rev().find(|s| s.person == *person))
            .collect()
    }
}

/// How many people gave each stance.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tally {
    /// Counts in the order of [`Stance::ALL`].
    pub counts: [u32; 5],
    pub total: u32,
}

impl Tally {
    pub fn of(stances: &[&StanceRecord]) -> Tally {
        let mut tally = Tally::default();
        for record in stances {
            tally.counts[index(record.stance)] += 1;
            tally.total += 1;
        }
        tally
    }

    pub fn count(&self, stance: Stance) -> u32 {
        self.counts[index(stance)]
    }

    /// Every stance with its count, full support first: the rows of a results table.
    pub fn rows(&self) -> Vec<(Stance, u32)> {
        Stance::ALL
            .into_iter()
            .map(|s| (s, self.count(s)))
            .collect()
    }
}

fn index(stance: Stance) -> usize {
    Stance::ALL.iter().position(|s| *s == stance).unwrap_or(0)
}

/// The three tests of consensus.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tests {
    /// Test 1, "has everyone been heard?": people taking part who have neither given a stance
    /// nor been marked as having spoken.
    pub not_heard: Vec<PersonId>,
    /// Test 2, "can everyone live with it?": no block and nobody asking to talk more.
    pub everyone_can_live_with_it: bool,
    /// Test 3, "will everyone actively support it?": people taking part who have not named
    /// one thing they will do to support it.
    pub without_behaviour: Vec<PersonId>,
}

impl Tests {
    pub fn everyone_heard(&self) -> bool {
        self.not_heard.is_empty()
    }

    pub fn everyone_will_support(&self) -> bool {
        self.without_behaviour.is_empty()
    }
}

/// One reason a proposal cannot close as consensus yet, in the order they are shown.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Blocker {
    QuorumNotMet { needed: u32, have: u32 },
    Blocked { count: u32 },
    NeedsMoreDiscussion { count: u32 },
    NotEveryoneHeard { people: Vec<PersonId> },
    SupportNotNamed { people: Vec<PersonId> },
}

impl Blocker {
    /// The reason as a message; the page can list the names of `people` beneath it.
    pub fn message(&self) -> Msg {
        match self {
            Blocker::QuorumNotMet { needed, have } => Msg::new("blocker-quorum")
                .number("needed", *needed)
                .number("have", *have),
            Blocker::Blocked { count } => Msg::new("blocker-blocked").number("count", *count),
            Blocker::NeedsMoreDiscussion { count } => {
                Msg::new("blocker-discuss").number("count", *count)
            }
            Blocker::NotEveryoneHeard { people } => {
                Msg::new("blocker-not-heard").number("count", people.len())
            }
            Blocker::SupportNotNamed { people } => {
                Msg::new("blocker-no-support").number("count", people.len())
            }
        }
    }
}

/// Several messages read one after the other as one ("The first. The second."), for a
/// message that names them together; `None` when there are none.
pub fn sentences(messages: impl IntoIterator<Item = Msg>) -> Option<Msg> {
    Msg::join("decision-sentences", messages)
}

/// The state of a round: its tally, the three tests and what stops it closing as consensus.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Evaluation {
    pub tally: Tally,
    pub tests: Tests,
    pub blockers: Vec<Blocker>,
}

impl Evaluation {
    pub fn can_close_as_consensus(&self) -> bool {
        self.blockers.is_empty()
    }
}

/// Counts the stances of the people taking part and runs the three tests.
pub fn evaluate(proposal: &Proposal, round: &RoundState) -> Evaluation {
    let counted = round.counted_stances();
    let tally = Tally::of(&counted);
    let not_heard: Vec<PersonId> = round
        .eligible
        .iter()
        .copied()
        .filter(|p| !round.spoken.contains(p) && !counted.iter().any(|s| s.person == *p))
        .collect();
    let without_behaviour: Vec<PersonId> = round
        .eligible
        .iter()
        .copied()
        .filter(|p| !counted.iter().any(|s| s.person == *p && s.has_behaviour()))
        .collect();
    let blocks = tally.count(Stance::Block);
    let more_talk = tally.count(Stance::NeedMoreDiscussion);

    let mut blockers = Vec::new();
    if tally.total < proposal.quorum {
        blockers.push(Blocker::QuorumNotMet {
            needed: proposal.quorum,
            have: tally.total,
        });
    }
    if blocks > 0 {
        blockers.push(Blocker::Blocked { count: blocks });
    }
    if more_talk > 0 {
        blockers.push(Blocker::NeedsMoreDiscussion { count: more_talk });
    }
    if !not_heard.is_empty() {
        blockers.push(Blocker::NotEveryoneHeard {
            people: not_heard.clone(),
        });
    }
    if !without_behaviour.is_empty() {
        blockers.push(Blocker::SupportNotNamed {
            people: without_behaviour.clone(),
        });
    }
    Evaluation {
        tally,
        tests: Tests {
            not_heard,
            everyone_can_live_with_it: blocks == 0 && more_talk == 0,
            without_behaviour,
        },
        blockers,
    }
}

/// How a round ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Outcome {
    Consensus,
    /// The team could not reach consensus; the side named on the decision continuum decides
    /// (see [`super::continuum`]).
    NoConsensus,
    /// Taken off the table by whoever brought it.
    Withdrawn,
}

impl Outcome {
    pub const ALL: [Outcome; 3] = [Outcome::Consensus, Outcome::NoConsensus, Outcome::Withdrawn];

    pub fn code(self) -> &'static str {
        match self {
            Outcome::Consensus => "consensus",
            Outcome::NoConsensus => "no_consensus",
            Outcome::Withdrawn => "withdrawn",
        }
    }

    pub fn parse(code: &str) -> Option<Outcome> {
        Outcome::ALL.into_iter().find(|o| o.code() == code)
    }

    /// The catalogue id of the outcome's name ("Consensus reached").
    pub fn label_id(self) -> &'static str {
        match self {
            Outcome::Consensus => "outcome-consensus",
            Outcome::NoConsensus => "outcome-no_consensus",
            Outcome::Withdrawn => "outcome-withdrawn",
        }
    }

    /// Whether the decision now passes to one side (the fallback of the continuum).
    pub fn goes_to_fallback(self) -> bool {
        self == Outcome::NoConsensus
    }
}

/// Whether a round may close with `outcome`. Closing without consensus or withdrawing is always
/// possible; closing as consensus needs every blocker cleared.
pub fn check_close(outcome: Outcome, evaluation: &Evaluation) -> Result<(), FieldErrors> {
    if outcome == Outcome::Consensus && !evaluation.can_close_as_consensus() {
        let mut message = Msg::new("proposal-cannot-close");
        if let Some(reasons) = sentences(evaluation.blockers.iter().map(Blocker::message)) {
            message = message.msg("reasons", reasons);
        }
        let mut errors = FieldErrors::new();
        errors.add("outcome", message);
        return Err(errors);
    }
    Ok(())
}

/// Whether the tally (and, in a named round, who said what) may be shown. Hidden results stay
/// hidden from everyone until the round closes — the facilitator and administrators included,
/// since a facilitator who can see the count can steer the talk. How many people have answered
/// is not a result and may always be shown.
pub fn tally_visible(
    round_closed: bool,
    results_hidden: bool,
    viewer_is_facilitator: bool,
) -> bool {
    // The facilitator gets no exception; the parameter keeps that decision here, not in callers.
    let _ = viewer_is_facilitator;
    round_closed || !results_hidden
}

/// A stance with nobody's name on it, for anonymous rounds.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct AnonymousStance {
    pub stance: Stance,
    pub reason: String,
    pub supporting_behaviour: Option<String>,
}

/// The stances without person ids, sorted by stance, then reason, then behaviour, so the order
/// says nothing about who answered first.
pub fn redact(stances: &[&StanceRecord]) -> Vec<AnonymousStance> {
    let mut view: Vec<AnonymousStance> = stances
        .iter()
        .map(|s| AnonymousStance {
            stance: s.stance,
            reason: s.reason.clone(),
            supporting_behaviour: s.supporting_behaviour.clone(),
        })
        .collect();
    view.sort();
    view
}

/// Shared by the tests of this module's files.
#[cfg(test)]
mod fixtures {
    use super::*;

    pub(super) fn proposal(quorum: u32) -> Proposal {
        Proposal {
            text: "Move the morning huddle to 7:45 so night shift can join before leaving.".into(),
            anonymous: false,
            results_hidden: false,
            quorum,
        }
    }

    pub(super) fn said(
        person: PersonId,
        stance: Stance,
        reason: &str,
        behaviour: &str,
    ) -> StanceRecord {
        StanceRecord::new(person, stance, reason, behaviour).unwrap()
    }

    pub(super) fn round(eligible: &[PersonId], stances: Vec<StanceRecord>) -> RoundState {
        RoundState {
            eligible: eligible.to_vec(),
            stances,
            ..RoundState::default()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::fixtures::*;
    use super::*;

    #[test]
    fn stances_are_ordered_from_most_support_to_a_block() {
        let mut shuffled = vec![
            Stance::Block,
            Stance::CanLiveWithIt,
            Stance::FullySupport,
            Stance::NeedMoreDiscussion,
            Stance::SupportWithReservations,
        ];
        shuffled.sort();
        assert_eq!(shuffled, Stance::ALL);
        for stance in Stance::ALL {
            assert_eq!(Stance::parse(stance.code()), Some(stance));
            assert_eq!(stance.label_id(), format!("stance-{}", stance.code()));
            assert_eq!(stance.hint_id(), format!("stance-hint-{}", stance.code()));
        }
        assert_eq!(Stance::parse("yes"), None);
        let livable: Vec<_> = Stance::ALL
            .into_iter()
            .filter(|s| s.can_live_with())
            .collect();
        assert_eq!(
            livable,
            [
                Stance::FullySupport,
                Stance::SupportWithReservations,
                Stance::CanLiveWithIt
            ]
        );
    }

    #[test]
    fn a_block_needs_a_reason_and_text_is_trimmed() {
        let errors = StanceRecord::new(1, Stance::Block, "   ", "").unwrap_err();
        assert_eq!(errors.id("reason"), Some("proposal-block-reason"));
        let record =
            StanceRecord::new(1, Stance::Block, " Nights cannot get here by 7:45 ", "  ").unwrap();
        assert_eq!(record.reason, "Nights cannot get here by 7:45");
        assert_eq!(record.supporting_behaviour, None);
        // Other stances may come without a reason.
        let record = StanceRecord::new(2, Stance::NeedMoreDiscussion, "", " Ask nights ").unwrap();
        assert_eq!(record.supporting_behaviour.as_deref(), Some("Ask nights"));
        let long = "x".repeat(BEHAVIOUR_MAX + 1);
        let errors = StanceRecord::new(2, Stance::FullySupport, "", &long).unwrap_err();
        assert_eq!(
            errors.get("supporting_behaviour"),
            Some(&crate::validation::too_long(
                "proposal-field-behaviour",
                BEHAVIOUR_MAX
            ))
        );
    }

    #[test]
    fn a_proposal_needs_text_and_a_quorum_of_at_least_one() {
        assert!(proposal(3).check().is_ok());
        let errors = Proposal {
            text: " ".into(),
            ..proposal(0)
        }
        .check()
        .unwrap_err();
        assert_eq!(
            errors.get("text"),
            Some(&crate::validation::required("proposal-field-text"))
        );
        assert_eq!(errors.id("quorum"), Some("proposal-quorum-min"));
        let errors = proposal(QUORUM_MAX + 1).check().unwrap_err();
        assert_eq!(
            errors.get("quorum"),
            Some(&Msg::new("proposal-quorum-max").number("max", QUORUM_MAX))
        );
    }

    #[test]
    fn consensus_when_quorum_is_met_everyone_is_heard_can_live_with_it_and_will_support_it() {
        let state = round(
            &[1, 2, 3],
            vec![
                said(1, Stance::FullySupport, "", "I will remind nights"),
                said(
                    2,
                    Stance::SupportWithReservations,
                    "Parking",
                    "Cover the phone",
                ),
                said(3, Stance::CanLiveWithIt, "", "Try it for a month"),
            ],
        );
        let evaluation = evaluate(&proposal(3), &state);
        assert!(
            evaluation.can_close_as_consensus(),
            "{:?}",
            evaluation.blockers
        );
        assert_eq!(evaluation.tally.counts, [1, 1, 1, 0, 0]);
        assert_eq!(evaluation.tally.total, 3);
        assert!(evaluation.tests.everyone_heard());
        assert!(evaluation.tests.everyone_can_live_with_it);
        assert!(evaluation.tests.everyone_will_support());
        assert!(check_close(Outcome::Consensus, &evaluation).is_ok());
    }

    #[test]
    fn every_reason_not_to_close_is_listed_in_order() {
        // Five taking part, quorum 5. Person 1 changes from a block to full support; 4 only
        // spoke; 5 said nothing.
        let mut state = round(
            &[1, 2, 3, 4, 5],
            vec![
                said(1, Stance::Block, "Too early for nights", ""),
                said(2, Stance::Block, "Parking is full at 7:30", ""),
                said(3, Stance::NeedMoreDiscussion, "", "Ask the clerks"),
                said(1, Stance::FullySupport, "", "Tell my shift"),
                // Not taking part: not counted.
                said(9, Stance::Block, "I am on another team", ""),
            ],
        );
        state.spoken = vec![4];
        let evaluation = evaluate(&proposal(5), &state);
        assert_eq!(evaluation.tally.counts, [1, 0, 0, 1, 1]);
        assert_eq!(evaluation.tally.total, 3);
        assert_eq!(evaluation.tests.not_heard, vec![5]);
        assert!(!evaluation.tests.everyone_can_live_with_it);
        assert_eq!(evaluation.tests.without_behaviour, vec![2, 4, 5]);
        assert_eq!(
            evaluation.blockers,
            vec![
                Blocker::QuorumNotMet { needed: 5, have: 3 },
                Blocker::Blocked { count: 1 },
                Blocker::NeedsMoreDiscussion { count: 1 },
                Blocker::NotEveryoneHeard { people: vec![5] },
                Blocker::SupportNotNamed {
                    people: vec![2, 4, 5]
                },
            ]
        );
        let messages: Vec<Msg> = evaluation.blockers.iter().map(Blocker::message).collect();
        let expected = [
            Msg::new("blocker-quorum")
                .number("needed", 5)
                .number("have", 3),
            Msg::new("blocker-blocked").number("count", 1),
            Msg::new("blocker-discuss").number("count", 1),
            Msg::new("blocker-not-heard").number("count", 1),
            Msg::new("blocker-no-support").number("count", 3),
        ];
        assert_eq!(messages, expected);
        let errors = check_close(Outcome::Consensus, &evaluation).unwrap_err();
        let reasons = expected
            .into_iter()
            .rev()
            .reduce(|rest, first| {
                Msg::new("decision-sentences")
                    .msg("first", first)
                    .msg("rest", rest)
            })
            .unwrap();
        assert_eq!(
            errors.get("outcome"),
            Some(&Msg::new("proposal-cannot-close").msg("reasons", reasons))
        );
        assert!(check_close(Outcome::NoConsensus, &evaluation).is_ok());
        assert!(check_close(Outcome::Withdrawn, &evaluation).is_ok());
    }

    #[test]
    fn quorum_counts_only_people_taking_part_and_a_small_group_cannot_reach_it() {
        let state = round(
            &[1, 2],
            vec![
                said(1, Stance::FullySupport, "", "a"),
                said(2, Stance::FullySupport, "", "b"),
                said(3, Stance::FullySupport, "", "c"),
            ],
        );
        let evaluation = evaluate(&proposal(3), &state);
        assert_eq!(
            evaluation.blockers,
            vec![Blocker::QuorumNotMet { needed: 3, have: 2 }]
        );
        assert_eq!(
            evaluation.blockers[0].message(),
            Msg::new("blocker-quorum")
                .number("needed", 3)
                .number("have", 2)
        );
        let one = evaluate(
            &proposal(2),
            &round(&[1, 2], vec![said(1, Stance::FullySupport, "", "a")]),
        );
        assert_eq!(
            one.blockers[0].message(),
            Msg::new("blocker-quorum")
                .number("needed", 2)
                .number("have", 1)
        );
    }

    #[test]
    fn hidden_results_stay_hidden_from_everyone_until_the_round_closes() {
        for facilitator in [false, true] {
            assert!(!tally_visible(false, true, facilitator));
            assert!(tally_visible(true, true, facilitator));
            assert!(tally_visible(false, false, facilitator));
            assert!(tally_visible(true, false, facilitator));
        }
    }

    #[test]
    fn redacting_drops_names_and_the_order_people_answered_in() {
        let a = said(7, Stance::CanLiveWithIt, "b reason", "");
        let b = said(3, Stance::FullySupport, "", "Cover phones");
        let c = said(5, Stance::CanLiveWithIt, "a reason", "Try it");
        let view = redact(&[&a, &b, &c]);
        let order: Vec<(Stance, &str)> =
            view.iter().map(|v| (v.stance, v.reason.as_str())).collect();
        assert_eq!(
            order,
            [
                (Stance::FullySupport, ""),
                (Stance::CanLiveWithIt, "a reason"),
                (Stance::CanLiveWithIt, "b reason"),
            ]
        );
        // The same stances given in another order give the same view.
        assert_eq!(redact(&[&c, &a, &b]), view);
        // Nothing printed from the view is a person id.
        let printed = format!("{view:?}");
        assert!(!printed.contains('7') && !printed.contains('3') && !printed.contains('5'));
    }

    #[test]
    fn outcomes_round_trip_and_only_no_consensus_goes_to_the_fallback() {
        for outcome in Outcome::ALL {
            assert_eq!(Outcome::parse(outcome.code()), Some(outcome));
            assert_eq!(outcome.goes_to_fallback(), outcome == Outcome::NoConsensus);
            assert_eq!(outcome.label_id(), format!("outcome-{}", outcome.code()));
        }
    }
}
