//! Tasks: follow-up work with an owner and a due date, from a meeting, a decision, problem
//! solving, a PDSA cycle or a huddle. Lists for "assigned to me" and "created by me", open or
//! closed. The rules (statuses, overdue) are `lmp_domain::decisions::tasks`.

use lmp_domain::{Page, PageRequest};
use serde::Serialize;

use crate::{now, Store, StoreError, StoreResult};

#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct Task {
    pub id: i64,
    pub team_id: i64,
    pub team_name: String,
    pub title: String,
    pub owner_id: Option<i64>,
    pub owner_name: Option<String>,
    pub due_on: Option<String>,
    pub status: String,
    pub source: String,
    pub source_id: Option<i64>,
    pub created_by: Option<i64>,
    pub created_at: i64,
}

#[derive(Debug, Clone)]
pub struct TaskInput {
    pub team_id: i64,
    pub title: String,
    pub owner_id: Option<i64>,
    pub due_on: Option<String>,
    pub source: String,
    pub source_id: Option<i64>,
}

/// Which of a person's tasks to list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Whose {
    AssignedTo,
    CreatedBy,
}

const TASK_SELECT: &str =
    "SELECT t.id, t.team_id, tm.name AS team_name, t.title, t.owner_id, p.name AS owner_name, \
     t.due_on, t.status, t.source, t.source_id, t.created_by, t.created_at \
     FROM tasks t JOIN teams tm ON tm.id = t.team_id LEFT JOIN people p ON p.id = t.owner_id";

pub use lmp_domain::calendar::iso_date;

pub(crate) async fn insert_task(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    task: &TaskInput,
    by: i64,
    at: i64,
) -> StoreResult<i64> {
    sqlx::query_scalar(
        "INSERT INTO tasks (team_id, title, owner_id, due_on, source, source_id, created_by, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8) RETURNING id",
    )
    .bind(task.team_id)
    .bind(&task.title)
    .bind(task.owner_id)
    .bind(task.due_on.as_deref())
    .bind(&task.source)
    .bind(task.source_id)
    .bind(by)
    .bind(at)
    .fetch_one(&mut **tx)
    .await
    .map_err(StoreError::from_write)
}

impl Store {
    pub async fn create_tasks(&self, tasks: &[TaskInput], by: i64) -> StoreResult<Vec<i64>> {
        let at = now();
        let mut tx = self.pool().begin().await?;
        let mut ids = Vec::with_capacity(tasks.len());
        for task in tasks {
            ids.push(insert_task(&mut tx, task, by, at).await?);
        }
        tx.commit().await?;
        Ok(ids)
    }

    pub async fn task(&self, id: i64) -> StoreResult<Task> {
        sqlx::query_as(&format!("{TASK_SELECT} WHERE t.id = $1"))
            .bind(id)
            .fetch_optional(self.pool())
            .await?
            .ok_or(StoreError::NotFound("task"))
    }

    /// A person's tasks, open (soonest due first, undated last) or closed (latest first).
    pub async fn person_tasks(
        &self,
        person_id: i64,
        whose: Whose,
        open: bool,
        page: PageRequest,
    ) -> StoreResult<Page<Task>> {
        let who = match whose {
            Whose::AssignedTo => "t.owner_id",
            Whose::CreatedBy => "t.created_by",
        };
        let (status, order) = if open {
            (
                "t.status = 'open'",
                "CASE WHEN t.due_on IS NULL THEN 1 ELSE 0 END, t.due_on, t.id",
            )
        } else {
            ("t.status <> 'open'", "t.updated_at DESC, t.id DESC")
        };
        let items = sqlx::query_as(&format!(
            "{TASK_SELECT} WHERE {who} = $1 AND {status} ORDER BY {order} LIMIT $2 OFFSET $3"
        ))
        .bind(person_id)
        .bind(page.limit())
        .bind(page.offset())
        .fetch_all(self.pool())
        .await?;
        let total = sqlx::query_scalar(&format!(
            "SELECT COUNT(*) FROM tasks t WHERE {who} = $1 AND {status}"
        ))
        .bind(person_id)
        .fetch_one(self.pool())
        .await?;
        Ok(Page::new(items, page, total))
    }

    /// Tasks that came from one source (a meeting, a decision…).
    pub async fn tasks_from(&self, source: &str, source_id: i64) -> StoreResult<Vec<Task>> {
        Ok(sqlx::query_as(&format!(
            "{TASK_SELECT} WHERE t.source = $1 AND t.source_id = $2 ORDER BY t.id"
        ))
        .bind(source)
        .bind(source_id)
        .fetch_all(self.pool())
        .await?)
    }

    pub async fn set_task_status(&self, id: i64, status: &str) -> StoreResult<()> {
        sqlx::query("UPDATE tasks SET status = $1, updated_at = $2 WHERE id = $3")
            .bind(status)
            .bind(now())
            .bind(id)
            .execute(self.pool())
            .await?;
        Ok(())
    }
}
