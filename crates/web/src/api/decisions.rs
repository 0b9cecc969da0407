//! Proposals and meetings in the API: what a person may see of a round (the same view the
//! pages show, so hidden results and anonymous stances stay hidden here too), and giving a
//! stance from a phone app or a script.

use axum::extract::State;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::auth::CurrentUser;
use crate::decisions::{self, ProposalView};
use crate::error::{AppError, AppResult};
use crate::extract::{Json, Path};
use crate::state::AppState;

#[utoipa::path(get, path = "/api/v1/proposals/{id}", tag = "decisions", params(("id" = i64, Path)),
    responses((status = 200, body = ProposalView, description = "The proposal as the caller may see it: the tally and stances only once results may be shown, never a name in an anonymous round"),
        (status = 401, body = crate::error::Problem), (status = 403, body = crate::error::Problem), (status = 404, body = crate::error::Problem)),
    security(("token" = []), ("session" = [])))]
pub async fn get_proposal(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    Path(id): Path<i64>,
) -> AppResult<Json<ProposalView>> {
    let (proposal, work) = decisions::proposal_work(&state, &user, id).await?;
    Ok(Json(
        decisions::view(&state, &user, &work, &proposal).await?,
    ))
}

#[derive(Deserialize, ToSchema)]
pub struct StanceBody {
    /// `support`, `reservations`, `live_with`, `discuss` or `block`.
    pub stance: String,
    /// Why; required for a block.
    #[serde(default)]
    pub reason: String,
    /// What the person will do to support the decision.
    #[serde(default)]
    pub behaviour: String,
}

#[utoipa::path(put, path = "/api/v1/proposals/{id}/stance", tag = "decisions", params(("id" = i64, Path)),
    request_body = StanceBody,
    responses((status = 200, body = ProposalView, description = "The stance is saved; the proposal as the caller now sees it"),
        (status = 400, body = crate::error::Problem), (status = 401, body = crate::error::Problem), (status = 403, body = crate::error::Problem), (status = 404, body = crate::error::Problem),
        (status = 409, body = crate::error::Problem), (status = 422, body = crate::error::Problem)),
    security(("token" = []), ("session" = [])))]
pub async fn put_stance(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    Path(id): Path<i64>,
    Json(body): Json<StanceBody>,
) -> AppResult<Json<ProposalView>> {
    decisions::give_stance(
        &state,
        &user,
        id,
        &body.stance,
        &body.reason,
        &body.behaviour,
    )
    .await?
    .map_err(AppError::Validation)?;
    let (proposal, work) = decisions::proposal_work(&state, &user, id).await?;
    Ok(Json(
        decisions::view(&state, &user, &work, &proposal).await?,
    ))
}

#[derive(Serialize, ToSchema)]
pub struct MeetingView {
    pub id: i64,
    pub team_id: i64,
    pub title: String,
    pub status: String,
    pub starts_at: i64,
    pub duration_minutes: i64,
    pub location: String,
    pub agenda: Vec<AgendaItemView>,
    pub present: usize,
    pub proposals: Vec<ProposalView>,
}

#[derive(Serialize, ToSchema)]
pub struct AgendaItemView {
    pub id: i64,
    pub title: String,
    pub kind: String,
    pub owner: Option<String>,
    pub minutes: i64,
    pub notes: String,
}

#[utoipa::path(get, path = "/api/v1/meetings/{id}", tag = "decisions", params(("id" = i64, Path)),
    responses((status = 200, body = MeetingView, description = "The meeting: agenda, how many are present, its proposals as the caller may see them"),
        (status = 401, body = crate::error::Problem), (status = 403, body = crate::error::Problem), (status = 404, body = crate::error::Problem)),
    security(("token" = []), ("session" = [])))]
pub async fn get_meeting(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    Path(id): Path<i64>,
) -> AppResult<Json<MeetingView>> {
    let meeting = state.store.meeting(id).await?;
    let work = crate::authz::team_work(&state, &user, meeting.team_id).await?;
    let mut proposals = Vec::new();
    for proposal in state.store.meeting_proposals(id).await? {
        proposals.push(decisions::view(&state, &user, &work, &proposal).await?);
    }
    Ok(Json(MeetingView {
        id,
        team_id: meeting.team_id,
        title: meeting.title,
        status: meeting.status,
        starts_at: meeting.starts_at,
        duration_minutes: meeting.duration_minutes,
        location: meeting.location,
        agenda: state
            .store
            .agenda(id)
            .await?
            .into_iter()
            .map(|i| AgendaItemView {
                id: i.id,
                title: i.title,
                kind: i.kind,
                owner: i.owner_name,
                minutes: i.minutes,
                notes: i.notes,
            })
            .collect(),
        present: state.store.attendance(id).await?.len(),
        proposals,
    }))
}
