//! Notices between server nodes for live pages. With PostgreSQL a notice goes out with
//! `pg_notify` and every node (this one included) hears it on a `LISTEN` connection, so a
//! stance given on one node reaches the people watching on another. With SQLite there is one
//! node; `notify` says so and the caller delivers the notice itself.
//!
//! A notice is a short text naming what changed (for example `meeting:12 proposal:40`), never
//! the content, so nothing secret travels on the channel.

use crate::{Backend, Store, StoreError, StoreResult};

/// The PostgreSQL channel every node listens on.
pub const CHANNEL: &str = "lmp_live";

/// A connection that hears the notices of every node.
pub struct Listener(sqlx::postgres::PgListener);

impl Listener {
    /// The next notice's text; an error when the connection is lost (sqlx reconnects on the
    /// next call, and notices sent meanwhile are lost, so pages should refresh what they show).
    pub async fn next(&mut self) -> StoreResult<String> {
        let notification = self.0.recv().await?;
        Ok(notification.payload().to_string())
    }
}

impl Store {
    /// Sends `payload` to every node. Returns false with SQLite, where there is no other node
    /// and the caller delivers it.
    pub async fn notify(&self, payload: &str) -> StoreResult<bool> {
        if self.backend() != Backend::Postgres {
            return Ok(false);
        }
        sqlx::query("SELECT pg_notify($1, $2)")
            .bind(CHANNEL)
            .bind(payload)
            .execute(self.pool())
            .await?;
        Ok(true)
    }

    /// A listener for the notices of every node; `None` with SQLite.
    pub async fn listen(&self) -> StoreResult<Option<Listener>> {
        let Some(url) = self
            .url
            .as_deref()
            .filter(|_| self.backend() == Backend::Postgres)
        else {
            return Ok(None);
        };
        let mut listener = sqlx::postgres::PgListener::connect(url).await?;
        listener
            .listen(CHANNEL)
            .await
            .map_err(|e| StoreError::Config(format!("cannot listen for live notices: {e}")))?;
        Ok(Some(Listener(listener)))
    }
}
