//! A team's records for its own use: the export page (`/teams/{id}/export`) with a link to
//! each CSV section and to the whole JSON document, and the files themselves. What goes in
//! and who may have it is `crate::exports`.

use askama::Template;
use axum::extract::State;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use lmp_domain::Msg;
use serde::Deserialize;

use super::render;
use crate::auth::{CurrentUser, Session};
use crate::authz;
use crate::error::{AppError, AppResult};
use crate::exports::{self, Section};
use crate::extract::{Path, Query};
use crate::state::AppState;
use crate::views::Layout;

#[derive(Template)]
#[template(path = "team_export.html")]
struct ExportPage {
    layout: Layout,
    team_id: i64,
    team_name: String,
    /// Each section's code and the catalogue ids of its name and description.
    sections: Vec<(&'static str, String, String)>,
}

pub async fn page(
    State(state): State<AppState>,
    session: Session,
    CurrentUser(user): CurrentUser,
    Path(team_id): Path<i64>,
) -> AppResult<Response> {
    let (view, _) = authz::read_team_with_roster(&state, &user, team_id).await?;
    let layout = Layout::new(
        &session,
        crate::i18n::message(
            session.lang,
            "export-title",
            &[("name", crate::i18n::Arg::Text(&view.team.name))],
        ),
        "teams",
    );
    render(&ExportPage {
        layout,
        team_id,
        team_name: view.team.name,
        sections: Section::ALL
            .iter()
            .map(|s| {
                (
                    s.code(),
                    format!("export-section-{}", s.code()),
                    format!("export-section-{}-about", s.code()),
                )
            })
            .collect(),
    })
}

/// A file name made of the team's id and the section, so it is safe in any header.
fn attachment(team_id: i64, what: &str, extension: &str) -> String {
    format!("attachment; filename=\"team-{team_id}-{what}.{extension}\"")
}

pub async fn json(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    Path(team_id): Path<i64>,
) -> AppResult<Response> {
    let export = exports::team_export(&state, &user, team_id).await?;
    let body = serde_json::to_string_pretty(&export)
        .map_err(|e| AppError::Internal(format!("writing the export: {e}")))?;
    Ok((
        [
            (
                header::CONTENT_TYPE,
                "application/json; charset=utf-8".to_string(),
            ),
            (
                header::CONTENT_DISPOSITION,
                attachment(team_id, "export", "json"),
            ),
            (header::CACHE_CONTROL, "no-store".to_string()),
        ],
        body,
    )
        .into_response())
}

#[derive(Deserialize, Default)]
pub struct SectionQuery {
    #[serde(default)]
    section: String,
}

pub async fn csv(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    Path(team_id): Path<i64>,
    Query(query): Query<SectionQuery>,
) -> AppResult<Response> {
    // Access first, so a stranger learns nothing from the answer to a bad section.
    let export = exports::team_export(&state, &user, team_id).await?;
    let section = Section::parse(&query.section).ok_or_else(|| {
        AppError::BadRequest(
            Msg::new("export-refuse-section").text(
                "sections",
                Section::ALL
                    .iter()
                    .map(|s| format!("section={}", s.code()))
                    .collect::<Vec<_>>()
                    .join(", "),
            ),
        )
    })?;
    let body = exports::section_csv(&export, section)?;
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()),
            (
                header::CONTENT_DISPOSITION,
                attachment(team_id, section.code(), "csv"),
            ),
            (header::CACHE_CONTROL, "no-store".to_string()),
        ],
        body,
    )
        .into_response())
}
