//! `/api/v1/teams`: the directory, one team with its roster, roster changes, the charter.

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use lmp_domain::{Msg, PageRequest, TeamRole};
use lmp_store::roster::RosterEntry;
use lmp_store::teams::{Team, TeamFilter, TeamSummary};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use crate::auth::CurrentUser;
use crate::authz;
use crate::error::{AppError, AppResult, Problem};
use crate::extract::{Json, Path, Query};
use crate::pages::teams::validate_charter;
use crate::roster::{self, PersonRef, Removal};
use crate::state::AppState;

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct TeamsQuery {
    /// Text the team's, department's or facility's name contains.
    q: Option<String>,
    region: Option<i64>,
    facility: Option<i64>,
    department: Option<i64>,
    /// Teams with at least one person from this union local.
    local: Option<i64>,
    /// 1-based page number.
    #[param(minimum = 1, maximum = 1000000)]
    page: Option<u32>,
    /// Items per page, 1 to 200 (default 25).
    #[param(minimum = 1, maximum = 200)]
    per_page: Option<u32>,
}

/// The page asked for, or what is wrong with it (a page outside the documented range is an
/// error here, not quietly changed, so a script learns of its mistake).
fn page_request(page: Option<u32>, per_page: Option<u32>) -> AppResult<PageRequest> {
    if page.is_some_and(|p| !(1..=1_000_000).contains(&p)) {
        return Err(AppError::BadRequest(Msg::new("team-refuse-page")));
    }
    if per_page.is_some_and(|p| !(1..=PageRequest::MAX_PER_PAGE).contains(&p)) {
        return Err(AppError::BadRequest(
            Msg::new("team-refuse-per-page").number("max", PageRequest::MAX_PER_PAGE),
        ));
    }
    Ok(PageRequest::new(page, per_page))
}

#[derive(Serialize, ToSchema)]
pub struct TeamSummaryDto {
    id: i64,
    name: String,
    description: String,
    department: NamedRef,
    facility: NamedRef,
    region: NamedRef,
    /// Number of distinct people on the roster.
    people_count: i64,
}

#[derive(Serialize, ToSchema)]
pub struct NamedRef {
    id: i64,
    name: String,
}

#[derive(Serialize, ToSchema)]
pub struct TeamPage {
    items: Vec<TeamSummaryDto>,
    page: u32,
    per_page: u32,
    total: i64,
}

#[derive(Serialize, ToSchema)]
pub struct Charter {
    purpose: String,
    meeting_cadence: String,
    ground_rules: String,
    decision_rules: String,
    quorum: i64,
}

#[derive(Serialize, ToSchema)]
pub struct RosterEntryDto {
    /// The id of this role assignment (used to remove it).
    id: i64,
    person_id: i64,
    name: String,
    side: String,
    job_title: String,
    union_local: Option<String>,
    /// One of the role codes, e.g. `co_lead_labor`, `sponsor_management`, `member`.
    role: String,
    role_label: String,
}

#[derive(Serialize, ToSchema)]
pub struct TeamDto {
    id: i64,
    name: String,
    description: String,
    department: NamedRef,
    facility: NamedRef,
    region: NamedRef,
    charter: Charter,
    roster: Vec<RosterEntryDto>,
    /// Whether the caller may change the roster and charter.
    can_edit: bool,
}

impl From<TeamSummary> for TeamSummaryDto {
    fn from(t: TeamSummary) -> Self {
        TeamSummaryDto {
            id: t.id,
            name: t.name,
            description: t.description,
            department: NamedRef {
                id: t.department_id,
                name: t.department_name,
            },
            facility: NamedRef {
                id: t.facility_id,
                name: t.facility_name,
            },
            region: NamedRef {
                id: t.region_id,
                name: t.region_name,
            },
            people_count: t.people_count,
        }
    }
}

impl From<RosterEntry> for RosterEntryDto {
    fn from(e: RosterEntry) -> Self {
        let role_label = e.team_role().map(TeamRole::label).unwrap_or("").to_string();
        RosterEntryDto {
            id: e.id,
            person_id: e.person_id,
            name: e.name,
            side: e.side,
            job_title: e.job_title,
            union_local: e.local_name,
            role: e.role,
            role_label,
        }
    }
}

fn team_dto(team: Team, roster: Vec<RosterEntry>, can_edit: bool) -> TeamDto {
    TeamDto {
        id: team.id,
        name: team.name,
        description: team.description,
        department: NamedRef {
            id: team.department_id,
            name: team.department_name,
        },
        facility: NamedRef {
            id: team.facility_id,
            name: team.facility_name,
        },
        region: NamedRef {
            id: team.region_id,
            name: team.region_name,
        },
        charter: Charter {
            purpose: team.purpose,
            meeting_cadence: team.meeting_cadence,
            ground_rules: team.ground_rules,
            decision_rules: team.decision_rules,
            quorum: team.quorum,
        },
        roster: roster.into_iter().map(Into::into).collect(),
        can_edit,
    }
}

/// The team directory, filtered and paginated. Open to everyone signed in.
#[utoipa::path(get, path = "/api/v1/teams", tag = "teams", params(TeamsQuery),
    responses((status = 200, body = TeamPage), (status = 400, body = Problem), (status = 401, body = Problem)),
    security(("token" = []), ("session" = [])))]
pub async fn list_teams(
    State(state): State<AppState>,
    CurrentUser(_user): CurrentUser,
    Query(query): Query<TeamsQuery>,
) -> AppResult<Json<TeamPage>> {
    let filter = TeamFilter {
        region_id: query.region,
        facility_id: query.facility,
        department_id: query.department,
        local_id: query.local,
        text: query.q.unwrap_or_default().chars().take(100).collect(),
    };
    let page = state
        .store
        .team_directory(&filter, page_request(query.page, query.per_page)?)
        .await?;
    Ok(Json(TeamPage {
        page: page.page,
        per_page: page.per_page,
        total: page.total,
        items: page.items.into_iter().map(Into::into).collect(),
    }))
}

/// One team with its charter and roster: for its members, sponsors, leaders whose scope covers
/// it, and administrators.
#[utoipa::path(get, path = "/api/v1/teams/{id}", tag = "teams", params(("id" = i64, Path)),
    responses((status = 200, body = TeamDto), (status = 401, body = Problem), (status = 403, body = Problem), (status = 404, body = Problem)),
    security(("token" = []), ("session" = [])))]
pub async fn get_team(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    Path(team_id): Path<i64>,
) -> AppResult<Json<TeamDto>> {
    let (view, roster) = authz::read_team_with_roster(&state, &user, team_id).await?;
    Ok(Json(team_dto(view.team, roster, view.can_edit)))
}

#[derive(Deserialize, ToSchema)]
pub struct NewRosterEntry {
    person_id: i64,
    /// A role code, e.g. `member`, `co_lead_labor`, `steward`.
    role: String,
}

#[derive(Serialize, ToSchema)]
pub struct Created {
    id: i64,
}

/// Gives a person a role in the team. Co-leads and administrators only.
#[utoipa::path(post, path = "/api/v1/teams/{id}/roster", tag = "teams", params(("id" = i64, Path)),
    request_body = NewRosterEntry,
    responses((status = 201, body = Created), (status = 400, body = Problem), (status = 401, body = Problem),
        (status = 403, body = Problem), (status = 404, body = Problem), (status = 422, body = Problem)),
    security(("token" = []), ("session" = [])))]
pub async fn add_roster_entry(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    Path(team_id): Path<i64>,
    Json(body): Json<NewRosterEntry>,
) -> AppResult<Response> {
    let id = roster::add(
        &state,
        &user,
        team_id,
        PersonRef::Id(body.person_id),
        &body.role,
    )
    .await?;
    Ok((StatusCode::CREATED, Json(Created { id })).into_response())
}

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct RemoveQuery {
    /// Must be true to remove the last co-lead of a side.
    confirm: Option<bool>,
}

/// Removes a role from the team. Removing the last co-lead of a side answers 409 unless
/// `confirm=true`.
#[utoipa::path(delete, path = "/api/v1/teams/{id}/roster/{entry_id}", tag = "teams",
    params(("id" = i64, Path), ("entry_id" = i64, Path), RemoveQuery),
    responses((status = 204), (status = 400, body = Problem), (status = 401, body = Problem), (status = 403, body = Problem),
        (status = 404, body = Problem), (status = 409, body = Problem)),
    security(("token" = []), ("session" = [])))]
pub async fn remove_roster_entry(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    Path((team_id, entry_id)): Path<(i64, i64)>,
    Query(query): Query<RemoveQuery>,
) -> AppResult<Response> {
    match roster::remove(
        &state,
        &user,
        team_id,
        entry_id,
        query.confirm.unwrap_or(false),
    )
    .await?
    {
        Removal::Removed => Ok(StatusCode::NO_CONTENT.into_response()),
        Removal::NeedsConfirmation(last) => Err(AppError::Conflict(
            Msg::new("team-refuse-last-co-lead").msg("reason", last.message()),
        )),
    }
}

#[derive(Deserialize, ToSchema)]
pub struct CharterUpdate {
    #[serde(default)]
    description: String,
    #[serde(default)]
    purpose: String,
    #[serde(default)]
    meeting_cadence: String,
    #[serde(default)]
    ground_rules: String,
    #[serde(default)]
    decision_rules: String,
    #[serde(default)]
    quorum: i64,
}

/// Replaces the team's description and charter. Co-leads and administrators only.
#[utoipa::path(put, path = "/api/v1/teams/{id}/charter", tag = "teams", params(("id" = i64, Path)),
    request_body = CharterUpdate,
    responses((status = 200, body = TeamDto), (status = 400, body = Problem), (status = 401, body = Problem),
        (status = 403, body = Problem), (status = 404, body = Problem), (status = 422, body = Problem)),
    security(("token" = []), ("session" = [])))]
pub async fn update_charter(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    Path(team_id): Path<i64>,
    Json(body): Json<CharterUpdate>,
) -> AppResult<Json<TeamDto>> {
    let before = authz::edit_team(&state, &user, team_id).await?.team;
    let charter = validate_charter(
        &body.description,
        &body.purpose,
        &body.meeting_cadence,
        &body.ground_rules,
        &body.decision_rules,
        &body.quorum.to_string(),
    )
    .map_err(AppError::Validation)?;
    state.store.update_charter(team_id, &charter).await?;
    state
        .store
        .audit_change(
            Some(user.person.id),
            "charter.update",
            "team",
            Some(team_id),
            "api",
            Some(&lmp_store::audit::snapshot::charter_of(&before)),
            Some(&lmp_store::audit::snapshot::charter(&charter)),
        )
        .await?;
    let (view, roster) = authz::read_team_with_roster(&state, &user, team_id).await?;
    Ok(Json(team_dto(view.team, roster, view.can_edit)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_outside_the_documented_range_is_refused() {
        for (page, per_page) in [
            (Some(0), None),
            (Some(1_000_001), None),
            (None, Some(0)),
            (None, Some(201)),
            (None, Some(u32::MAX)),
        ] {
            assert!(
                matches!(page_request(page, per_page), Err(AppError::BadRequest(_))),
                "{page:?} {per_page:?}"
            );
        }
        let request = page_request(Some(3), Some(200)).expect("in range");
        assert_eq!((request.page, request.per_page), (3, 200));
        let default = page_request(None, None).expect("defaults");
        assert_eq!((default.page, default.per_page), (1, 25));
    }
}
