//! Database access for the partnership hub: one code path for SQLite and PostgreSQL.
//!
//! Queries go through sqlx's `Any` driver and are written in the SQL both databases share:
//! numbered parameters (`$1`), integers for flags and times (unix seconds), `LOWER(..) LIKE`
//! for case-insensitive matching. Only the migrations differ, one folder per database.
//!
//! Architecture invariant: this is the only crate that writes SQL. It returns plain structs and
//! domain types; it knows nothing of HTTP or HTML.

pub mod accounts;
pub mod audit;
pub mod backup;
pub mod calendar_feeds;
pub mod content;
pub mod content_pack;
pub mod decisions;
pub mod demo;
mod demo_improvement;
pub mod email_queue;
mod error;
pub mod huddles;
pub mod ibps;
pub mod improvement;
pub mod learning;
pub mod live;
pub mod media;
pub mod meetings;
pub mod next_steps;
pub mod notices;
pub mod oidc;
pub mod org;
pub mod p2p;
pub mod people;
pub mod practices;
pub mod preferences;
pub mod push;
pub mod roster;
pub mod roster_import;
pub mod search_source;
pub mod tasks;
pub mod team_records;
pub mod teams;
pub mod testing;
pub mod tools;

use std::path::Path;
use std::str::FromStr;
use std::time::Duration;

use sqlx::any::{AnyConnectOptions, AnyPoolOptions};
use sqlx::{AnyPool, ConnectOptions, Executor};

pub use error::{StoreError, StoreResult};

/// A value bound to a query built at run time.
pub(crate) enum Param {
    Int(i64),
    Text(String),
}

/// Binds `params` in order to a scalar query.
pub(crate) fn bind_scalar<'q, O>(
    mut query: sqlx::query::QueryScalar<'q, sqlx::Any, O, sqlx::any::AnyArguments<'q>>,
    params: &'q [Param],
) -> sqlx::query::QueryScalar<'q, sqlx::Any, O, sqlx::any::AnyArguments<'q>> {
    for param in params {
        query = match param {
            Param::Int(v) => query.bind(*v),
            Param::Text(v) => query.bind(v.as_str()),
        };
    }
    query
}

/// Parses the JSON array made by [`Store::json_rows_sql`].
pub(crate) fn parse_json_rows<T: serde::de::DeserializeOwned>(
    json: &str,
    what: &'static str,
) -> StoreResult<Vec<T>> {
    serde_json::from_str(json)
        .map_err(|e| StoreError::Config(format!("{what}: unexpected JSON from the database: {e}")))
}

/// Which database a store talks to. Only migrations and a few bulk operations care.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// A handle to the database, cheap to clone and shared by every request.
#[derive(Clone)]
pub struct Store {
    pool: AnyPool,
    backend: Backend,
    /// The PostgreSQL URL, kept for the live-notice listener (`live.rs`).
    url: Option<std::sync::Arc<str>>,
}

static SQLITE_MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/sqlite");
static POSTGRES_MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/postgres");

impl Store {
    /// Opens the PostgreSQL database at `url` when given, else the SQLite database in
    /// `data_dir` (created on first run), and applies pending migrations.
    pub async fn open(database_url: Option<&str>, data_dir: &Path) -> StoreResult<Store> {
        match database_url {
            Some(url) if url.starts_with("postgres:") || url.starts_with("postgresql:") => {
                Store::connect(url).await
            }
            Some(url) => Store::connect(url).await,
            None => {
                std::fs::create_dir_all(data_dir).map_err(|e| {
                    StoreError::Config(format!(
                        "cannot create the data directory {}: {e}",
                        data_dir.display()
                    ))
                })?;
                let file = data_dir.join("lmp.db");
                Store::connect(&format!("sqlite://{}?mode=rwc", file.display())).await
            }
        }
    }

    /// Connects to `url` (`sqlite://…` or `postgres://…`) and migrates.
    pub async fn connect(url: &str) -> StoreResult<Store> {
        sqlx::any::install_default_drivers();
        let backend = if url.starts_with("sqlite:") {
            Backend::Sqlite
        } else if url.starts_with("postgres:") || url.starts_with("postgresql:") {
            Backend::Postgres
        } else {
            return Err(StoreError::Config(format!(
                "unsupported database URL (expected sqlite:// or postgres://): {}",
                redact(url)
            )));
        };
        let options = AnyConnectOptions::from_str(url)
            .map_err(|e| StoreError::Config(format!("bad database URL: {e}")))?
            .log_statements(tracing::log::LevelFilter::Trace)
            .log_slow_statements(tracing::log::LevelFilter::Warn, Duration::from_millis(500));
        let pool_options = match backend {
            Backend::Sqlite => AnyPoolOptions::new()
                .max_connections(8)
                .min_connections(1)
                .after_connect(|conn, _meta| {
                    Box::pin(async move {
                        // WAL lets readers work while one writer commits; FULL sync makes every
                        // acknowledged write survive a crash; the busy timeout queues writers
                        // instead of failing them.
                        for pragma in [
                            "PRAGMA journal_mode = WAL",
                            "PRAGMA synchronous = FULL",
                            "PRAGMA foreign_keys = ON",
                            "PRAGMA busy_timeout = 10000",
                            // 64 MiB of page cache per connection. Smaller caches (16 and
                            // 8 MiB) did not lower the server's memory under load
                            // (bench/RESULTS.md, soak of 2026-12-06).
                            "PRAGMA cache_size = -65536",
                        ] {
                            conn.execute(pragma).await?;
                        }
                        Ok(())
                    })
                }),
            Backend::Postgres => AnyPoolOptions::new().max_connections(16).min_connections(1),
        };
        let pool = pool_options
            .acquire_timeout(Duration::from_secs(10))
            .connect_with(options)
            .await?;
        let url = (backend == Backend::Postgres).then(|| std::sync::Arc::from(url));
        let store = Store { pool, backend, url };
        store.migrate().await?;
        store.ensure_p2p_starter().await?;
        store.ensure_starter_content().await?;
        Ok(store)
    }

    /// Applies the migrations not yet applied. Safe to call on every start.
    pub async fn migrate(&self) -> StoreResult<()> {
        let migrator = match self.backend {
            Backend::Sqlite => &SQLITE_MIGRATOR,
            Backend::Postgres => &POSTGRES_MIGRATOR,
        };
        migrator.run(&self.pool).await?;
        Ok(())
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    pub fn pool(&self) -> &AnyPool {
        &self.pool
    }

    /// True when the database answers a trivial query (used by `/healthz`).
    pub async fn ping(&self) -> bool {
        sqlx::query("SELECT 1").execute(&self.pool).await.is_ok()
    }

    /// Reads a setting stored in the database, shared by every node.
    pub async fn setting(&self, key: &str) -> StoreResult<Option<String>> {
        Ok(
            sqlx::query_scalar("SELECT value FROM settings WHERE key = $1")
                .bind(key)
                .fetch_optional(&self.pool)
                .await?,
        )
    }

    /// Returns the setting `key`, storing `make()` first if it is missing. When two nodes race,
    /// both end up with the value that was stored first.
    pub async fn setting_or_insert(
        &self,
        key: &str,
        make: impl FnOnce() -> String,
    ) -> StoreResult<String> {
        if let Some(value) = self.setting(key).await? {
            return Ok(value);
        }
        sqlx::query(
            "INSERT INTO settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING",
        )
        .bind(key)
        .bind(make())
        .execute(&self.pool)
        .await?;
        self.setting(key)
            .await?
            .ok_or_else(|| StoreError::NotFound("setting"))
    }

    /// SQL that folds the rows of `rest` (a `FROM … WHERE …` clause) into one JSON array of
    /// objects with the given keys and column expressions.
    ///
    /// Used on the busiest pages: the driver hands rows one by one between threads, which
    /// costs far more than the query itself, while one JSON value crosses once.
    pub(crate) fn json_rows_sql(&self, fields: &[(&str, &str)], rest: &str) -> String {
        let args: Vec<String> = fields.iter().map(|(k, e)| format!("'{k}', {e}")).collect();
        let args = args.join(", ");
        match self.backend {
            Backend::Sqlite => {
                format!("SELECT COALESCE(json_group_array(json_object({args})), '[]') {rest}")
            }
            Backend::Postgres => {
                format!("SELECT COALESCE(json_agg(json_build_object({args}))::text, '[]') {rest}")
            }
        }
    }

    pub async fn close(&self) {
        self.pool.close().await;
    }
}

/// The current time in unix seconds, the one clock every table uses.
pub fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}

/// A database URL without its password, for messages and logs.
pub fn redact(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme_end), Some(at)) if at > scheme_end => {
            let credentials = &url[scheme_end + 3..at];
            match credentials.split_once(':') {
                Some((user, _)) => format!("{}{}:***{}", &url[..scheme_end + 3], user, &url[at..]),
                None => url.to_string(),
            }
        }
        _ => url.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_are_hidden_in_database_urls() {
        assert_eq!(
            redact("postgres://lmp:secret@db:5432/lmp"),
            "postgres://lmp:***@db:5432/lmp"
        );
        assert_eq!(redact("sqlite://data/lmp.db"), "sqlite://data/lmp.db");
    }
}
