//! `/api/v1/people`: a person and the teams they are on.

use axum::extract::State;
use lmp_store::people::Person;
use serde::Serialize;
use utoipa::ToSchema;

use crate::auth::CurrentUser;
use crate::error::{AppResult, Problem};
use crate::extract::{Json, Path};
use crate::state::AppState;

#[derive(Serialize, ToSchema)]
pub struct MembershipDto {
    team_id: i64,
    team_name: String,
    /// Role codes held in the team.
    roles: Vec<String>,
}

#[derive(Serialize, ToSchema)]
pub struct PersonDto {
    id: i64,
    name: String,
    email: String,
    /// `management`, `labor` or `physician`.
    side: String,
    job_title: String,
    union_local: Option<String>,
    facility: Option<String>,
    active: bool,
    teams: Vec<MembershipDto>,
}

async fn person_dto(state: &AppState, person: Person) -> AppResult<PersonDto> {
    let teams = state
        .store
        .memberships(person.id)
        .await?
        .into_iter()
        .map(|m| MembershipDto {
            team_id: m.team_id,
            team_name: m.team_name,
            roles: m.roles.iter().map(|r| r.code().to_string()).collect(),
        })
        .collect();
    Ok(PersonDto {
        id: person.id,
        name: person.name,
        email: person.email,
        side: person.side,
        job_title: person.job_title,
        union_local: person.local_name,
        facility: person.facility_name,
        active: person.active == 1,
        teams,
    })
}

/// A person's directory entry and teams. Open to everyone signed in, like the people pages.
#[utoipa::path(get, path = "/api/v1/people/{id}", tag = "people", params(("id" = i64, Path)),
    responses((status = 200, body = PersonDto), (status = 401, body = Problem), (status = 404, body = Problem)),
    security(("token" = []), ("session" = [])))]
pub async fn get_person(
    State(state): State<AppState>,
    CurrentUser(_user): CurrentUser,
    Path(person_id): Path<i64>,
) -> AppResult<Json<PersonDto>> {
    let person = state.store.person(person_id).await?;
    Ok(Json(person_dto(&state, person).await?))
}

/// The caller.
#[utoipa::path(get, path = "/api/v1/me", tag = "people",
    responses((status = 200, body = PersonDto), (status = 401, body = Problem)),
    security(("token" = []), ("session" = [])))]
pub async fn get_me(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
) -> AppResult<Json<PersonDto>> {
    Ok(Json(person_dto(&state, user.person).await?))
}
