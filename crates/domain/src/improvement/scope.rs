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

    /// The catalogue id of the choice as a team sees it (`improvement.ftl`).
    pub fn label_id(self) -> &'static str {
        match self {
            ScopeTopic::PerformanceImprovement => "proj-topic-performance",
            ScopeTopic::DailyOperations => "proj-topic-operations",
            ScopeTopic::WorkEnvironment => "proj-topic-environment",
            ScopeTopic::IndividualPerformance => "proj-topic-individual",
            ScopeTopic::ScopeOfPractice => "proj-topic-practice",
            ScopeTopic::StrategicDirection => "proj-topic-strategy",
            ScopeTopic::ContractOrLaborRelations => "proj-topic-contract",
            ScopeTopic::LegalOrRegulatory => "proj-topic-legal",
        }
    }

    /// The catalogue ids of why a topic is out of the team's scope and where to take it
    /// instead; `None` when in scope.
    pub fn redirect_ids(self) -> Option<(&'static str, &'static str)> {
        match self {
            ScopeTopic::IndividualPerformance => {
                Some(("proj-topic-individual-why", "proj-topic-individual-to"))
            }
            ScopeTopic::ScopeOfPractice => {
                Some(("proj-topic-practice-why", "proj-topic-practice-to"))
            }
            ScopeTopic::StrategicDirection => {
                Some(("proj-topic-strategy-why", "proj-topic-strategy-to"))
            }
            ScopeTopic::ContractOrLaborRelations => {
                Some(("proj-topic-contract-why", "proj-topic-contract-to"))
            }
            ScopeTopic::LegalOrRegulatory => Some(("proj-topic-legal-why", "proj-topic-legal-to")),
            _ => None,
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
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn three_topics_are_in_scope_and_every_other_one_says_where_to_go() {
        let in_scope: Vec<_> = ScopeTopic::ALL.iter().filter(|t| t.in_scope()).collect();
        assert_eq!(in_scope.len(), 3);
        for topic in ScopeTopic::ALL {
            assert_eq!(
                topic.redirect_ids().is_none(),
                topic.in_scope(),
                "{topic:?}"
            );
            assert!(topic.label_id().starts_with("proj-topic-"));
            assert_eq!(ScopeTopic::parse(topic.code()), Some(topic));
        }
        assert_eq!(
            ScopeTopic::ContractOrLaborRelations.redirect_ids(),
            Some(("proj-topic-contract-why", "proj-topic-contract-to"))
        );
    }
}
