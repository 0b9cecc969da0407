//! The audit log for administrators: every change, who made it and when, and the fields it
//! changed (old and new value), filtered by action, kind of thing, person and dates; each line
//! has its own page with the values whole. Read only: nothing in the product edits or deletes it.

use askama::Template;
use axum::extract::State;
use axum::response::Response;
use lmp_domain::PageRequest;
use lmp_store::audit::{AuditFilter, AuditRow, FieldChange};
use serde::Deserialize;

use super::{parse_id, render};
use crate::auth::{CurrentUser, Session};
use crate::authz;
use crate::error::AppResult;
use crate::extract::{Path, Query};
use crate::i18n::{self, Arg, Lang};
use crate::state::AppState;
use crate::views::{parse_date_time, query_string, Layout, Pager};

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
    rows: Vec<Line>,
    pager: Pager,
    bad_dates: bool,
}

/// How many changed fields a line of the list shows; its own page shows them all.
const FIELDS_IN_LIST: usize = 6;
/// How many characters of a value the list shows; its own page shows the whole value.
const CHARS_IN_LIST: usize = 120;

/// A line of the log as the pages show it.
struct Line {
    row: AuditRow,
    at: String,
    changes: Vec<Changed>,
    /// Whether the list leaves something out (fields or the end of a value).
    shortened: bool,
}

/// One changed field, for people: its name in words and the values (`None`: no value).
struct Changed {
    field: String,
    before: Option<String>,
    after: Option<String>,
}

impl Line {
    fn new(lang: Lang, row: AuditRow, limit: Option<(usize, usize)>) -> Line {
        let all = row.changes();
        let mut shortened = false;
        let changes = match limit {
            None => all.into_iter().map(|c| Changed::new(c, None)).collect(),
            Some((fields, chars)) => {
                shortened = all.len() > fields;
                all.into_iter()
                    .take(fields)
                    .map(|c| {
                        let cut = [&c.before, &c.after]
                            .iter()
                            .any(|v| v.as_ref().is_some_and(|v| v.chars().count() > chars));
                        shortened |= cut;
                        Changed::new(c, Some(chars))
                    })
                    .collect()
            }
        };
        Line {
            at: crate::names::when(lang, row.at),
            row,
            changes,
            shortened,
        }
    }
}

impl Changed {
    fn new(change: FieldChange, chars: Option<usize>) -> Changed {
        let cut = |v: Option<String>| match (v, chars) {
            (Some(v), Some(n)) if v.chars().count() > n => Some(format!(
                "{}…",
                v.chars().take(n).collect::<String>().trim_end()
            )),
            (v, _) => v,
        };
        Changed {
            field: change.field.replace('_', " "),
            before: cut(change.before),
            after: cut(change.after),
        }
    }
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
        layout: Layout::titled(&session, "admin-audit-title", "admin"),
        entities: state.store.audit_entities().await?,
        rows: page
            .items
            .into_iter()
            .map(|r| Line::new(session.lang, r, Some((FIELDS_IN_LIST, CHARS_IN_LIST))))
            .collect(),
        pager,
        bad_dates,
        q,
    })
}

#[derive(Template)]
#[template(path = "admin_audit_entry.html")]
struct EntryPage {
    layout: Layout,
    line: Line,
}

/// One line of the log with every changed field and whole values.
pub async fn entry(
    State(state): State<AppState>,
    session: Session,
    CurrentUser(user): CurrentUser,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    authz::administer(&user)?;
    let row = state.store.audit_entry(id).await?;
    render(&EntryPage {
        layout: Layout::new(
            &session,
            i18n::message(
                session.lang,
                "admin-audit-line-title",
                &[("count", Arg::Number(id))],
            ),
            "admin",
        ),
        line: Line::new(session.lang, row, None),
    })
}
