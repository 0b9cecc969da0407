//! `/api/v1/p2p` and `/api/v1/teams/{id}/p2p`: criteria, a team's standing and history,
//! submitting the month's self-assessment, sponsor sign-off, roll-ups.

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use lmp_domain::p2p::period::Month;
use lmp_domain::p2p::rollup::{bucket_label, BUCKETS};
use lmp_domain::p2p::{level_name, Dimension};
use lmp_domain::{Msg, PageRequest};
use lmp_store::p2p::AnswerChange;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use crate::auth::CurrentUser;
use crate::authz;
use crate::error::{AppError, AppResult, Problem};
use crate::extract::{Json, Path, Query};
use crate::p2p::{self, Decision};
use crate::pages::p2p::{rollup_params, RollupQuery};
use crate::state::AppState;

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct CriteriaQuery {
    /// Agreement year name, e.g. `2015`; the year in force when omitted.
    year: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct CriterionDto {
    id: i64,
    /// sponsorship, leadership, training, team_process, engagement, tools or goals.
    dimension: String,
    dimension_label: String,
    level: i64,
    text: String,
    /// Wording not yet written by an administrator; not counted by the level rule.
    placeholder: bool,
}

#[derive(Serialize, ToSchema)]
pub struct CriteriaDto {
    year: String,
    criteria: Vec<CriterionDto>,
}

fn criterion_dto(row: &lmp_store::p2p::CriterionRow) -> CriterionDto {
    CriterionDto {
        id: row.id,
        dimension: row.dimension.clone(),
        dimension_label: Dimension::parse(&row.dimension)
            .map(Dimension::label)
            .unwrap_or("")
            .to_string(),
        level: row.level,
        text: row.text.clone(),
        placeholder: row.placeholder == 1,
    }
}

/// The criteria of an agreement year.
#[utoipa::path(get, path = "/api/v1/p2p/criteria", tag = "path to performance", params(CriteriaQuery),
    responses((status = 200, body = CriteriaDto), (status = 400, body = Problem), (status = 401, body = Problem), (status = 404, body = Problem)),
    security(("token" = []), ("session" = [])))]
pub async fn get_criteria(
    State(state): State<AppState>,
    CurrentUser(_user): CurrentUser,
    Query(query): Query<CriteriaQuery>,
) -> AppResult<Json<CriteriaDto>> {
    let year = match query.year {
        Some(name) => state.store.p2p_year_by_name(&name).await?.ok_or_else(|| {
            AppError::NotFound(Msg::new("p2p-refuse-no-year-named").text("name", name))
        })?,
        None => state.store.current_p2p_year().await?,
    };
    let rows = state.store.p2p_criteria(year.id).await?;
    Ok(Json(CriteriaDto {
        year: year.name,
        criteria: rows.iter().map(criterion_dto).collect(),
    }))
}

#[derive(Serialize, ToSchema)]
pub struct CriterionStateDto {
    criterion_id: i64,
    met: bool,
    comment: String,
    evidence_url: String,
}

#[derive(Serialize, ToSchema)]
pub struct HistoryDto {
    assessment_id: i64,
    month: String,
    level: i64,
    approved_at: i64,
}

#[derive(Serialize, ToSchema)]
pub struct TeamP2pDto {
    team_id: i64,
    year: String,
    /// The level the latest approved answers give under the criteria in force.
    level: u8,
    level_name: String,
    /// Month of the latest approved assessment.
    approved_month: Option<String>,
    /// Answers of the latest approved assessment.
    criteria: Vec<CriterionStateDto>,
    /// Criterion ids still missing for the next level.
    missing_for_next: Vec<i64>,
    history: Vec<HistoryDto>,
}

/// A team's current level, per-criterion state and history.
#[utoipa::path(get, path = "/api/v1/teams/{id}/p2p", tag = "path to performance", params(("id" = i64, Path)),
    responses((status = 200, body = TeamP2pDto), (status = 401, body = Problem), (status = 403, body = Problem), (status = 404, body = Problem)),
    security(("token" = []), ("session" = [])))]
pub async fn get_team_p2p(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    Path(team_id): Path<i64>,
) -> AppResult<Json<TeamP2pDto>> {
    authz::read_team_with_roster(&state, &user, team_id).await?;
    let standing = p2p::standing(&state, team_id).await?;
    let history = state.store.p2p_history(team_id).await?;
    Ok(Json(TeamP2pDto {
        team_id,
        year: standing.current.year.name.clone(),
        level: standing.level,
        level_name: level_name(standing.level).to_string(),
        approved_month: standing.approved.as_ref().map(|(a, _)| a.month.clone()),
        criteria: standing
            .approved
            .as_ref()
            .map(|(_, answers)| {
                answers
                    .iter()
                    .map(|a| CriterionStateDto {
                        criterion_id: a.criterion_id,
                        met: a.met == 1,
                        comment: a.comment.clone(),
                        evidence_url: a.evidence_url.clone(),
                    })
                    .collect()
            })
            .unwrap_or_default(),
        missing_for_next: standing
            .missing
            .iter()
            .flat_map(|(_, list)| list.iter().map(|c| c.id))
            .collect(),
        history: history
            .into_iter()
            .map(|h| HistoryDto {
                assessment_id: h.assessment_id,
                month: h.month,
                level: h.level,
                approved_at: h.decided_at,
            })
            .collect(),
    }))
}

#[derive(Deserialize, ToSchema)]
pub struct AnswerDto {
    criterion_id: i64,
    met: bool,
    #[serde(default)]
    comment: String,
    #[serde(default)]
    evidence_url: String,
}

#[derive(Deserialize, ToSchema)]
pub struct AssessmentSubmission {
    /// `YYYY-MM`; the current month when omitted.
    month: Option<String>,
    /// Answers to change; criteria not listed keep their answer.
    answers: Vec<AnswerDto>,
    /// Also send the assessment to the sponsors.
    #[serde(default)]
    submit: bool,
}

#[derive(Serialize, ToSchema)]
pub struct AssessmentDto {
    id: i64,
    team_id: i64,
    month: String,
    /// draft, submitted, returned or approved.
    status: String,
    level: Option<i64>,
}

/// Saves answers of the month's self-assessment and optionally submits it. Co-leads only.
#[utoipa::path(post, path = "/api/v1/teams/{id}/p2p/assessments", tag = "path to performance", params(("id" = i64, Path)),
    request_body = AssessmentSubmission,
    responses((status = 200, body = AssessmentDto), (status = 400, body = Problem), (status = 401, body = Problem),
        (status = 403, body = Problem), (status = 404, body = Problem), (status = 409, body = Problem), (status = 422, body = Problem)),
    security(("token" = []), ("session" = [])))]
pub async fn submit_assessment(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    Path(team_id): Path<i64>,
    Json(body): Json<AssessmentSubmission>,
) -> AppResult<Json<AssessmentDto>> {
    let month = match body.month {
        Some(code) => Month::parse(&code).ok_or_else(|| {
            AppError::BadRequest(Msg::new("p2p-refuse-bad-month").text("code", code.clone()))
        })?,
        None => p2p::this_month(),
    };
    let changes = body
        .answers
        .into_iter()
        .map(|a| AnswerChange {
            criterion_id: a.criterion_id,
            met: a.met,
            comment: a.comment.trim().to_string(),
            evidence_url: a.evidence_url.trim().to_string(),
        })
        .collect();
    let assessment = p2p::save(&state, &user, team_id, month, changes, body.submit).await?;
    Ok(Json(AssessmentDto {
        id: assessment.id,
        team_id: assessment.team_id,
        month: assessment.month,
        status: assessment.status,
        level: assessment.level,
    }))
}

#[derive(Deserialize, ToSchema)]
pub struct SignOffRequest {
    /// `approve` or `return`.
    decision: String,
    /// Required when returning.
    #[serde(default)]
    comment: String,
}

#[derive(Serialize, ToSchema)]
pub struct SignOffResult {
    /// approved, waiting or returned.
    outcome: String,
    /// The level given, once approved by every required side.
    level: Option<u8>,
    /// Sides whose sponsors still need to approve.
    waiting_for: Vec<String>,
}

/// A sponsor approves or returns a submitted assessment.
#[utoipa::path(post, path = "/api/v1/p2p/assessments/{id}/sign-off", tag = "path to performance", params(("id" = i64, Path)),
    request_body = SignOffRequest,
    responses((status = 200, body = SignOffResult), (status = 400, body = Problem), (status = 401, body = Problem),
        (status = 403, body = Problem), (status = 404, body = Problem), (status = 409, body = Problem), (status = 422, body = Problem)),
    security(("token" = []), ("session" = [])))]
pub async fn sign_off(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    Path(assessment_id): Path<i64>,
    Json(body): Json<SignOffRequest>,
) -> AppResult<Response> {
    let approve = match body.decision.as_str() {
        "approve" => true,
        "return" => false,
        other => {
            return Err(AppError::BadRequest(
                Msg::new("p2p-refuse-api-decision").text("value", other),
            ))
        }
    };
    let result = match p2p::sign_off(&state, &user, assessment_id, approve, &body.comment).await? {
        Decision::Approved { level } => SignOffResult {
            outcome: "approved".into(),
            level: Some(level),
            waiting_for: vec![],
        },
        Decision::WaitingForOthers(sides) => SignOffResult {
            outcome: "waiting".into(),
            level: None,
            waiting_for: sides.iter().map(|s| s.code().to_string()).collect(),
        },
        Decision::Returned => SignOffResult {
            outcome: "returned".into(),
            level: None,
            waiting_for: vec![],
        },
    };
    Ok((StatusCode::OK, Json(result)).into_response())
}

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct RollupParams {
    /// national, region:ID, facility:ID, department:ID, local:ID or sponsor:PERSON_ID.
    scope: Option<String>,
    /// e.g. `2026-Q4`; the current quarter when omitted.
    quarter: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct LevelCount {
    level: String,
    teams: usize,
    share: f64,
}

#[derive(Serialize, ToSchema)]
pub struct MissingCriterion {
    criterion_id: i64,
    text: String,
    dimension: String,
    level: i64,
    teams: usize,
}

#[derive(Serialize, ToSchema)]
pub struct RollupDto {
    scope: String,
    quarter: String,
    previous_quarter: String,
    teams: usize,
    levels: Vec<LevelCount>,
    /// Bucket labels, in the order of the matrix rows and columns.
    buckets: Vec<String>,
    /// Rows: last quarter; columns: this quarter.
    transitions: Vec<Vec<usize>>,
    moved_up: usize,
    moved_down: usize,
    most_missing: Vec<MissingCriterion>,
    teams_without_approval_in_90_days: i64,
}

/// Levels, movement and gaps for a group of teams. Leaders, consultants, administrators, and
/// sponsors for their own teams.
#[utoipa::path(get, path = "/api/v1/p2p/rollup", tag = "path to performance", params(RollupParams),
    responses((status = 200, body = RollupDto), (status = 400, body = Problem), (status = 401, body = Problem), (status = 403, body = Problem)),
    security(("token" = []), ("session" = [])))]
pub async fn get_rollup(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    Query(params): Query<RollupParams>,
) -> AppResult<Json<RollupDto>> {
    let query = RollupQuery {
        scope: params.scope.unwrap_or_default(),
        quarter: params.quarter.unwrap_or_default(),
        page: None,
    };
    let (scope, quarter) = rollup_params(&state, &user, &query).await?;
    let view = p2p::rollup(&state, scope, quarter, PageRequest::new(Some(1), Some(1))).await?;
    Ok(Json(RollupDto {
        scope: scope.code(),
        quarter: quarter.code(),
        previous_quarter: quarter.previous().code(),
        teams: view.rollup.teams,
        levels: (0..BUCKETS)
            .map(|b| LevelCount {
                level: bucket_label(b),
                teams: view.rollup.counts[b],
                share: view.rollup.share(b),
            })
            .collect(),
        buckets: (0..BUCKETS).map(bucket_label).collect(),
        transitions: view.rollup.transitions.iter().map(|r| r.to_vec()).collect(),
        moved_up: view.rollup.moved_up,
        moved_down: view.rollup.moved_down,
        most_missing: view
            .missing
            .into_iter()
            .map(|(id, text, dimension, level, teams)| MissingCriterion {
                criterion_id: id,
                text,
                dimension: dimension.map(Dimension::label).unwrap_or("").to_string(),
                level,
                teams,
            })
            .collect(),
        teams_without_approval_in_90_days: view.stale.total,
    }))
}
