//! Improvement projects, their owners, PDSA cycles, measures and measure data.

use lmp_domain::{Page, PageRequest};
use serde::{Deserialize, Serialize};

use crate::people::like_pattern;
use crate::{now, Store, StoreError, StoreResult};

#[derive(Debug, Clone, Serialize, Deserialize, sqlx::FromRow)]
pub struct Project {
    pub id: i64,
    pub team_id: i64,
    pub team_name: String,
    pub title: String,
    pub description: String,
    pub status: String,
    pub aim_what: String,
    pub aim_how_much: String,
    pub aim_by_when: String,
    pub compass: String,
    pub scope_topic: Option<String>,
    pub scope_confirmed_by: Option<i64>,
    pub raised_by: Option<i64>,
    pub created_at: i64,
    pub updated_at: i64,
}

/// What a co-lead or owner edits about a project.
#[derive(Debug, Clone, Default)]
pub struct ProjectInput {
    pub title: String,
    pub description: String,
    pub aim_what: String,
    pub aim_how_much: String,
    pub aim_by_when: String,
    pub compass: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, sqlx::FromRow)]
pub struct Cycle {
    pub id: i64,
    pub project_id: i64,
    pub number: i64,
    pub follows_id: Option<i64>,
    pub change_idea: String,
    pub question: String,
    pub prediction: String,
    pub plan_details: String,
    pub data_to_collect: String,
    pub change_kind: String,
    pub do_notes: String,
    pub study_notes: String,
    pub act_decision: Option<String>,
    pub act_notes: String,
    pub started_on: String,
    pub updated_at: i64,
}

/// The fields of a cycle as written on its form.
#[derive(Debug, Clone, Default)]
pub struct CycleInput {
    pub follows_id: Option<i64>,
    pub change_idea: String,
    pub question: String,
    pub prediction: String,
    pub plan_details: String,
    pub data_to_collect: String,
    pub change_kind: String,
    pub do_notes: String,
    pub study_notes: String,
    pub act_decision: Option<String>,
    pub act_notes: String,
    pub started_on: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, sqlx::FromRow)]
pub struct Measure {
    pub id: i64,
    pub project_id: i64,
    pub name: String,
    pub kind: String,
    pub unit: String,
    pub chart: String,
    pub target: Option<f64>,
    pub direction: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, sqlx::FromRow, PartialEq)]
pub struct Point {
    pub id: i64,
    pub period: String,
    pub value: Option<f64>,
    pub numerator: Option<f64>,
    pub denominator: Option<f64>,
    pub phase: i64,
    pub note: String,
}

/// A data point as entered or imported.
#[derive(Debug, Clone, PartialEq)]
pub struct PointInput {
    pub period: String,
    pub value: Option<f64>,
    pub numerator: Option<f64>,
    pub denominator: Option<f64>,
    pub phase: i64,
    pub note: String,
}

pub(crate) const PROJECT_COLUMNS: &str =
    "p.id, p.team_id, t.name AS team_name, p.title, p.description, p.status, \
     p.aim_what, p.aim_how_much, p.aim_by_when, p.compass, p.scope_topic, p.scope_confirmed_by, \
     p.raised_by, p.created_at, p.updated_at FROM projects p JOIN teams t ON t.id = p.team_id";

pub(crate) const CYCLE_COLUMNS: &str = "id, project_id, number, follows_id, change_idea, question, prediction, \
     plan_details, data_to_collect, change_kind, do_notes, study_notes, act_decision, act_notes, started_on, updated_at";

impl Store {
    /// A new idea, raised by any member of the team.
    pub async fn create_idea(
        &self,
        team_id: i64,
        title: &str,
        description: &str,
        raised_by: i64,
    ) -> StoreResult<i64> {
        let at = now();
        sqlx::query_scalar(
            "INSERT INTO projects (team_id, title, description, status, raised_by, created_at, updated_at) \
             VALUES ($1, $2, $3, 'idea', $4, $5, $5) RETURNING id",
        )
        .bind(team_id)
        .bind(title)
        .bind(description)
        .bind(raised_by)
        .bind(at)
        .fetch_one(self.pool())
        .await
        .map_err(StoreError::from_write)
    }

    pub async fn project(&self, id: i64) -> StoreResult<Project> {
        sqlx::query_as(&format!("SELECT {PROJECT_COLUMNS} WHERE p.id = $1"))
            .bind(id)
            .fetch_optional(self.pool())
            .await?
            .ok_or(StoreError::NotFound("project"))
    }

    /// A team's projects, most recently changed first.
    pub async fn team_projects(
        &self,
        team_id: i64,
        page: PageRequest,
    ) -> StoreResult<Page<Project>> {
        let items = sqlx::query_as(&format!(
            "SELECT {PROJECT_COLUMNS} WHERE p.team_id = $1 ORDER BY p.updated_at DESC, p.id DESC LIMIT $2 OFFSET $3"
        ))
        .bind(team_id)
        .bind(page.limit())
        .bind(page.offset())
        .fetch_all(self.pool())
        .await?;
        let total = sqlx::query_scalar("SELECT COUNT(*) FROM projects WHERE team_id = $1")
            .bind(team_id)
            .fetch_one(self.pool())
            .await?;
        Ok(Page::new(items, page, total))
    }

    /// Projects of every team whose title, description or aim contains `text`.
    pub async fn search_projects(
        &self,
        text: &str,
        page: PageRequest,
    ) -> StoreResult<Page<Project>> {
        let pattern = like_pattern(text);
        let filter = "($1 = '' OR LOWER(p.title) LIKE $1 ESCAPE '\\' OR LOWER(p.description) LIKE $1 ESCAPE '\\' \
                      OR LOWER(p.aim_what) LIKE $1 ESCAPE '\\')";
        let items = sqlx::query_as(&format!(
            "SELECT {PROJECT_COLUMNS} WHERE {filter} AND p.status <> 'idea' ORDER BY p.updated_at DESC, p.id DESC LIMIT $2 OFFSET $3"
        ))
        .bind(&pattern)
        .bind(page.limit())
        .bind(page.offset())
        .fetch_all(self.pool())
        .await?;
        let total = sqlx::query_scalar(&format!(
            "SELECT COUNT(*) FROM projects p WHERE {filter} AND p.status <> 'idea'"
        ))
        .bind(&pattern)
        .fetch_one(self.pool())
        .await?;
        Ok(Page::new(items, page, total))
    }

    pub async fn update_project(&self, id: i64, input: &ProjectInput) -> StoreResult<()> {
        sqlx::query(
            "UPDATE projects SET title = $1, description = $2, aim_what = $3, aim_how_much = $4, \
             aim_by_when = $5, compass = $6, updated_at = $7 WHERE id = $8",
        )
        .bind(&input.title)
        .bind(&input.description)
        .bind(&input.aim_what)
        .bind(&input.aim_how_much)
        .bind(&input.aim_by_when)
        .bind(&input.compass)
        .bind(now())
        .bind(id)
        .execute(self.pool())
        .await?;
        Ok(())
    }

    /// Records the team's answer to the scope check; `confirmed_by` only when in scope.
    pub async fn set_project_scope(
        &self,
        id: i64,
        topic: &str,
        confirmed_by: Option<i64>,
    ) -> StoreResult<()> {
        sqlx::query("UPDATE projects SET scope_topic = $1, scope_confirmed_by = $2, updated_at = $3 WHERE id = $4")
            .bind(topic)
            .bind(confirmed_by)
            .bind(now())
            .bind(id)
            .execute(self.pool())
            .await?;
        Ok(())
    }

    pub async fn set_project_status(&self, id: i64, status: &str) -> StoreResult<()> {
        sqlx::query("UPDATE projects SET status = $1, updated_at = $2 WHERE id = $3")
            .bind(status)
            .bind(now())
            .bind(id)
            .execute(self.pool())
            .await?;
        Ok(())
    }

    pub async fn project_owners(&self, project_id: i64) -> StoreResult<Vec<(i64, String)>> {
        Ok(sqlx::query_as(
            "SELECT p.id, p.name FROM project_owners o JOIN people p ON p.id = o.person_id WHERE o.project_id = $1 ORDER BY p.name",
        )
        .bind(project_id)
        .fetch_all(self.pool())
        .await?)
    }

    pub async fn add_project_owner(&self, project_id: i64, person_id: i64) -> StoreResult<()> {
        sqlx::query("INSERT INTO project_owners (project_id, person_id) VALUES ($1, $2) ON CONFLICT DO NOTHING")
            .bind(project_id)
            .bind(person_id)
            .execute(self.pool())
            .await?;
        Ok(())
    }

    pub async fn cycles(&self, project_id: i64) -> StoreResult<Vec<Cycle>> {
        Ok(sqlx::query_as(&format!(
            "SELECT {CYCLE_COLUMNS} FROM pdsa_cycles WHERE project_id = $1 ORDER BY number"
        ))
        .bind(project_id)
        .fetch_all(self.pool())
        .await?)
    }

    pub async fn cycle(&self, id: i64) -> StoreResult<Cycle> {
        sqlx::query_as(&format!(
            "SELECT {CYCLE_COLUMNS} FROM pdsa_cycles WHERE id = $1"
        ))
        .bind(id)
        .fetch_optional(self.pool())
        .await?
        .ok_or(StoreError::NotFound("PDSA cycle"))
    }

    /// Adds the project's next cycle (numbered from 1).
    pub async fn create_cycle(
        &self,
        project_id: i64,
        input: &CycleInput,
        by: i64,
    ) -> StoreResult<i64> {
        let at = now();
        let mut tx = self.pool().begin().await?;
        let number: i64 = sqlx::query_scalar(
            "SELECT COALESCE(MAX(number), 0) + 1 FROM pdsa_cycles WHERE project_id = $1",
        )
        .bind(project_id)
        .fetch_one(&mut *tx)
        .await?;
        let id = sqlx::query_scalar(
            "INSERT INTO pdsa_cycles (project_id, number, follows_id, change_idea, question, prediction, plan_details, \
             data_to_collect, change_kind, do_notes, study_notes, act_decision, act_notes, started_on, created_by, created_at, updated_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $16) RETURNING id",
        )
        .bind(project_id)
        .bind(number)
        .bind(input.follows_id)
        .bind(&input.change_idea)
        .bind(&input.question)
        .bind(&input.prediction)
        .bind(&input.plan_details)
        .bind(&input.data_to_collect)
        .bind(&input.change_kind)
        .bind(&input.do_notes)
        .bind(&input.study_notes)
        .bind(input.act_decision.as_deref())
        .bind(&input.act_notes)
        .bind(&input.started_on)
        .bind(by)
        .bind(at)
        .fetch_one(&mut *tx)
        .await
        .map_err(StoreError::from_write)?;
        sqlx::query("UPDATE projects SET updated_at = $1 WHERE id = $2")
            .bind(at)
            .bind(project_id)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(id)
    }

    pub async fn update_cycle(&self, id: i64, input: &CycleInput) -> StoreResult<()> {
        let at = now();
        let cycle = self.cycle(id).await?;
        sqlx::query(
            "UPDATE pdsa_cycles SET change_idea = $1, question = $2, prediction = $3, plan_details = $4, data_to_collect = $5, \
             change_kind = $6, do_notes = $7, study_notes = $8, act_decision = $9, act_notes = $10, started_on = $11, updated_at = $12 \
             WHERE id = $13",
        )
        .bind(&input.change_idea)
        .bind(&input.question)
        .bind(&input.prediction)
        .bind(&input.plan_details)
        .bind(&input.data_to_collect)
        .bind(&input.change_kind)
        .bind(&input.do_notes)
        .bind(&input.study_notes)
        .bind(input.act_decision.as_deref())
        .bind(&input.act_notes)
        .bind(&input.started_on)
        .bind(at)
        .bind(id)
        .execute(self.pool())
        .await?;
        sqlx::query("UPDATE projects SET updated_at = $1 WHERE id = $2")
            .bind(at)
            .bind(cycle.project_id)
            .execute(self.pool())
            .await?;
        Ok(())
    }

    /// For each cycle of the team's projects: whether it is complete (a decision was taken) and
    /// when it was last updated. Feeds the Path to Performance evidence.
    pub async fn team_cycle_activity(&self, team_id: i64) -> StoreResult<Vec<(bool, i64)>> {
        let rows: Vec<(Option<String>, i64)> = sqlx::query_as(
            "SELECT c.act_decision, c.updated_at FROM pdsa_cycles c JOIN projects p ON p.id = c.project_id WHERE p.team_id = $1",
        )
        .bind(team_id)
        .fetch_all(self.pool())
        .await?;
        Ok(rows
            .into_iter()
            .map(|(decision, at)| (decision.is_some(), at))
            .collect())
    }

    pub async fn create_measure(
        &self,
        project_id: i64,
        name: &str,
        kind: &str,
        unit: &str,
        chart: &str,
        target: Option<f64>,
        direction: &str,
    ) -> StoreResult<i64> {
        sqlx::query_scalar(
            "INSERT INTO measures (project_id, name, kind, unit, chart, target, direction, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
        )
        .bind(project_id)
        .bind(name)
        .bind(kind)
        .bind(unit)
        .bind(chart)
        .bind(target)
        .bind(direction)
        .bind(now())
        .fetch_one(self.pool())
        .await
        .map_err(StoreError::from_write)
    }

    pub async fn measures(&self, project_id: i64) -> StoreResult<Vec<Measure>> {
        Ok(sqlx::query_as(
            "SELECT id, project_id, name, kind, unit, chart, target, direction FROM measures WHERE project_id = $1 ORDER BY id",
        )
        .bind(project_id)
        .fetch_all(self.pool())
        .await?)
    }

    pub async fn measure(&self, id: i64) -> StoreResult<Measure> {
        sqlx::query_as("SELECT id, project_id, name, kind, unit, chart, target, direction FROM measures WHERE id = $1")
            .bind(id)
            .fetch_optional(self.pool())
            .await?
            .ok_or(StoreError::NotFound("measure"))
    }

    /// A measure's points in period order.
    pub async fn points(&self, measure_id: i64) -> StoreResult<Vec<Point>> {
        Ok(sqlx::query_as(
            "SELECT id, period, value, numerator, denominator, phase, note FROM measure_points WHERE measure_id = $1 ORDER BY period, id",
        )
        .bind(measure_id)
        .fetch_all(self.pool())
        .await?)
    }

    /// Adds or replaces points by period, all or none.
    pub async fn save_points(&self, measure_id: i64, points: &[PointInput]) -> StoreResult<usize> {
        let at = now();
        let mut tx = self.pool().begin().await?;
        for p in points {
            sqlx::query(
                "INSERT INTO measure_points (measure_id, period, value, numerator, denominator, phase, note, created_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (measure_id, period) DO UPDATE SET \
                 value = $3, numerator = $4, denominator = $5, phase = $6, note = $7",
            )
            .bind(measure_id)
            .bind(&p.period)
            .bind(p.value)
            .bind(p.numerator)
            .bind(p.denominator)
            .bind(p.phase)
            .bind(&p.note)
            .bind(at)
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        Ok(points.len())
    }
}
