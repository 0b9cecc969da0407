//! What the durability and backup tests share: the real `lmp` binary serving a throw-away
//! database, and people adding huddle items to the showcase team's board as fast as they can,
//! each item carrying a marker that is remembered once the hub has acknowledged it.

#![allow(dead_code)]

use std::io::BufRead;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use lmp_store::testing::TestDatabase;
use lmp_store::{Backend, Store};
use lmp_tests::{HttpSession, PASSWORD};

/// A database for the binary: an SQLite data folder, or a PostgreSQL schema of its own (with a
/// data folder for the search index).
pub struct Db {
    pub backend: Backend,
    pub dir: tempfile::TempDir,
    pub postgres: Option<TestDatabase>,
}

impl Db {
    pub async fn new(backend: Backend) -> Option<Db> {
        let postgres = match backend {
            Backend::Sqlite => None,
            Backend::Postgres => Some(TestDatabase::postgres().await?),
        };
        Some(Db {
            backend,
            dir: tempfile::tempdir().expect("temporary folder"),
            postgres,
        })
    }

    /// `lmp` with this database chosen and quiet logs.
    pub fn lmp(&self) -> Command {
        let mut command = Command::new(env!("CARGO_BIN_EXE_lmp"));
        command
            .arg("--data-dir")
            .arg(self.dir.path())
            .env_remove("LMP_DEMO_PASSWORD")
            .env_remove("LMP_SEARCH_DIR")
            .env("LMP_LOG", "warn");
        match &self.postgres {
            Some(db) => command.env("DATABASE_URL", &db.url),
            None => command.env_remove("DATABASE_URL"),
        };
        command
    }

    /// Runs `lmp ARGS` to the end; returns whether it succeeded, and stdout and stderr.
    pub fn run(&self, args: &[&str]) -> (bool, String, String) {
        let out = self.lmp().args(args).output().expect("run lmp");
        (
            out.status.success(),
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    }

    /// Opens the database directly, for checks (with no server running on SQLite, so the
    /// check sees the file as a restarted server would).
    pub async fn store(&self) -> Store {
        match &self.postgres {
            Some(db) => Store::connect(&db.url).await.expect("open PostgreSQL"),
            None => Store::open(None, self.dir.path())
                .await
                .expect("open SQLite"),
        }
    }

    pub fn sqlite_file(&self) -> PathBuf {
        self.dir.path().join("lmp.db")
    }
}

/// `lmp serve` running as a child process.
pub struct Server {
    pub child: Child,
    pub base: String,
    pub output: Arc<Mutex<Vec<String>>>,
}

impl Server {
    /// Starts `lmp serve` on a free port (loading the small demo when `demo`), and waits until
    /// it says it is ready.
    pub fn start(db: &Db, demo: bool) -> Server {
        Server::start_with(db, demo, &[])
    }

    /// [`Server::start`] with more arguments for `lmp serve`.
    pub fn start_with(db: &Db, demo: bool, extra: &[&str]) -> Server {
        let mut command = db.lmp();
        command
            .env("LMP_LOG", "info,sqlx=warn")
            // These tests write as fast as they can on purpose: no write-rate limits.
            .env("LMP_SESSION_WRITE_BURST", "0")
            .env("LMP_ADDRESS_WRITE_BURST", "0")
            .args(["serve", "--bind", "127.0.0.1:0"])
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        if demo {
            command.args(["--demo", "--demo-scale", "small"]);
        }
        command.args(extra);
        let mut child = command.spawn().expect("start lmp serve");
        let output = Arc::new(Mutex::new(Vec::new()));
        let (found, address) = std::sync::mpsc::channel();
        for stream in [
            Box::new(child.stdout.take().expect("stdout")) as Box<dyn std::io::Read + Send>,
            Box::new(child.stderr.take().expect("stderr")),
        ] {
            let output = output.clone();
            let found = found.clone();
            std::thread::spawn(move || {
                for line in std::io::BufReader::new(stream).lines() {
                    let Ok(line) = line else { break };
                    if let Some(at) = line.find("open http://") {
                        let rest = &line[at + "open ".len()..];
                        let end = rest["http://".len()..]
                            .find('/')
                            .map_or(rest.len(), |e| e + "http://".len());
                        let _ = found.send(rest[..end].to_string());
                    }
                    output.lock().expect("lock").push(line);
                }
            });
        }
        let base = match address.recv_timeout(Duration::from_secs(90)) {
            Ok(base) => base,
            Err(_) => {
                let _ = child.kill();
                panic!(
                    "lmp serve did not become ready:\n{}",
                    output.lock().expect("lock").join("\n")
                );
            }
        };
        Server {
            child,
            base,
            output,
        }
    }

    /// SIGKILL: the process ends at once, mid-write if it was writing.
    pub fn kill(mut self) {
        self.child.kill().expect("SIGKILL");
        self.child.wait().expect("reap");
    }

    /// SIGTERM, as a service manager stops it.
    pub fn terminate(&self) {
        let status = Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status()
            .expect("run kill");
        assert!(status.success(), "kill -TERM failed");
    }

    /// Waits up to `limit` for the process to exit.
    pub fn wait_exit(&mut self, limit: Duration) -> Option<std::process::ExitStatus> {
        let started = Instant::now();
        while started.elapsed() < limit {
            if let Some(status) = self.child.try_wait().expect("try_wait") {
                return Some(status);
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        None
    }

    pub fn log(&self) -> String {
        self.output.lock().expect("lock").join("\n")
    }

    pub async fn sign_in(&self, email: &str) -> HttpSession {
        let session = HttpSession::new(&self.base);
        let response = session.sign_in(email, PASSWORD).await;
        assert_eq!(response.status().as_u16(), 303, "sign-in of {email}");
        session
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

/// The showcase team (the one the demo's co-lead leads).
pub async fn showcase_team(store: &Store) -> i64 {
    let colead = store
        .person_by_email("colead@example.org")
        .await
        .expect("query")
        .expect("the demo co-lead")
        .id;
    store.memberships(colead).await.expect("memberships")[0].team_id
}

/// People adding huddle items until told to stop or the server goes away.
pub struct Writers {
    stop: Arc<AtomicBool>,
    /// Markers of items the hub acknowledged (303), in the order acknowledged.
    pub acked: Arc<Mutex<Vec<String>>>,
    /// Items sent, acknowledged or not.
    pub sent: Arc<AtomicU64>,
    tasks: Vec<tokio::task::JoinHandle<Result<(), String>>>,
}

/// The marker written into each item; no other item text contains "marker-".
pub fn marker(prefix: &str, client: usize, n: u64) -> String {
    format!("marker-{prefix}-{client}-{n}")
}

impl Writers {
    /// `sessions` signed-in people on the team's roster, each writing in its own task.
    pub async fn start(sessions: Vec<HttpSession>, team: i64, prefix: &str) -> Writers {
        let stop = Arc::new(AtomicBool::new(false));
        let acked = Arc::new(Mutex::new(Vec::new()));
        let sent = Arc::new(AtomicU64::new(0));
        let mut tasks = Vec::new();
        for (client, session) in sessions.into_iter().enumerate() {
            let (status, _) = session.page(&format!("/teams/{team}/huddle")).await;
            assert_eq!(status, 200, "the huddle board opens");
            let stop = stop.clone();
            let acked = acked.clone();
            let sent = sent.clone();
            let prefix = prefix.to_string();
            tasks.push(tokio::spawn(async move {
                let url = format!("{}/teams/{team}/huddle", session.base);
                let csrf = session.csrf();
                let categories = ["safety", "issue", "idea", "win"];
                let mut n = 0u64;
                while !stop.load(Ordering::Relaxed) {
                    let marker = marker(&prefix, client, n);
                    let text = format!("Durability check {marker}");
                    let category = categories[(n % 4) as usize];
                    sent.fetch_add(1, Ordering::SeqCst);
                    let response = session
                        .client
                        .post(&url)
                        .form(&[
                            ("csrf", csrf.as_str()),
                            ("category", category),
                            ("text", text.as_str()),
                        ])
                        .timeout(Duration::from_secs(30))
                        .send()
                        .await;
                    match response {
                        // The server went away mid-request: unknown whether it was written.
                        Err(_) => return Ok(()),
                        Ok(r) if r.status().as_u16() == 303 => {
                            acked.lock().expect("lock").push(marker)
                        }
                        Ok(r) => {
                            let status = r.status();
                            let body = r.text().await.unwrap_or_default();
                            return Err(format!(
                                "adding {marker} answered {status}: {}",
                                body.chars().take(400).collect::<String>()
                            ));
                        }
                    }
                    n += 1;
                }
                Ok(())
            }));
        }
        Writers {
            stop,
            acked,
            sent,
            tasks,
        }
    }

    pub fn acked_now(&self) -> Vec<String> {
        self.acked.lock().expect("lock").clone()
    }

    /// Waits until at least `n` items are acknowledged (or panics after `limit`).
    pub async fn wait_for(&self, n: usize, limit: Duration) {
        let started = Instant::now();
        while self.acked.lock().expect("lock").len() < n {
            assert!(
                started.elapsed() < limit,
                "fewer than {n} items were acknowledged in {limit:?}"
            );
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }

    /// Stops the writers (or collects them after their server died); fails on any answer
    /// other than an acknowledgement. Returns the acknowledged markers.
    pub async fn finish(self) -> Vec<String> {
        self.stop.store(true, Ordering::Relaxed);
        for task in self.tasks {
            if let Err(problem) = task.await.expect("writer task") {
                panic!("{problem}");
            }
        }
        let acked = self.acked.lock().expect("lock").clone();
        acked
    }
}

/// The markers of every huddle item in the database.
pub async fn markers_in(store: &Store) -> Vec<String> {
    let texts: Vec<String> =
        sqlx::query_scalar("SELECT text FROM huddle_items WHERE text LIKE '%marker-%'")
            .fetch_all(store.pool())
            .await
            .expect("read huddle items");
    texts
        .iter()
        .filter_map(|t| t.find("marker-").map(|at| t[at..].to_string()))
        .collect()
}

/// Every table of the database (without sqlx's own), by name.
pub async fn table_names(store: &Store) -> Vec<String> {
    let sql = match store.backend() {
        Backend::Sqlite => {
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' \
             AND name <> '_sqlx_migrations' ORDER BY name"
        }
        Backend::Postgres => {
            "SELECT table_name::text FROM information_schema.tables \
             WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' \
             AND table_name <> '_sqlx_migrations' ORDER BY table_name"
        }
    };
    sqlx::query_scalar(sql)
        .fetch_all(store.pool())
        .await
        .expect("list tables")
}

/// The number of rows in each table.
pub async fn row_counts(store: &Store) -> Vec<(String, i64)> {
    let mut counts = Vec::new();
    for table in table_names(store).await {
        let n = lmp_store::testing::count(store, &format!("SELECT COUNT(*) FROM {table}")).await;
        counts.push((table, n));
    }
    counts
}

pub fn file_size(path: &Path) -> u64 {
    std::fs::metadata(path).map(|m| m.len()).unwrap_or(0)
}
