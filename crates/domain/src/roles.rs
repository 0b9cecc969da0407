//! Roles a person can hold in a team and on the site, and the rules that go with them.

use serde::{Deserialize, Serialize};

use crate::org::Side;
use crate::validation::{Msg, ValidationError};

/// A role in one team. Co-leads and sponsors speak for one side of the partnership.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
pub enum TeamRole {
    CoLead(Side),
    Sponsor(Side),
    SafetyChampion,
    Steward,
    Consultant,
    Member,
}

impl TeamRole {
    /// Every role in the order a roster shows them: leadership first.
    pub const ALL: [TeamRole; 10] = [
        TeamRole::CoLead(Side::Management),
        TeamRole::CoLead(Side::Labor),
        TeamRole::CoLead(Side::Physician),
        TeamRole::Sponsor(Side::Management),
        TeamRole::Sponsor(Side::Labor),
        TeamRole::Sponsor(Side::Physician),
        TeamRole::SafetyChampion,
        TeamRole::Steward,
        TeamRole::Consultant,
        TeamRole::Member,
    ];

    /// The stable code stored in the database and used in forms and the API.
    pub fn code(self) -> &'static str {
        match self {
            TeamRole::CoLead(Side::Management) => "co_lead_management",
            TeamRole::CoLead(Side::Labor) => "co_lead_labor",
            TeamRole::CoLead(Side::Physician) => "co_lead_physician",
            TeamRole::Sponsor(Side::Management) => "sponsor_management",
            TeamRole::Sponsor(Side::Labor) => "sponsor_labor",
            TeamRole::Sponsor(Side::Physician) => "sponsor_physician",
            TeamRole::SafetyChampion => "safety_champion",
            TeamRole::Steward => "steward",
            TeamRole::Consultant => "consultant",
            TeamRole::Member => "member",
        }
    }

    pub fn parse(code: &str) -> Option<TeamRole> {
        TeamRole::ALL.into_iter().find(|r| r.code() == code)
    }

    pub fn label(self) -> &'static str {
        match self {
            TeamRole::CoLead(Side::Management) => "Management co-lead",
            TeamRole::CoLead(Side::Labor) => "Labor co-lead",
            TeamRole::CoLead(Side::Physician) => "Physician co-lead",
            TeamRole::Sponsor(Side::Management) => "Management sponsor",
            TeamRole::Sponsor(Side::Labor) => "Labor sponsor",
            TeamRole::Sponsor(Side::Physician) => "Physician sponsor",
            TeamRole::SafetyChampion => "Health and safety champion",
            TeamRole::Steward => "Steward",
            TeamRole::Consultant => "UBT consultant",
            TeamRole::Member => "Member",
        }
    }

    /// The label of the roster group this role is listed under.
    pub fn group_label(self) -> &'static str {
        match self {
            TeamRole::CoLead(_) => "Co-leads",
            TeamRole::Sponsor(_) => "Sponsors",
            TeamRole::SafetyChampion => "Health and safety champions",
            TeamRole::Steward => "Stewards",
            TeamRole::Consultant => "UBT consultants",
            TeamRole::Member => "Members",
        }
    }

    /// Position of the role in roster order.
    pub fn rank(self) -> usize {
        TeamRole::ALL
            .iter()
            .position(|r| *r == self)
            .unwrap_or(usize::MAX)
    }

    pub fn side(self) -> Option<Side> {
        match self {
            TeamRole::CoLead(side) | TeamRole::Sponsor(side) => Some(side),
            _ => None,
        }
    }

    pub fn is_co_lead(self) -> bool {
        matches!(self, TeamRole::CoLead(_))
    }

    /// Checks that a person of `person_side` may take this role: a co-lead or sponsor speaks for
    /// their own side only, and a steward is a union role.
    pub fn check_person_side(self, person_side: Side) -> Result<(), ValidationError> {
        match self {
            TeamRole::CoLead(side) | TeamRole::Sponsor(side) if side != person_side => {
                let kind = if self.is_co_lead() {
                    "co-lead"
                } else {
                    "sponsor"
                };
                Err(ValidationError::new(
                    "role",
                    Msg::new("error-role-side")
                        .text("kind", kind)
                        .text("side", side.code())
                        .text("person", person_side.code()),
                ))
            }
            TeamRole::Steward if person_side != Side::Labor => {
                Err(ValidationError::new("role", "error-steward-labor"))
            }
            _ => Ok(()),
        }
    }
}

/// A site-wide role. Leaders and consultants may be limited to one region or facility.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum SiteRole {
    Administrator,
    ContentEditor,
    Leader,
    Consultant,
}

impl SiteRole {
    pub const ALL: [SiteRole; 4] = [
        SiteRole::Administrator,
        SiteRole::ContentEditor,
        SiteRole::Leader,
        SiteRole::Consultant,
    ];

    pub fn code(self) -> &'static str {
        match self {
            SiteRole::Administrator => "admin",
            SiteRole::ContentEditor => "editor",
            SiteRole::Leader => "leader",
            SiteRole::Consultant => "consultant",
        }
    }

    pub fn parse(code: &str) -> Option<SiteRole> {
        SiteRole::ALL.into_iter().find(|r| r.code() == code)
    }

    pub fn label(self) -> &'static str {
        match self {
            SiteRole::Administrator => "Administrator",
            SiteRole::ContentEditor => "Content editor",
            SiteRole::Leader => "Leader",
            SiteRole::Consultant => "Consultant",
        }
    }

    /// Leaders and consultants see teams within a scope; the others are site-wide.
    pub fn is_scoped(self) -> bool {
        matches!(self, SiteRole::Leader | SiteRole::Consultant)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validation::MsgArg;

    #[test]
    fn role_codes_round_trip_and_are_unique() {
        for role in TeamRole::ALL {
            assert_eq!(TeamRole::parse(role.code()), Some(role));
        }
        let mut codes: Vec<_> = TeamRole::ALL.iter().map(|r| r.code()).collect();
        codes.sort();
        codes.dedup();
        assert_eq!(codes.len(), TeamRole::ALL.len());
        for role in SiteRole::ALL {
            assert_eq!(SiteRole::parse(role.code()), Some(role));
        }
    }

    #[test]
    fn a_labor_co_lead_must_be_a_labor_side_person() {
        let role = TeamRole::CoLead(Side::Labor);
        assert!(role.check_person_side(Side::Labor).is_ok());
        let err = role.check_person_side(Side::Management).unwrap_err();
        assert_eq!(err.field, "role");
        assert_eq!(err.message.id, "error-role-side");
        assert_eq!(err.message.arg("side"), Some(&MsgArg::Text("labor".into())));
        assert_eq!(
            err.message.arg("person"),
            Some(&MsgArg::Text("management".into()))
        );
    }

    #[test]
    fn sponsors_speak_for_their_own_side_and_stewards_are_labor() {
        assert!(TeamRole::Sponsor(Side::Physician)
            .check_person_side(Side::Labor)
            .is_err());
        assert!(TeamRole::Sponsor(Side::Physician)
            .check_person_side(Side::Physician)
            .is_ok());
        assert!(TeamRole::Steward
            .check_person_side(Side::Management)
            .is_err());
        assert!(TeamRole::Member.check_person_side(Side::Physician).is_ok());
    }
}
