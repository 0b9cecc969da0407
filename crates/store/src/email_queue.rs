//! The outgoing mail queue. Mails are queued once (a unique `dedupe_key`), claimed by one
//! worker at a time with a lease (`locked_until`, set in the same statement that picks the
//! mail, so two nodes on PostgreSQL never take the same one), marked sent, or put back with a
//! later `next_attempt_at` after a failure until they are given up with their last error.
//! Everything is in the database, so queued mail survives a restart.

use lmp_domain::notifications::{retry_delay, MAX_ATTEMPTS};

use crate::{now, Store, StoreResult};

/// A mail to queue.
#[derive(Debug, Clone)]
pub struct NewEmail {
    pub person_id: Option<i64>,
    pub to_address: String,
    pub subject: String,
    pub body_text: String,
    pub unsubscribe_url: String,
    pub dedupe_key: String,
}

/// A mail a worker has claimed and should send now.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ClaimedEmail {
    pub id: i64,
    pub to_address: String,
    pub subject: String,
    pub body_text: String,
    pub unsubscribe_url: String,
    pub attempts: i64,
}

/// A row of the queue as operators and tests look at it.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct EmailRow {
    pub id: i64,
    pub person_id: Option<i64>,
    pub to_address: String,
    pub subject: String,
    pub body_text: String,
    pub dedupe_key: String,
    pub status: String,
    pub attempts: i64,
    pub last_error: String,
    pub sent_at: Option<i64>,
}

impl Store {
    /// Queues `email` unless a mail with its key was queued before, and marks `notice_ids` as
    /// mailed by it, in one transaction. Returns the new mail's id, `None` when it was a
    /// duplicate (the notices then stay as they were).
    pub async fn enqueue_email(
        &self,
        email: &NewEmail,
        notice_ids: &[i64],
    ) -> StoreResult<Option<i64>> {
        let at = now();
        let mut tx = self.pool().begin().await?;
        let id: Option<i64> = sqlx::query_scalar(
            "INSERT INTO email_queue (person_id, to_address, subject, body_text, unsubscribe_url, \
             dedupe_key, next_attempt_at, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $7) \
             ON CONFLICT (dedupe_key) DO NOTHING RETURNING id",
        )
        .bind(email.person_id)
        .bind(&email.to_address)
        .bind(&email.subject)
        .bind(&email.body_text)
        .bind(&email.unsubscribe_url)
        .bind(&email.dedupe_key)
        .bind(at)
        .fetch_optional(&mut *tx)
        .await?;
        if let Some(id) = id {
            for notice in notice_ids {
                sqlx::query(
                    "UPDATE notices SET status = 'mailed', email_id = $1 \
                     WHERE id = $2 AND status = 'pending'",
                )
                .bind(id)
                .bind(notice)
                .execute(&mut *tx)
                .await?;
            }
        }
        tx.commit().await?;
        Ok(id)
    }

    /// Whether a mail with this key was ever queued (a digest already sent this period).
    pub async fn email_queued(&self, dedupe_key: &str) -> StoreResult<bool> {
        let found: Option<i64> =
            sqlx::query_scalar("SELECT id FROM email_queue WHERE dedupe_key = $1")
                .bind(dedupe_key)
                .fetch_optional(self.pool())
                .await?;
        Ok(found.is_some())
    }

    /// Takes the oldest mail that is due and not held by another worker, holding it for
    /// `lease_secs`. One statement: the conditions are checked again on the row itself, so
    /// when two nodes pick the same mail only the first one's update applies.
    pub async fn claim_email(
        &self,
        worker: &str,
        lease_secs: i64,
    ) -> StoreResult<Option<ClaimedEmail>> {
        let at = now();
        Ok(sqlx::query_as(
            "UPDATE email_queue SET locked_until = $1, locked_by = $2, attempts = attempts + 1 \
             WHERE id = (SELECT id FROM email_queue WHERE status = 'queued' \
                         AND next_attempt_at <= $3 AND locked_until <= $3 ORDER BY id LIMIT 1) \
             AND status = 'queued' AND locked_until <= $3 \
             RETURNING id, to_address, subject, body_text, unsubscribe_url, attempts",
        )
        .bind(at + lease_secs)
        .bind(worker)
        .bind(at)
        .fetch_optional(self.pool())
        .await?)
    }

    /// The claimed mail went out.
    pub async fn email_sent(&self, id: i64, worker: &str) -> StoreResult<()> {
        sqlx::query(
            "UPDATE email_queue SET status = 'sent', sent_at = $1, locked_until = 0, last_error = '' \
             WHERE id = $2 AND locked_by = $3",
        )
        .bind(now())
        .bind(id)
        .bind(worker)
        .execute(self.pool())
        .await?;
        Ok(())
    }

    /// The claimed mail could not be sent: try again later, or give up after
    /// [`MAX_ATTEMPTS`], keeping the error either way.
    pub async fn email_failed(
        &self,
        mail: &ClaimedEmail,
        worker: &str,
        error: &str,
        retry_base_secs: i64,
    ) -> StoreResult<()> {
        let status = if mail.attempts >= MAX_ATTEMPTS {
            "failed"
        } else {
            "queued"
        };
        let error: String = error.chars().take(1000).collect();
        sqlx::query(
            "UPDATE email_queue SET status = $1, next_attempt_at = $2, locked_until = 0, \
             locked_by = NULL, last_error = $3 WHERE id = $4 AND locked_by = $5",
        )
        .bind(status)
        .bind(now() + retry_delay(mail.attempts, retry_base_secs))
        .bind(&error)
        .bind(mail.id)
        .bind(worker)
        .execute(self.pool())
        .await?;
        Ok(())
    }

    /// The queue, oldest first (for operators and tests).
    pub async fn email_queue(&self, limit: i64) -> StoreResult<Vec<EmailRow>> {
        Ok(sqlx::query_as(
            "SELECT id, person_id, to_address, subject, body_text, dedupe_key, status, attempts, \
             last_error, sent_at FROM email_queue ORDER BY id LIMIT $1",
        )
        .bind(limit)
        .fetch_all(self.pool())
        .await?)
    }
}
