//! Access checks as handlers use them: load what the rule needs, ask the domain's rules
//! (`lmp_domain::access`), refuse with 403 when the answer is no. Pages and API call the same
//! functions, so a hidden link is never the only protection.

use lmp_domain::{Msg, TeamAccess};
use lmp_store::roster::RosterEntry;
use lmp_store::teams::Team;

use crate::auth::User;
use crate::error::{AppError, AppResult};
use crate::state::AppState;

/// The team and what the user may do with it.
pub struct TeamView {
    pub team: Team,
    pub access: TeamAccess,
    pub can_edit: bool,
}

async fn load(state: &AppState, user: &User, team_id: i64) -> AppResult<TeamView> {
    let team = state.store.team(team_id).await?;
    let actor_roles = state.store.roles_in_team(team_id, user.person.id).await?;
    Ok(view_of(user, team, actor_roles))
}

fn view_of(user: &User, team: Team, actor_roles: Vec<lmp_domain::TeamRole>) -> TeamView {
    let access = TeamAccess {
        region_id: team.region_id,
        facility_id: team.facility_id,
        actor_roles,
    };
    let can_edit = user.actor.can_edit_team(&access);
    TeamView {
        team,
        access,
        can_edit,
    }
}

fn refuse_read() -> AppError {
    AppError::Forbidden(Msg::new("authz-team-read"))
}

/// The team and its whole roster, if the user may read them (members, sponsors, leaders
/// whose scope covers it, administrators). The user's own roles are taken
/// from the roster, which saves a query on the busiest page.
pub async fn read_team_with_roster(
    state: &AppState,
    user: &User,
    team_id: i64,
) -> AppResult<(TeamView, Vec<RosterEntry>)> {
    let (team, roster) = state.store.team_with_roster(team_id).await?;
    Ok((check_read(user, team, &roster)?, roster))
}

/// The team behind a project, if the user may read the project (see
/// `Actor::can_read_project`); the view says whether they may also change it.
pub async fn read_project(
    state: &AppState,
    user: &User,
    project: &lmp_store::improvement::Project,
) -> AppResult<TeamView> {
    let (team, roster) = state.store.team_with_roster(project.team_id).await?;
    let actor_roles = roster
        .iter()
        .filter(|e| e.person_id == user.person.id)
        .filter_map(|e| e.team_role())
        .collect();
    let view = view_of(user, team, actor_roles);
    let shared = lmp_domain::improvement::project::ProjectStatus::parse(&project.status)
        .is_some_and(|s| s.is_shared());
    if !user.actor.can_read_project(&view.access, shared) {
        return Err(AppError::Forbidden(Msg::new("authz-idea-team-only")));
    }
    Ok(view)
}

/// A project the user may read, and whether they may also change it: the team's co-leads,
/// the project's owners and administrators. Projects, their tools and their measures share it.
pub struct ProjectAccess {
    pub project: lmp_store::improvement::Project,
    pub can_edit: bool,
}

impl ProjectAccess {
    /// Refuses with `refusal` (403) when the user may only read.
    pub fn require_edit(&self, refusal: impl Into<Msg>) -> AppResult<()> {
        if self.can_edit {
            Ok(())
        } else {
            Err(AppError::Forbidden(refusal.into()))
        }
    }
}

pub async fn project_access(
    state: &AppState,
    user: &User,
    project_id: i64,
) -> AppResult<ProjectAccess> {
    let project = state.store.project(project_id).await?;
    let view = read_project(state, user, &project).await?;
    let owner = state
        .store
        .project_owners(project_id)
        .await?
        .iter()
        .any(|(id, _)| *id == user.person.id);
    Ok(ProjectAccess {
        can_edit: view.can_edit || owner,
        project,
    })
}

/// The read check for a team already loaded with its roster.
pub fn check_read(user: &User, team: Team, roster: &[RosterEntry]) -> AppResult<TeamView> {
    let actor_roles = roster
        .iter()
        .filter(|e| e.person_id == user.person.id)
        .filter_map(|e| e.team_role())
        .collect();
    let view = view_of(user, team, actor_roles);
    if !user.actor.can_read_team(&view.access) {
        return Err(refuse_read());
    }
    Ok(view)
}

/// The team, if the user may change its roster and charter.
pub async fn edit_team(state: &AppState, user: &User, team_id: i64) -> AppResult<TeamView> {
    let view = load(state, user, team_id).await?;
    if !view.can_edit {
        return Err(AppError::Forbidden(Msg::new("authz-team-edit")));
    }
    Ok(view)
}

/// Administration of the organisation, people and accounts.
pub fn administer(user: &User) -> AppResult<()> {
    if user.actor.can_administer() {
        Ok(())
    } else {
        Err(AppError::Forbidden(Msg::new("authz-admin-only")))
    }
}

/// A team's meetings and decisions as one user may use them: everyone who may read the team
/// may read them; people on the roster take part (give stances); co-leads and administrators
/// run them (agenda, attendance, minutes, the three tests, closing).
pub struct TeamWork {
    pub view: TeamView,
    pub roster: Vec<RosterEntry>,
    /// On the team's roster in any role.
    pub member: bool,
}

impl TeamWork {
    pub fn can_run(&self) -> bool {
        self.view.can_edit
    }

    pub fn require_run(&self) -> AppResult<()> {
        if self.can_run() {
            Ok(())
        } else {
            Err(AppError::Forbidden(Msg::new("authz-facilitate")))
        }
    }

    /// Everyone on the roster once, by name: the choices of an "owner" or "who leads it" list.
    pub fn people(&self) -> Vec<(i64, String)> {
        let mut people: Vec<(i64, String)> = self
            .roster
            .iter()
            .map(|e| (e.person_id, e.name.clone()))
            .collect();
        people.sort_by(|a, b| a.1.cmp(&b.1).then(a.0.cmp(&b.0)));
        people.dedup_by_key(|p| p.0);
        people
    }

    pub fn require_member(&self) -> AppResult<()> {
        if self.member {
            Ok(())
        } else {
            Err(AppError::Forbidden(Msg::new("authz-take-part")))
        }
    }
}

pub async fn team_work(state: &AppState, user: &User, team_id: i64) -> AppResult<TeamWork> {
    let (view, roster) = read_team_with_roster(state, user, team_id).await?;
    let member = roster.iter().any(|e| e.person_id == user.person.id);
    Ok(TeamWork {
        view,
        roster,
        member,
    })
}
