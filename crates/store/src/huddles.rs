//! Huddle boards: a team's short stand-up items and the questions it escalates, with answers.
//! The rules (board order, escalation states) are `lmp_domain::decisions::huddle`.

use serde::Serialize;

use crate::{now, Store, StoreError, StoreResult};

#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct HuddleRow {
    pub id: i64,
    pub team_id: i64,
    pub team_name: String,
    pub category: String,
    pub text: String,
    pub owner_id: Option<i64>,
    pub owner_name: Option<String>,
    pub closed: i64,
    pub escalated_to: Option<String>,
    pub question: String,
    pub answer_by: Option<String>,
    pub answer: String,
    pub answered_by_name: Option<String>,
    pub answered_at: Option<i64>,
    pub created_at: i64,
}

const SELECT: &str = "SELECT h.id, h.team_id, t.name AS team_name, h.category, h.text, h.owner_id, o.name AS owner_name, \
     h.closed, h.escalated_to, h.question, h.answer_by, h.answer, a.name AS answered_by_name, h.answered_at, h.created_at \
     FROM huddle_items h JOIN teams t ON t.id = h.team_id \
     LEFT JOIN people o ON o.id = h.owner_id LEFT JOIN people a ON a.id = h.answered_by";

impl Store {
    pub async fn add_huddle_item(
        &self,
        team_id: i64,
        category: &str,
        text: &str,
        owner: Option<i64>,
        by: i64,
    ) -> StoreResult<i64> {
        sqlx::query_scalar(
            "INSERT INTO huddle_items (team_id, category, text, owner_id, created_by, created_at, updated_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING id",
        )
        .bind(team_id)
        .bind(category)
        .bind(text)
        .bind(owner)
        .bind(by)
        .bind(now())
        .fetch_one(self.pool())
        .await
        .map_err(StoreError::from_write)
    }

    pub async fn huddle_item(&self, id: i64) -> StoreResult<HuddleRow> {
        sqlx::query_as(&format!("{SELECT} WHERE h.id = $1"))
            .bind(id)
            .fetch_optional(self.pool())
            .await?
            .ok_or(StoreError::NotFound("huddle item"))
    }

    /// The board: open items, and closed ones from the last `days` days.
    pub async fn huddle_board(&self, team_id: i64, days: i64) -> StoreResult<Vec<HuddleRow>> {
        Ok(sqlx::query_as(&format!(
            "{SELECT} WHERE h.team_id = $1 AND (h.closed = 0 OR h.updated_at >= $2) ORDER BY h.created_at, h.id"
        ))
        .bind(team_id)
        .bind(now() - days * 86_400)
        .fetch_all(self.pool())
        .await?)
    }

    pub async fn close_huddle_item(&self, id: i64, closed: bool) -> StoreResult<()> {
        sqlx::query("UPDATE huddle_items SET closed = $1, updated_at = $2 WHERE id = $3")
            .bind(i64::from(closed))
            .bind(now())
            .bind(id)
            .execute(self.pool())
            .await?;
        Ok(())
    }

    pub async fn escalate_huddle_item(
        &self,
        id: i64,
        target: &str,
        question: &str,
        answer_by: &str,
    ) -> StoreResult<()> {
        let at = now();
        sqlx::query(
            "UPDATE huddle_items SET escalated_to = $1, question = $2, answer_by = $3, escalated_at = $4, updated_at = $4 \
             WHERE id = $5 AND answered_at IS NULL",
        )
        .bind(target)
        .bind(question)
        .bind(answer_by)
        .bind(at)
        .bind(id)
        .execute(self.pool())
        .await?;
        Ok(())
    }

    pub async fn answer_huddle_item(&self, id: i64, answer: &str, by: i64) -> StoreResult<()> {
        let at = now();
        sqlx::query(
            "UPDATE huddle_items SET answer = $1, answered_by = $2, answered_at = $3, updated_at = $3 \
             WHERE id = $4 AND escalated_to IS NOT NULL",
        )
        .bind(answer)
        .bind(by)
        .bind(at)
        .bind(id)
        .execute(self.pool())
        .await?;
        Ok(())
    }

    /// Unanswered questions escalated to the sponsors of the teams `person_id` sponsors.
    pub async fn escalations_for_sponsor(&self, person_id: i64) -> StoreResult<Vec<HuddleRow>> {
        Ok(sqlx::query_as(&format!(
            "{SELECT} WHERE h.escalated_to = 'sponsor' AND h.answered_at IS NULL AND h.team_id IN \
             (SELECT team_id FROM team_roles WHERE person_id = $1 AND role LIKE 'sponsor_%') \
             ORDER BY h.answer_by, h.id LIMIT 100"
        ))
        .bind(person_id)
        .fetch_all(self.pool())
        .await?)
    }

    /// Unanswered escalations of the teams in a region or facility (or everywhere), oldest
    /// answer-by date first, for leaders' roll-ups.
    pub async fn open_escalations(
        &self,
        region_id: Option<i64>,
        facility_id: Option<i64>,
        limit: i64,
    ) -> StoreResult<Vec<HuddleRow>> {
        Ok(sqlx::query_as(&format!(
            "{SELECT} WHERE h.escalated_to IS NOT NULL AND h.answered_at IS NULL \
             AND ($1 = 0 OR t.region_id = $1) AND ($2 = 0 OR t.facility_id = $2) \
             ORDER BY h.answer_by, h.id LIMIT $3"
        ))
        .bind(region_id.unwrap_or(0))
        .bind(facility_id.unwrap_or(0))
        .bind(limit)
        .fetch_all(self.pool())
        .await?)
    }
}
