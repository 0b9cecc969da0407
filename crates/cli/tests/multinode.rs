//! Three `lmp serve` nodes on one PostgreSQL database, started the way docs/OPERATIONS.md
//! starts them: a session made on one node works on the others and ends everywhere when it is
//! ended on one; a published page is found by search on the other nodes within two seconds;
//! and a change to a meeting made on one node reaches a live meeting page held open on another.
//!
//! Needs a PostgreSQL server (`LMP_TEST_POSTGRES_URL`, default the local `test` database); the
//! test makes a fresh database of its own on it and drops it at the end. Without a server it
//! is skipped, unless `LMP_TEST_REQUIRE_POSTGRES=1`.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use reqwest::header::{COOKIE, LOCATION, SET_COOKIE};
use sqlx::{Connection, Executor};

const PASSWORD: &str = "partnership";

/// The URL of the test server with its database name replaced by `name`.
fn with_database(base: &str, name: &str) -> String {
    let (url, query) = match base.split_once('?') {
        Some((url, query)) => (url, Some(query)),
        None => (base, None),
    };
    let (server, _) = url.rsplit_once('/').expect("a database URL with a path");
    match query {
        Some(query) => format!("{server}/{name}?{query}"),
        None => format!("{server}/{name}"),
    }
}

/// A database made for this test, dropped (with any connection left) when the test ends.
struct FreshDatabase {
    base: String,
    name: String,
    url: String,
}

impl FreshDatabase {
    async fn create() -> Option<FreshDatabase> {
        let base = lmp_store::testing::postgres_base_url();
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .subsec_nanos();
        let name = format!("lmp_multinode_{}_{nanos}", std::process::id());
        let created = async {
            let mut conn = sqlx::PgConnection::connect(&base).await?;
            conn.execute(format!("CREATE DATABASE {name}").as_str())
                .await?;
            Ok::<_, sqlx::Error>(())
        }
        .await;
        match created {
            Ok(()) => {}
            Err(e) if lmp_store::testing::postgres_required() => {
                panic!(
                    "PostgreSQL is required (LMP_TEST_REQUIRE_POSTGRES=1) but {base} failed: {e}"
                )
            }
            Err(e) => {
                eprintln!("skipping the multi-node test: {base} does not answer ({e})");
                return None;
            }
        }
        let url = with_database(&base, &name);
        Some(FreshDatabase { base, name, url })
    }
}

impl Drop for FreshDatabase {
    fn drop(&mut self) {
        let (base, name) = (self.base.clone(), self.name.clone());
        // Drop runs inside the test's runtime; a thread with a runtime of its own may block.
        let _ = std::thread::spawn(move || {
            let runtime = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .expect("runtime");
            runtime.block_on(async {
                if let Ok(mut conn) = sqlx::PgConnection::connect(&base).await {
                    let _ = conn
                        .execute(format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)").as_str())
                        .await;
                }
            });
        })
        .join();
    }
}

/// The `lmp serve` processes; killed when dropped, also when an assertion fails.
struct Nodes {
    children: Vec<Child>,
    bases: Vec<String>,
    logs: Vec<PathBuf>,
}

impl Drop for Nodes {
    fn drop(&mut self) {
        for child in &mut self.children {
            let _ = child.kill();
            let _ = child.wait();
        }
        if std::thread::panicking() {
            for log in &self.logs {
                let text = std::fs::read_to_string(log).unwrap_or_default();
                eprintln!("--- {} ---\n{text}", log.display());
            }
        }
    }
}

fn lmp(database_url: &str, data_dir: &Path) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_lmp"));
    command
        .arg("--data-dir")
        .arg(data_dir)
        .env("DATABASE_URL", database_url)
        .env("LMP_LOG", "warn")
        .env_remove("LMP_DEMO_PASSWORD")
        .env_remove("LMP_BIND")
        .env_remove("LMP_SEARCH_DIR");
    command
}

/// A port nobody listens on now (the operating system's choice, released at once).
fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .expect("bind")
        .local_addr()
        .expect("address")
        .port()
}

fn http() -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .timeout(Duration::from_secs(30))
        .build()
        .expect("client")
}

/// The `lmp_sid` value a response sets, if any.
fn session_cookie(response: &reqwest::Response) -> Option<String> {
    response
        .headers()
        .get_all(SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find_map(|v| v.strip_prefix("lmp_sid="))
        .map(|v| v.split(';').next().unwrap_or_default().to_string())
}

fn csrf_from(html: &str) -> String {
    let marker = "name=\"csrf-token\" content=\"";
    let start = html.find(marker).expect("a CSRF token in the page") + marker.len();
    let end = html[start..].find('"').expect("end of the token");
    html[start..start + end].to_string()
}

/// GET with the session cookie: status and body.
async fn get(client: &reqwest::Client, base: &str, path: &str, sid: &str) -> (u16, String) {
    let response = client
        .get(format!("{base}{path}"))
        .header(COOKIE, format!("lmp_sid={sid}"))
        .send()
        .await
        .expect("GET");
    let status = response.status().as_u16();
    (status, response.text().await.expect("body"))
}

/// Loads `page` for its CSRF token and POSTs the form to `path` with it.
async fn post(
    client: &reqwest::Client,
    base: &str,
    page: &str,
    path: &str,
    sid: &str,
    fields: &[(&str, &str)],
) -> reqwest::Response {
    let (status, html) = get(client, base, page, sid).await;
    assert_eq!(status, 200, "{page} on {base}");
    let csrf = csrf_from(&html);
    let mut form = vec![("csrf", csrf.as_str())];
    form.extend_from_slice(fields);
    client
        .post(format!("{base}{path}"))
        .header(COOKIE, format!("lmp_sid={sid}"))
        .form(&form)
        .send()
        .await
        .expect("POST")
}

/// Signs in on `base` as a browser would and returns the new session cookie.
async fn sign_in(client: &reqwest::Client, base: &str, email: &str) -> String {
    let first = client
        .get(format!("{base}/signin"))
        .send()
        .await
        .expect("sign-in page");
    let anonymous = session_cookie(&first).expect("a cookie for the sign-in form");
    let csrf = csrf_from(&first.text().await.expect("body"));
    let response = client
        .post(format!("{base}/signin"))
        .header(COOKIE, format!("lmp_sid={anonymous}"))
        .form(&[
            ("csrf", csrf.as_str()),
            ("email", email),
            ("password", PASSWORD),
            ("next", "/"),
        ])
        .send()
        .await
        .expect("sign in");
    assert_eq!(response.status().as_u16(), 303, "sign-in of {email}");
    let sid = session_cookie(&response).expect("a fresh session cookie");
    assert_ne!(sid, anonymous, "signing in issues a new cookie");
    sid
}

/// Polls `check` every 50 ms until it is true or `limit` has passed; how long it took.
async fn within<F, Fut>(limit: Duration, mut check: F) -> Option<Duration>
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = bool>,
{
    let started = Instant::now();
    loop {
        if check().await {
            return Some(started.elapsed());
        }
        if started.elapsed() > limit {
            return None;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

async fn start_nodes(database: &FreshDatabase, dir: &Path) -> Nodes {
    let mut nodes = Nodes {
        children: Vec::new(),
        bases: Vec::new(),
        logs: Vec::new(),
    };
    for n in 1..=3 {
        let node_dir = dir.join(format!("node{n}"));
        std::fs::create_dir_all(&node_dir).expect("node directory");
        let port = free_port();
        let log = node_dir.join("serve.log");
        let out = std::fs::File::create(&log).expect("log file");
        let child = lmp(&database.url, &node_dir.join("data"))
            .args(["serve", "--bind", &format!("127.0.0.1:{port}")])
            .arg("--search-dir")
            .arg(node_dir.join("search"))
            .stdout(Stdio::from(out.try_clone().expect("log file")))
            .stderr(Stdio::from(out))
            .spawn()
            .expect("start lmp serve");
        nodes.children.push(child);
        nodes.bases.push(format!("http://127.0.0.1:{port}"));
        nodes.logs.push(log);
    }
    let client = http();
    for base in nodes.bases.clone() {
        let up = within(Duration::from_secs(60), || {
            let client = client.clone();
            let base = base.clone();
            async move {
                client
                    .get(format!("{base}/healthz"))
                    .send()
                    .await
                    .is_ok_and(|r| r.status().is_success())
            }
        })
        .await;
        assert!(up.is_some(), "{base} answers /healthz");
    }
    nodes
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn three_nodes_share_sessions_search_and_live_meetings() {
    let Some(database) = FreshDatabase::create().await else {
        return;
    };
    let dir = std::env::temp_dir().join(format!("lmp-multinode-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temporary directory");

    // The demo is loaded once, into the shared database.
    let out = lmp(&database.url, &dir.join("data"))
        .args(["demo", "--scale", "small"])
        .output()
        .expect("run lmp demo");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    let nodes = start_nodes(&database, &dir).await;
    let [one, two, three] = [&nodes.bases[0], &nodes.bases[1], &nodes.bases[2]];
    let client = http();

    // 1. A session made on node 1 is the same session on nodes 2 and 3.
    let member = sign_in(&client, one, "member@example.org").await;
    for base in [one, two, three] {
        let (status, me) = get(&client, base, "/api/v1/me", &member).await;
        assert_eq!(status, 200, "signed in on {base}: {me}");
        assert!(me.contains("member@example.org"), "{me}");
    }
    // Signing out on node 3 ends it there at once and on the others within the few seconds
    // their user caches keep a session (cache.rs, USER_TTL).
    let response = post(&client, three, "/", "/signout", &member, &[]).await;
    assert_eq!(response.status().as_u16(), 303, "signed out on node 3");
    let (status, _) = get(&client, three, "/api/v1/me", &member).await;
    assert_eq!(status, 401, "the session ended on node 3");
    for base in [one, two] {
        let ended = within(Duration::from_secs(8), || {
            let client = client.clone();
            let member = member.clone();
            async move { get(&client, base, "/api/v1/me", &member).await.0 == 401 }
        })
        .await;
        let ended = ended.unwrap_or_else(|| panic!("the session ended on {base}"));
        eprintln!("sign-out seen on {base} after {ended:?}");
    }

    // 2. A page published on node 2 is found by search on nodes 1 and 3 within two seconds.
    let admin = sign_in(&client, two, "admin@example.org").await;
    let reader = sign_in(&client, one, "colead@example.org").await;
    let word = "quillwortmeadow";
    let slug = "quillwort-meadow-rounds";
    // Each node has built its own index (the demo's pages are found) and the word is not there.
    for base in [one, three] {
        let built = within(Duration::from_secs(60), || {
            let client = client.clone();
            let reader = reader.clone();
            async move {
                get(&client, base, "/search?q=consensus", &reader)
                    .await
                    .1
                    .contains("/content/consensus-decision-making")
            }
        })
        .await;
        assert!(built.is_some(), "the search index of {base} is built");
        let (_, results) = get(&client, base, &format!("/search?q={word}"), &reader).await;
        assert!(!results.contains(slug), "not published yet: {results}");
    }
    let response = post(
        &client,
        two,
        "/content/new",
        "/content/new",
        &admin,
        &[
            ("title", "Quillwort meadow rounds"),
            ("kind", "article"),
            ("summary", "Walking rounds that two units tried together."),
            ("details", ""),
            ("topics", "patient experience"),
            ("compass", "service"),
            ("audience", "frontline"),
            ("language", "en"),
            (
                "body",
                "## What we tried\n\nThe quillwortmeadow walk: a short round at shift change.",
            ),
            ("action", "publish"),
        ],
    )
    .await;
    assert_eq!(response.status().as_u16(), 303, "published on node 2");
    let published = Instant::now();
    let (_, found_on_two) = get(&client, two, &format!("/search?q={word}"), &reader).await;
    assert!(
        found_on_two.contains(&format!("/content/{slug}")),
        "found on the node that published it: {found_on_two}"
    );
    for base in [one, three] {
        let found = within(Duration::from_secs(5), || {
            let client = client.clone();
            let reader = reader.clone();
            async move {
                get(&client, base, &format!("/search?q={word}"), &reader)
                    .await
                    .1
                    .contains(&format!("/content/{slug}"))
            }
        })
        .await;
        assert!(found.is_some(), "the page is found by search on {base}");
        let since_publishing = published.elapsed();
        eprintln!("search on {base} found the new page {since_publishing:?} after publishing");
        assert!(
            since_publishing < Duration::from_secs(2),
            "found on {base} only after {since_publishing:?}"
        );
    }

    // 3. A meeting page open on node 1 hears an agenda item added on node 3.
    let colead = reader;
    let (status, me) = get(&client, one, "/api/v1/me", &colead).await;
    assert_eq!(status, 200);
    let me: serde_json::Value = serde_json::from_str(&me).expect("JSON");
    let team = me["teams"]
        .as_array()
        .and_then(|m| m.first())
        .and_then(|m| m["team_id"].as_i64())
        .unwrap_or_else(|| panic!("the co-lead's team in {me}"));
    let page = format!("/teams/{team}/meetings");
    let response = post(
        &client,
        one,
        &page,
        &page,
        &colead,
        &[
            ("template", "team_meeting"),
            ("title", "Three-node meeting"),
            ("date", "2026-12-03"),
            ("time", "14:30"),
            ("location", "Room 4B"),
        ],
    )
    .await;
    assert_eq!(response.status().as_u16(), 303, "meeting planned");
    let meeting: i64 = response.headers()[LOCATION]
        .to_str()
        .unwrap()
        .trim_start_matches("/meetings/")
        .parse()
        .expect("a meeting id");

    let mut stream = client
        .get(format!("{one}/meetings/{meeting}/live"))
        .header(COOKIE, format!("lmp_sid={colead}"))
        .timeout(Duration::from_secs(60))
        .send()
        .await
        .expect("live stream on node 1");
    assert_eq!(stream.status().as_u16(), 200);
    let mut seen = String::new();
    while !seen.contains("event: ready") {
        let chunk = tokio::time::timeout(Duration::from_secs(5), stream.chunk())
            .await
            .expect("the stream says it is ready")
            .expect("stream")
            .expect("a chunk");
        seen.push_str(&String::from_utf8_lossy(&chunk));
    }
    let meeting_page = format!("/meetings/{meeting}");
    let response = post(
        &client,
        three,
        &meeting_page,
        &format!("/meetings/{meeting}/agenda"),
        &colead,
        &[
            ("title", "Night-shift parking"),
            ("kind", "discussion"),
            ("minutes", "5"),
        ],
    )
    .await;
    assert_eq!(
        response.status().as_u16(),
        303,
        "agenda item added on node 3"
    );
    let added = Instant::now();
    let deadline = tokio::time::Instant::now() + Duration::from_secs(5);
    while !seen.contains("data: agenda") {
        match tokio::time::timeout_at(deadline, stream.chunk()).await {
            Ok(Ok(Some(chunk))) => seen.push_str(&String::from_utf8_lossy(&chunk)),
            other => panic!("no agenda event on node 1 ({other:?}); the stream said: {seen}"),
        }
    }
    eprintln!(
        "the agenda change reached node 1 {:?} after it was made on node 3",
        added.elapsed()
    );
    // The event names the part; node 1 serves the new agenda when the page asks for it.
    let (status, agenda) = get(
        &client,
        one,
        &format!("/meetings/{meeting}/part/agenda"),
        &colead,
    )
    .await;
    assert_eq!(status, 200);
    assert!(agenda.contains("Night-shift parking"), "{agenda}");

    drop(stream);
    drop(nodes);
    let _ = std::fs::remove_dir_all(&dir);
}
