//! Team-tested practices: the write-up of a finished project, the editor's review, the
//! library every signed-in person can browse, and adoption by another team.

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use lmp_domain::improvement::project::ProjectStatus;
use lmp_domain::improvement::CompassPoint;
use lmp_domain::validation::{optional_text, required_text};
use lmp_domain::{FieldErrors, Msg, PageRequest};
use lmp_store::practices::{Practice, PracticeFilter, PracticeInput};
use serde::Deserialize;

use super::projects::compass_message;
use super::{parse_id, render, render_with};
use crate::auth::{CurrentUser, Session, User};
use crate::authz;
use crate::error::{AppError, AppResult};
use crate::extract::{Form, Path, Query};
use crate::i18n::{message, Arg, FormErrors, Lang};
use crate::state::AppState;
use crate::views::{query_string, Layout, Pager};

/// The topics practices are filed under (the value stored with a practice, in English).
pub const TOPICS: [&str; 7] = [
    "Access and waiting times",
    "Patient safety",
    "Workplace safety",
    "Service experience",
    "Workflow and efficiency",
    "Supplies and cost",
    "Team engagement",
];

/// The catalogue id naming each of [`TOPICS`], in the same order.
const TOPIC_MESSAGES: [&str; 7] = [
    "practices-topic-access",
    "practices-topic-patient-safety",
    "practices-topic-workplace-safety",
    "practices-topic-service",
    "practices-topic-workflow",
    "practices-topic-supplies",
    "practices-topic-engagement",
];

/// A stored topic in the reader's language (a topic no longer in the list as it was stored).
fn topic_label(lang: Lang, topic: &str) -> String {
    TOPICS.iter().position(|t| *t == topic).map_or_else(
        || topic.to_string(),
        |i| message(lang, TOPIC_MESSAGES[i], &[]),
    )
}

/// Every topic as (stored value, name in the reader's language), for a menu.
fn topic_choices(lang: Lang) -> Vec<(&'static str, String)> {
    TOPICS.iter().map(|t| (*t, topic_label(lang, t))).collect()
}

#[derive(Template)]
#[template(path = "practice_form.html")]
struct WriteUpPage {
    layout: Layout,
    project_id: i64,
    project_title: String,
    /// (field name, catalogue id of its label, value).
    fields: Vec<(&'static str, &'static str, String)>,
    topics: Vec<(&'static str, String)>,
    topic: String,
    errors: FormErrors,
}

#[derive(Deserialize, Default)]
pub struct WriteUpForm {
    #[serde(default)]
    title: String,
    #[serde(default)]
    problem: String,
    #[serde(default)]
    change_made: String,
    #[serde(default)]
    results: String,
    #[serde(default)]
    tips: String,
    #[serde(default)]
    topic: String,
}

fn write_up_page(
    session: &Session,
    project: &lmp_store::improvement::Project,
    form: WriteUpForm,
    errors: FieldErrors,
) -> WriteUpPage {
    let layout = Layout::titled(session, "practice-form-title", "teams");
    WriteUpPage {
        errors: layout.errors(&errors),
        layout,
        project_id: project.id,
        project_title: project.title.clone(),
        fields: vec![
            ("title", "practice-field-title", form.title),
            ("problem", "practice-field-problem", form.problem),
            ("change_made", "practice-field-change", form.change_made),
            ("results", "practice-field-results", form.results),
            ("tips", "practice-field-tips", form.tips),
        ],
        topics: topic_choices(session.lang),
        topic: form.topic,
    }
}

/// The project, if the user may write up its practice: co-leads of its team (or
/// administrators), once the project is done or sustaining its gains.
async fn writable_project(
    state: &AppState,
    user: &User,
    project_id: i64,
) -> AppResult<lmp_store::improvement::Project> {
    let project = state.store.project(project_id).await?;
    let view = authz::edit_team(state, user, project.team_id).await?;
    let _ = view;
    let status = ProjectStatus::parse(&project.status);
    if !matches!(
        status,
        Some(ProjectStatus::Done | ProjectStatus::Sustaining)
    ) {
        return Err(AppError::Conflict(Msg::new("practice-not-finished")));
    }
    Ok(project)
}

pub async fn write_up(
    State(state): State<AppState>,
    session: Session,
    CurrentUser(user): CurrentUser,
    Path(project_id): Path<i64>,
) -> AppResult<Response> {
    let project = writable_project(&state, &user, project_id).await?;
    let cycles = state.store.cycles(project_id).await?;
    let adopted: Vec<String> = cycles
        .iter()
        .filter(|c| c.act_decision.as_deref() == Some("adopt"))
        .map(|c| c.change_idea.clone())
        .collect();
    let form = WriteUpForm {
        title: project.title.clone(),
        problem: project.description.clone(),
        change_made: adopted.join("; "),
        results: if project.aim_what.is_empty() {
            String::new()
        } else {
            message(
                session.lang,
                "practice-results-aim",
                &[
                    ("what", Arg::Text(&project.aim_what)),
                    ("much", Arg::Text(&project.aim_how_much)),
                    ("when", Arg::Text(&project.aim_by_when)),
                ],
            )
        },
        tips: String::new(),
        topic: TOPICS[0].to_string(),
    };
    render(&write_up_page(&session, &project, form, FieldErrors::new()))
}

pub async fn submit(
    State(state): State<AppState>,
    session: Session,
    CurrentUser(user): CurrentUser,
    Path(project_id): Path<i64>,
    Form(form): Form<WriteUpForm>,
) -> AppResult<Response> {
    let project = writable_project(&state, &user, project_id).await?;
    let mut errors = FieldErrors::new();
    let input = PracticeInput {
        title: required_text(
            &mut errors,
            "title",
            "practice-label-title",
            &form.title,
            160,
        ),
        problem: required_text(
            &mut errors,
            "problem",
            "practice-label-problem",
            &form.problem,
            4000,
        ),
        change_made: required_text(
            &mut errors,
            "change_made",
            "practice-label-change",
            &form.change_made,
            4000,
        ),
        results: required_text(
            &mut errors,
            "results",
            "practice-label-results",
            &form.results,
            4000,
        ),
        tips: optional_text(&mut errors, "tips", "practice-label-tips", &form.tips, 4000),
        compass: project.compass.clone(),
        topic: if TOPICS.contains(&form.topic.as_str()) {
            form.topic.clone()
        } else {
            TOPICS[0].to_string()
        },
    };
    if !errors.is_empty() {
        return render_with(
            StatusCode::UNPROCESSABLE_ENTITY,
            &write_up_page(&session, &project, form, errors),
        );
    }
    let id = state
        .store
        .submit_practice(project_id, project.team_id, &input, user.person.id)
        .await?;
    state
        .store
        .audit(
            Some(user.person.id),
            "practice.submit",
            "practice",
            Some(id),
            &input.title,
        )
        .await?;
    Ok(Redirect::to(&format!("/practices/{id}?done=submitted")).into_response())
}

#[derive(Deserialize)]
pub struct LibraryQuery {
    #[serde(default)]
    q: String,
    #[serde(default)]
    compass: String,
    #[serde(default)]
    topic: String,
    #[serde(default)]
    facility: String,
    page: Option<u32>,
}

#[derive(Template)]
#[template(path = "practices.html")]
struct LibraryPage {
    layout: Layout,
    can_review: bool,
    waiting: i64,
    filter: (String, String, String, String),
    compass: Vec<(&'static str, String)>,
    topics: Vec<(&'static str, String)>,
    facilities: Vec<(i64, String)>,
    page: lmp_domain::Page<Practice>,
    pager: Pager,
}

impl LibraryPage {
    fn topic_label(&self, topic: &str) -> String {
        topic_label(self.layout.lang, topic)
    }
}

pub async fn library(
    State(state): State<AppState>,
    session: Session,
    CurrentUser(user): CurrentUser,
    Query(query): Query<LibraryQuery>,
) -> AppResult<Response> {
    let filter = PracticeFilter {
        text: query.q.chars().take(100).collect(),
        compass: CompassPoint::parse(&query.compass).map(|c| c.code().to_string()),
        facility_id: parse_id(&query.facility),
        topic: TOPICS
            .contains(&query.topic.as_str())
            .then(|| query.topic.clone()),
    };
    let page = state
        .store
        .published_practices(&filter, PageRequest::new(query.page, None))
        .await?;
    let can_review = user.actor.can_edit_content();
    let waiting = if can_review {
        state
            .store
            .practices_with_status("submitted", PageRequest::new(None, Some(1)))
            .await?
            .total
    } else {
        0
    };
    let org = state.org().await?;
    let base = query_string(&[
        ("q", query.q.clone()),
        ("compass", query.compass.clone()),
        ("topic", query.topic.clone()),
        ("facility", query.facility.clone()),
    ]);
    let pager = Pager::new(&page, "/practices", &base);
    render(&LibraryPage {
        layout: Layout::titled(&session, "practices-title", "practices"),
        can_review,
        waiting,
        filter: (query.q, query.compass, query.topic, query.facility),
        compass: CompassPoint::ALL
            .iter()
            .map(|c| (c.code(), message(session.lang, compass_message(*c), &[])))
            .collect(),
        topics: topic_choices(session.lang),
        facilities: org
            .facilities
            .iter()
            .map(|f| (f.id, f.name.clone()))
            .collect(),
        page,
        pager,
    })
}

#[derive(Template)]
#[template(path = "practice.html")]
struct PracticePage {
    layout: Layout,
    p: Practice,
    /// "Tested by the team, its facility".
    tested_by: String,
    topic: String,
    status: String,
    compass: Vec<String>,
    flash: Option<String>,
    chart: String,
    can_review: bool,
    adopt_teams: Vec<(i64, String)>,
}

#[derive(Deserialize)]
pub struct DoneQuery {
    #[serde(default)]
    done: String,
}

/// Published practices are open to everyone signed in; a practice under review only to its
/// team's readers and to editors.
async fn readable(state: &AppState, user: &User, id: i64) -> AppResult<Practice> {
    let practice = state.store.practice(id).await?;
    if practice.status != "published" && !user.actor.can_edit_content() {
        authz::read_team_with_roster(state, user, practice.team_id).await?;
    }
    Ok(practice)
}

pub async fn show(
    State(state): State<AppState>,
    session: Session,
    CurrentUser(user): CurrentUser,
    Path(id): Path<i64>,
    Query(done): Query<DoneQuery>,
) -> AppResult<Response> {
    let p = readable(&state, &user, id).await?;
    let chart = match state.store.measures(p.project_id).await?.first() {
        Some(measure) => crate::measures::chart_svg_in(&state, session.lang, measure).await?,
        None => String::new(),
    };
    let adopt_teams = if p.status == "published" {
        let mut teams = Vec::new();
        for m in state.store.memberships(user.person.id).await? {
            if m.team_id != p.team_id && m.roles.iter().any(|r| r.is_co_lead()) {
                teams.push((m.team_id, m.team_name));
            }
        }
        teams
    } else {
        Vec::new()
    };
    let lang = session.lang;
    let flash = match done.done.as_str() {
        "submitted" => Some(message(lang, "practice-done-submitted", &[])),
        "published" => Some(message(lang, "practice-done-published", &[])),
        "returned" => Some(message(lang, "practice-done-returned", &[])),
        _ => None,
    };
    render(&PracticePage {
        layout: Layout::new(&session, p.title.clone(), "practices"),
        tested_by: message(
            lang,
            "practice-tested-by",
            &[
                ("team", Arg::Text(&p.team_name)),
                ("facility", Arg::Text(&p.facility_name)),
            ],
        ),
        topic: topic_label(lang, &p.topic),
        status: match p.status.as_str() {
            "submitted" | "published" | "returned" => {
                message(lang, &format!("practice-status-{}", p.status), &[])
            }
            other => other.to_string(),
        },
        compass: CompassPoint::parse_list(&p.compass)
            .into_iter()
            .map(|c| message(lang, compass_message(c), &[]))
            .collect(),
        flash,
        chart,
        can_review: user.actor.can_edit_content() && p.status == "submitted",
        adopt_teams,
        p,
    })
}

pub async fn review_queue(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
) -> AppResult<Response> {
    if !user.actor.can_edit_content() {
        return Err(AppError::Forbidden(Msg::new("practice-editors-only")));
    }
    let waiting = state
        .store
        .practices_with_status("submitted", PageRequest::new(None, Some(1)))
        .await?;
    match waiting.items.first() {
        Some(p) => Ok(Redirect::to(&format!("/practices/{}", p.id)).into_response()),
        None => Ok(Redirect::to("/practices").into_response()),
    }
}

#[derive(Deserialize)]
pub struct ReviewForm {
    #[serde(default)]
    decision: String,
    #[serde(default)]
    comment: String,
}

pub async fn review(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    Path(id): Path<i64>,
    Form(form): Form<ReviewForm>,
) -> AppResult<Response> {
    if !user.actor.can_edit_content() {
        return Err(AppError::Forbidden(Msg::new("practice-editors-only")));
    }
    let practice = state.store.practice(id).await?;
    if practice.status != "submitted" {
        return Err(AppError::Conflict(Msg::new("practice-not-waiting")));
    }
    let publish = match form.decision.as_str() {
        "publish" => true,
        "return" if !form.comment.trim().is_empty() => false,
        "return" => {
            return Err(AppError::BadRequest(Msg::new(
                "practice-say-what-to-change",
            )))
        }
        _ => return Err(AppError::BadRequest(Msg::new("practice-choose-decision"))),
    };
    state
        .store
        .review_practice(id, publish, form.comment.trim(), user.person.id)
        .await?;
    state
        .store
        .audit(
            Some(user.person.id),
            if publish {
                "practice.publish"
            } else {
                "practice.return"
            },
            "practice",
            Some(id),
            "",
        )
        .await?;
    crate::search::refresh(&state.store, &state.search, lmp_search::Kind::Practice, id).await;
    Ok(Redirect::to(&format!(
        "/practices/{id}?done={}",
        if publish { "published" } else { "returned" }
    ))
    .into_response())
}

#[derive(Deserialize)]
pub struct AdoptForm {
    #[serde(default)]
    team: String,
}

pub async fn adopt(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    Path(id): Path<i64>,
    Form(form): Form<AdoptForm>,
) -> AppResult<Response> {
    let practice = readable(&state, &user, id).await?;
    if practice.status != "published" {
        return Err(AppError::Conflict(Msg::new("practice-only-published")));
    }
    let team_id = parse_id(&form.team)
        .ok_or_else(|| AppError::BadRequest(Msg::new("practice-choose-team")))?;
    authz::edit_team(&state, &user, team_id).await?;
    if team_id == practice.team_id {
        return Err(AppError::Conflict(Msg::new("practice-own-team")));
    }
    let project_id = state
        .store
        .adopt_practice(&practice, team_id, user.person.id)
        .await
        .map_err(|e| match e {
            lmp_store::StoreError::Conflict { .. } => {
                AppError::Conflict(Msg::new("practice-already-adopted"))
            }
            e => e.into(),
        })?;
    state
        .store
        .audit(
            Some(user.person.id),
            "practice.adopt",
            "practice",
            Some(id),
            &team_id.to_string(),
        )
        .await?;
    Ok(Redirect::to(&format!("/projects/{project_id}?done=adopted")).into_response())
}
