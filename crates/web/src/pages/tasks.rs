//! Tasks: what a person was asked to do (or asked others to do), open or closed, with overdue
//! ones marked; and changing a task's status.

use askama::Template;
use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};
use lmp_domain::decisions::tasks::{is_overdue, TaskStatus};
use lmp_domain::{Msg, PageRequest};
use lmp_store::tasks::{Task, Whose};
use serde::Deserialize;

use super::render;
use crate::auth::{CurrentUser, Session, User};
use crate::authz;
use crate::error::{AppError, AppResult};
use crate::extract::{Form, Path, Query};
use crate::state::AppState;
use crate::views::{date_input, query_string, Layout, Pager};

#[derive(Template)]
#[template(path = "tasks.html")]
struct TasksPage {
    layout: Layout,
    whose: String,
    open: bool,
    rows: Vec<TaskRow>,
    pager: Pager,
}

struct TaskRow {
    task: Task,
    overdue: bool,
    /// The catalogue id of the status's name.
    status_label: &'static str,
    can_change: bool,
}

#[derive(Deserialize, Default)]
pub struct TasksQuery {
    #[serde(default)]
    whose: String,
    #[serde(default)]
    state: String,
    page: Option<u32>,
}

fn row(task: Task, user: &User, today: &str) -> TaskRow {
    let status = TaskStatus::parse(&task.status).unwrap_or(TaskStatus::Open);
    TaskRow {
        overdue: task
            .due_on
            .as_deref()
            .is_some_and(|due| is_overdue(due, today, status)),
        status_label: status.label_id(),
        can_change: task.owner_id == Some(user.person.id)
            || task.created_by == Some(user.person.id),
        task,
    }
}

pub async fn mine(
    State(state): State<AppState>,
    session: Session,
    CurrentUser(user): CurrentUser,
    Query(query): Query<TasksQuery>,
) -> AppResult<Response> {
    let whose = if query.whose == "created" {
        Whose::CreatedBy
    } else {
        Whose::AssignedTo
    };
    let open = query.state != "closed";
    let page = state
        .store
        .person_tasks(
            user.person.id,
            whose,
            open,
            PageRequest::new(query.page, None),
        )
        .await?;
    let today = date_input(lmp_store::now());
    let base = query_string(&[
        ("whose", query.whose.clone()),
        ("state", query.state.clone()),
    ]);
    let pager = Pager::new(&page, "/tasks", &base);
    render(&TasksPage {
        layout: Layout::titled(&session, "tasks-title", "home"),
        whose: if whose == Whose::CreatedBy {
            "created".into()
        } else {
            "assigned".into()
        },
        open,
        rows: page
            .items
            .into_iter()
            .map(|t| row(t, &user, &today))
            .collect(),
        pager,
    })
}

/// A task can be seen by its team's readers.
pub async fn show(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let task = state.store.task(id).await?;
    authz::team_work(&state, &user, task.team_id).await?;
    let whose = if task.owner_id == Some(user.person.id) {
        "assigned"
    } else {
        "created"
    };
    let list = if task.status == "open" {
        ""
    } else {
        "&state=closed"
    };
    Ok(Redirect::to(&format!("/tasks?whose={whose}{list}#task-{id}")).into_response())
}

#[derive(Deserialize, Default)]
pub struct StatusForm {
    #[serde(default)]
    status: String,
}

pub async fn set_status(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    Path(id): Path<i64>,
    Form(form): Form<StatusForm>,
) -> AppResult<Response> {
    let task = state.store.task(id).await?;
    let work = authz::team_work(&state, &user, task.team_id).await?;
    let mine = task.owner_id == Some(user.person.id) || task.created_by == Some(user.person.id);
    if !mine && !work.can_run() {
        return Err(AppError::Forbidden(Msg::new("tasks-refuse-change")));
    }
    let current = TaskStatus::parse(&task.status).unwrap_or(TaskStatus::Open);
    let next = TaskStatus::parse(&form.status)
        .ok_or_else(|| AppError::BadRequest(Msg::new("tasks-refuse-status")))?;
    if !current.can_move_to(next) {
        return Err(AppError::Conflict(
            Msg::new("tasks-refuse-move")
                .label("from", current.label_id())
                .label("to", next.label_id()),
        ));
    }
    state.store.set_task_status(id, next.code()).await?;
    state
        .store
        .audit_change(
            Some(user.person.id),
            "task.status",
            "task",
            Some(id),
            next.code(),
            Some(&serde_json::json!({ "status": task.status })),
            Some(&serde_json::json!({ "status": next.code() })),
        )
        .await?;
    Ok(Redirect::to("/tasks").into_response())
}
