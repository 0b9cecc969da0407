//! `/admin/import`: the HR roster import for administrators. A file is uploaded (or pasted),
//! the plan is shown (what changes, by kind, with counts and the first changes), and a confirm
//! button applies it. The confirm form carries the file itself and the plan's fingerprint: the
//! store plans again inside its transaction and applies only when the plan is the one shown;
//! otherwise the new plan is shown to confirm instead. The rules are
//! `lmp_domain::roster_import`, the transaction `lmp_store::roster_import`.

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use base64::Engine;
use lmp_domain::roster_import::{self as rules, Options, Plan, RowError};
use lmp_search::Kind;
use lmp_store::roster_import::Outcome;
use serde::Deserialize;

use super::{render, render_with};
use crate::auth::{CurrentUser, Session};
use crate::authz;
use crate::error::{AppError, AppResult};
use crate::extract::{Query, TextForm};
use crate::i18n::{self, Arg, Lang};
use crate::state::AppState;
use crate::views::Layout;

/// The largest file taken here; larger exports go through `lmp import people`.
const MAX_BYTES: usize = 512 * 1024;
/// How many changes of each kind the page lists.
const SHOWN: usize = 100;
/// How many bad lines the page lists.
const ERRORS_SHOWN: usize = 200;
/// Up to this many changed people are brought up to date in search at once.
const SEARCH_REFRESH_MAX: usize = 200;

struct Section {
    /// Catalogue id.
    title: &'static str,
    count: usize,
    items: Vec<String>,
    more: usize,
}

struct PlanView {
    summary: String,
    /// "12 people on 14 lines", in the reader's language.
    people_lines: String,
    empty: bool,
    sections: Vec<Section>,
    notes: Vec<String>,
    fingerprint: String,
    /// The file, base64-encoded, so the confirm form sends back exactly what was planned.
    content: String,
}

#[derive(Template)]
#[template(path = "admin_import.html")]
struct ImportPage {
    layout: Layout,
    flash: Option<String>,
    error_intro: String,
    errors: Vec<String>,
    errors_more: usize,
    /// What was pasted, kept when the page comes back.
    pasted: String,
    full: bool,
    /// The hub changed between the plan shown and the confirmation.
    changed: bool,
    plan: Option<PlanView>,
}

impl ImportPage {
    fn new(session: &Session) -> ImportPage {
        ImportPage {
            layout: Layout::titled(session, "admin-import-title", "admin"),
            flash: None,
            error_intro: String::new(),
            errors: Vec::new(),
            errors_more: 0,
            pasted: String::new(),
            full: false,
            changed: false,
            plan: None,
        }
    }
}

#[derive(Deserialize, Default)]
pub struct DoneQuery {
    #[serde(default)]
    done: String,
}

pub async fn show(
    session: Session,
    CurrentUser(user): CurrentUser,
    Query(query): Query<DoneQuery>,
) -> AppResult<Response> {
    authz::administer(&user)?;
    let mut page = ImportPage::new(&session);
    if !query.done.is_empty() {
        page.flash = Some(i18n::message(
            session.lang,
            "admin-import-done",
            &[("name", Arg::Text(&query.done))],
        ));
    }
    render(&page)
}

fn number(n: usize) -> Arg<'static> {
    Arg::Number(i64::try_from(n).unwrap_or(i64::MAX))
}

fn section(title: &'static str, items: Vec<String>) -> Section {
    let count = items.len();
    Section {
        title,
        count,
        more: count.saturating_sub(SHOWN),
        items: items.into_iter().take(SHOWN).collect(),
    }
}

fn plan_view(lang: Lang, plan: &Plan, text: &str) -> PlanView {
    let on_line = |what: String, line: usize| {
        i18n::message(
            lang,
            "admin-import-line",
            &[("name", Arg::Text(&what)), ("count", number(line))],
        )
    };
    let sections = vec![
        section(
            "admin-import-section-add",
            plan.add
                .iter()
                .map(|p| on_line(format!("{} — {}", p.email, p.summary), p.line))
                .collect(),
        ),
        section(
            "admin-import-section-update",
            plan.update
                .iter()
                .map(|p| {
                    let changes: Vec<String> = p.changes.iter().map(|c| c.describe()).collect();
                    on_line(format!("{} — {}", p.email, changes.join("; ")), p.line)
                })
                .collect(),
        ),
        section(
            "admin-import-section-departures",
            plan.departures
                .iter()
                .map(|p| format!("{} — {}", p.email, p.name))
                .collect(),
        ),
        section(
            "admin-import-section-roles-added",
            plan.roles_added.iter().map(|r| r.describe()).collect(),
        ),
        section(
            "admin-import-section-roles-ended",
            plan.roles_ended.iter().map(|r| r.describe()).collect(),
        ),
    ]
    .into_iter()
    .filter(|s| s.count > 0)
    .collect();
    PlanView {
        summary: plan.summary(),
        people_lines: i18n::message(
            lang,
            "admin-import-people-lines",
            &[
                ("people", number(plan.people_in_file)),
                ("lines", number(plan.lines)),
            ],
        ),
        empty: plan.is_empty(),
        sections,
        notes: plan.notes.clone(),
        fingerprint: plan.fingerprint(),
        content: base64::engine::general_purpose::STANDARD.encode(text),
    }
}

fn with_errors(mut page: ImportPage, errors: &[RowError]) -> AppResult<Response> {
    page.error_intro = i18n::message(
        page.layout.lang,
        "admin-import-bad-lines",
        &[("count", number(errors.len()))],
    );
    page.errors = errors
        .iter()
        .take(ERRORS_SHOWN)
        .map(|e| e.to_string())
        .collect();
    page.errors_more = errors.len().saturating_sub(ERRORS_SHOWN);
    render_with(StatusCode::UNPROCESSABLE_ENTITY, &page)
}

/// The upload (`step` empty or `preview`): shows the plan. The confirmation (`step=apply`):
/// applies it when it is still the plan shown.
pub async fn submit(
    State(state): State<AppState>,
    session: Session,
    CurrentUser(user): CurrentUser,
    fields: TextForm,
) -> AppResult<Response> {
    authz::administer(&user)?;
    let applying = fields.get("step") == "apply";
    let mut page = ImportPage::new(&session);
    page.full = fields.get("full") == "1";
    let text = if applying {
        let bytes = base64::engine::general_purpose::STANDARD
            .decode(fields.get("content").trim())
            .map_err(|_| {
                AppError::BadRequest(
                    "The confirmation did not carry the file; upload it again.".into(),
                )
            })?;
        String::from_utf8(bytes).map_err(|_| {
            AppError::BadRequest("The confirmation did not carry the file; upload it again.".into())
        })?
    } else if fields.get("file").is_empty() {
        page.pasted = fields.get("csv").to_string();
        fields.get("csv").to_string()
    } else {
        fields.get("file").to_string()
    };
    if text.len() > MAX_BYTES {
        page.error_intro = i18n::message(session.lang, "admin-import-too-large", &[]);
        page.pasted.clear();
        return render_with(StatusCode::PAYLOAD_TOO_LARGE, &page);
    }
    if text.trim().is_empty() {
        page.error_intro = i18n::message(session.lang, "admin-import-nothing", &[]);
        return render_with(StatusCode::UNPROCESSABLE_ENTITY, &page);
    }
    let parsed = rules::parse(&text);
    let options = Options { full: page.full };
    if !applying {
        return match state.store.plan_roster_import(&parsed, options).await? {
            Ok(plan) => {
                page.plan = Some(plan_view(session.lang, &plan, &text));
                render(&page)
            }
            Err(errors) => with_errors(page, &errors),
        };
    }
    let expected = fields.get("fingerprint").to_string();
    let outcome = state
        .store
        .apply_roster_import(
            &parsed,
            options,
            Some(&expected),
            Some(user.person.id),
            &|_, _| {},
        )
        .await?;
    match outcome {
        Outcome::Applied(plan, people) => {
            metrics::counter!("lmp_roster_imports_total").increment(1);
            if people.len() <= SEARCH_REFRESH_MAX {
                for id in people {
                    crate::search::refresh(&state.store, &state.search, Kind::Person, id).await;
                }
            } else {
                tracing::info!(
                    "roster import changed {} people; run `lmp reindex` to bring search up to date",
                    people.len()
                );
            }
            let done = plan.done_summary();
            let query = serde_urlencoded::to_string([("done", done.as_str())])
                .map_err(|e| AppError::Internal(e.to_string()))?;
            Ok(Redirect::to(&format!("/admin/import?{query}")).into_response())
        }
        Outcome::Changed(plan) => {
            page.changed = true;
            page.plan = Some(plan_view(session.lang, &plan, &text));
            render_with(StatusCode::CONFLICT, &page)
        }
        Outcome::Invalid(errors) => with_errors(page, &errors),
    }
}
