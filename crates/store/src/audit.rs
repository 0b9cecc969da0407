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
}
