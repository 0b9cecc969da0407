//! What the search index is built from: every project past the idea stage, published
//! practice, decision and person, with what the index needs to decide who may see each (the
//! team and where it sits). One query per kind, so a full rebuild reads the database once.

use serde::Serialize;

use crate::{Store, StoreResult};

/// One row to index. `team_*` are set for things only a team's readers may see.
#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct SourceRow {
    pub id: i64,
    pub title: String,
    pub summary: String,
    pub body: String,
    pub compass: String,
    pub topic: String,
    pub region_name: Option<String>,
    pub team_id: Option<i64>,
    pub region_id: Option<i64>,
    pub facility_id: Option<i64>,
    pub date: i64,
}

const PROJECTS: &str = "SELECT p.id, p.title, p.aim_what AS summary, p.description AS body, p.compass, \
     COALESCE(p.scope_topic, '') AS topic, r.name AS region_name, CAST(NULL AS BIGINT) AS team_id, t.region_id, t.facility_id, p.updated_at AS date \
     FROM projects p JOIN teams t ON t.id = p.team_id JOIN regions r ON r.id = t.region_id WHERE p.status <> 'idea'";

const PRACTICES: &str = "SELECT x.id, x.title, x.problem AS summary, x.change_made || ' ' || x.results || ' ' || x.tips AS body, \
     x.compass, x.topic, r.name AS region_name, CAST(NULL AS BIGINT) AS team_id, t.region_id, t.facility_id, COALESCE(x.published_at, 0) AS date \
     FROM practices x JOIN teams t ON t.id = x.team_id JOIN regions r ON r.id = t.region_id WHERE x.status = 'published'";

/// Decisions: shared closed ones for everyone, the rest for the team's readers.
const DECISIONS: &str = "SELECT d.id, d.title, d.outcome_text AS summary, d.background || ' ' || d.fallback_text AS body, \
     '' AS compass, '' AS topic, r.name AS region_name, \
     CASE WHEN d.shared = 1 AND d.status = 'closed' THEN NULL ELSE d.team_id END AS team_id, \
     t.region_id, t.facility_id, d.updated_at AS date \
     FROM proposals d JOIN teams t ON t.id = d.team_id JOIN regions r ON r.id = t.region_id";

const PEOPLE: &str = "SELECT p.id, p.name AS title, p.job_title AS summary, COALESCE(f.name, '') AS body, \
     '' AS compass, '' AS topic, r.name AS region_name, CAST(NULL AS BIGINT) AS team_id, f.region_id, p.facility_id, p.created_at AS date \
     FROM people p LEFT JOIN facilities f ON f.id = p.facility_id LEFT JOIN regions r ON r.id = f.region_id WHERE p.active = 1";

/// The kinds of row the index is built from, for reading them a page at a time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IndexSource {
    Projects,
    Practices,
    Decisions,
    People,
}

impl IndexSource {
    pub const ALL: [IndexSource; 4] = [
        IndexSource::Practices,
        IndexSource::Projects,
        IndexSource::Decisions,
        IndexSource::People,
    ];

    /// The query and the column that identifies a row.
    fn query(self) -> (&'static str, &'static str) {
        match self {
            IndexSource::Projects => (PROJECTS, "p.id"),
            IndexSource::Practices => (PRACTICES, "x.id"),
            IndexSource::Decisions => (DECISIONS, "d.id"),
            IndexSource::People => (PEOPLE, "p.id"),
        }
    }
}

/// `WHERE` or `AND`, whichever continues `sql`.
fn joiner(sql: &str) -> &'static str {
    if sql.contains(" WHERE ") {
        "AND"
    } else {
        "WHERE"
    }
}

impl Store {
    /// Up to `limit` rows of `which` with an id above `after`, in id order: a full rebuild reads
    /// the database a page at a time, so its memory does not grow with the organisation.
    pub async fn index_page(
        &self,
        which: IndexSource,
        after: i64,
        limit: i64,
    ) -> StoreResult<Vec<SourceRow>> {
        let (sql, key) = which.query();
        let joiner = joiner(sql);
        Ok(sqlx::query_as(&format!(
            "{sql} {joiner} {key} > $1 ORDER BY {key} LIMIT $2"
        ))
        .bind(after)
        .bind(limit)
        .fetch_all(self.pool())
        .await?)
    }

    /// How many rows of `which` the index holds when complete (for a progress bar).
    pub async fn index_count(&self, which: IndexSource) -> StoreResult<i64> {
        let (sql, _) = which.query();
        Ok(
            sqlx::query_scalar(&format!("SELECT COUNT(*) FROM ({sql}) q"))
                .fetch_one(self.pool())
                .await?,
        )
    }

    /// The rows of `sql`, or only the one with `key` = `id`.
    async fn source(&self, sql: &str, key: &str, id: Option<i64>) -> StoreResult<Vec<SourceRow>> {
        match id {
            Some(id) => {
                let joiner = joiner(sql);
                Ok(sqlx::query_as(&format!("{sql} {joiner} {key} = $1"))
                    .bind(id)
                    .fetch_all(self.pool())
                    .await?)
            }
            None => Ok(sqlx::query_as(sql).fetch_all(self.pool()).await?),
        }
    }

    /// Projects past the idea stage (all, or one).
    pub async fn index_projects(&self, id: Option<i64>) -> StoreResult<Vec<SourceRow>> {
        self.source(PROJECTS, "p.id", id).await
    }

    /// Published team-tested practices.
    pub async fn index_practices(&self, id: Option<i64>) -> StoreResult<Vec<SourceRow>> {
        self.source(PRACTICES, "x.id", id).await
    }

    /// Decisions and proposals.
    pub async fn index_decisions(&self, id: Option<i64>) -> StoreResult<Vec<SourceRow>> {
        self.source(DECISIONS, "d.id", id).await
    }

    /// People with an active account.
    pub async fn index_people(&self, id: Option<i64>) -> StoreResult<Vec<SourceRow>> {
        self.source(PEOPLE, "p.id", id).await
    }
}
