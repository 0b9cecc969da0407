//! Web push: the browsers each person turned notifications on in, and the hub's VAPID key
//! (a setting, so every node signs with the same one).

use serde::Serialize;

use crate::{now, Store, StoreResult};

/// One browser that receives a person's notifications.
#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct PushSubscription {
    pub id: i64,
    pub person_id: i64,
    pub endpoint: String,
    pub p256dh: String,
    pub auth: String,
}

/// The setting that holds the hub's VAPID private key (base64url).
pub const VAPID_SETTING: &str = "push.vapid_private_key";

impl Store {
    /// Records (or moves to `person_id`) the browser at `endpoint`: a browser has one
    /// subscription, and whoever signed in on it last receives its notifications.
    pub async fn save_push_subscription(
        &self,
        person_id: i64,
        endpoint: &str,
        p256dh: &str,
        auth: &str,
    ) -> StoreResult<()> {
        sqlx::query(
            "INSERT INTO push_subscriptions (person_id, endpoint, p256dh, auth, created_at) \
             VALUES ($1, $2, $3, $4, $5) \
             ON CONFLICT (endpoint) DO UPDATE SET person_id = $1, p256dh = $3, auth = $4, \
             created_at = $5, last_error = NULL",
        )
        .bind(person_id)
        .bind(endpoint)
        .bind(p256dh)
        .bind(auth)
        .bind(now())
        .execute(self.pool())
        .await?;
        Ok(())
    }

    /// Forgets `person_id`'s browser at `endpoint`; true when there was one.
    pub async fn delete_push_subscription(
        &self,
        person_id: i64,
        endpoint: &str,
    ) -> StoreResult<bool> {
        let done =
            sqlx::query("DELETE FROM push_subscriptions WHERE person_id = $1 AND endpoint = $2")
                .bind(person_id)
                .bind(endpoint)
                .execute(self.pool())
                .await?;
        Ok(done.rows_affected() > 0)
    }

    /// Forgets a subscription the push service said is gone.
    pub async fn drop_push_subscription(&self, id: i64) -> StoreResult<()> {
        sqlx::query("DELETE FROM push_subscriptions WHERE id = $1")
            .bind(id)
            .execute(self.pool())
            .await?;
        Ok(())
    }

    /// The browsers `person_id` receives notifications in.
    pub async fn push_subscriptions(&self, person_id: i64) -> StoreResult<Vec<PushSubscription>> {
        Ok(sqlx::query_as(
            "SELECT id, person_id, endpoint, p256dh, auth FROM push_subscriptions \
             WHERE person_id = $1 ORDER BY id",
        )
        .bind(person_id)
        .fetch_all(self.pool())
        .await?)
    }

    /// Notes how the last sending to a subscription went (`None`: delivered).
    pub async fn note_push_result(&self, id: i64, error: Option<&str>) -> StoreResult<()> {
        sqlx::query(
            "UPDATE push_subscriptions SET last_sent_at = $2, last_error = $3 WHERE id = $1",
        )
        .bind(id)
        .bind(now())
        .bind(error)
        .execute(self.pool())
        .await?;
        Ok(())
    }
}
