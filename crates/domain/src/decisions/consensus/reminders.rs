//! Gentle reminders of good consensus practice, shown beside an open round: don't agree too
//! quickly, don't trade, don't vote, and welcome whoever stands out. Simple word checks on
//! what people wrote; they nudge, they never stop anything.

use serde::{Deserialize, Serialize};

use super::super::first_phrase;
use super::{RoundState, Stance};
use crate::validation::Msg;

/// A round in which everyone fully supports the proposal within this many seconds earns the
/// "don't agree too quickly" reminder.
pub const QUICK_AGREEMENT_SECONDS: i64 = 5 * 60;

/// A gentle reminder of good consensus practice, shown beside an open round.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Reminder {
    AgreeingTooQuickly,
    Trading,
    Voting,
    WelcomeStandouts,
}

impl Reminder {
    pub fn code(self) -> &'static str {
        match self {
            Reminder::AgreeingTooQuickly => "too_quick",
            Reminder::Trading => "trading",
            Reminder::Voting => "voting",
            Reminder::WelcomeStandouts => "standouts",
        }
    }

    /// The reminder as a message ("Someone asked for a vote…").
    pub fn message(self) -> Msg {
        Msg::new(match self {
            Reminder::AgreeingTooQuickly => "reminder-too_quick",
            Reminder::Trading => "reminder-trading",
            Reminder::Voting => "reminder-voting",
            Reminder::WelcomeStandouts => "reminder-standouts",
        })
    }
}

/// Phrases that offer a trade.
const TRADING: [&str; 10] = [
    "in exchange",
    "in return",
    "if you agree",
    "if you'll agree",
    "if you give us",
    "if you give me",
    "trade you",
    "we'll trade",
    "quid pro quo",
    "you owe us",
];

/// Phrases that ask to settle it by counting heads.
const VOTING: [&str; 7] = [
    "vote",
    "votes",
    "voting",
    "majority",
    "majority rules",
    "show of hands",
    "raise your hands",
];

/// The reminders worth showing now, in a fixed order. `seconds_open` is how long the round has
/// been open.
pub fn reminders(round: &RoundState, seconds_open: i64) -> Vec<Reminder> {
    let counted = round.counted_stances();
    let texts: Vec<&str> = counted
        .iter()
        .map(|s| s.reason.as_str())
        .chain(round.comments.iter().map(String::as_str))
        .collect();
    let mentions =
        |phrases: &[&'static str]| texts.iter().any(|t| first_phrase(t, phrases).is_some());

    let mut shown = Vec::new();
    let everyone_answered = counted.len() >= 2 && counted.len() == round.eligible.len();
    if everyone_answered
        && seconds_open < QUICK_AGREEMENT_SECONDS
        && counted.iter().all(|s| s.stance == Stance::FullySupport)
    {
        shown.push(Reminder::AgreeingTooQuickly);
    }
    if mentions(&TRADING) {
        shown.push(Reminder::Trading);
    }
    if mentions(&VOTING) {
        shown.push(Reminder::Voting);
    }
    if counted.iter().any(|s| !s.stance.can_live_with()) {
        shown.push(Reminder::WelcomeStandouts);
    }
    shown
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::*;
    use super::*;

    #[test]
    fn quick_unanimous_support_earns_a_reminder_to_slow_down() {
        let state = round(
            &[1, 2, 3],
            vec![
                said(1, Stance::FullySupport, "", ""),
                said(2, Stance::FullySupport, "", ""),
                said(3, Stance::FullySupport, "", ""),
            ],
        );
        assert_eq!(reminders(&state, 90), vec![Reminder::AgreeingTooQuickly]);
        // After five minutes of talk it is not too quick.
        assert!(reminders(&state, QUICK_AGREEMENT_SECONDS).is_empty());
        // Not everyone has answered yet.
        let partial = round(&[1, 2, 3, 4], state.stances.clone());
        assert!(reminders(&partial, 90).is_empty());
        // One reservation is a sign people are thinking.
        let mut mixed = state.clone();
        mixed
            .stances
            .push(said(3, Stance::SupportWithReservations, "Parking", ""));
        assert!(reminders(&mixed, 90).is_empty());
    }

    #[test]
    fn trading_and_voting_are_spotted_in_reasons_and_comments() {
        let mut state = round(
            &[1, 2],
            vec![said(
                1,
                Stance::CanLiveWithIt,
                "If you agree to the new break rota, we'll go along with this.",
                "",
            )],
        );
        assert_eq!(reminders(&state, 3_600), vec![Reminder::Trading]);
        state.stances[0].reason = "We give up Fridays in exchange for it".into();
        assert_eq!(reminders(&state, 3_600), vec![Reminder::Trading]);
        state.stances[0].reason = "Fine by me".into();
        state.comments = vec!["Can we just vote and move on?".into()];
        assert_eq!(reminders(&state, 3_600), vec![Reminder::Voting]);
        state.comments = vec!["Majority rules, surely".into()];
        assert_eq!(reminders(&state, 3_600), vec![Reminder::Voting]);
        // A word that only contains a phrase does not count.
        state.comments = vec!["She is devoted to this unit".into()];
        assert!(reminders(&state, 3_600).is_empty());
    }

    #[test]
    fn someone_standing_out_gets_a_welcome_not_pressure() {
        let state = round(
            &[1, 2],
            vec![
                said(1, Stance::FullySupport, "", ""),
                said(2, Stance::Block, "Unsafe with one nurse at the desk", ""),
            ],
        );
        assert_eq!(reminders(&state, 60), vec![Reminder::WelcomeStandouts]);
        let talk = round(&[1], vec![said(1, Stance::NeedMoreDiscussion, "", "")]);
        assert_eq!(reminders(&talk, 60), vec![Reminder::WelcomeStandouts]);
    }

    #[test]
    fn every_reminder_has_a_code_and_a_message() {
        for reminder in [
            Reminder::AgreeingTooQuickly,
            Reminder::Trading,
            Reminder::Voting,
            Reminder::WelcomeStandouts,
        ] {
            assert!(!reminder.code().is_empty());
            assert_eq!(
                reminder.message(),
                Msg::new(format!("reminder-{}", reminder.code()))
            );
        }
    }
}
