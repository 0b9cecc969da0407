//! The scope check: what a unit-based team takes on, and where everything else belongs.
//!
//! Teams improve their own performance, daily operations and work environment. Individual
//! performance, scope of practice, strategic direction, contract and labor-relations matters,
//! and legal or regulatory compliance belong to other channels; the check says which.

use serde::{Deserialize, Serialize};

/// The answer a team gives to "what is this about?".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ScopeTopic {
    PerformanceImprovement,
    DailyOperations,
    WorkEnvironment,
    IndividualPerformance,
    ScopeOfPractice,
    StrategicDirection,
    ContractOrLaborRelations,
    LegalOrRegulatory,
}

impl ScopeTopic {
    pub const ALL: [ScopeTopic; 8] = [
        ScopeTopic::PerformanceImprovement,
        ScopeTopic::DailyOperations,
        ScopeTopic::WorkEnvironment,
        ScopeTopic::IndividualPerformance,
        ScopeTopic::ScopeOfPractice,
        ScopeTopic::StrategicDirection,
        ScopeTopic::ContractOrLaborRelations,
        ScopeTopic::LegalOrRegulatory,
    ];

    pub fn code(self) -> &'static str {
        match self {
            ScopeTopic::PerformanceImprovement => "performance",
            ScopeTopic::DailyOperations => "operations",
            ScopeTopic::WorkEnvironment => "environment",
            ScopeTopic::IndividualPerformance => "individual",
            ScopeTopic::ScopeOfPractice => "practice",
            ScopeTopic::StrategicDirection => "strategy",
            ScopeTopic::ContractOrLaborRelations => "contract",
            ScopeTopic::LegalOrRegulatory => "legal",
        }
    }

    pub fn parse(code: &str) -> Option<ScopeTopic> {
        ScopeTopic::ALL.into_iter().find(|t| t.code() == code)
    }

    /// The choice as a team sees it.
    pub fn label(self) -> &'static str {
        match self {
            ScopeTopic::PerformanceImprovement => {
                "Improving how well our unit performs (quality, service, cost, wait times)"
            }
            ScopeTopic::DailyOperations => {
                "How our day-to-day work runs (workflows, handoffs, supplies)"
            }
            ScopeTopic::WorkEnvironment => {
                "Our work environment (workplace safety, how we work together)"
            }
            ScopeTopic::IndividualPerformance => "One person's performance or behaviour",
            ScopeTopic::ScopeOfPractice => "What a job or licence allows someone to do",
            ScopeTopic::StrategicDirection => "The organisation's strategy or direction",
            ScopeTopic::ContractOrLaborRelations => {
                "The contract, pay, or other labor-relations matters"
            }
            ScopeTopic::LegalOrRegulatory => "Legal or regulatory compliance",
        }
    }

    pub fn in_scope(self) -> bool {
        matches!(
            self,
            ScopeTopic::PerformanceImprovement
                | ScopeTopic::DailyOperations
                | ScopeTopic::WorkEnvironment
        )
    }

    /// Why a topic is out of the team's scope and where to take it instead; `None` when in
    /// scope.
    pub fn redirect(self) -> Option<(&'static str, &'static str)> {
        match self {
            ScopeTopic::IndividualPerformance => Some((
                "A team does not judge one colleague's performance or conduct: that is private and has its own process.",
                "The person's manager, with a steward present if the person wants one.",
            )),
            ScopeTopic::ScopeOfPractice => Some((
                "What a role may do is set by licensing, professional standards and job descriptions, not by the team.",
                "The department's manager and the professional practice lead for that role.",
            )),
            ScopeTopic::StrategicDirection => Some((
                "Strategy is set by the organisation's leaders and the partnership at regional and national level.",
                "The team's sponsors, who can carry the question to facility or regional leadership.",
            )),
            ScopeTopic::ContractOrLaborRelations => Some((
                "Contract terms and labor-relations matters are bargained or handled by the union and management, outside the team.",
                "The union steward or local union representative, and labor relations.",
            )),
            ScopeTopic::LegalOrRegulatory => Some((
                "Compliance with laws and regulations is decided by the compliance and legal functions.",
                "The facility's compliance officer.",
            )),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn three_topics_are_in_scope_and_every_other_one_says_where_to_go() {
        let in_scope: Vec<_> = ScopeTopic::ALL.iter().filter(|t| t.in_scope()).collect();
        assert_eq!(in_scope.len(), 3);
        for topic in ScopeTopic::ALL {
            assert_eq!(topic.redirect().is_none(), topic.in_scope(), "{topic:?}");
            assert_eq!(ScopeTopic::parse(topic.code()), Some(topic));
        }
        let (why, channel) = ScopeTopic::ContractOrLaborRelations.redirect().unwrap();
        assert!(why.contains("union") && channel.contains("steward"));
    }
}
