//! Fresh, throw-away databases for tests: a temporary SQLite file, or a schema of its own in the
//! PostgreSQL server named by `LMP_TEST_POSTGRES_URL` (default: the local server's `test`
//! database). Each test gets its own, so tests run in parallel and leave nothing behind.

use std::path::PathBuf;

use crate::{Backend, Store, StoreResult};

/// The PostgreSQL server tests use, when one answers.
pub fn postgres_base_url() -> String {
    std::env::var("LMP_TEST_POSTGRES_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/test".to_string())
}

/// True when PostgreSQL tests must run (CI): a missing server then fails the test instead of
/// skipping it.
pub fn postgres_required() -> bool {
    std::env::var("LMP_TEST_REQUIRE_POSTGRES").is_ok_and(|v| v == "1")
}

/// A database that exists for one test and is removed when dropped.
pub struct TestDatabase {
    pub url: String,
    pub backend: Backend,
    dir: Option<PathBuf>,
    schema: Option<String>,
}

impl TestDatabase {
    pub async fn sqlite() -> TestDatabase {
        let dir = std::env::temp_dir().join(format!("lmp-test-{}", random_suffix()));
        std::fs::create_dir_all(&dir).expect("temporary directory");
        TestDatabase {
            url: format!("sqlite://{}?mode=rwc", dir.join("lmp.db").display()),
            backend: Backend::Sqlite,
            dir: Some(dir),
            schema: None,
        }
    }

    /// A fresh schema on the test PostgreSQL server, or `None` when no server answers and
    /// PostgreSQL is not required.
    pub async fn postgres() -> Option<TestDatabase> {
        sqlx::any::install_default_drivers();
        let base = postgres_base_url();
        let schema = format!("t_{}", random_suffix());
        let created = async {
            let mut conn = <sqlx::AnyConnection as sqlx::Connection>::connect(&base).await?;
            sqlx::query(&format!("CREATE SCHEMA {schema}"))
                .execute(&mut conn)
                .await?;
            Ok::<_, sqlx::Error>(())
        }
        .await;
        match created {
            Ok(()) => {}
            Err(e) if postgres_required() => {
                panic!(
                    "PostgreSQL is required (LMP_TEST_REQUIRE_POSTGRES=1) but {base} failed: {e}"
                )
            }
            Err(e) => {
                eprintln!("skipping the PostgreSQL variant: {base} does not answer ({e})");
                return None;
            }
        }
        let separator = if base.contains('?') { '&' } else { '?' };
        Some(TestDatabase {
            url: format!("{base}{separator}options=-c%20search_path%3D{schema}"),
            backend: Backend::Postgres,
            dir: None,
            schema: Some(schema),
        })
    }

    pub async fn open(&self) -> StoreResult<Store> {
        Store::connect(&self.url).await
    }
}

impl Drop for TestDatabase {
    fn drop(&mut self) {
        if let Some(dir) = &self.dir {
            let _ = std::fs::remove_dir_all(dir);
        }
        if let Some(schema) = self.schema.take() {
            // Drop runs outside any runtime we can rely on: use a short-lived one of our own.
            let base = postgres_base_url();
            let _ = std::thread::spawn(move || {
                let runtime = tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build();
                if let Ok(runtime) = runtime {
                    runtime.block_on(async {
                        if let Ok(mut conn) =
                            <sqlx::AnyConnection as sqlx::Connection>::connect(&base).await
                        {
                            let _ = sqlx::query(&format!("DROP SCHEMA {schema} CASCADE"))
                                .execute(&mut conn)
                                .await;
                        }
                    });
                }
            })
            .join();
        }
    }
}

fn random_suffix() -> String {
    use rand::Rng;
    let n: u64 = rand::thread_rng().gen();
    format!("{n:016x}")
}

/// Runs a `SELECT COUNT(*) …` for a test's assertion.
pub async fn count(store: &Store, sql: &str) -> i64 {
    sqlx::query_scalar(sql)
        .fetch_one(store.pool())
        .await
        .expect("count query")
}
