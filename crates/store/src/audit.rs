//! The audit log: who changed what, when. Written by the web layer after each change; never
//! edited through the product.

use lmp_domain::{Page, PageRequest};

use crate::{now, Store, StoreResult};

impl Store {
    pub async fn audit(
        &self,
        actor_id: Option<i64>,
        action: &str,
        entity: &str,
        entity_id: Option<i64>,
        detail: &str,
    ) -> StoreResult<()> {
        sqlx::query(
            "INSERT INTO audit_log (at, actor_id, action, entity, entity_id, detail) VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(now())
        .bind(actor_id)
        .bind(action)
        .bind(entity)
        .bind(entity_id)
        .bind(detail)
        .execute(self.pool())
        .await?;
        Ok(())
    }

    /// The log of one thing (`entity`, `entity_id`), oldest first.
    pub async fn audit_of(&self, entity: &str, entity_id: i64) -> StoreResult<Vec<AuditEntry>> {
        Ok(sqlx::query_as(
            "SELECT at, actor_id, action, entity, entity_id, detail FROM audit_log \
             WHERE entity = $1 AND entity_id = $2 ORDER BY id",
        )
        .bind(entity)
        .bind(entity_id)
        .fetch_all(self.pool())
        .await?)
    }
}

/// One line of the audit log.
#[derive(Debug, Clone, serde::Serialize, sqlx::FromRow)]
pub struct AuditEntry {
    pub at: i64,
    pub actor_id: Option<i64>,
    pub action: String,
    pub entity: String,
    pub entity_id: Option<i64>,
    pub detail: String,
}

/// Which lines of the log to show.
#[derive(Debug, Clone, Default)]
pub struct AuditFilter {
    /// The action, or the start of one (`proposal.` shows every proposal action).
    pub action: String,
    pub entity: String,
    pub actor_id: Option<i64>,
    /// From this unix time (inclusive) to that one (exclusive).
    pub from: Option<i64>,
    pub to: Option<i64>,
}

/// A line of the log with the actor's name.
#[derive(Debug, Clone, serde::Serialize, sqlx::FromRow)]
pub struct AuditRow {
    pub id: i64,
    pub at: i64,
    pub actor_id: Option<i64>,
    pub actor_name: Option<String>,
    pub action: String,
    pub entity: String,
    pub entity_id: Option<i64>,
    pub detail: String,
}

const AUDIT_FILTER: &str = "($1 = '' OR a.action LIKE $1) AND ($2 = '' OR a.entity = $2) \
     AND ($3 = 0 OR a.actor_id = $3) AND ($4 = 0 OR a.at >= $4) AND ($5 = 0 OR a.at < $5)";

impl Store {
    /// The log, newest first, filtered.
    pub async fn audit_page(
        &self,
        filter: &AuditFilter,
        page: PageRequest,
    ) -> StoreResult<Page<AuditRow>> {
        let action = if filter.action.is_empty() {
            String::new()
        } else {
            format!("{}%", filter.action.replace(['%', '_'], ""))
        };
        let items = sqlx::query_as(&format!(
            "SELECT a.id, a.at, a.actor_id, p.name AS actor_name, a.action, a.entity, a.entity_id, a.detail \
             FROM audit_log a LEFT JOIN people p ON p.id = a.actor_id WHERE {AUDIT_FILTER} \
             ORDER BY a.id DESC LIMIT $6 OFFSET $7"
        ))
        .bind(&action)
        .bind(&filter.entity)
        .bind(filter.actor_id.unwrap_or(0))
        .bind(filter.from.unwrap_or(0))
        .bind(filter.to.unwrap_or(0))
        .bind(page.limit())
        .bind(page.offset())
        .fetch_all(self.pool())
        .await?;
        let total = sqlx::query_scalar(&format!(
            "SELECT COUNT(*) FROM audit_log a WHERE {AUDIT_FILTER}"
        ))
        .bind(&action)
        .bind(&filter.entity)
        .bind(filter.actor_id.unwrap_or(0))
        .bind(filter.from.unwrap_or(0))
        .bind(filter.to.unwrap_or(0))
        .fetch_one(self.pool())
        .await?;
        Ok(Page::new(items, page, total))
    }

    /// The kinds of thing the log names, for the filter.
    pub async fn audit_entities(&self) -> StoreResult<Vec<String>> {
        Ok(
            sqlx::query_scalar("SELECT DISTINCT entity FROM audit_log ORDER BY entity")
                .fetch_all(self.pool())
                .await?,
        )
    }
}
