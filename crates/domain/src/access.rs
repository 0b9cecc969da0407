//! Who may read or change what. The one place these decisions are made: handlers ask here and
//! refuse with 403 when the answer is no, whatever links a page chose to show.

use crate::roles::{SiteRole, TeamRole};

/// Where a scoped site role applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    National,
    Region(i64),
    Facility(i64),
}

/// The signed-in person, with their site roles.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Actor {
    pub person_id: i64,
    pub site_roles: Vec<(SiteRole, Scope)>,
}

/// What is known about one team when deciding access to it: where it sits and which roles the
/// actor holds in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TeamAccess {
    pub region_id: i64,
    pub facility_id: i64,
    pub actor_roles: Vec<TeamRole>,
}

impl Actor {
    pub fn has_site_role(&self, role: SiteRole) -> bool {
        self.site_roles.iter().any(|(r, _)| *r == role)
    }

    pub fn is_admin(&self) -> bool {
        self.has_site_role(SiteRole::Administrator)
    }

    /// Administration of the organisation, people, accounts and site roles.
    pub fn can_administer(&self) -> bool {
        self.is_admin()
    }

    /// Reviewing and publishing content and team-tested practices: editors and administrators.
    pub fn can_edit_content(&self) -> bool {
        self.is_admin() || self.has_site_role(SiteRole::ContentEditor)
    }

    fn oversees(&self, team: &TeamAccess) -> bool {
        self.site_roles.iter().any(|(role, scope)| {
            role.is_scoped()
                && match scope {
                    Scope::National => true,
                    Scope::Region(id) => *id == team.region_id,
                    Scope::Facility(id) => *id == team.facility_id,
                }
        })
    }

    /// The team page, its roster and charter: anyone on the team in any role, leaders and
    /// consultants whose scope covers it, administrators.
    pub fn can_read_team(&self, team: &TeamAccess) -> bool {
        self.is_admin() || !team.actor_roles.is_empty() || self.oversees(team)
    }

    /// A project, its cycles and measures: open to everyone signed in once it is more than an
    /// idea (teams learn from each other's improvement work, as the old team database let them);
    /// an idea only to those who read its team.
    pub fn can_read_project(&self, team: &TeamAccess, shared_with_organisation: bool) -> bool {
        shared_with_organisation || self.can_read_team(team)
    }

    /// Answering a question a team escalated from its huddle: its sponsors when it went to the
    /// sponsors; leaders whose scope covers the team when it went to the next tier;
    /// administrators either way.
    pub fn can_answer_escalation(&self, team: &TeamAccess, to_sponsors: bool) -> bool {
        if self.is_admin() {
            return true;
        }
        if to_sponsors {
            team.actor_roles
                .iter()
                .any(|r| matches!(r, TeamRole::Sponsor(_)))
        } else {
            self.has_site_role(SiteRole::Leader) && self.oversees(team)
        }
    }

    /// Changing the roster and the charter: the team's co-leads and administrators.
    pub fn can_edit_team(&self, team: &TeamAccess) -> bool {
        self.is_admin() || team.actor_roles.iter().any(|r| r.is_co_lead())
    }
}

#[cfg(test)]
mod escalation_tests {
    use super::*;
    use crate::Side;

    fn team(roles: Vec<TeamRole>) -> TeamAccess {
        TeamAccess {
            region_id: 1,
            facility_id: 10,
            actor_roles: roles,
        }
    }

    #[test]
    fn sponsors_answer_what_went_to_sponsors_and_leaders_in_scope_the_next_tier() {
        let nobody = Actor {
            person_id: 1,
            site_roles: vec![],
        };
        let sponsor = team(vec![TeamRole::Sponsor(Side::Labor)]);
        let co_lead = team(vec![TeamRole::CoLead(Side::Labor)]);
        assert!(nobody.can_answer_escalation(&sponsor, true));
        assert!(
            !nobody.can_answer_escalation(&co_lead, true),
            "a co-lead asks, does not answer"
        );
        assert!(
            !nobody.can_answer_escalation(&sponsor, false),
            "a sponsor is not the next tier"
        );
        let leader_here = Actor {
            person_id: 2,
            site_roles: vec![(SiteRole::Leader, Scope::Region(1))],
        };
        let leader_elsewhere = Actor {
            person_id: 3,
            site_roles: vec![(SiteRole::Leader, Scope::Facility(99))],
        };
        assert!(leader_here.can_answer_escalation(&team(vec![]), false));
        assert!(!leader_here.can_answer_escalation(&team(vec![]), true));
        assert!(!leader_elsewhere.can_answer_escalation(&team(vec![]), false));
        let admin = Actor {
            person_id: 4,
            site_roles: vec![(SiteRole::Administrator, Scope::National)],
        };
        assert!(admin.can_answer_escalation(&team(vec![]), true));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::org::Side;

    fn actor(site_roles: Vec<(SiteRole, Scope)>) -> Actor {
        Actor {
            person_id: 1,
            site_roles,
        }
    }

    fn team(roles: Vec<TeamRole>) -> TeamAccess {
        TeamAccess {
            region_id: 10,
            facility_id: 100,
            actor_roles: roles,
        }
    }

    #[test]
    fn members_read_but_do_not_edit_their_team() {
        let member = actor(vec![]);
        assert!(member.can_read_team(&team(vec![TeamRole::Member])));
        assert!(!member.can_edit_team(&team(vec![TeamRole::Member])));
        assert!(!member.can_read_team(&team(vec![])));
    }

    #[test]
    fn co_leads_of_any_side_edit_their_team_and_sponsors_do_not() {
        let person = actor(vec![]);
        for side in Side::ALL {
            assert!(person.can_edit_team(&team(vec![TeamRole::CoLead(side)])));
            assert!(!person.can_edit_team(&team(vec![TeamRole::Sponsor(side)])));
            assert!(person.can_read_team(&team(vec![TeamRole::Sponsor(side)])));
        }
    }

    #[test]
    fn leaders_read_teams_in_their_scope_only_and_never_edit() {
        let region_leader = actor(vec![(SiteRole::Leader, Scope::Region(10))]);
        assert!(region_leader.can_read_team(&team(vec![])));
        assert!(!region_leader.can_edit_team(&team(vec![])));
        let other_region = actor(vec![(SiteRole::Leader, Scope::Region(11))]);
        assert!(!other_region.can_read_team(&team(vec![])));
        let facility_leader = actor(vec![(SiteRole::Leader, Scope::Facility(100))]);
        assert!(facility_leader.can_read_team(&team(vec![])));
        let national = actor(vec![(SiteRole::Consultant, Scope::National)]);
        assert!(national.can_read_team(&team(vec![])));
    }

    #[test]
    fn projects_beyond_the_idea_stage_are_open_to_everyone_ideas_to_the_team() {
        let stranger = actor(vec![]);
        assert!(stranger.can_read_project(&team(vec![]), true));
        assert!(!stranger.can_read_project(&team(vec![]), false));
        assert!(stranger.can_read_project(&team(vec![TeamRole::Member]), false));
    }

    #[test]
    fn editors_have_no_team_access_and_administrators_have_all() {
        let editor = actor(vec![(SiteRole::ContentEditor, Scope::National)]);
        assert!(!editor.can_read_team(&team(vec![])));
        assert!(!editor.can_administer());
        let admin = actor(vec![(SiteRole::Administrator, Scope::National)]);
        assert!(admin.can_read_team(&team(vec![])));
        assert!(admin.can_edit_team(&team(vec![])));
        assert!(admin.can_administer());
    }
}
