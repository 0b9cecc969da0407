//! The audit log: who changed what, when. Written by the web layer after each change; never
//! edited through the product.

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
