//! Huddles: a short stand-up around the team's board. Safety always comes first, then what is
//! getting in the way, ideas to try, and wins. What the team cannot solve itself is escalated
//! to its sponsors or the next tier of leadership, with a date an answer is needed by.
//!
//! - [`HuddleCategory`] — the board's columns, in the order they are talked through.
//! - [`HuddleItem`] and [`in_board_order`] — an item on the board and the order to show them.
//! - [`EscalationTarget`], [`Escalation`] — a question passed up, and its checks.
//! - [`escalation_state`] — waiting, answered, or overdue (no answer past its date).

use serde::{Deserialize, Serialize};

use super::{is_past, valid_date, PersonId};
use crate::validation::{required_text, FieldErrors};

/// The longest item or escalated question.
pub const TEXT_MAX: usize = 500;

/// A column of the huddle board. Ordered as the huddle runs: safety first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum HuddleCategory {
    Safety,
    Issue,
    Idea,
    Win,
}

impl HuddleCategory {
    pub const ALL: [HuddleCategory; 4] = [
        HuddleCategory::Safety,
        HuddleCategory::Issue,
        HuddleCategory::Idea,
        HuddleCategory::Win,
    ];

    pub fn code(self) -> &'static str {
        match self {
            HuddleCategory::Safety => "safety",
            HuddleCategory::Issue => "issue",
            HuddleCategory::Idea => "idea",
            HuddleCategory::Win => "win",
        }
    }

    pub fn parse(code: &str) -> Option<HuddleCategory> {
        HuddleCategory::ALL.into_iter().find(|c| c.code() == code)
    }
}

/// One card on the board.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HuddleItem {
    pub category: HuddleCategory,
    pub text: String,
    /// Who follows it up, if anyone yet.
    pub owner: Option<PersonId>,
}

impl HuddleItem {
    pub fn check(&self) -> Result<(), FieldErrors> {
        let mut errors = FieldErrors::new();
        required_text(
            &mut errors,
            "text",
            "huddle-field-item",
            &self.text,
            TEXT_MAX,
        );
        errors.into_result()
    }
}

/// The items safety first, then issues, ideas and wins; within a column, in the order given.
pub fn in_board_order(items: &[HuddleItem]) -> Vec<&HuddleItem> {
    let mut ordered: Vec<&HuddleItem> = items.iter().collect();
    ordered.sort_by_key(|i| i.category);
    ordered
}

/// Who a question is escalated to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum EscalationTarget {
    /// The team's management and labor sponsors.
    Sponsor,
    /// The next tier of leadership (department or facility).
    NextTier,
}

impl EscalationTarget {
    pub const ALL: [EscalationTarget; 2] = [EscalationTarget::Sponsor, EscalationTarget::NextTier];

    pub fn code(self) -> &'static str {
        match self {
            EscalationTarget::Sponsor => "sponsor",
            EscalationTarget::NextTier => "next_tier",
        }
    }

    pub fn parse(code: &str) -> Option<EscalationTarget> {
        EscalationTarget::ALL.into_iter().find(|t| t.code() == code)
    }
}

/// A question the team cannot answer itself, passed up.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Escalation {
    pub target: EscalationTarget,
    pub question: String,
    /// `YYYY-MM-DD`: when the team needs an answer by.
    pub answer_by: String,
}

impl Escalation {
    /// The question must be written and the date real and not already past on `today`.
    pub fn check(&self, today: &str) -> Result<(), FieldErrors> {
        let mut errors = FieldErrors::new();
        required_text(
            &mut errors,
            "question",
            "huddle-field-question",
            &self.question,
            TEXT_MAX,
        );
        let answer_by = self.answer_by.trim();
        if answer_by.is_empty() {
            errors.add("answer_by", "huddle-answer-by-missing");
        } else if !valid_date(answer_by) {
            errors.add("answer_by", "huddle-date-form");
        } else if is_past(answer_by, today) {
            errors.add("answer_by", "huddle-date-past");
        }
        errors.into_result()
    }
}

/// Where an escalated question stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum EscalationState {
    Waiting,
    Answered,
    /// No answer and the date has passed.
    Overdue,
}

impl EscalationState {
    pub fn code(self) -> &'static str {
        match self {
            EscalationState::Waiting => "waiting",
            EscalationState::Answered => "answered",
            EscalationState::Overdue => "overdue",
        }
    }
}

/// Answered, or overdue once `today` is after the answer-by date `due`, or else waiting.
pub fn escalation_state(answered: bool, due: &str, today: &str) -> EscalationState {
    if answered {
        EscalationState::Answered
    } else if is_past(due, today) {
        EscalationState::Overdue
    } else {
        EscalationState::Waiting
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn card(category: HuddleCategory, text: &str) -> HuddleItem {
        HuddleItem {
            category,
            text: text.into(),
            owner: None,
        }
    }

    #[test]
    fn the_board_runs_safety_first_then_issues_ideas_and_wins() {
        let items = [
            card(HuddleCategory::Win, "Zero missed doses"),
            card(HuddleCategory::Idea, "Label the bins"),
            card(HuddleCategory::Safety, "Wet floor by bay 3"),
            card(HuddleCategory::Issue, "Printer down"),
            card(HuddleCategory::Safety, "Broken bed rail"),
        ];
        let order: Vec<&str> = in_board_order(&items)
            .iter()
            .map(|i| i.text.as_str())
            .collect();
        assert_eq!(
            order,
            [
                "Wet floor by bay 3",
                "Broken bed rail",
                "Printer down",
                "Label the bins",
                "Zero missed doses"
            ]
        );
        for category in HuddleCategory::ALL {
            assert_eq!(HuddleCategory::parse(category.code()), Some(category));
        }
        assert_eq!(
            card(HuddleCategory::Win, " ")
                .check()
                .unwrap_err()
                .get("text"),
            Some(&crate::validation::required("huddle-field-item"))
        );
    }

    #[test]
    fn an_escalation_is_waiting_answered_or_overdue() {
        let today = "2027-03-10";
        assert_eq!(
            escalation_state(false, "2027-03-12", today),
            EscalationState::Waiting
        );
        assert_eq!(
            escalation_state(false, "2027-03-10", today),
            EscalationState::Waiting,
            "due today is not late yet"
        );
        assert_eq!(
            escalation_state(false, "2027-03-09", today),
            EscalationState::Overdue
        );
        assert_eq!(
            escalation_state(true, "2027-03-01", today),
            EscalationState::Answered
        );
    }

    #[test]
    fn an_escalation_needs_a_question_and_a_date_not_yet_past() {
        let escalation = Escalation {
            target: EscalationTarget::Sponsor,
            question: "Can we get a second label printer?".into(),
            answer_by: "2027-03-17".into(),
        };
        assert!(escalation.check("2027-03-10").is_ok());
        assert!(escalation.check("2027-03-17").is_ok());
        let errors = escalation.check("2027-03-18").unwrap_err();
        assert_eq!(errors.id("answer_by"), Some("huddle-date-past"));
        let errors = Escalation {
            question: String::new(),
            answer_by: "next week".into(),
            ..escalation
        }
        .check("2027-03-10")
        .unwrap_err();
        assert_eq!(
            errors.get("question"),
            Some(&crate::validation::required("huddle-field-question"))
        );
        assert_eq!(errors.id("answer_by"), Some("huddle-date-form"));
        for target in EscalationTarget::ALL {
            assert_eq!(EscalationTarget::parse(target.code()), Some(target));
        }
    }
}
