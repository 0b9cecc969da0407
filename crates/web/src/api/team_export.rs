//! `/api/v1/teams/{id}/export`: a team's records in one JSON document, the same one the
//! export page offers (`crate::exports`), for the team's own readers.

use axum::extract::State;
use axum::Json;

use crate::auth::CurrentUser;
use crate::error::{AppResult, Problem};
use crate::exports::{self, TeamExport};
use crate::extract::Path;
use crate::state::AppState;

/// The team's roster, projects, PDSA cycles, measures with their data, closed decisions (no
/// names in anonymous rounds; open rounds are left out) and Path to Performance history.
#[utoipa::path(get, path = "/api/v1/teams/{id}/export", tag = "teams", params(("id" = i64, Path)),
    responses((status = 200, body = TeamExport), (status = 401, body = Problem), (status = 403, body = Problem), (status = 404, body = Problem)),
    security(("token" = []), ("session" = [])))]
pub async fn get_team_export(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    Path(team_id): Path<i64>,
) -> AppResult<Json<TeamExport>> {
    Ok(Json(exports::team_export(&state, &user, team_id).await?))
}
