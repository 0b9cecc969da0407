//! Interest-based problem solving workspaces: the problem, the interests of each party, the
//! options, the standards and scores, and the action plan. The rules (step order, what a step
//! needs, ranking) are `lmp_domain::decisions::ibps`; this module only reads and writes.

use serde::Serialize;

use crate::tasks::{insert_task, TaskInput};
use crate::{now, Store, StoreError, StoreResult};

#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct IbpsWorkspace {
    pub id: i64,
    pub team_id: i64,
    pub problem: String,
    pub step: String,
    pub proposal_id: Option<i64>,
    pub project_id: Option<i64>,
    pub created_by: Option<i64>,
    pub created_at: i64,
    pub updated_at: i64,
}

#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct InterestRow {
    pub id: i64,
    pub party: String,
    pub text: String,
    pub common: i64,
}

#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct OptionRow {
    pub id: i64,
    pub text: String,
    pub source: String,
    pub status: String,
}

#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct StandardRow {
    pub id: i64,
    pub text: String,
}

#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct ScoreRow {
    pub option_id: i64,
    pub standard_id: i64,
    pub score: i64,
}

#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct ActionRow {
    pub id: i64,
    pub what: String,
    pub owner_id: Option<i64>,
    pub owner_name: Option<String>,
    pub due_on: String,
    pub task_id: Option<i64>,
}

/// A workspace with everything in it.
#[derive(Debug, Clone, Serialize)]
pub struct IbpsContent {
    pub workspace: IbpsWorkspace,
    pub interests: Vec<InterestRow>,
    pub options: Vec<OptionRow>,
    pub standards: Vec<StandardRow>,
    pub scores: Vec<ScoreRow>,
    pub actions: Vec<ActionRow>,
}

const WORKSPACE_COLUMNS: &str = "id, team_id, problem, step, proposal_id, project_id, created_by, created_at, updated_at FROM ibps_workspaces";

impl Store {
    pub async fn create_ibps(&self, team_id: i64, problem: &str, by: i64) -> StoreResult<i64> {
        sqlx::query_scalar(
            "INSERT INTO ibps_workspaces (team_id, problem, created_by, created_at, updated_at) \
             VALUES ($1, $2, $3, $4, $4) RETURNING id",
        )
        .bind(team_id)
        .bind(problem)
        .bind(by)
        .bind(now())
        .fetch_one(self.pool())
        .await
        .map_err(StoreError::from_write)
    }

    pub async fn ibps_workspace(&self, id: i64) -> StoreResult<IbpsWorkspace> {
        sqlx::query_as(&format!("SELECT {WORKSPACE_COLUMNS} WHERE id = $1"))
            .bind(id)
            .fetch_optional(self.pool())
            .await?
            .ok_or(StoreError::NotFound("problem-solving workspace"))
    }

    pub async fn team_ibps(&self, team_id: i64) -> StoreResult<Vec<IbpsWorkspace>> {
        Ok(sqlx::query_as(&format!(
            "SELECT {WORKSPACE_COLUMNS} WHERE team_id = $1 ORDER BY updated_at DESC, id DESC LIMIT 100"
        ))
        .bind(team_id)
        .fetch_all(self.pool())
        .await?)
    }

    pub async fn ibps_content(&self, id: i64) -> StoreResult<IbpsContent> {
        let workspace = self.ibps_workspace(id).await?;
        let interests = sqlx::query_as(
            "SELECT id, party, text, common FROM ibps_interests WHERE workspace_id = $1 ORDER BY id",
        )
        .bind(id)
        .fetch_all(self.pool())
        .await?;
        let options = sqlx::query_as(
            "SELECT id, text, source, status FROM ibps_options WHERE workspace_id = $1 ORDER BY id",
        )
        .bind(id)
        .fetch_all(self.pool())
        .await?;
        let standards = sqlx::query_as(
            "SELECT id, text FROM ibps_standards WHERE workspace_id = $1 ORDER BY id",
        )
        .bind(id)
        .fetch_all(self.pool())
        .await?;
        let scores = sqlx::query_as(
            "SELECT option_id, standard_id, score FROM ibps_scores WHERE workspace_id = $1",
        )
        .bind(id)
        .fetch_all(self.pool())
        .await?;
        let actions = sqlx::query_as(
            "SELECT a.id, a.what, a.owner_id, p.name AS owner_name, a.due_on, a.task_id \
             FROM ibps_actions a LEFT JOIN people p ON p.id = a.owner_id WHERE a.workspace_id = $1 ORDER BY a.id",
        )
        .bind(id)
        .fetch_all(self.pool())
        .await?;
        Ok(IbpsContent {
            workspace,
            interests,
            options,
            standards,
            scores,
            actions,
        })
    }

    async fn touch_ibps(&self, id: i64) -> StoreResult<()> {
        sqlx::query("UPDATE ibps_workspaces SET updated_at = $1 WHERE id = $2")
            .bind(now())
            .bind(id)
            .execute(self.pool())
            .await?;
        Ok(())
    }

    pub async fn set_ibps_problem(&self, id: i64, problem: &str) -> StoreResult<()> {
        sqlx::query("UPDATE ibps_workspaces SET problem = $1, updated_at = $2 WHERE id = $3")
            .bind(problem)
            .bind(now())
            .bind(id)
            .execute(self.pool())
            .await?;
        Ok(())
    }

    pub async fn set_ibps_step(&self, id: i64, step: &str) -> StoreResult<()> {
        sqlx::query("UPDATE ibps_workspaces SET step = $1, updated_at = $2 WHERE id = $3")
            .bind(step)
            .bind(now())
            .bind(id)
            .execute(self.pool())
            .await?;
        Ok(())
    }

    pub async fn add_interest(
        &self,
        id: i64,
        party: &str,
        text: &str,
        by: i64,
    ) -> StoreResult<i64> {
        let row = sqlx::query_scalar(
            "INSERT INTO ibps_interests (workspace_id, party, text, created_by, created_at) \
             VALUES ($1, $2, $3, $4, $5) RETURNING id",
        )
        .bind(id)
        .bind(party)
        .bind(text)
        .bind(by)
        .bind(now())
        .fetch_one(self.pool())
        .await
        .map_err(StoreError::from_write)?;
        self.touch_ibps(id).await?;
        Ok(row)
    }

    /// Marks an interest of workspace `id` as shared by the parties, or not.
    pub async fn set_interest_common(
        &self,
        id: i64,
        interest: i64,
        common: bool,
    ) -> StoreResult<()> {
        sqlx::query("UPDATE ibps_interests SET common = $1 WHERE id = $2 AND workspace_id = $3")
            .bind(i64::from(common))
            .bind(interest)
            .bind(id)
            .execute(self.pool())
            .await?;
        self.touch_ibps(id).await
    }

    pub async fn add_option(&self, id: i64, text: &str, source: &str, by: i64) -> StoreResult<i64> {
        let row = sqlx::query_scalar(
            "INSERT INTO ibps_options (workspace_id, text, source, created_by, created_at) \
             VALUES ($1, $2, $3, $4, $5) RETURNING id",
        )
        .bind(id)
        .bind(text)
        .bind(source)
        .bind(by)
        .bind(now())
        .fetch_one(self.pool())
        .await
        .map_err(StoreError::from_write)?;
        self.touch_ibps(id).await?;
        Ok(row)
    }

    pub async fn set_option_status(&self, id: i64, option: i64, status: &str) -> StoreResult<()> {
        sqlx::query("UPDATE ibps_options SET status = $1 WHERE id = $2 AND workspace_id = $3")
            .bind(status)
            .bind(option)
            .bind(id)
            .execute(self.pool())
            .await?;
        self.touch_ibps(id).await
    }

    pub async fn add_standard(&self, id: i64, text: &str) -> StoreResult<i64> {
        let row = sqlx::query_scalar(
            "INSERT INTO ibps_standards (workspace_id, text, created_at) VALUES ($1, $2, $3) RETURNING id",
        )
        .bind(id)
        .bind(text)
        .bind(now())
        .fetch_one(self.pool())
        .await
        .map_err(StoreError::from_write)?;
        self.touch_ibps(id).await?;
        Ok(row)
    }

    /// Saves scores of workspace `id` (option, standard, 1–5), replacing earlier ones.
    pub async fn save_scores(&self, id: i64, scores: &[(i64, i64, i64)]) -> StoreResult<()> {
        let mut tx = self.pool().begin().await?;
        for (option, standard, score) in scores {
            sqlx::query(
                "INSERT INTO ibps_scores (workspace_id, option_id, standard_id, score) VALUES ($1, $2, $3, $4) \
                 ON CONFLICT (option_id, standard_id) DO UPDATE SET score = excluded.score",
            )
            .bind(id)
            .bind(option)
            .bind(standard)
            .bind(score)
            .execute(&mut *tx)
            .await?;
        }
        sqlx::query("UPDATE ibps_workspaces SET updated_at = $1 WHERE id = $2")
            .bind(now())
            .bind(id)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(())
    }

    pub async fn add_action(
        &self,
        id: i64,
        what: &str,
        owner: Option<i64>,
        due_on: &str,
    ) -> StoreResult<i64> {
        let row = sqlx::query_scalar(
            "INSERT INTO ibps_actions (workspace_id, what, owner_id, due_on, created_at) \
             VALUES ($1, $2, $3, $4, $5) RETURNING id",
        )
        .bind(id)
        .bind(what)
        .bind(owner)
        .bind(due_on)
        .bind(now())
        .fetch_one(self.pool())
        .await
        .map_err(StoreError::from_write)?;
        self.touch_ibps(id).await?;
        Ok(row)
    }

    /// Makes a task of every action of the plan that has none yet, in one transaction;
    /// returns the new tasks' ids.
    pub async fn tasks_from_plan(&self, id: i64, by: i64) -> StoreResult<Vec<i64>> {
        let content = self.ibps_content(id).await?;
        let at = now();
        let mut tx = self.pool().begin().await?;
        let mut made = Vec::new();
        for action in content.actions.iter().filter(|a| a.task_id.is_none()) {
            let task = insert_task(
                &mut tx,
                &TaskInput {
                    team_id: content.workspace.team_id,
                    title: action.what.clone(),
                    owner_id: action.owner_id,
                    due_on: Some(action.due_on.clone()),
                    source: "ibps".into(),
                    source_id: Some(id),
                },
                by,
                at,
            )
            .await?;
            sqlx::query("UPDATE ibps_actions SET task_id = $1 WHERE id = $2")
                .bind(task)
                .bind(action.id)
                .execute(&mut *tx)
                .await?;
            made.push(task);
        }
        tx.commit().await?;
        Ok(made)
    }

    pub async fn link_ibps(
        &self,
        id: i64,
        proposal: Option<i64>,
        project: Option<i64>,
    ) -> StoreResult<()> {
        sqlx::query(
            "UPDATE ibps_workspaces SET proposal_id = COALESCE($1, proposal_id), \
             project_id = COALESCE($2, project_id), updated_at = $3 WHERE id = $4",
        )
        .bind(proposal)
        .bind(project)
        .bind(now())
        .bind(id)
        .execute(self.pool())
        .await?;
        Ok(())
    }
}
