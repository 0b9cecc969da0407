//! The test harness: a real `lmp` server on a random port with a fresh database (SQLite, or a
//! schema of its own on PostgreSQL), loaded with the small demo organisation; an HTTP client
//! that signs in like a browser; and a headless Chromium driven through chromedriver.

pub mod browser;
pub mod http;
pub mod oidc;
pub mod smtp;

use std::net::SocketAddr;
use std::sync::OnceLock;

use lmp_store::demo::Scale;
use lmp_store::testing::TestDatabase;
use lmp_store::{Backend, Store};
use lmp_web::{AppState, Config};

pub use http::HttpSession;

/// The demo accounts' password in tests.
pub const PASSWORD: &str = "partnership";

/// One running server with its own database. Dropping it stops nothing explicitly: the server
/// task dies with the test's runtime and the database guard removes the data.
pub struct TestApp {
    pub base: String,
    pub store: Store,
    _db: TestDatabase,
}

fn password_hash() -> &'static str {
    static HASH: OnceLock<String> = OnceLock::new();
    HASH.get_or_init(|| lmp_web::auth::password::hash(PASSWORD).expect("hash"))
}

impl TestApp {
    /// Starts a server on `backend`; `None` when PostgreSQL is asked for but not available and
    /// not required (outside CI).
    pub async fn spawn(backend: Backend) -> Option<TestApp> {
        TestApp::spawn_with(backend, |_| Config::default()).await
    }

    /// Starts a server whose configuration `configure` makes from its own address
    /// (`http://127.0.0.1:port`, known before it starts: a provider's redirect address needs it).
    pub async fn spawn_with(
        backend: Backend,
        configure: impl FnOnce(&str) -> Config,
    ) -> Option<TestApp> {
        let db = match backend {
            Backend::Sqlite => TestDatabase::sqlite().await,
            Backend::Postgres => TestDatabase::postgres().await?,
        };
        let store = db.open().await.expect("open the test database");
        store
            .load_demo(Scale::Small, 42, password_hash(), &|_, _| {})
            .await
            .expect("load the demo");
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind a port");
        let address: SocketAddr = listener.local_addr().expect("address");
        let state = AppState::new(store.clone(), configure(&format!("http://{address}")))
            .await
            .expect("app state");
        tokio::spawn(lmp_web::serve(state, listener, std::future::pending()));
        Some(TestApp {
            base: format!("http://{address}"),
            store,
            _db: db,
        })
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.base, path)
    }

    /// A client that has not signed in.
    pub fn anonymous(&self) -> HttpSession {
        HttpSession::new(&self.base)
    }

    /// A client signed in as `email` with the demo password.
    pub async fn sign_in(&self, email: &str) -> HttpSession {
        let session = HttpSession::new(&self.base);
        let response = session.sign_in(email, PASSWORD).await;
        assert_eq!(
            response.status().as_u16(),
            303,
            "sign-in of {email} should redirect"
        );
        session
    }

    /// The id of the team the demo's co-lead leads (the showcase team).
    pub async fn showcase_team(&self) -> i64 {
        let colead = self.person_id("colead@example.org").await;
        self.store.memberships(colead).await.expect("memberships")[0].team_id
    }

    /// Gives a demo person without a sign-in (for example the showcase team's labor sponsor)
    /// the test password, and signs them in.
    pub async fn sign_in_person(&self, person_id: i64) -> HttpSession {
        self.store
            .set_password_hash(person_id, password_hash())
            .await
            .expect("set password");
        let email = self.store.person(person_id).await.expect("person").email;
        self.sign_in(&email).await
    }

    /// The person holding `role` (a role code) in `team_id`.
    pub async fn holder(&self, team_id: i64, role: &str) -> i64 {
        self.store
            .roster(team_id)
            .await
            .expect("roster")
            .into_iter()
            .find(|e| e.role == role)
            .unwrap_or_else(|| panic!("team {team_id} has a {role}"))
            .person_id
    }

    /// A team in a region other than the showcase team's.
    pub async fn team_in_another_region(&self) -> i64 {
        let org = self.store.org_tree().await.expect("organisation");
        let showcase = self
            .store
            .team(self.showcase_team().await)
            .await
            .expect("showcase team");
        self.store
            .team_directory(
                &lmp_store::teams::TeamFilter {
                    region_id: org
                        .regions
                        .iter()
                        .map(|r| r.id)
                        .find(|r| *r != showcase.region_id),
                    ..Default::default()
                },
                lmp_domain::PageRequest::new(None, Some(1)),
            )
            .await
            .expect("directory")
            .items[0]
            .id
    }

    /// The showcase team's id: team 1 of the demo.
    pub fn showcase_team_id(&self) -> i64 {
        1
    }

    pub async fn person_id(&self, email: &str) -> i64 {
        self.store
            .person_by_email(email)
            .await
            .expect("query")
            .unwrap_or_else(|| panic!("{email} exists"))
            .id
    }
}

/// Runs each `async fn name(backend: Backend)` on SQLite and on PostgreSQL, for tests that start
/// their own server (another configuration, or one they stop).
#[macro_export]
macro_rules! on_both_backends {
    ($($name:ident),* $(,)?) => {
        mod sqlite {
            $(#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn $name() {
                super::$name(lmp_store::Backend::Sqlite).await;
            })*
        }
        mod postgres {
            $(#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn $name() {
                super::$name(lmp_store::Backend::Postgres).await;
            })*
        }
    };
}

/// Declares each listed async test function (taking a `TestApp`) once per database:
/// `sqlite::name` always, `postgres::name` when a server answers (required in CI).
#[macro_export]
macro_rules! on_both_databases {
    ($($name:ident),* $(,)?) => {
        mod sqlite {
            $(#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn $name() {
                let app = $crate::TestApp::spawn(lmp_store::Backend::Sqlite).await.expect("sqlite");
                super::$name(app).await;
            })*
        }
        mod postgres {
            $(#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn $name() {
                let Some(app) = $crate::TestApp::spawn(lmp_store::Backend::Postgres).await else { return };
                super::$name(app).await;
            })*
        }
    };
}
