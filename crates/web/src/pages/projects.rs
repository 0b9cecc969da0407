//! Improvement work pages: a team's ideas and projects, a project with its aim, scope check,
//! status, PDSA cycles and measures.

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use lmp_domain::improvement::pdsa::{self, ActDecision, ChangeKind};
use lmp_domain::improvement::project::{can_start, is_date, Aim, ProjectStatus};
use lmp_domain::improvement::scope::ScopeTopic;
use lmp_domain::improvement::CompassPoint;
use lmp_domain::validation::{optional_text, required_text};
use lmp_domain::{FieldErrors, Msg, PageRequest};
use lmp_store::improvement::{CycleInput, Project, ProjectInput};
use serde::Deserialize;

use super::{parse_id, render, render_with};
use crate::auth::{CurrentUser, Session, User};
use crate::authz::{self, TeamView};
use crate::error::{AppError, AppResult};
use crate::extract::{Form, Path, Query};
use crate::i18n::{Arg, FormErrors};
use crate::state::AppState;
use crate::views::{Layout, Pager};

use crate::authz::{project_access, ProjectAccess};

/// The catalogue id of a project's status.
pub(crate) fn status_message(status: ProjectStatus) -> &'static str {
    status.label_id()
}

/// The catalogue id of a scope topic, and of its redirect (why, and to whom) when out of scope.
pub(crate) fn topic_messages(
    topic: ScopeTopic,
) -> (&'static str, Option<(&'static str, &'static str)>) {
    (topic.label_id(), topic.redirect_ids())
}

/// The catalogue id of a Value Compass point (shared with the library's pages).
pub(crate) fn compass_message(point: CompassPoint) -> &'static str {
    point.label_id()
}

fn tool_kind_message(kind: lmp_domain::improvement::tools::ToolKind) -> &'static str {
    use lmp_domain::improvement::tools::ToolKind;
    match kind {
        ToolKind::Fishbone => "proj-tool-fishbone",
        ToolKind::Pick => "proj-tool-pick",
        ToolKind::ProcessMap => "proj-tool-process",
        ToolKind::WasteWalk => "proj-tool-waste_walk",
        ToolKind::DriverDiagram => "proj-tool-driver",
    }
}

fn require_edit(access: &ProjectAccess) -> AppResult<()> {
    access.require_edit(Msg::new("proj-only-editors"))
}

fn on_team(view: &TeamView, user: &User) -> bool {
    !view.access.actor_roles.is_empty() || user.actor.is_admin()
}

#[derive(Template)]
#[template(path = "projects.html")]
struct ProjectsPage {
    layout: Layout,
    team_id: i64,
    team_name: String,
    flash: Option<String>,
    can_raise: bool,
    errors: FormErrors,
    form: (String, String),
    page: lmp_domain::Page<Project>,
    rows: Vec<(i64, String, &'static str, String)>,
    pager: Pager,
}

#[derive(Deserialize)]
pub struct ListQuery {
    page: Option<u32>,
    #[serde(default)]
    done: String,
}

async fn projects_page(
    state: &AppState,
    session: &Session,
    user: &User,
    team_id: i64,
    page_number: Option<u32>,
    form: (String, String),
    errors: FieldErrors,
    flash: Option<String>,
) -> AppResult<ProjectsPage> {
    let (view, _) = authz::read_team_with_roster(state, user, team_id).await?;
    let page = state
        .store
        .team_projects(team_id, PageRequest::new(page_number, None))
        .await?;
    let rows = page
        .items
        .iter()
        .map(|p| {
            let status = ProjectStatus::parse(&p.status)
                .map(status_message)
                .unwrap_or("");
            let aim = if p.aim_what.is_empty() {
                "—".to_string()
            } else {
                crate::i18n::message(
                    session.lang,
                    "proj-aim-summary",
                    &[
                        ("what", Arg::Text(&p.aim_what)),
                        ("much", Arg::Text(&p.aim_how_much)),
                        ("when", Arg::Text(&p.aim_by_when)),
                    ],
                )
            };
            (p.id, p.title.clone(), status, aim)
        })
        .collect();
    let pager = Pager::new(&page, &format!("/teams/{team_id}/projects"), "");
    Ok(ProjectsPage {
        layout: Layout::new(
            session,
            format!(
                "{} · {}",
                crate::i18n::message(session.lang, "proj-title", &[]),
                view.team.name
            ),
            "teams",
        ),
        team_id,
        can_raise: on_team(&view, user),
        team_name: view.team.name,
        flash,
        errors: FormErrors::new(session.lang, &errors),
        form,
        page,
        rows,
        pager,
    })
}

pub async fn list(
    State(state): State<AppState>,
    session: Session,
    CurrentUser(user): CurrentUser,
    Path(team_id): Path<i64>,
    Query(query): Query<ListQuery>,
) -> AppResult<Response> {
    let flash =
        (query.done == "idea").then(|| crate::i18n::message(session.lang, "proj-flash-idea", &[]));
    render(
        &projects_page(
            &state,
            &session,
            &user,
            team_id,
            query.page,
            (String::new(), String::new()),
            FieldErrors::new(),
            flash,
        )
        .await?,
    )
}

#[derive(Deserialize)]
pub struct IdeaForm {
    #[serde(default)]
    title: String,
    #[serde(default)]
    description: String,
}

pub async fn raise_idea(
    State(state): State<AppState>,
    session: Session,
    CurrentUser(user): CurrentUser,
    Path(team_id): Path<i64>,
    Form(form): Form<IdeaForm>,
) -> AppResult<Response> {
    let (view, _) = authz::read_team_with_roster(&state, &user, team_id).await?;
    if !on_team(&view, &user) {
        return Err(AppError::Forbidden(Msg::new("proj-refuse-raise")));
    }
    let mut errors = FieldErrors::new();
    let title = required_text(&mut errors, "title", "proj-field-idea", &form.title, 160);
    let description = optional_text(
        &mut errors,
        "description",
        "proj-field-description",
        &form.description,
        4000,
    );
    if !errors.is_empty() {
        let page = projects_page(
            &state,
            &session,
            &user,
            team_id,
            None,
            (form.title, form.description),
            errors,
            None,
        )
        .await?;
        return render_with(StatusCode::UNPROCESSABLE_ENTITY, &page);
    }
    let id = state
        .store
        .create_idea(team_id, &title, &description, user.person.id)
        .await?;
    state
        .store
        .audit(
            Some(user.person.id),
            "project.idea",
            "project",
            Some(id),
            &title,
        )
        .await?;
    Ok(Redirect::to(&format!("/teams/{team_id}/projects?done=idea")).into_response())
}

#[derive(Template)]
#[template(path = "project.html")]
struct ProjectPage {
    layout: Layout,
    p: Project,
    status_label: &'static str,
    compass: Vec<&'static str>,
    flash: Option<String>,
    errors: FormErrors,
    can_edit: bool,
    scope_label: Option<&'static str>,
    redirect: Option<(&'static str, &'static str)>,
    current_topic: String,
    topics: Vec<(&'static str, &'static str)>,
    next_statuses: Vec<(&'static str, &'static str)>,
    /// id, number, change idea, stage, decision
    cycles: Vec<(i64, i64, String, &'static str, Option<&'static str>)>,
    /// id, name, description, chart SVG
    measures: Vec<(i64, String, String, String)>,
    chart_kinds: Vec<(&'static str, &'static str)>,
    /// The practice written up from this project: id and status.
    practice: Option<(i64, String)>,
    adopted_from: Option<(i64, String)>,
    can_write_up: bool,
    /// The project's improvement tools: id, title, kind.
    tools: Vec<(i64, String, &'static str)>,
}

pub const CHART_KINDS: [(&str, &str); 5] = [
    ("run", "measure-chart-run"),
    ("i", "measure-chart-i"),
    ("p", "measure-chart-p"),
    ("u", "measure-chart-u"),
    ("c", "measure-chart-c"),
];

#[derive(Deserialize)]
pub struct DoneQuery {
    #[serde(default)]
    done: String,
}

async fn project_page(
    state: &AppState,
    session: &Session,
    user: &User,
    project_id: i64,
    errors: FieldErrors,
    flash: Option<String>,
) -> AppResult<ProjectPage> {
    let access = project_access(state, user, project_id).await?;
    let p = access.project;
    let status = ProjectStatus::parse(&p.status).unwrap_or(ProjectStatus::Idea);
    let topic = p.scope_topic.as_deref().and_then(ScopeTopic::parse);
    let cycles = state
        .store
        .cycles(project_id)
        .await?
        .into_iter()
        .map(|c| {
            let decision = c.act_decision.as_deref().and_then(ActDecision::parse);
            let stage = pdsa::stage(
                !c.prediction.trim().is_empty(),
                !c.do_notes.trim().is_empty(),
                !c.study_notes.trim().is_empty(),
                decision,
            );
            (
                c.id,
                c.number,
                c.change_idea,
                stage.label_id(),
                decision.map(ActDecision::label_id),
            )
        })
        .collect();
    let mut measures = Vec::new();
    for m in state.store.measures(project_id).await? {
        let svg = crate::measures::chart_svg_in(state, session.lang, &m).await?;
        let kind = format!(
            "{}{}",
            crate::i18n::message(
                session.lang,
                match m.kind.as_str() {
                    "outcome" => "measure-of-outcome",
                    "process" => "measure-of-process",
                    "balancing" => "measure-of-balancing",
                    _ => "measure-of-other",
                },
                &[("kind", Arg::Text(&m.kind))],
            ),
            if m.unit.is_empty() {
                String::new()
            } else {
                format!(", {}", m.unit)
            }
        );
        measures.push((m.id, m.name, kind, svg));
    }
    Ok(ProjectPage {
        layout: Layout::new(session, p.title.clone(), "teams"),
        status_label: status_message(status),
        compass: CompassPoint::parse_list(&p.compass)
            .into_iter()
            .map(compass_message)
            .collect(),
        flash,
        errors: FormErrors::new(session.lang, &errors),
        can_edit: access.can_edit,
        scope_label: topic.map(|t| topic_messages(t).0),
        redirect: topic.and_then(|t| topic_messages(t).1),
        current_topic: p.scope_topic.clone().unwrap_or_default(),
        topics: ScopeTopic::ALL
            .iter()
            .map(|t| (t.code(), topic_messages(*t).0))
            .collect(),
        next_statuses: ProjectStatus::ALL
            .iter()
            .filter(|s| status.can_move_to(**s))
            .map(|s| (s.code(), status_message(*s)))
            .collect(),
        cycles,
        measures,
        chart_kinds: CHART_KINDS.to_vec(),
        practice: state
            .store
            .practice_of_project(project_id)
            .await?
            .map(|x| (x.id, x.status)),
        adopted_from: state.store.adopted_from(project_id).await?,
        tools: state
            .store
            .project_tools(project_id)
            .await?
            .into_iter()
            .map(|t| {
                let kind = lmp_domain::improvement::tools::ToolKind::parse(&t.kind);
                (t.id, t.title, kind.map_or("", tool_kind_message))
            })
            .collect(),
        can_write_up: access.can_edit
            && matches!(status, ProjectStatus::Done | ProjectStatus::Sustaining),
        p,
    })
}

pub async fn show(
    State(state): State<AppState>,
    session: Session,
    CurrentUser(user): CurrentUser,
    Path(project_id): Path<i64>,
    Query(done): Query<DoneQuery>,
) -> AppResult<Response> {
    let flash = match done.done.as_str() {
        "saved" => Some("proj-flash-saved"),
        "scope" => Some("proj-flash-scope"),
        "status" => Some("proj-flash-status"),
        "measure" => Some("proj-flash-measure"),
        "adopted" => Some("proj-flash-adopted"),
        _ => None,
    }
    .map(|id| crate::i18n::message(session.lang, id, &[]));
    render(
        &project_page(
            &state,
            &session,
            &user,
            project_id,
            FieldErrors::new(),
            flash,
        )
        .await?,
    )
}

#[derive(Template)]
#[template(path = "project_edit.html")]
struct EditPage {
    layout: Layout,
    id: i64,
    title: String,
    /// (field name, catalogue id of its label, value).
    fields: Vec<(&'static str, &'static str, String)>,
    description: String,
    compass: Vec<(&'static str, String, bool)>,
    errors: FormErrors,
}

fn edit_page(session: &Session, id: i64, input: &ProjectInput, errors: FieldErrors) -> EditPage {
    let chosen = CompassPoint::parse_list(&input.compass);
    EditPage {
        layout: Layout::titled(session, "project-edit-title", "teams"),
        id,
        title: input.title.clone(),
        fields: vec![
            ("title", "project-edit-field-title", input.title.clone()),
            (
                "aim_what",
                "project-edit-field-aim-what",
                input.aim_what.clone(),
            ),
            (
                "aim_how_much",
                "project-edit-field-aim-how-much",
                input.aim_how_much.clone(),
            ),
            (
                "aim_by_when",
                "project-edit-field-aim-by-when",
                input.aim_by_when.clone(),
            ),
        ],
        description: input.description.clone(),
        compass: CompassPoint::ALL
            .iter()
            .map(|c| {
                (
                    c.code(),
                    crate::i18n::message(session.lang, compass_message(*c), &[]),
                    chosen.contains(c),
                )
            })
            .collect(),
        errors: FormErrors::new(session.lang, &errors),
    }
}

pub async fn edit(
    State(state): State<AppState>,
    session: Session,
    CurrentUser(user): CurrentUser,
    Path(project_id): Path<i64>,
) -> AppResult<Response> {
    let access = project_access(&state, &user, project_id).await?;
    require_edit(&access)?;
    let p = access.project;
    let input = ProjectInput {
        title: p.title,
        description: p.description,
        aim_what: p.aim_what,
        aim_how_much: p.aim_how_much,
        aim_by_when: p.aim_by_when,
        compass: p.compass,
    };
    render(&edit_page(&session, project_id, &input, FieldErrors::new()))
}

pub async fn save(
    State(state): State<AppState>,
    session: Session,
    CurrentUser(user): CurrentUser,
    Path(project_id): Path<i64>,
    Form(fields): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let access = project_access(&state, &user, project_id).await?;
    require_edit(&access)?;
    let get = |name: &str| {
        fields
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.trim().to_string())
            .unwrap_or_default()
    };
    let compass: Vec<CompassPoint> = fields
        .iter()
        .filter(|(k, _)| k == "compass")
        .filter_map(|(_, v)| CompassPoint::parse(v))
        .collect();
    let mut errors = FieldErrors::new();
    let input = ProjectInput {
        title: required_text(&mut errors, "title", "proj-field-title", &get("title"), 160),
        description: optional_text(
            &mut errors,
            "description",
            "proj-field-description",
            &get("description"),
            4000,
        ),
        aim_what: optional_text(
            &mut errors,
            "aim_what",
            "proj-field-aim",
            &get("aim_what"),
            300,
        ),
        aim_how_much: optional_text(
            &mut errors,
            "aim_how_much",
            "proj-field-how-much",
            &get("aim_how_much"),
            200,
        ),
        aim_by_when: get("aim_by_when"),
        compass: CompassPoint::list_code(&compass),
    };
    if !input.aim_by_when.is_empty() && !is_date(&input.aim_by_when) {
        errors.add("aim_by_when", "project-edit-bad-date");
    }
    if !errors.is_empty() {
        return render_with(
            StatusCode::UNPROCESSABLE_ENTITY,
            &edit_page(&session, project_id, &input, errors),
        );
    }
    state.store.update_project(project_id, &input).await?;
    state
        .store
        .audit(
            Some(user.person.id),
            "project.update",
            "project",
            Some(project_id),
            &input.title,
        )
        .await?;
    crate::search::refresh(
        &state.store,
        &state.search,
        lmp_search::Kind::Project,
        project_id,
    )
    .await;
    Ok(Redirect::to(&format!("/projects/{project_id}?done=saved")).into_response())
}

#[derive(Deserialize)]
pub struct ScopeForm {
    #[serde(default)]
    topic: String,
}

pub async fn check_scope(
    State(state): State<AppState>,
    session: Session,
    CurrentUser(user): CurrentUser,
    Path(project_id): Path<i64>,
    Form(form): Form<ScopeForm>,
) -> AppResult<Response> {
    let access = project_access(&state, &user, project_id).await?;
    require_edit(&access)?;
    let Some(topic) = ScopeTopic::parse(&form.topic) else {
        let mut errors = FieldErrors::new();
        errors.add("topic", "proj-scope-choose");
        return render_with(
            StatusCode::UNPROCESSABLE_ENTITY,
            &project_page(&state, &session, &user, project_id, errors, None).await?,
        );
    };
    let confirmed_by = topic.in_scope().then_some(user.person.id);
    state
        .store
        .set_project_scope(project_id, topic.code(), confirmed_by)
        .await?;
    state
        .store
        .audit(
            Some(user.person.id),
            "project.scope",
            "project",
            Some(project_id),
            topic.code(),
        )
        .await?;
    Ok(Redirect::to(&format!("/projects/{project_id}?done=scope#scope")).into_response())
}

#[derive(Deserialize)]
pub struct StatusForm {
    #[serde(default)]
    status: String,
}

pub async fn change_status(
    State(state): State<AppState>,
    session: Session,
    CurrentUser(user): CurrentUser,
    Path(project_id): Path<i64>,
    Form(form): Form<StatusForm>,
) -> AppResult<Response> {
    let access = project_access(&state, &user, project_id).await?;
    require_edit(&access)?;
    let p = &access.project;
    let current = ProjectStatus::parse(&p.status).unwrap_or(ProjectStatus::Idea);
    let Some(next) = ProjectStatus::parse(&form.status).filter(|n| current.can_move_to(*n)) else {
        return Err(AppError::BadRequest(
            Msg::new("proj-refuse-move")
                .label("from", status_message(current))
                .text("to", form.status.clone()),
        ));
    };
    if current == ProjectStatus::Idea && next == ProjectStatus::Active {
        let aim = Aim {
            what: p.aim_what.clone(),
            how_much: p.aim_how_much.clone(),
            by_when: p.aim_by_when.clone(),
        };
        if let Err(errors) = can_start(&aim, p.scope_confirmed_by.is_some()) {
            return render_with(
                StatusCode::UNPROCESSABLE_ENTITY,
                &project_page(&state, &session, &user, project_id, errors, None).await?,
            );
        }
        state
            .store
            .add_project_owner(project_id, user.person.id)
            .await?;
    }
    state
        .store
        .set_project_status(project_id, next.code())
        .await?;
    state
        .store
        .audit(
            Some(user.person.id),
            "project.status",
            "project",
            Some(project_id),
            next.code(),
        )
        .await?;
    crate::search::refresh(
        &state.store,
        &state.search,
        lmp_search::Kind::Project,
        project_id,
    )
    .await;
    Ok(Redirect::to(&format!("/projects/{project_id}?done=status")).into_response())
}

/// A form field: name, label, value, multi-line.
type FormField = (&'static str, &'static str, String, bool);

#[derive(Template)]
#[template(path = "cycle.html")]
struct CyclePage {
    layout: Layout,
    project_id: i64,
    project_title: String,
    heading: String,
    stage: Option<&'static str>,
    errors: FormErrors,
    action: String,
    follows: Option<i64>,
    sections: Vec<(&'static str, Vec<FormField>)>,
    change_kind: String,
    act_decision: String,
    kinds: Vec<(&'static str, &'static str)>,
    decisions: Vec<(&'static str, &'static str)>,
    editable: bool,
    next_cycle_href: Option<String>,
}

fn cycle_page(
    session: &Session,
    project: &Project,
    cycle_id: Option<i64>,
    number: Option<i64>,
    input: &CycleInput,
    errors: FieldErrors,
    editable: bool,
) -> CyclePage {
    let decision = input.act_decision.as_deref().and_then(ActDecision::parse);
    let stage = pdsa::stage(
        !input.prediction.trim().is_empty(),
        !input.do_notes.trim().is_empty(),
        !input.study_notes.trim().is_empty(),
        decision,
    );
    let field = |name, label, value: &String, long| (name, label, value.clone(), long);
    CyclePage {
        layout: Layout::titled(session, "cycle-title", "teams"),
        project_id: project.id,
        project_title: project.title.clone(),
        heading: match number {
            Some(n) => crate::i18n::message(
                session.lang,
                "cycle-heading",
                &[
                    ("count", Arg::Number(n)),
                    ("name", Arg::Text(&input.change_idea)),
                ],
            ),
            None => crate::i18n::message(session.lang, "cycle-new-heading", &[]),
        },
        stage: cycle_id.map(|_| stage.label_id()),
        errors: FormErrors::new(session.lang, &errors),
        action: match cycle_id {
            Some(id) => format!("/projects/{}/cycles/{id}", project.id),
            None => format!("/projects/{}/cycles", project.id),
        },
        follows: input.follows_id,
        sections: vec![
            (
                "cycle-plan",
                vec![
                    field(
                        "change_idea",
                        "cycle-change-idea",
                        &input.change_idea,
                        false,
                    ),
                    field("question", "cycle-question", &input.question, true),
                    field("prediction", "cycle-prediction", &input.prediction, true),
                    field(
                        "plan_details",
                        "cycle-plan-details",
                        &input.plan_details,
                        true,
                    ),
                    field(
                        "data_to_collect",
                        "cycle-data",
                        &input.data_to_collect,
                        true,
                    ),
                    field("started_on", "cycle-started-on", &input.started_on, false),
                ],
            ),
            (
                "cycle-do",
                vec![field("do_notes", "cycle-do-notes", &input.do_notes, true)],
            ),
            (
                "cycle-study",
                vec![field(
                    "study_notes",
                    "cycle-study-notes",
                    &input.study_notes,
                    true,
                )],
            ),
            (
                "cycle-act",
                vec![field(
                    "act_notes",
                    "cycle-act-notes",
                    &input.act_notes,
                    true,
                )],
            ),
        ],
        change_kind: input.change_kind.clone(),
        act_decision: input.act_decision.clone().unwrap_or_default(),
        kinds: ChangeKind::ALL
            .iter()
            .map(|k| (k.code(), k.label_id()))
            .collect(),
        decisions: ActDecision::ALL
            .iter()
            .map(|d| (d.code(), d.label_id()))
            .collect(),
        editable,
        next_cycle_href: match (cycle_id, decision) {
            (Some(id), Some(ActDecision::Adapt)) if editable => {
                Some(format!("/projects/{}/cycles/new?follows={id}", project.id))
            }
            _ => None,
        },
    }
}

fn cycle_input(fields: &[(String, String)]) -> (CycleInput, FieldErrors) {
    let get = |name: &str| {
        fields
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.trim().to_string())
            .unwrap_or_default()
    };
    let mut errors = FieldErrors::new();
    let input = CycleInput {
        follows_id: parse_id(&get("follows")),
        change_idea: required_text(
            &mut errors,
            "change_idea",
            "cycle-field-change-idea",
            &get("change_idea"),
            300,
        ),
        question: optional_text(
            &mut errors,
            "question",
            "cycle-field-question",
            &get("question"),
            4000,
        ),
        prediction: optional_text(
            &mut errors,
            "prediction",
            "cycle-field-prediction",
            &get("prediction"),
            4000,
        ),
        plan_details: optional_text(
            &mut errors,
            "plan_details",
            "cycle-field-plan",
            &get("plan_details"),
            4000,
        ),
        data_to_collect: optional_text(
            &mut errors,
            "data_to_collect",
            "cycle-field-data",
            &get("data_to_collect"),
            4000,
        ),
        change_kind: ChangeKind::parse(&get("change_kind"))
            .unwrap_or(ChangeKind::WorkflowOrProcess)
            .code()
            .to_string(),
        do_notes: optional_text(
            &mut errors,
            "do_notes",
            "cycle-field-do",
            &get("do_notes"),
            4000,
        ),
        study_notes: optional_text(
            &mut errors,
            "study_notes",
            "cycle-field-study",
            &get("study_notes"),
            4000,
        ),
        act_decision: ActDecision::parse(&get("act_decision")).map(|d| d.code().to_string()),
        act_notes: optional_text(
            &mut errors,
            "act_notes",
            "cycle-field-act",
            &get("act_notes"),
            4000,
        ),
        started_on: get("started_on"),
    };
    if !is_date(&input.started_on) {
        errors.add("started_on", "cycle-start-date-form");
    }
    // The method asks for a prediction before the test is run, and a study of the result
    // against it before deciding.
    if !input.do_notes.is_empty() && input.prediction.is_empty() {
        errors.add("prediction", "cycle-prediction-first");
    }
    if input.act_decision.is_some() && input.study_notes.is_empty() {
        errors.add("study_notes", "cycle-study-first");
    }
    (input, errors)
}

#[derive(Deserialize)]
pub struct NewCycleQuery {
    follows: Option<i64>,
}

pub async fn new_cycle(
    State(state): State<AppState>,
    session: Session,
    CurrentUser(user): CurrentUser,
    Path(project_id): Path<i64>,
    Query(query): Query<NewCycleQuery>,
) -> AppResult<Response> {
    let access = project_access(&state, &user, project_id).await?;
    require_edit(&access)?;
    let mut input = CycleInput {
        started_on: crate::views::date_input(lmp_store::now()),
        change_kind: ChangeKind::WorkflowOrProcess.code().into(),
        ..Default::default()
    };
    if let Some(previous) = query.follows {
        let previous = state.store.cycle(previous).await?;
        if previous.project_id == project_id {
            input.follows_id = Some(previous.id);
            input.change_idea = crate::i18n::message(
                session.lang,
                "cycle-adapted",
                &[("name", Arg::Text(&previous.change_idea))],
            );
        }
    }
    render(&cycle_page(
        &session,
        &access.project,
        None,
        None,
        &input,
        FieldErrors::new(),
        true,
    ))
}

pub async fn create_cycle(
    State(state): State<AppState>,
    session: Session,
    CurrentUser(user): CurrentUser,
    Path(project_id): Path<i64>,
    Form(fields): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let access = project_access(&state, &user, project_id).await?;
    require_edit(&access)?;
    if access.project.status != ProjectStatus::Active.code() {
        return Err(AppError::Conflict(Msg::new("proj-refuse-cycles-active")));
    }
    let (input, errors) = cycle_input(&fields);
    if !errors.is_empty() {
        return render_with(
            StatusCode::UNPROCESSABLE_ENTITY,
            &cycle_page(&session, &access.project, None, None, &input, errors, true),
        );
    }
    let id = state
        .store
        .create_cycle(project_id, &input, user.person.id)
        .await?;
    state
        .store
        .audit(
            Some(user.person.id),
            "pdsa.create",
            "project",
            Some(project_id),
            &input.change_idea,
        )
        .await?;
    Ok(Redirect::to(&format!("/projects/{project_id}/cycles/{id}")).into_response())
}

fn input_of(c: &lmp_store::improvement::Cycle) -> CycleInput {
    CycleInput {
        follows_id: c.follows_id,
        change_idea: c.change_idea.clone(),
        question: c.question.clone(),
        prediction: c.prediction.clone(),
        plan_details: c.plan_details.clone(),
        data_to_collect: c.data_to_collect.clone(),
        change_kind: c.change_kind.clone(),
        do_notes: c.do_notes.clone(),
        study_notes: c.study_notes.clone(),
        act_decision: c.act_decision.clone(),
        act_notes: c.act_notes.clone(),
        started_on: c.started_on.clone(),
    }
}

pub async fn show_cycle(
    State(state): State<AppState>,
    session: Session,
    CurrentUser(user): CurrentUser,
    Path((project_id, cycle_id)): Path<(i64, i64)>,
) -> AppResult<Response> {
    let access = project_access(&state, &user, project_id).await?;
    let cycle = state.store.cycle(cycle_id).await?;
    if cycle.project_id != project_id {
        return Err(AppError::NotFound(Msg::new("proj-refuse-no-cycle")));
    }
    render(&cycle_page(
        &session,
        &access.project,
        Some(cycle.id),
        Some(cycle.number),
        &input_of(&cycle),
        FieldErrors::new(),
        access.can_edit,
    ))
}

pub async fn save_cycle(
    State(state): State<AppState>,
    session: Session,
    CurrentUser(user): CurrentUser,
    Path((project_id, cycle_id)): Path<(i64, i64)>,
    Form(fields): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let access = project_access(&state, &user, project_id).await?;
    require_edit(&access)?;
    let cycle = state.store.cycle(cycle_id).await?;
    if cycle.project_id != project_id {
        return Err(AppError::NotFound(Msg::new("proj-refuse-no-cycle")));
    }
    let (mut input, errors) = cycle_input(&fields);
    input.follows_id = cycle.follows_id;
    if !errors.is_empty() {
        return render_with(
            StatusCode::UNPROCESSABLE_ENTITY,
            &cycle_page(
                &session,
                &access.project,
                Some(cycle.id),
                Some(cycle.number),
                &input,
                errors,
                true,
            ),
        );
    }
    state.store.update_cycle(cycle_id, &input).await?;
    state
        .store
        .audit(
            Some(user.person.id),
            "pdsa.update",
            "project",
            Some(project_id),
            &cycle.number.to_string(),
        )
        .await?;
    Ok(Redirect::to(&format!("/projects/{project_id}/cycles/{cycle_id}")).into_response())
}

#[derive(Deserialize)]
pub struct MeasureForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    kind: String,
    #[serde(default)]
    chart: String,
    #[serde(default)]
    unit: String,
    #[serde(default)]
    target: String,
    #[serde(default)]
    direction: String,
}

pub async fn add_measure(
    State(state): State<AppState>,
    session: Session,
    CurrentUser(user): CurrentUser,
    Path(project_id): Path<i64>,
    Form(form): Form<MeasureForm>,
) -> AppResult<Response> {
    let access = project_access(&state, &user, project_id).await?;
    require_edit(&access)?;
    let mut errors = FieldErrors::new();
    let name = required_text(
        &mut errors,
        "name",
        "proj-field-measure-name",
        &form.name,
        160,
    );
    let unit = optional_text(&mut errors, "unit", "proj-field-unit", &form.unit, 60);
    if !matches!(form.kind.as_str(), "outcome" | "process" | "balancing") {
        errors.add("kind", "proj-measure-kind-choose");
    }
    if !CHART_KINDS.iter().any(|(code, _)| *code == form.chart) {
        errors.add("chart", "proj-measure-chart-choose");
    }
    let target = match form.target.trim() {
        "" => None,
        text => match text.replace(',', "").parse::<f64>() {
            Ok(v) if v.is_finite() => Some(v),
            _ => {
                errors.add("target", "proj-measure-target-number");
                None
            }
        },
    };
    let direction = if form.direction == "up" { "up" } else { "down" };
    if !errors.is_empty() {
        return render_with(
            StatusCode::UNPROCESSABLE_ENTITY,
            &project_page(&state, &session, &user, project_id, errors, None).await?,
        );
    }
    let id = state
        .store
        .create_measure(
            project_id,
            &name,
            &form.kind,
            &unit,
            &form.chart,
            target,
            direction,
        )
        .await?;
    state
        .store
        .audit(
            Some(user.person.id),
            "measure.create",
            "project",
            Some(project_id),
            &name,
        )
        .await?;
    Ok(Redirect::to(&format!("/measures/{id}")).into_response())
}

#[derive(Template)]
#[template(path = "projects_search.html")]
struct SearchPage {
    layout: Layout,
    q: String,
    practices: Vec<(i64, String, String)>,
    page: lmp_domain::Page<Project>,
    rows: Vec<(i64, String, String, &'static str, String)>,
    pager: Pager,
}

#[derive(Deserialize)]
pub struct SearchQuery {
    #[serde(default)]
    q: String,
    page: Option<u32>,
}

/// Projects (past the idea stage) and published practices of every team, for anyone signed in.
pub async fn search(
    State(state): State<AppState>,
    session: Session,
    CurrentUser(_user): CurrentUser,
    Query(query): Query<SearchQuery>,
) -> AppResult<Response> {
    let q: String = query.q.chars().take(100).collect();
    let page = state
        .store
        .search_projects(&q, PageRequest::new(query.page, None))
        .await?;
    let practices = if q.trim().is_empty() {
        Vec::new()
    } else {
        state
            .store
            .published_practices(
                &lmp_store::practices::PracticeFilter {
                    text: q.clone(),
                    ..Default::default()
                },
                PageRequest::new(None, Some(5)),
            )
            .await?
            .items
            .into_iter()
            .map(|p| {
                (
                    p.id,
                    p.title,
                    format!("{} · {}", p.team_name, p.facility_name),
                )
            })
            .collect()
    };
    let rows = page
        .items
        .iter()
        .map(|p| {
            (
                p.id,
                p.title.clone(),
                p.team_name.clone(),
                ProjectStatus::parse(&p.status)
                    .map(status_message)
                    .unwrap_or(""),
                if p.aim_what.is_empty() {
                    String::new()
                } else {
                    format!("{} ({})", p.aim_what, p.aim_how_much)
                },
            )
        })
        .collect();
    let pager = Pager::new(
        &page,
        "/projects",
        &crate::views::query_string(&[("q", q.clone())]),
    );
    render(&SearchPage {
        layout: Layout::titled(&session, "proj-title", "projects"),
        q,
        practices,
        page,
        rows,
        pager,
    })
}
