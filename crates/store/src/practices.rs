//! Team-tested practices: written up from a finished project, reviewed by an editor,
//! published, and adopted by other teams.

use lmp_domain::{Page, PageRequest};
use serde::Serialize;

use crate::people::like_pattern;
use crate::{now, Store, StoreError, StoreResult};

#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct Practice {
    pub id: i64,
    pub project_id: i64,
    pub team_id: i64,
    pub team_name: String,
    pub facility_id: i64,
    pub facility_name: String,
    pub title: String,
    pub problem: String,
    pub change_made: String,
    pub results: String,
    pub tips: String,
    pub compass: String,
    pub topic: String,
    pub status: String,
    pub review_comment: String,
    pub published_at: Option<i64>,
    pub adoptions: i64,
}

/// What the write-up says.
#[derive(Debug, Clone, Default)]
pub struct PracticeInput {
    pub title: String,
    pub problem: String,
    pub change_made: String,
    pub results: String,
    pub tips: String,
    pub compass: String,
    pub topic: String,
}

/// Filters of the practice library.
#[derive(Debug, Clone, Default)]
pub struct PracticeFilter {
    pub text: String,
    pub compass: Option<String>,
    pub facility_id: Option<i64>,
    pub topic: Option<String>,
}

const PRACTICE_COLUMNS: &str = "x.id, x.project_id, x.team_id, t.name AS team_name, f.id AS facility_id, \
     f.name AS facility_name, x.title, x.problem, x.change_made, x.results, x.tips, x.compass, x.topic, x.status, \
     x.review_comment, x.published_at, \
     (SELECT COUNT(*) FROM practice_adoptions a WHERE a.practice_id = x.id) AS adoptions \
     FROM practices x JOIN teams t ON t.id = x.team_id JOIN facilities f ON f.id = t.facility_id";

impl Store {
    /// Submits a project's write-up for an editor's review (again, after a return).
    pub async fn submit_practice(
        &self,
        project_id: i64,
        team_id: i64,
        input: &PracticeInput,
        by: i64,
    ) -> StoreResult<i64> {
        sqlx::query_scalar(
            "INSERT INTO practices (project_id, team_id, title, problem, change_made, results, tips, compass, topic, status, written_by, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'submitted', $10, $11) \
             ON CONFLICT (project_id) DO UPDATE SET title = $3, problem = $4, change_made = $5, results = $6, tips = $7, \
             compass = $8, topic = $9, status = 'submitted', written_by = $10 RETURNING id",
        )
        .bind(project_id)
        .bind(team_id)
        .bind(&input.title)
        .bind(&input.problem)
        .bind(&input.change_made)
        .bind(&input.results)
        .bind(&input.tips)
        .bind(&input.compass)
        .bind(&input.topic)
        .bind(by)
        .bind(now())
        .fetch_one(self.pool())
        .await
        .map_err(StoreError::from_write)
    }

    pub async fn practice(&self, id: i64) -> StoreResult<Practice> {
        sqlx::query_as(&format!("SELECT {PRACTICE_COLUMNS} WHERE x.id = $1"))
            .bind(id)
            .fetch_optional(self.pool())
            .await?
            .ok_or(StoreError::NotFound("practice"))
    }

    pub async fn practice_of_project(&self, project_id: i64) -> StoreResult<Option<Practice>> {
        Ok(sqlx::query_as(&format!(
            "SELECT {PRACTICE_COLUMNS} WHERE x.project_id = $1"
        ))
        .bind(project_id)
        .fetch_optional(self.pool())
        .await?)
    }

    /// Practices with this status, newest first (editors review `submitted`).
    pub async fn practices_with_status(
        &self,
        status: &str,
        page: PageRequest,
    ) -> StoreResult<Page<Practice>> {
        let items = sqlx::query_as(&format!(
            "SELECT {PRACTICE_COLUMNS} WHERE x.status = $1 ORDER BY x.id DESC LIMIT $2 OFFSET $3"
        ))
        .bind(status)
        .bind(page.limit())
        .bind(page.offset())
        .fetch_all(self.pool())
        .await?;
        let total = sqlx::query_scalar("SELECT COUNT(*) FROM practices WHERE status = $1")
            .bind(status)
            .fetch_one(self.pool())
            .await?;
        Ok(Page::new(items, page, total))
    }

    /// The library: published practices matching the filters, most adopted first.
    pub async fn published_practices(
        &self,
        filter: &PracticeFilter,
        page: PageRequest,
    ) -> StoreResult<Page<Practice>> {
        let pattern = like_pattern(&filter.text);
        let compass = filter
            .compass
            .clone()
            .map(|c| format!("%{}%", crate::people::like_escaped(&c)))
            .unwrap_or_default();
        let topic = filter.topic.clone().unwrap_or_default();
        let conditions =
            "x.status = 'published' AND ($1 = '' OR LOWER(x.title) LIKE $1 ESCAPE '\\' \
             OR LOWER(x.problem) LIKE $1 ESCAPE '\\' OR LOWER(x.change_made) LIKE $1 ESCAPE '\\') \
             AND ($2 = '' OR x.compass LIKE $2 ESCAPE '\\') AND ($3 = 0 OR t.facility_id = $3) \
             AND ($4 = '' OR x.topic = $4)";
        let items = sqlx::query_as(&format!(
            "SELECT {PRACTICE_COLUMNS} WHERE {conditions} ORDER BY adoptions DESC, x.published_at DESC LIMIT $5 OFFSET $6"
        ))
        .bind(&pattern)
        .bind(&compass)
        .bind(filter.facility_id.unwrap_or(0))
        .bind(&topic)
        .bind(page.limit())
        .bind(page.offset())
        .fetch_all(self.pool())
        .await?;
        let total = sqlx::query_scalar(&format!(
            "SELECT COUNT(*) FROM practices x JOIN teams t ON t.id = x.team_id WHERE {conditions}"
        ))
        .bind(&pattern)
        .bind(&compass)
        .bind(filter.facility_id.unwrap_or(0))
        .bind(&topic)
        .fetch_one(self.pool())
        .await?;
        Ok(Page::new(items, page, total))
    }

    /// An editor publishes or returns a submitted practice.
    pub async fn review_practice(
        &self,
        id: i64,
        publish: bool,
        comment: &str,
        by: i64,
    ) -> StoreResult<()> {
        sqlx::query(
            "UPDATE practices SET status = $1, reviewed_by = $2, review_comment = $3, \
             published_at = CASE WHEN $1 = 'published' THEN $4 ELSE published_at END WHERE id = $5 AND status = 'submitted'",
        )
        .bind(if publish { "published" } else { "returned" })
        .bind(by)
        .bind(comment)
        .bind(now())
        .bind(id)
        .execute(self.pool())
        .await?;
        Ok(())
    }

    /// Another team adopts a practice: a new project in that team, linked to the practice.
    /// Returns the new project's id; a team adopts a practice once.
    pub async fn adopt_practice(
        &self,
        practice: &Practice,
        team_id: i64,
        by: i64,
    ) -> StoreResult<i64> {
        let at = now();
        let mut tx = self.pool().begin().await?;
        let project_id: i64 = sqlx::query_scalar(
            "INSERT INTO projects (team_id, title, description, status, compass, raised_by, created_at, updated_at) \
             VALUES ($1, $2, $3, 'idea', $4, $5, $6, $6) RETURNING id",
        )
        .bind(team_id)
        .bind(format!("Adopting: {}", practice.title))
        .bind(format!(
            "Adopted from the team-tested practice of {} ({}). The change they made: {}",
            practice.team_name, practice.facility_name, practice.change_made
        ))
        .bind(&practice.compass)
        .bind(by)
        .bind(at)
        .fetch_one(&mut *tx)
        .await?;
        sqlx::query(
            "INSERT INTO practice_adoptions (practice_id, project_id, team_id, adopted_by, created_at) VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(practice.id)
        .bind(project_id)
        .bind(team_id)
        .bind(by)
        .bind(at)
        .execute(&mut *tx)
        .await
        .map_err(StoreError::from_write)?;
        tx.commit().await?;
        Ok(project_id)
    }

    /// The practice a project adopts, if it was created by adopting one.
    pub async fn adopted_from(&self, project_id: i64) -> StoreResult<Option<(i64, String)>> {
        Ok(sqlx::query_as(
            "SELECT x.id, x.title FROM practice_adoptions a JOIN practices x ON x.id = a.practice_id WHERE a.project_id = $1",
        )
        .bind(project_id)
        .fetch_optional(self.pool())
        .await?)
    }

    /// Practices a team spread (published and adopted elsewhere) or adopted: the level-5
    /// "spread or adopt" evidence, credited to both teams.
    pub async fn practices_spread_or_adopted(&self, team_id: i64) -> StoreResult<i64> {
        Ok(sqlx::query_scalar(
            "SELECT (SELECT COUNT(*) FROM practice_adoptions a JOIN practices x ON x.id = a.practice_id WHERE x.team_id = $1) \
             + (SELECT COUNT(*) FROM practice_adoptions WHERE team_id = $1)",
        )
        .bind(team_id)
        .fetch_one(self.pool())
        .await?)
    }
}
