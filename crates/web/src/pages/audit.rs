//! The audit log for administrators: every change, who made it and when, filtered by action,
//! kind of thing, person and dates. Read only: nothing in the product edits or deletes it.

use askama::Template;
use axum::extract::State;
use axum::response::Response;
use lmp_domain::PageRequest;
use lmp_store::audit::{AuditFilter, AuditRow};
use serde::Deserialize;

use super::{parse_id, render};
use crate::auth::{CurrentUser, Session};
use crate::authz;
use crate::error::AppResult;
use crate::extract::Query;
use crate::state::AppState;
use crate::views::{parse_date_time, query_string, when, Layout, Pager};

#[derive(Deserialize, Default)]
pub struct AuditQuery {
    #[serde(default)]
    action: String,
    #[serde(default)]
    entity: String,
    #[serde(default)]
    actor: String,
    #[serde(default)]
    from: String,
    #[serde(default)]
    to: String,
    page: Option<u32>,
}

#[derive(Template)]
#[template(path = "admin_audit.html")]
struct AuditPage {
    layout: Layout,
    q: AuditQuery,
    entities: Vec<String>,
    rows: Vec<(AuditRow, String)>,
    pager: Pager,
    bad_dates: bool,
}

pub async fn log(
    State(state): State<AppState>,
    session: Session,
    CurrentUser(user): CurrentUser,
    Query(q): Query<AuditQuery>,
) -> AppResult<Response> {
    authz::administer(&user)?;
    let from = (!q.from.trim().is_empty()).then(|| parse_date_time(&q.from, "00:00"));
    let to = (!q.to.trim().is_empty()).then(|| parse_date_time(&q.to, "00:00"));
    let bad_dates = matches!(from, Some(None)) || matches!(to, Some(None));
    let filter = AuditFilter {
        action: q.action.trim().to_string(),
        entity: q.entity.trim().to_string(),
        actor_id: parse_id(&q.actor),
        from: from.flatten(),
        // "To" includes the whole day.
        to: to.flatten().map(|t| t + 86_400),
    };
    let page = state
        .store
        .audit_page(&filter, PageRequest::new(q.page, Some(50)))
        .await?;
    let base = query_string(&[
        ("action", q.action.clone()),
        ("entity", q.entity.clone()),
        ("actor", q.actor.clone()),
        ("from", q.from.clone()),
        ("to", q.to.clone()),
    ]);
    let pager = Pager::new(&page, "/admin/audit", &base);
    render(&AuditPage {
        layout: Layout::new(&session, "Audit log", "admin"),
        entities: state.store.audit_entities().await?,
        rows: page
            .items
            .into_iter()
            .map(|r| {
                let at = when(r.at);
                (r, at)
            })
            .collect(),
        pager,
        bad_dates,
        q,
    })
}
