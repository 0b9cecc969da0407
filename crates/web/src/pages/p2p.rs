//! Path to Performance pages: a team's standing and history, the monthly self-assessment grid,
//! sponsor sign-off, check-ins, roll-ups, and the criteria administrators edit.

use std::collections::HashMap;

use askama::Template;
use axum::extract::State;
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use lmp_domain::p2p::period::{Month, Quarter};
use lmp_domain::p2p::rollup::{bucket_label, BUCKETS};
use lmp_domain::p2p::{self as rules, Dimension, LEVELS};
use lmp_domain::{FieldErrors, Msg, PageRequest, Side, TeamRole};
use lmp_store::p2p::rollup::RollupScope;
use lmp_store::p2p::{AnswerChange, CriterionRow};
use serde::Deserialize;

use super::{parse_id, render, render_with};
use crate::auth::{CurrentUser, Session, User};
use crate::authz;
use crate::charts;
use crate::error::{AppError, AppResult};
use crate::extract::{Form, Path, Query};
use crate::i18n::{self, Arg, FormErrors, Lang};
use crate::names;
use crate::p2p::{self, bucket_name, dimension_name, level_name, status_id, Decision, SaveError};
use crate::state::AppState;
use crate::views::{date_input, Layout, Pager};

fn parse_month(code: &str) -> AppResult<Month> {
    Month::parse(code)
        .ok_or_else(|| AppError::NotFound(Msg::new("p2p-refuse-bad-month").text("code", code)))
}

struct MissingItem {
    text: String,
    level: u8,
    link: Option<(String, String)>,
}

#[derive(Template)]
#[template(path = "p2p_team.html")]
struct TeamP2pPage {
    layout: Layout,
    team_id: i64,
    team_name: String,
    flash: Option<String>,
    level: u8,
    level_name: String,
    recorded_level: u8,
    /// "From the assessment of …, approved by the sponsors, …" when one is approved.
    approved_text: Option<String>,
    month_label: String,
    month_code: String,
    month_status: Option<String>,
    is_co_lead: bool,
    missing: Vec<(String, Vec<MissingItem>)>,
    chart: String,
    history: Vec<(String, i64, String)>,
}

#[derive(Deserialize)]
pub struct FlashQuery {
    #[serde(default)]
    done: String,
}

pub async fn team_overview(
    State(state): State<AppState>,
    session: Session,
    CurrentUser(user): CurrentUser,
    Path(team_id): Path<i64>,
    Query(flash): Query<FlashQuery>,
) -> AppResult<Response> {
    let (view, _) = authz::read_team_with_roster(&state, &user, team_id).await?;
    let standing = p2p::standing(&state, team_id).await?;
    let month = p2p::this_month();
    let this_month = state.store.assessment_for_month(team_id, month).await?;
    let history = state.store.p2p_history(team_id).await?;
    let chart = charts::level_steps(
        &p2p::history_points(&history),
        &i18n::message(
            session.lang,
            "p2p-chart-levels",
            &[("name", Arg::Text(&view.team.name))],
        ),
    );
    let missing = standing
        .missing
        .iter()
        .map(|(dimension, list)| {
            let items = list
                .iter()
                .map(|c| MissingItem {
                    text: c.text.clone(),
                    level: c.level,
                    link: p2p::where_to_act(
                        standing.current.rows.iter().find(|r| r.id == c.id),
                        team_id,
                    )
                    .map(|(href, id)| (href, i18n::message(session.lang, id, &[]))),
                })
                .collect();
            (dimension_name(session.lang, *dimension), items)
        })
        .collect();
    let flash = match flash.done.as_str() {
        "approved" => Some(i18n::message(session.lang, "p2p-flash-approved", &[])),
        "returned" => Some(i18n::message(session.lang, "p2p-flash-returned", &[])),
        _ => None,
    };
    let year_name = standing.current.year.name.clone();
    render(&TeamP2pPage {
        layout: Layout::new(
            &session,
            i18n::message(
                session.lang,
                "p2p-page-title",
                &[("name", Arg::Text(&view.team.name))],
            ),
            "teams",
        ),
        team_id,
        team_name: view.team.name.clone(),
        flash,
        level: standing.level,
        level_name: level_name(session.lang, standing.level),
        recorded_level: standing
            .approved
            .as_ref()
            .and_then(|(a, _)| a.level)
            .and_then(|l| u8::try_from(l).ok())
            .unwrap_or(0),
        approved_text: standing
            .approved
            .as_ref()
            .and_then(|(a, _)| Month::parse(&a.month))
            .map(|m| {
                i18n::message(
                    session.lang,
                    "p2p-approved-from",
                    &[
                        ("month", Arg::Text(&names::month(session.lang, m))),
                        ("year", Arg::Text(&year_name)),
                    ],
                )
            }),
        month_label: names::month(session.lang, month),
        month_code: month.code(),
        month_status: this_month.map(|a| status_id(&a.status).to_string()),
        is_co_lead: p2p::is_co_lead(&view),
        missing,
        chart,
        history: history
            .iter()
            .rev()
            .map(|h| {
                (
                    h.month.clone(),
                    h.level,
                    names::date(session.lang, h.decided_at),
                )
            })
            .collect(),
    })
}

pub async fn open_month(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    Path((team_id, month)): Path<(i64, String)>,
) -> AppResult<Response> {
    let month = parse_month(&month)?;
    p2p::save(&state, &user, team_id, month, Vec::new(), false).await?;
    Ok(Redirect::to(&format!("/teams/{team_id}/p2p/{}", month.code())).into_response())
}

struct CriterionView {
    id: i64,
    text: String,
    placeholder: bool,
    met: bool,
    comment: String,
    url: String,
    evidence: Option<String>,
    error: Option<String>,
}

struct RowView {
    label: String,
    cells: Vec<Vec<CriterionView>>,
}

#[derive(Template)]
#[template(path = "p2p_assessment.html")]
struct AssessmentPage {
    layout: Layout,
    team_id: i64,
    team_name: String,
    month_label: String,
    month_code: String,
    status: String,
    level: Option<i64>,
    year_name: String,
    flash: Option<String>,
    errors: FormErrors,
    sign_offs: Vec<(String, &'static str, &'static str, String)>,
    can_sign_off: bool,
    decision_comment: String,
    editable: bool,
    level_names: Vec<String>,
    rows: Vec<RowView>,
    would_hold: u8,
}

/// Answers as typed: met ids, comments and links by criterion id.
#[derive(Default)]
struct Typed {
    met: Vec<i64>,
    comments: HashMap<i64, String>,
    urls: HashMap<i64, String>,
}

fn parse_answers(fields: &[(String, String)]) -> Typed {
    let mut typed = Typed::default();
    for (name, value) in fields {
        if name == "met" {
            if let Some(id) = parse_id(value) {
                typed.met.push(id);
            }
        } else if let Some(id) = name.strip_prefix("comment_").and_then(parse_id) {
            typed.comments.insert(id, value.clone());
        } else if let Some(id) = name.strip_prefix("url_").and_then(parse_id) {
            typed.urls.insert(id, value.clone());
        }
    }
    typed
}

async fn assessment_page(
    state: &AppState,
    session: &Session,
    user: &User,
    team_id: i64,
    month: Month,
    typed: Option<Typed>,
    errors: FieldErrors,
    decision_comment: String,
    flash: Option<String>,
) -> AppResult<AssessmentPage> {
    let (view, _) = authz::read_team_with_roster(state, user, team_id).await?;
    let errors = FormErrors::new(session.lang, &errors);
    let assessment = state
        .store
        .assessment_for_month(team_id, month)
        .await?
        .ok_or_else(|| {
            AppError::NotFound(
                Msg::new("p2p-refuse-no-assessment-for").msg("month", p2p::month_msg(month)),
            )
        })?;
    let year = state
        .store
        .p2p_years()
        .await?
        .into_iter()
        .find(|y| y.id == assessment.year_id)
        .ok_or_else(|| AppError::NotFound(Msg::new("p2p-refuse-no-such-year")))?;
    let rows = state.store.p2p_criteria(year.id).await?;
    let editable =
        p2p::is_co_lead(&view) && matches!(assessment.status.as_str(), "draft" | "returned");
    let stored = state.store.answers(assessment.id).await?;
    let typed = typed.unwrap_or_else(|| Typed {
        met: stored
            .iter()
            .filter(|a| a.met == 1)
            .map(|a| a.criterion_id)
            .collect(),
        comments: stored
            .iter()
            .map(|a| (a.criterion_id, a.comment.clone()))
            .collect(),
        urls: stored
            .iter()
            .map(|a| (a.criterion_id, a.evidence_url.clone()))
            .collect(),
    });
    let evidence = if editable {
        p2p::evidence_found(state, team_id, month, &rows).await?
    } else {
        HashMap::new()
    };
    let criteria: Vec<rules::Criterion> = rows.iter().filter_map(CriterionRow::to_domain).collect();
    let would_hold = rules::level_held(&criteria, |id| typed.met.contains(&id));
    let grid = Dimension::ALL
        .into_iter()
        .map(|dimension| RowView {
            label: dimension_name(session.lang, dimension),
            cells: LEVELS
                .iter()
                .map(|level| {
                    rows.iter()
                        .filter(|r| r.dimension == dimension.code() && r.level == i64::from(*level))
                        .map(|r| CriterionView {
                            id: r.id,
                            text: r.text.clone(),
                            placeholder: r.placeholder == 1,
                            met: typed.met.contains(&r.id),
                            comment: typed.comments.get(&r.id).cloned().unwrap_or_default(),
                            url: typed.urls.get(&r.id).cloned().unwrap_or_default(),
                            evidence: evidence.get(&r.id).cloned(),
                            error: errors
                                .get(&format!("url_{}", r.id))
                                .or(errors.get(&format!("comment_{}", r.id)))
                                .map(str::to_string),
                        })
                        .collect()
                })
                .collect(),
        })
        .collect();
    let recorded = state.store.sign_offs(assessment.id).await?;
    let already_approved = recorded
        .iter()
        .any(|s| s.person_id == user.person.id && s.decision == "approve");
    let sign_offs = recorded
        .into_iter()
        .map(|s| {
            (
                s.person_name,
                Side::parse(&s.side)
                    .map(|side| super::teams::role_message(TeamRole::Sponsor(side)))
                    .unwrap_or("p2p-sponsor"),
                if s.decision == "approve" {
                    "p2p-decision-approved"
                } else {
                    "p2p-decision-returned"
                },
                s.comment,
            )
        })
        .collect();
    Ok(AssessmentPage {
        layout: Layout::new(
            session,
            format!("{} · {}", names::month(session.lang, month), view.team.name),
            "teams",
        ),
        team_id,
        team_name: view.team.name.clone(),
        month_label: names::month(session.lang, month),
        month_code: month.code(),
        status: status_id(&assessment.status).to_string(),
        level: assessment.level,
        year_name: year.name,
        flash,
        errors,
        sign_offs,
        can_sign_off: assessment.status == "submitted"
            && !p2p::sponsor_sides(&view).is_empty()
            && !already_approved,
        decision_comment,
        editable,
        level_names: LEVELS
            .iter()
            .map(|l| level_name(session.lang, *l))
            .collect(),
        rows: grid,
        would_hold,
    })
}

pub async fn show_assessment(
    State(state): State<AppState>,
    session: Session,
    CurrentUser(user): CurrentUser,
    Path((team_id, month)): Path<(i64, String)>,
    Query(flash): Query<FlashQuery>,
) -> AppResult<Response> {
    let month = parse_month(&month)?;
    let flash = match flash.done.as_str() {
        "saved" => Some(i18n::message(session.lang, "p2p-flash-saved", &[])),
        "submitted" => Some(i18n::message(session.lang, "p2p-flash-submitted", &[])),
        "waiting" => Some(i18n::message(session.lang, "p2p-flash-waiting", &[])),
        _ => None,
    };
    let page = assessment_page(
        &state,
        &session,
        &user,
        team_id,
        month,
        None,
        FieldErrors::new(),
        String::new(),
        flash,
    )
    .await?;
    render(&page)
}

pub async fn save_assessment(
    State(state): State<AppState>,
    session: Session,
    CurrentUser(user): CurrentUser,
    Path((team_id, month)): Path<(i64, String)>,
    Form(fields): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let month = parse_month(&month)?;
    let submit = fields.iter().any(|(k, v)| k == "action" && v == "submit");
    let typed = parse_answers(&fields);
    let current = state.criteria().await?;
    let changes: Vec<AnswerChange> = current
        .rows
        .iter()
        .filter(|r| r.placeholder == 0)
        .map(|r| AnswerChange {
            criterion_id: r.id,
            met: typed.met.contains(&r.id),
            comment: typed
                .comments
                .get(&r.id)
                .map(|c| c.trim().to_string())
                .unwrap_or_default(),
            evidence_url: typed
                .urls
                .get(&r.id)
                .map(|u| u.trim().to_string())
                .unwrap_or_default(),
        })
        .collect();
    match p2p::save(&state, &user, team_id, month, changes, submit).await {
        Ok(_) => Ok(Redirect::to(&format!(
            "/teams/{team_id}/p2p/{}?done={}",
            month.code(),
            if submit { "submitted" } else { "saved" }
        ))
        .into_response()),
        Err(SaveError::Invalid(errors)) => {
            let page = assessment_page(
                &state,
                &session,
                &user,
                team_id,
                month,
                Some(typed),
                errors,
                String::new(),
                None,
            )
            .await?;
            render_with(StatusCode::UNPROCESSABLE_ENTITY, &page)
        }
        Err(SaveError::Other(e)) => Err(e),
    }
}

#[derive(Deserialize)]
pub struct DecisionForm {
    #[serde(default)]
    decision: String,
    #[serde(default)]
    comment: String,
}

pub async fn sign_off(
    State(state): State<AppState>,
    session: Session,
    CurrentUser(user): CurrentUser,
    Path((team_id, month)): Path<(i64, String)>,
    Form(form): Form<DecisionForm>,
) -> AppResult<Response> {
    let month = parse_month(&month)?;
    let assessment = state
        .store
        .assessment_for_month(team_id, month)
        .await?
        .ok_or_else(|| AppError::NotFound(Msg::new("p2p-refuse-no-assessment")))?;
    let approve = match form.decision.as_str() {
        "approve" => true,
        "return" => false,
        _ => return Err(AppError::BadRequest(Msg::new("p2p-refuse-decision"))),
    };
    match p2p::sign_off(&state, &user, assessment.id, approve, &form.comment).await {
        Ok(Decision::Approved { .. }) => {
            Ok(Redirect::to(&format!("/teams/{team_id}/p2p?done=approved")).into_response())
        }
        Ok(Decision::Returned) => {
            Ok(Redirect::to(&format!("/teams/{team_id}/p2p?done=returned")).into_response())
        }
        Ok(Decision::WaitingForOthers(_)) => Ok(Redirect::to(&format!(
            "/teams/{team_id}/p2p/{}?done=waiting",
            month.code()
        ))
        .into_response()),
        Err(AppError::Validation(errors)) => {
            let page = assessment_page(
                &state,
                &session,
                &user,
                team_id,
                month,
                None,
                errors,
                form.comment,
                None,
            )
            .await?;
            render_with(StatusCode::UNPROCESSABLE_ENTITY, &page)
        }
        Err(e) => Err(e),
    }
}

#[derive(Template)]
#[template(path = "p2p_log.html")]
struct LogPage {
    layout: Layout,
    team_id: i64,
    team_name: String,
    page: lmp_domain::Page<lmp_store::p2p::LogEntry>,
    entries: Vec<(String, String, String, String, String)>,
    pager: Pager,
}

#[derive(Deserialize)]
pub struct PageQuery {
    page: Option<u32>,
}

pub async fn log(
    State(state): State<AppState>,
    session: Session,
    CurrentUser(user): CurrentUser,
    Path(team_id): Path<i64>,
    Query(query): Query<PageQuery>,
) -> AppResult<Response> {
    let (view, _) = authz::read_team_with_roster(&state, &user, team_id).await?;
    let page = state
        .store
        .p2p_log(team_id, PageRequest::new(query.page, Some(50)))
        .await?;
    let entries = page
        .items
        .iter()
        .map(|e| {
            let mut answer = i18n::message(
                session.lang,
                if e.met == 1 {
                    "p2p-completed"
                } else {
                    "p2p-not-completed"
                },
                &[],
            );
            if !e.comment.is_empty() {
                answer.push_str(&format!(" — “{}”", e.comment));
            }
            if !e.evidence_url.is_empty() {
                answer.push_str(&i18n::message(
                    session.lang,
                    "p2p-log-evidence",
                    &[("name", Arg::Text(&e.evidence_url))],
                ));
            }
            (
                names::date(session.lang, e.at),
                e.person_name.clone().unwrap_or_else(|| "—".into()),
                e.month.clone(),
                e.criterion_text.clone(),
                answer,
            )
        })
        .collect();
    let pager = Pager::new(&page, &format!("/teams/{team_id}/p2p/log"), "");
    render(&LogPage {
        layout: Layout::new(
            &session,
            i18n::message(
                session.lang,
                "p2p-log-title",
                &[("name", Arg::Text(&view.team.name))],
            ),
            "teams",
        ),
        team_id,
        team_name: view.team.name.clone(),
        page,
        entries,
        pager,
    })
}

#[derive(Template)]
#[template(path = "check_ins.html")]
struct CheckInsPage {
    layout: Layout,
    team_id: i64,
    team_name: String,
    flash: Option<String>,
    can_log: bool,
    errors: FormErrors,
    form: (String, String, String),
    sponsors: Vec<(i64, String)>,
    page: lmp_domain::Page<lmp_store::p2p::CheckIn>,
    pager: Pager,
}

async fn check_ins_page(
    state: &AppState,
    session: &Session,
    user: &User,
    team_id: i64,
    page_number: Option<u32>,
    form: (String, String, String),
    errors: FieldErrors,
    flash: Option<String>,
) -> AppResult<CheckInsPage> {
    let (view, roster) = authz::read_team_with_roster(state, user, team_id).await?;
    let sponsors = roster
        .iter()
        .filter(|e| matches!(e.team_role(), Some(TeamRole::Sponsor(_))))
        .map(|e| {
            (
                e.person_id,
                format!(
                    "{} ({})",
                    e.name,
                    e.team_role()
                        .map(|r| i18n::message(session.lang, super::teams::role_message(r), &[]))
                        .unwrap_or_default()
                ),
            )
        })
        .collect();
    let page = state
        .store
        .check_ins(team_id, PageRequest::new(page_number, None))
        .await?;
    let pager = Pager::new(&page, &format!("/teams/{team_id}/check-ins"), "");
    Ok(CheckInsPage {
        layout: Layout::new(
            session,
            i18n::message(
                session.lang,
                "p2p-check-ins-title",
                &[("name", Arg::Text(&view.team.name))],
            ),
            "teams",
        ),
        team_id,
        team_name: view.team.name.clone(),
        flash,
        can_log: p2p::is_co_lead(&view) || !p2p::sponsor_sides(&view).is_empty(),
        errors: FormErrors::new(session.lang, &errors),
        form,
        sponsors,
        page,
        pager,
    })
}

pub async fn check_ins(
    State(state): State<AppState>,
    session: Session,
    CurrentUser(user): CurrentUser,
    Path(team_id): Path<i64>,
    Query(query): Query<PageQuery>,
) -> AppResult<Response> {
    let today = lmp_store::now();
    let form = (date_input(today), String::new(), String::new());
    render(
        &check_ins_page(
            &state,
            &session,
            &user,
            team_id,
            query.page,
            form,
            FieldErrors::new(),
            None,
        )
        .await?,
    )
}

#[derive(Deserialize)]
pub struct CheckInForm {
    #[serde(default)]
    held_on: String,
    #[serde(default)]
    sponsor: String,
    #[serde(default)]
    notes: String,
}

pub async fn log_check_in(
    State(state): State<AppState>,
    session: Session,
    CurrentUser(user): CurrentUser,
    Path(team_id): Path<i64>,
    Form(form): Form<CheckInForm>,
) -> AppResult<Response> {
    let (view, roster) = authz::read_team_with_roster(&state, &user, team_id).await?;
    if !p2p::is_co_lead(&view) && p2p::sponsor_sides(&view).is_empty() {
        return Err(AppError::Forbidden(Msg::new("p2p-refuse-check-ins")));
    }
    let mut errors = FieldErrors::new();
    let held_on = form.held_on.trim().to_string();
    let valid_date = time::Date::parse(
        &held_on,
        time::macros::format_description!("[year]-[month]-[day]"),
    );
    match valid_date {
        Err(_) => errors.add("held_on", "p2p-error-date-form"),
        Ok(d) if d > time::OffsetDateTime::now_utc().date() => {
            errors.add("held_on", "p2p-error-check-in-future")
        }
        Ok(_) => {}
    }
    let sponsor = parse_id(&form.sponsor);
    let is_sponsor = sponsor.is_some_and(|id| {
        roster
            .iter()
            .any(|e| e.person_id == id && matches!(e.team_role(), Some(TeamRole::Sponsor(_))))
    });
    if !is_sponsor {
        errors.add("sponsor", "p2p-error-choose-sponsor");
    }
    let notes = lmp_domain::validation::optional_text(
        &mut errors,
        "notes",
        "p2p-field-notes",
        &form.notes,
        2000,
    );
    if !errors.is_empty() {
        let page = check_ins_page(
            &state,
            &session,
            &user,
            team_id,
            None,
            (form.held_on, form.sponsor, form.notes),
            errors,
            None,
        )
        .await?;
        return render_with(StatusCode::UNPROCESSABLE_ENTITY, &page);
    }
    state
        .store
        .add_check_in(
            team_id,
            &held_on,
            sponsor.unwrap_or(0),
            &notes,
            user.person.id,
        )
        .await?;
    state
        .store
        .audit(
            Some(user.person.id),
            "check_in.create",
            "team",
            Some(team_id),
            &held_on,
        )
        .await?;
    let today = date_input(lmp_store::now());
    let page = check_ins_page(
        &state,
        &session,
        &user,
        team_id,
        None,
        (today, String::new(), String::new()),
        FieldErrors::new(),
        Some(i18n::message(session.lang, "p2p-flash-check-in", &[])),
    )
    .await?;
    render(&page)
}

#[derive(Deserialize)]
pub struct RollupQuery {
    #[serde(default)]
    pub scope: String,
    #[serde(default)]
    pub quarter: String,
    pub page: Option<u32>,
}

/// The scope and quarter asked for, with defaults: sponsors see their teams, others the whole
/// organisation; the current quarter.
pub async fn rollup_params(
    state: &AppState,
    user: &User,
    query: &RollupQuery,
) -> AppResult<(RollupScope, Quarter)> {
    let scope = if query.scope.is_empty() {
        if p2p::oversees_teams(user) {
            RollupScope::National
        } else {
            RollupScope::Sponsor(user.person.id)
        }
    } else {
        RollupScope::parse(&query.scope).ok_or_else(|| {
            AppError::BadRequest(Msg::new("p2p-refuse-bad-scope").text("code", query.scope.clone()))
        })?
    };
    let quarter = if query.quarter.is_empty() {
        p2p::this_month().quarter()
    } else {
        Quarter::parse(&query.quarter).ok_or_else(|| {
            AppError::BadRequest(
                Msg::new("p2p-refuse-bad-quarter").text("code", query.quarter.clone()),
            )
        })?
    };
    p2p::check_rollup_access(state, user, scope).await?;
    Ok((scope, quarter))
}

#[derive(Template)]
#[template(path = "p2p_rollup.html")]
struct RollupPage {
    layout: Layout,
    scopes: Vec<(String, String)>,
    scope_code: String,
    quarters: Vec<(String, String)>,
    quarter_code: String,
    quarter_label: String,
    /// "Whole organisation, Q3 2026: 12 teams; …" in the page's language.
    summary: String,
    /// "From Q2 2026 to Q3 2026".
    moves_heading: String,
    chart: String,
    buckets: Vec<(String, usize, String)>,
    bucket_labels: Vec<String>,
    matrix: Vec<(String, Vec<usize>)>,
    missing: Vec<(i64, String, String, i64, usize)>,
    stale: Vec<(i64, String, String, String)>,
    stale_total: i64,
    pager: Pager,
}

pub async fn rollup(
    State(state): State<AppState>,
    session: Session,
    CurrentUser(user): CurrentUser,
    Query(query): Query<RollupQuery>,
) -> AppResult<Response> {
    let (scope, quarter) = rollup_params(&state, &user, &query).await?;
    let view = p2p::rollup(
        &state,
        scope,
        quarter,
        PageRequest::new(query.page, Some(25)),
    )
    .await?;
    let org = state.org().await?;
    let mut scopes = Vec::new();
    if p2p::oversees_teams(&user) {
        scopes.push((
            "national".to_string(),
            i18n::message(session.lang, "p2p-scope-national", &[]),
        ));
        scopes.extend(
            org.regions
                .iter()
                .map(|r| (format!("region:{}", r.id), r.name.clone())),
        );
        scopes.extend(
            org.facilities
                .iter()
                .map(|f| (format!("facility:{}", f.id), f.name.clone())),
        );
        scopes.extend(org.locals.iter().map(|l| {
            (
                format!("local:{}", l.id),
                i18n::message(
                    session.lang,
                    "p2p-scope-local",
                    &[("name", Arg::Text(&l.name))],
                ),
            )
        }));
    }
    scopes.push((
        format!("sponsor:{}", user.person.id),
        i18n::message(session.lang, "p2p-scope-sponsor", &[]),
    ));
    let scope_code = scope.code();
    let scope_label = scopes
        .iter()
        .find(|(code, _)| *code == scope_code)
        .map(|(_, label)| label.clone())
        .unwrap_or_else(|| scope_code.clone());
    let buckets: Vec<(String, usize, String)> = (0..BUCKETS)
        .map(|b| {
            (
                bucket_name(session.lang, b),
                view.rollup.counts[b],
                format!("{:.0}%", view.rollup.share(b) * 100.0),
            )
        })
        .collect();
    let chart = charts::bars(
        &buckets
            .iter()
            .map(|(l, n, _)| (l.clone(), *n))
            .collect::<Vec<_>>(),
        &i18n::message(
            session.lang,
            "p2p-chart-rollup",
            &[("quarter", Arg::Text(&names::quarter(session.lang, quarter)))],
        ),
    );
    let base_query =
        crate::views::query_string(&[("scope", scope_code.clone()), ("quarter", quarter.code())]);
    let pager = Pager::new(&view.stale, "/p2p/rollup", &base_query);
    render(&RollupPage {
        layout: Layout::titled(&session, "p2p-rollup-title", "rollup"),
        quarters: p2p::this_month()
            .quarter()
            .back(12)
            .into_iter()
            .map(|q| (q.code(), names::quarter(session.lang, q)))
            .collect(),
        scopes,
        summary: rollup_summary(
            session.lang,
            &scope_label,
            quarter,
            view.rollup.teams,
            view.rollup.moved_up,
            view.rollup.moved_down,
        ),
        moves_heading: i18n::message(
            session.lang,
            "p2p-moves",
            &[
                (
                    "previous",
                    Arg::Text(&names::quarter(session.lang, quarter.previous())),
                ),
                ("quarter", Arg::Text(&names::quarter(session.lang, quarter))),
            ],
        ),
        quarter_code: quarter.code(),
        quarter_label: names::quarter(session.lang, quarter),
        chart,
        buckets,
        bucket_labels: (0..BUCKETS).map(|b| bucket_name(session.lang, b)).collect(),
        matrix: (0..BUCKETS)
            .map(|row| {
                (
                    bucket_name(session.lang, row),
                    view.rollup.transitions[row].to_vec(),
                )
            })
            .collect(),
        missing: view
            .missing
            .into_iter()
            .map(|(id, text, dimension, level, teams)| {
                let dimension = dimension
                    .map(|d| dimension_name(session.lang, d))
                    .unwrap_or_default();
                (id, text, dimension, level, teams)
            })
            .collect(),
        stale: view
            .stale
            .items
            .iter()
            .map(|t| {
                (
                    t.id,
                    t.name.clone(),
                    t.facility_name.clone(),
                    t.last_approved
                        .map(|at| names::date(session.lang, at))
                        .unwrap_or_else(|| i18n::message(session.lang, "p2p-never", &[])),
                )
            })
            .collect(),
        stale_total: view.stale.total,
        pager,
        scope_code,
    })
}

/// The roll-up as CSV: one section per table, for spreadsheets.
pub async fn rollup_csv(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    Query(query): Query<RollupQuery>,
) -> AppResult<Response> {
    let (scope, quarter) = rollup_params(&state, &user, &query).await?;
    let view = p2p::rollup(&state, scope, quarter, PageRequest::new(Some(1), Some(200))).await?;
    let mut csv = String::from("section,row,column,value\n");
    let quote = |s: &str| format!("\"{}\"", s.replace('"', "\"\""));
    for b in 0..BUCKETS {
        csv.push_str(&format!(
            "teams by level,{},{},{}\n",
            quote(&bucket_label(b)),
            quote(&quarter.code()),
            view.rollup.counts[b]
        ));
    }
    for (row, counts) in view.rollup.transitions.iter().enumerate() {
        for (column, n) in counts.iter().enumerate() {
            csv.push_str(&format!(
                "level change,{},{},{n}\n",
                quote(&bucket_label(row)),
                quote(&bucket_label(column))
            ));
        }
    }
    for (_, text, dimension, level, n) in &view.missing {
        let dimension = dimension.map(Dimension::label).unwrap_or("");
        csv.push_str(&format!(
            "most missing,{},{},{n}\n",
            quote(text),
            quote(&format!("{dimension} level {level}"))
        ));
    }
    for t in &view.stale.items {
        csv.push_str(&format!(
            "no approval in 90 days,{},{},{}\n",
            quote(&t.name),
            quote(&t.facility_name),
            t.last_approved
                .map(|at| names::date(crate::i18n::Lang::En, at))
                .unwrap_or_default()
        ));
    }
    let filename = format!(
        "p2p-rollup-{}-{}.csv",
        scope.code().replace(':', "-"),
        quarter.code()
    );
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{filename}\""),
            ),
        ],
        csv,
    )
        .into_response())
}

#[derive(Template)]
#[template(path = "admin_p2p.html")]
struct AdminP2pPage {
    layout: Layout,
    flash: Option<String>,
    errors: FormErrors,
    years: Vec<(i64, String)>,
    year_id: i64,
    year_name: String,
    new_year_name: String,
    /// id, dimension name, level, text, placeholder, earlier wordings
    criteria: Vec<(i64, String, i64, String, bool, usize)>,
    dimensions: Vec<(&'static str, String)>,
    is_current: bool,
}

#[derive(Deserialize)]
pub struct AdminP2pQuery {
    year: Option<i64>,
    #[serde(default)]
    done: String,
}

async fn admin_page(
    state: &AppState,
    session: &Session,
    year: Option<i64>,
    errors: FieldErrors,
    new_year_name: String,
    flash: Option<String>,
) -> AppResult<AdminP2pPage> {
    let years = state.store.p2p_years().await?;
    let chosen = year
        .and_then(|id| years.iter().find(|y| y.id == id))
        .or(years.first())
        .ok_or_else(|| AppError::NotFound(Msg::new("p2p-refuse-no-year")))?
        .clone();
    let rows = state.store.p2p_criteria(chosen.id).await?;
    let mut criteria = Vec::new();
    for r in rows {
        let revisions = state.store.p2p_revisions(r.id).await?.len();
        let dimension = Dimension::parse(&r.dimension);
        criteria.push((
            dimension.and_then(|d| Dimension::ALL.iter().position(|a| *a == d)),
            (
                r.id,
                dimension
                    .map(|d| dimension_name(session.lang, d))
                    .unwrap_or_default(),
                r.level,
                r.text,
                r.placeholder == 1,
                revisions,
            ),
        ));
    }
    criteria.sort_by_key(|(order, c)| (*order, c.2, c.0));
    let criteria = criteria.into_iter().map(|(_, c)| c).collect();
    Ok(AdminP2pPage {
        layout: Layout::titled(session, "admin-p2p-title", "admin"),
        flash,
        errors: FormErrors::new(session.lang, &errors),
        years: years.iter().map(|y| (y.id, y.name.clone())).collect(),
        year_id: chosen.id,
        year_name: chosen.name,
        new_year_name,
        criteria,
        dimensions: Dimension::ALL
            .iter()
            .map(|d| (d.code(), dimension_name(session.lang, *d)))
            .collect(),
        is_current: years.first().is_some_and(|y| y.id == chosen.id),
    })
}

pub async fn admin_criteria(
    State(state): State<AppState>,
    session: Session,
    CurrentUser(user): CurrentUser,
    Query(query): Query<AdminP2pQuery>,
) -> AppResult<Response> {
    authz::administer(&user)?;
    let flash = match query.done.as_str() {
        "year" => Some("admin-p2p-flash-year"),
        "criterion" => Some("admin-p2p-flash-criterion"),
        _ => None,
    }
    .map(|id| i18n::message(session.lang, id, &[]));
    render(
        &admin_page(
            &state,
            &session,
            query.year,
            FieldErrors::new(),
            String::new(),
            flash,
        )
        .await?,
    )
}

#[derive(Deserialize)]
pub struct NewYearForm {
    #[serde(default)]
    name: String,
}

pub async fn admin_new_year(
    State(state): State<AppState>,
    session: Session,
    CurrentUser(user): CurrentUser,
    Form(form): Form<NewYearForm>,
) -> AppResult<Response> {
    authz::administer(&user)?;
    let mut errors = FieldErrors::new();
    let name = lmp_domain::validation::required_text(
        &mut errors,
        "name",
        "p2p-field-year-name",
        &form.name,
        40,
    );
    if errors.is_empty() && state.store.p2p_year_by_name(&name).await?.is_some() {
        errors.add(
            "name",
            Msg::new("admin-p2p-error-year-taken").text("name", name.clone()),
        );
    }
    if !errors.is_empty() {
        return render_with(
            StatusCode::UNPROCESSABLE_ENTITY,
            &admin_page(&state, &session, None, errors, form.name, None).await?,
        );
    }
    let from = state.store.current_p2p_year().await?;
    let id = state.store.copy_p2p_year(from.id, &name).await?;
    state.caches.criteria.forget();
    state
        .store
        .audit(
            Some(user.person.id),
            "p2p.year.create",
            "p2p_year",
            Some(id),
            &name,
        )
        .await?;
    Ok(Redirect::to(&format!("/admin/p2p?year={id}&done=year")).into_response())
}

#[derive(Deserialize)]
pub struct CriterionForm {
    #[serde(default)]
    text: String,
    #[serde(default)]
    placeholder: String,
}

pub async fn admin_update_criterion(
    State(state): State<AppState>,
    session: Session,
    CurrentUser(user): CurrentUser,
    Path(id): Path<i64>,
    Form(form): Form<CriterionForm>,
) -> AppResult<Response> {
    authz::administer(&user)?;
    let criterion = state.store.p2p_criterion(id).await?;
    let mut errors = FieldErrors::new();
    let text = lmp_domain::validation::required_text(
        &mut errors,
        "text",
        "p2p-field-wording",
        &form.text,
        600,
    );
    if !errors.is_empty() {
        return render_with(
            StatusCode::UNPROCESSABLE_ENTITY,
            &admin_page(
                &state,
                &session,
                Some(criterion.year_id),
                errors,
                String::new(),
                None,
            )
            .await?,
        );
    }
    state
        .store
        .update_p2p_criterion(id, &text, form.placeholder == "1", user.person.id)
        .await?;
    state.caches.criteria.forget();
    let after = state.store.p2p_criterion(id).await?;
    state
        .store
        .audit_change(
            Some(user.person.id),
            "p2p.criterion.update",
            "p2p_criterion",
            Some(id),
            &text,
            Some(&lmp_store::audit::snapshot::criterion(&criterion)),
            Some(&lmp_store::audit::snapshot::criterion(&after)),
        )
        .await?;
    Ok(Redirect::to(&format!(
        "/admin/p2p?year={}&done=criterion#c-{id}",
        criterion.year_id
    ))
    .into_response())
}

#[derive(Deserialize)]
pub struct NewCriterionForm {
    #[serde(default)]
    dimension: String,
    #[serde(default)]
    level: String,
    #[serde(default)]
    text: String,
}

/// Adds a criterion to a cell of the year in force.
pub async fn admin_add_criterion(
    State(state): State<AppState>,
    session: Session,
    CurrentUser(user): CurrentUser,
    Form(form): Form<NewCriterionForm>,
) -> AppResult<Response> {
    authz::administer(&user)?;
    let mut errors = FieldErrors::new();
    let dimension = Dimension::parse(&form.dimension);
    if dimension.is_none() {
        errors.add("dimension", "admin-p2p-error-dimension");
    }
    let level = form
        .level
        .trim()
        .parse::<u8>()
        .ok()
        .filter(|l| LEVELS.contains(l));
    if level.is_none() {
        errors.add("level", "admin-p2p-error-level");
    }
    let text = lmp_domain::validation::required_text(
        &mut errors,
        "text",
        "p2p-field-wording",
        &form.text,
        600,
    );
    let year = state.store.current_p2p_year().await?;
    let (Some(dimension), Some(level), true) = (dimension, level, errors.is_empty()) else {
        return render_with(
            StatusCode::UNPROCESSABLE_ENTITY,
            &admin_page(&state, &session, Some(year.id), errors, String::new(), None).await?,
        );
    };
    let id = state
        .store
        .add_p2p_criterion(year.id, dimension, level, &text)
        .await?;
    state.caches.criteria.forget();
    state
        .store
        .audit(
            Some(user.person.id),
            "p2p.criterion.create",
            "p2p_criterion",
            Some(id),
            &text,
        )
        .await?;
    Ok(Redirect::to(&format!(
        "/admin/p2p?year={}&done=criterion#c-{id}",
        year.id
    ))
    .into_response())
}

/// The roll-up's one-sentence summary.
fn rollup_summary(
    lang: Lang,
    scope: &str,
    quarter: Quarter,
    teams: usize,
    up: usize,
    down: usize,
) -> String {
    let n = |v: usize| Arg::Number(i64::try_from(v).unwrap_or(i64::MAX));
    i18n::message(
        lang,
        "p2p-rollup-summary",
        &[
            ("scope", Arg::Text(scope)),
            ("quarter", Arg::Text(&names::quarter(lang, quarter))),
            (
                "previous",
                Arg::Text(&names::quarter(lang, quarter.previous())),
            ),
            ("teams", n(teams)),
            ("up", n(up)),
            ("down", n(down)),
        ],
    )
}
