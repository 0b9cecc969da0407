//! Personal calendar feeds: a secret address (`/calendar/{secret}.ics`) a calendar app
//! subscribes to without a session. Only the SHA-256 of the secret is stored (as with API
//! tokens); turning the feed on again or resetting it replaces the hash, so the old address
//! stops answering at once. Also the two reads the feed is made of: the meetings of the
//! person's teams in a window of time, and the open tasks assigned to them that have a due date.

use serde::Serialize;

use crate::accounts::token_hash;
use crate::{now, Store, StoreResult};

/// A meeting as a feed lists it, with its team's name.
#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct FeedMeeting {
    pub id: i64,
    pub team_name: String,
    pub title: String,
    pub starts_at: i64,
    pub duration_minutes: i64,
    pub location: String,
    pub status: String,
    pub updated_at: i64,
}

/// An open task with a due date (`YYYY-MM-DD`), as a feed lists it.
#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct FeedTask {
    pub id: i64,
    pub team_name: String,
    pub title: String,
    pub due_on: String,
    pub updated_at: i64,
}

/// The most items of each kind one feed carries, so a feed stays a small download.
const FEED_LIMIT: i64 = 500;

impl Store {
    /// When the person's feed was turned on (or last reset); `None` when it is off.
    pub async fn calendar_feed_since(&self, person_id: i64) -> StoreResult<Option<i64>> {
        Ok(
            sqlx::query_scalar("SELECT created_at FROM calendar_feeds WHERE person_id = $1")
                .bind(person_id)
                .fetch_optional(self.pool())
                .await?,
        )
    }

    /// Turns the person's feed on with `secret`, replacing any earlier secret.
    pub async fn set_calendar_feed(&self, person_id: i64, secret: &str) -> StoreResult<()> {
        sqlx::query(
            "INSERT INTO calendar_feeds (person_id, token_hash, created_at) VALUES ($1, $2, $3) \
             ON CONFLICT (person_id) DO UPDATE SET token_hash = excluded.token_hash, \
             created_at = excluded.created_at",
        )
        .bind(person_id)
        .bind(token_hash(secret))
        .bind(now())
        .execute(self.pool())
        .await?;
        Ok(())
    }

    /// Turns the person's feed off; true when there was one.
    pub async fn delete_calendar_feed(&self, person_id: i64) -> StoreResult<bool> {
        let result = sqlx::query("DELETE FROM calendar_feeds WHERE person_id = $1")
            .bind(person_id)
            .execute(self.pool())
            .await?;
        Ok(result.rows_affected() > 0)
    }

    /// The active person whose feed `secret` opens, if any.
    pub async fn calendar_feed_person(&self, secret: &str) -> StoreResult<Option<i64>> {
        Ok(sqlx::query_scalar(
            "SELECT f.person_id FROM calendar_feeds f JOIN people p ON p.id = f.person_id \
             WHERE f.token_hash = $1 AND p.active = 1",
        )
        .bind(token_hash(secret))
        .fetch_optional(self.pool())
        .await?)
    }

    /// Meetings of the teams the person is on that start between `from` and `to`, soonest
    /// first.
    pub async fn feed_meetings(
        &self,
        person_id: i64,
        from: i64,
        to: i64,
    ) -> StoreResult<Vec<FeedMeeting>> {
        Ok(sqlx::query_as(
            "SELECT m.id, t.name AS team_name, m.title, m.starts_at, m.duration_minutes, m.location, \
             m.status, m.updated_at FROM meetings m JOIN teams t ON t.id = m.team_id \
             WHERE m.team_id IN (SELECT team_id FROM team_roles WHERE person_id = $1) \
             AND m.starts_at >= $2 AND m.starts_at <= $3 ORDER BY m.starts_at, m.id LIMIT $4",
        )
        .bind(person_id)
        .bind(from)
        .bind(to)
        .bind(FEED_LIMIT)
        .fetch_all(self.pool())
        .await?)
    }

    /// The person's open tasks that have a due date, soonest first.
    pub async fn feed_tasks(&self, person_id: i64) -> StoreResult<Vec<FeedTask>> {
        Ok(sqlx::query_as(
            "SELECT k.id, t.name AS team_name, k.title, k.due_on, k.updated_at FROM tasks k \
             JOIN teams t ON t.id = k.team_id WHERE k.owner_id = $1 AND k.status = 'open' \
             AND k.due_on IS NOT NULL AND k.due_on <> '' ORDER BY k.due_on, k.id LIMIT $2",
        )
        .bind(person_id)
        .bind(FEED_LIMIT)
        .fetch_all(self.pool())
        .await?)
    }
}
