//! Improvement tools on a project (fishbone, PICK chart, process map, waste walk, driver
//! diagram) and their items, stored as one tree per tool. The rules of what goes where are
//! `lmp_domain::improvement::tools`; this module only reads and writes.

use serde::{Deserialize, Serialize};

use crate::{now, Store, StoreError, StoreResult};

#[derive(Debug, Clone, Serialize, Deserialize, sqlx::FromRow)]
pub struct Tool {
    pub id: i64,
    pub project_id: i64,
    pub kind: String,
    pub title: String,
    pub subject: String,
    pub created_by: Option<i64>,
    pub created_at: i64,
    pub updated_at: i64,
}

#[derive(Debug, Clone, Serialize, Deserialize, sqlx::FromRow, PartialEq)]
pub struct ToolItem {
    pub id: i64,
    pub tool_id: i64,
    pub parent_id: Option<i64>,
    pub kind: String,
    pub position: i64,
    pub text: String,
    pub note: String,
    pub tag: String,
    pub waste: String,
    pub cycle_id: Option<i64>,
}

/// An item to add or the new content of one; codes as the domain writes them.
#[derive(Debug, Clone, Default)]
pub struct ItemInput {
    pub kind: String,
    pub text: String,
    pub note: String,
    pub tag: String,
    pub waste: String,
}

const TOOL_COLUMNS: &str =
    "id, project_id, kind, title, subject, created_by, created_at, updated_at FROM tools";
const ITEM_COLUMNS: &str =
    "id, tool_id, parent_id, kind, position, text, note, tag, waste, cycle_id FROM tool_items";

impl Store {
    /// A new tool with its starting items (at the top of the tree, in order).
    pub async fn create_tool(
        &self,
        project_id: i64,
        kind: &str,
        title: &str,
        subject: &str,
        by: i64,
        starters: &[ItemInput],
    ) -> StoreResult<i64> {
        let at = now();
        let mut tx = self.pool().begin().await?;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO tools (project_id, kind, title, subject, created_by, created_at, updated_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING id",
        )
        .bind(project_id)
        .bind(kind)
        .bind(title)
        .bind(subject)
        .bind(by)
        .bind(at)
        .fetch_one(&mut *tx)
        .await
        .map_err(StoreError::from_write)?;
        for (i, item) in starters.iter().enumerate() {
            sqlx::query(
                "INSERT INTO tool_items (tool_id, parent_id, kind, position, text, note, tag, waste, created_at) \
                 VALUES ($1, NULL, $2, $3, $4, $5, $6, $7, $8)",
            )
            .bind(id)
            .bind(&item.kind)
            .bind(i as i64 + 1)
            .bind(&item.text)
            .bind(&item.note)
            .bind(&item.tag)
            .bind(&item.waste)
            .bind(at)
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        Ok(id)
    }

    pub async fn tool(&self, id: i64) -> StoreResult<Tool> {
        sqlx::query_as(&format!("SELECT {TOOL_COLUMNS} WHERE id = $1"))
            .bind(id)
            .fetch_optional(self.pool())
            .await?
            .ok_or(StoreError::NotFound("tool"))
    }

    /// A project's tools, oldest first.
    pub async fn project_tools(&self, project_id: i64) -> StoreResult<Vec<Tool>> {
        Ok(sqlx::query_as(&format!(
            "SELECT {TOOL_COLUMNS} WHERE project_id = $1 ORDER BY id"
        ))
        .bind(project_id)
        .fetch_all(self.pool())
        .await?)
    }

    pub async fn update_tool(&self, id: i64, title: &str, subject: &str) -> StoreResult<()> {
        sqlx::query("UPDATE tools SET title = $1, subject = $2, updated_at = $3 WHERE id = $4")
            .bind(title)
            .bind(subject)
            .bind(now())
            .bind(id)
            .execute(self.pool())
            .await?;
        Ok(())
    }

    /// Deletes a tool and all its items.
    pub async fn delete_tool(&self, id: i64) -> StoreResult<()> {
        let mut tx = self.pool().begin().await?;
        sqlx::query("DELETE FROM tool_items WHERE tool_id = $1")
            .bind(id)
            .execute(&mut *tx)
            .await?;
        sqlx::query("DELETE FROM tools WHERE id = $1")
            .bind(id)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Every item of a tool, in position order (parents and children mixed; callers build the
    /// tree from `parent_id`).
    pub async fn tool_items(&self, tool_id: i64) -> StoreResult<Vec<ToolItem>> {
        Ok(sqlx::query_as(&format!(
            "SELECT {ITEM_COLUMNS} WHERE tool_id = $1 ORDER BY position, id"
        ))
        .bind(tool_id)
        .fetch_all(self.pool())
        .await?)
    }

    pub async fn tool_item(&self, id: i64) -> StoreResult<ToolItem> {
        sqlx::query_as(&format!("SELECT {ITEM_COLUMNS} WHERE id = $1"))
            .bind(id)
            .fetch_optional(self.pool())
            .await?
            .ok_or(StoreError::NotFound("tool item"))
    }

    /// Adds an item after its siblings (the items of the same tool under the same parent).
    pub async fn add_tool_item(
        &self,
        tool_id: i64,
        parent_id: Option<i64>,
        item: &ItemInput,
    ) -> StoreResult<i64> {
        let at = now();
        let mut tx = self.pool().begin().await?;
        let position: i64 = sqlx::query_scalar(
            "SELECT COALESCE(MAX(position), 0) + 1 FROM tool_items WHERE tool_id = $1 AND COALESCE(parent_id, 0) = $2",
        )
        .bind(tool_id)
        .bind(parent_id.unwrap_or(0))
        .fetch_one(&mut *tx)
        .await?;
        let id = sqlx::query_scalar(
            "INSERT INTO tool_items (tool_id, parent_id, kind, position, text, note, tag, waste, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
        )
        .bind(tool_id)
        .bind(parent_id)
        .bind(&item.kind)
        .bind(position)
        .bind(&item.text)
        .bind(&item.note)
        .bind(&item.tag)
        .bind(&item.waste)
        .bind(at)
        .fetch_one(&mut *tx)
        .await
        .map_err(StoreError::from_write)?;
        touch(&mut tx, tool_id, at).await?;
        tx.commit().await?;
        Ok(id)
    }

    /// Replaces an item's text, note, tag and waste (its kind and place stay).
    pub async fn update_tool_item(&self, id: i64, item: &ItemInput) -> StoreResult<()> {
        let at = now();
        let mut tx = self.pool().begin().await?;
        let tool_id: Option<i64> = sqlx::query_scalar(
            "UPDATE tool_items SET text = $1, note = $2, tag = $3, waste = $4 WHERE id = $5 RETURNING tool_id",
        )
        .bind(&item.text)
        .bind(&item.note)
        .bind(&item.tag)
        .bind(&item.waste)
        .bind(id)
        .fetch_optional(&mut *tx)
        .await?;
        let tool_id = tool_id.ok_or(StoreError::NotFound("tool item"))?;
        touch(&mut tx, tool_id, at).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Sets only the tag of an item (a PICK idea moved to another quadrant).
    pub async fn set_tool_item_tag(&self, id: i64, tag: &str) -> StoreResult<()> {
        let at = now();
        let mut tx = self.pool().begin().await?;
        let tool_id: Option<i64> =
            sqlx::query_scalar("UPDATE tool_items SET tag = $1 WHERE id = $2 RETURNING tool_id")
                .bind(tag)
                .bind(id)
                .fetch_optional(&mut *tx)
                .await?;
        let tool_id = tool_id.ok_or(StoreError::NotFound("tool item"))?;
        touch(&mut tx, tool_id, at).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Records the PDSA cycle an item became.
    pub async fn link_tool_item_cycle(&self, id: i64, cycle_id: i64) -> StoreResult<()> {
        sqlx::query("UPDATE tool_items SET cycle_id = $1 WHERE id = $2")
            .bind(cycle_id)
            .bind(id)
            .execute(self.pool())
            .await?;
        Ok(())
    }

    /// Deletes an item and everything under it.
    pub async fn delete_tool_item(&self, id: i64) -> StoreResult<()> {
        let item = self.tool_item(id).await?;
        let at = now();
        let mut tx = self.pool().begin().await?;
        // Children first (the tree is at most three deep), so the delete does not depend on
        // the database enforcing ON DELETE CASCADE.
        sqlx::query(
            "DELETE FROM tool_items WHERE parent_id IN (SELECT id FROM tool_items WHERE parent_id = $1)",
        )
        .bind(id)
        .execute(&mut *tx)
        .await?;
        sqlx::query("DELETE FROM tool_items WHERE parent_id = $1")
            .bind(id)
            .execute(&mut *tx)
            .await?;
        sqlx::query("DELETE FROM tool_items WHERE id = $1")
            .bind(id)
            .execute(&mut *tx)
            .await?;
        touch(&mut tx, item.tool_id, at).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Puts the siblings of one parent in the given order (ids of items of `tool_id` under
    /// `parent_id`; any other id is ignored).
    pub async fn reorder_tool_items(
        &self,
        tool_id: i64,
        parent_id: Option<i64>,
        ids: &[i64],
    ) -> StoreResult<()> {
        let at = now();
        let mut tx = self.pool().begin().await?;
        for (i, id) in ids.iter().enumerate() {
            sqlx::query(
                "UPDATE tool_items SET position = $1 WHERE id = $2 AND tool_id = $3 AND COALESCE(parent_id, 0) = $4",
            )
            .bind(i as i64 + 1)
            .bind(id)
            .bind(tool_id)
            .bind(parent_id.unwrap_or(0))
            .execute(&mut *tx)
            .await?;
        }
        touch(&mut tx, tool_id, at).await?;
        tx.commit().await?;
        Ok(())
    }
}

async fn touch(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    tool_id: i64,
    at: i64,
) -> StoreResult<()> {
    sqlx::query("UPDATE tools SET updated_at = $1 WHERE id = $2")
        .bind(at)
        .bind(tool_id)
        .execute(&mut **tx)
        .await?;
    Ok(())
}
