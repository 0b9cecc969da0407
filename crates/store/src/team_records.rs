//! A team's records read whole, for its exports and its printable summary: every project,
//! cycle, measure and data point of the team in one query each (never one query per project),
//! its closed decisions, its quarter ratings and its open task count.

use serde::Serialize;

use crate::decisions::{Proposal, PROPOSAL_SELECT};
use crate::improvement::{Cycle, Measure, Project, CYCLE_COLUMNS, PROJECT_COLUMNS};
use crate::{Store, StoreResult};

/// The most rows of one kind an export carries (a team has far fewer in practice).
pub const EXPORT_LIMIT: i64 = 5_000;

/// A measure's data point with the measure it belongs to.
#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct TeamPoint {
    pub measure_id: i64,
    pub period: String,
    pub value: Option<f64>,
    pub numerator: Option<f64>,
    pub denominator: Option<f64>,
    pub phase: i64,
    pub note: String,
}

/// The team's rating for one quarter, as written when the quarter's assessment was approved.
#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct QuarterLevel {
    pub quarter: String,
    pub level: i64,
    pub month: String,
    /// The criteria it was missing for the next level, as stored (comma-separated ids).
    pub missing: String,
}

impl Store {
    /// Every project of the team (ideas included), oldest first.
    pub async fn team_all_projects(&self, team_id: i64) -> StoreResult<Vec<Project>> {
        Ok(sqlx::query_as(&format!(
            "SELECT {PROJECT_COLUMNS} WHERE p.team_id = $1 ORDER BY p.id LIMIT $2"
        ))
        .bind(team_id)
        .bind(EXPORT_LIMIT)
        .fetch_all(self.pool())
        .await?)
    }

    /// Every PDSA cycle of the team's projects, by project and number.
    pub async fn team_all_cycles(&self, team_id: i64) -> StoreResult<Vec<Cycle>> {
        Ok(sqlx::query_as(&format!(
            "SELECT {CYCLE_COLUMNS} FROM pdsa_cycles WHERE project_id IN \
             (SELECT id FROM projects WHERE team_id = $1) ORDER BY project_id, number LIMIT $2"
        ))
        .bind(team_id)
        .bind(EXPORT_LIMIT)
        .fetch_all(self.pool())
        .await?)
    }

    /// Every measure of the team's projects.
    pub async fn team_all_measures(&self, team_id: i64) -> StoreResult<Vec<Measure>> {
        Ok(sqlx::query_as(
            "SELECT id, project_id, name, kind, unit, chart, target, direction FROM measures \
             WHERE project_id IN (SELECT id FROM projects WHERE team_id = $1) \
             ORDER BY project_id, id LIMIT $2",
        )
        .bind(team_id)
        .bind(EXPORT_LIMIT)
        .fetch_all(self.pool())
        .await?)
    }

    /// Every data point of the team's measures, by measure and period.
    pub async fn team_all_points(&self, team_id: i64) -> StoreResult<Vec<TeamPoint>> {
        Ok(sqlx::query_as(
            "SELECT measure_id, period, value, numerator, denominator, phase, note FROM measure_points \
             WHERE measure_id IN (SELECT m.id FROM measures m JOIN projects p ON p.id = m.project_id \
             WHERE p.team_id = $1) ORDER BY measure_id, period, id LIMIT $2",
        )
        .bind(team_id)
        .bind(EXPORT_LIMIT * 10)
        .fetch_all(self.pool())
        .await?)
    }

    /// The team's closed decisions (consensus rounds that closed and decisions noted in the
    /// minutes), the latest first. Open rounds are not decisions yet and are left out.
    pub async fn team_closed_decisions(
        &self,
        team_id: i64,
        limit: i64,
    ) -> StoreResult<Vec<Proposal>> {
        Ok(sqlx::query_as(&format!(
            "{PROPOSAL_SELECT} WHERE d.team_id = $1 AND d.status = 'closed' \
             ORDER BY d.closed_at DESC, d.id DESC LIMIT $2"
        ))
        .bind(team_id)
        .bind(limit)
        .fetch_all(self.pool())
        .await?)
    }

    /// The team's rating for each quarter, oldest first.
    pub async fn team_quarter_levels(&self, team_id: i64) -> StoreResult<Vec<QuarterLevel>> {
        Ok(sqlx::query_as(
            "SELECT quarter, level, month, missing FROM p2p_quarter_levels WHERE team_id = $1 \
             ORDER BY quarter",
        )
        .bind(team_id)
        .fetch_all(self.pool())
        .await?)
    }

    /// How many of the team's tasks are open.
    pub async fn team_open_task_count(&self, team_id: i64) -> StoreResult<i64> {
        Ok(
            sqlx::query_scalar("SELECT COUNT(*) FROM tasks WHERE team_id = $1 AND status = 'open'")
                .bind(team_id)
                .fetch_one(self.pool())
                .await?,
        )
    }
}
