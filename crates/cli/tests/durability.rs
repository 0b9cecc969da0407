//! No acknowledged write is lost when the server dies: `lmp serve` is killed with SIGKILL at
//! random moments while several people add huddle items, restarted on the same database, and
//! every item the hub answered with a redirect must be there, in a database that checks as
//! sound. And SIGTERM lets a request in flight finish before the process exits with 0.

mod common;

use std::io::{Read, Write};
use std::time::{Duration, Instant};

use common::{markers_in, showcase_team, Db, Server, Writers};
use lmp_store::Backend;
use rand::Rng;

const ROUNDS: usize = 4;
const CLIENTS: [&str; 4] = [
    "colead@example.org",
    "member@example.org",
    "colead@example.org",
    "member@example.org",
];

async fn survives_kill_9(backend: Backend) {
    let Some(db) = Db::new(backend).await else {
        return;
    };
    let started = Instant::now();
    let mut server = Server::start(&db, true);
    let team = {
        let store = db.store().await;
        let team = showcase_team(&store).await;
        store.close().await;
        team
    };
    let mut acked = Vec::new();
    let mut sent = 0;
    for round in 0..ROUNDS {
        let mut sessions = Vec::new();
        for email in CLIENTS {
            sessions.push(server.sign_in(email).await);
        }
        let writers = Writers::start(sessions, team, &format!("r{round}")).await;
        writers.wait_for(5, Duration::from_secs(30)).await;
        let pause = rand::thread_rng().gen_range(100..900);
        tokio::time::sleep(Duration::from_millis(pause)).await;
        server.kill();
        sent += writers.sent.load(std::sync::atomic::Ordering::SeqCst);
        acked.extend(writers.finish().await);
        // Restart on the same database: it must open, recover and serve.
        server = Server::start(&db, false);
        let (status, _) = server
            .sign_in("colead@example.org")
            .await
            .page("/healthz")
            .await;
        assert_eq!(
            status,
            200,
            "the restarted hub is healthy:\n{}",
            server.log()
        );
    }

    // The people see every acknowledged item on their board after the last restart.
    let colead = server.sign_in("colead@example.org").await;
    let (status, board) = colead.page(&format!("/teams/{team}/huddle")).await;
    assert_eq!(status, 200);
    let missing_on_board: Vec<&String> = acked.iter().filter(|m| !shows(&board, m)).collect();
    assert!(
        missing_on_board.is_empty(),
        "acknowledged items missing from the board: {missing_on_board:?}"
    );
    server.kill();

    // And the database holds each of them exactly once, and no item nobody sent.
    let store = db.store().await;
    let stored = markers_in(&store).await;
    let mut unique = stored.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), stored.len(), "an item was stored twice");
    for marker in &acked {
        assert!(
            stored.contains(marker),
            "{marker} was acknowledged but is not in the database ({} acknowledged, {} stored)",
            acked.len(),
            stored.len()
        );
    }
    assert!(
        stored.len() as u64 <= sent,
        "{} items stored but only {sent} sent",
        stored.len()
    );
    assert!(acked.len() >= ROUNDS * 5, "each round acknowledged writes");
    check_consistent(&store, backend).await;
    store.close().await;
    eprintln!(
        "{backend:?}: {} acknowledged of {sent} sent over {ROUNDS} kills, all present, in {:.1} s",
        acked.len(),
        started.elapsed().as_secs_f64()
    );
}

/// True when `page` shows `marker` itself (not only a longer marker it begins).
fn shows(page: &str, marker: &str) -> bool {
    page.match_indices(marker)
        .any(|(at, _)| !page[at + marker.len()..].starts_with(|c: char| c.is_ascii_digit()))
}

/// Percent-encodes a form value.
fn form_value(value: &str) -> String {
    value
        .bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// The database is sound: SQLite's own checks pass; on both, every table reads in full and its
/// rows count the same whichever way they are read.
async fn check_consistent(store: &lmp_store::Store, backend: Backend) {
    if backend == Backend::Sqlite {
        let integrity: Vec<String> = sqlx::query_scalar("PRAGMA integrity_check")
            .fetch_all(store.pool())
            .await
            .expect("integrity_check");
        assert_eq!(integrity, vec!["ok".to_string()]);
        let broken =
            lmp_store::testing::count(store, "SELECT COUNT(*) FROM pragma_foreign_key_check").await;
        assert_eq!(broken, 0, "rows refer to rows that do not exist");
    }
    for (table, count) in common::row_counts(store).await {
        let rows = sqlx::query(&format!("SELECT * FROM {table}"))
            .fetch_all(store.pool())
            .await
            .unwrap_or_else(|e| panic!("{table} cannot be read in full: {e}"));
        assert_eq!(
            rows.len() as i64,
            count,
            "{table}: rows read and counted differ"
        );
    }
    // Every item belongs to a team and a person that exist (PostgreSQL enforces this too; the
    // query shows the join reads).
    let orphans = lmp_store::testing::count(
        store,
        "SELECT COUNT(*) FROM huddle_items h LEFT JOIN teams t ON t.id = h.team_id \
         LEFT JOIN people p ON p.id = h.created_by WHERE t.id IS NULL OR p.id IS NULL",
    )
    .await;
    assert_eq!(orphans, 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn sqlite_keeps_every_acknowledged_write_through_kill_9() {
    survives_kill_9(Backend::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn postgres_keeps_every_acknowledged_write_through_kill_9() {
    survives_kill_9(Backend::Postgres).await;
}

/// SIGTERM while a request is still arriving: the server stops taking new connections, lets
/// the request finish and answers it, then exits with 0.
async fn finishes_in_flight_requests_on_sigterm(backend: Backend) {
    let Some(db) = Db::new(backend).await else {
        return;
    };
    let mut server = Server::start(&db, true);
    let team = {
        let store = db.store().await;
        let team = showcase_team(&store).await;
        store.close().await;
        team
    };
    // Sign in as a browser would, keeping the cookie to send by hand.
    let jar = std::sync::Arc::new(reqwest::cookie::Jar::default());
    let client = reqwest::Client::builder()
        .cookie_provider(jar.clone())
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("client");
    let signin = client
        .get(format!("{}/signin", server.base))
        .send()
        .await
        .expect("sign-in page")
        .text()
        .await
        .expect("body");
    let csrf = lmp_tests::http::csrf_from(&signin).expect("csrf token");
    let signed_in = client
        .post(format!("{}/signin", server.base))
        .form(&[
            ("csrf", csrf.as_str()),
            ("email", "colead@example.org"),
            ("password", lmp_tests::PASSWORD),
            ("next", "/"),
        ])
        .send()
        .await
        .expect("sign in");
    assert_eq!(signed_in.status().as_u16(), 303);
    let board = client
        .get(format!("{}/teams/{team}/huddle", server.base))
        .send()
        .await
        .expect("board")
        .text()
        .await
        .expect("body");
    let csrf = lmp_tests::http::csrf_from(&board).expect("csrf token");
    let url: reqwest::Url = server.base.parse().expect("url");
    let cookie = {
        use reqwest::cookie::CookieStore;
        jar.cookies(&url).expect("session cookie")
    };
    let cookie = cookie.to_str().expect("cookie text").to_string();
    let address = server.base.trim_start_matches("http://").to_string();

    // The request: headers and half the form now, the rest after SIGTERM.
    let body = format!(
        "csrf={}&category=win&text=Finished+after+SIGTERM",
        form_value(&csrf)
    );
    let (first, rest) = body.split_at(body.len() / 2);
    let mut stream = std::net::TcpStream::connect(&address).expect("connect");
    stream
        .set_read_timeout(Some(Duration::from_secs(20)))
        .expect("timeout");
    write!(
        stream,
        "POST /teams/{team}/huddle HTTP/1.1\r\nHost: {address}\r\nCookie: {cookie}\r\n\
         Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n\r\n{first}",
        body.len()
    )
    .expect("send the start");
    stream.flush().expect("flush");
    std::thread::sleep(Duration::from_millis(300));

    server.terminate();
    std::thread::sleep(Duration::from_millis(700));
    assert!(
        server.child.try_wait().expect("try_wait").is_none(),
        "the server waits for the request in flight:\n{}",
        server.log()
    );
    assert!(
        std::net::TcpStream::connect(&address).is_err(),
        "no new connections are taken after SIGTERM"
    );

    stream.write_all(rest.as_bytes()).expect("send the rest");
    stream.flush().expect("flush");
    let mut response = Vec::new();
    let mut buffer = [0u8; 4096];
    loop {
        match stream.read(&mut buffer) {
            Ok(0) => break,
            Ok(n) => response.extend_from_slice(&buffer[..n]),
            Err(e) => panic!("reading the answer failed: {e}"),
        }
    }
    let response = String::from_utf8_lossy(&response);
    assert!(
        response.starts_with("HTTP/1.1 303"),
        "the request in flight was answered: {response}"
    );
    let status = server
        .wait_exit(Duration::from_secs(20))
        .unwrap_or_else(|| panic!("the server did not exit after SIGTERM:\n{}", server.log()));
    assert!(status.success(), "exit status {status}:\n{}", server.log());
    assert!(server.log().contains("stopped"), "{}", server.log());

    let store = db.store().await;
    let kept = lmp_store::testing::count(
        &store,
        "SELECT COUNT(*) FROM huddle_items WHERE text = 'Finished after SIGTERM'",
    )
    .await;
    assert_eq!(kept, 1, "the request finished during shutdown was saved");
    store.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sqlite_sigterm_finishes_requests_in_flight() {
    finishes_in_flight_requests_on_sigterm(Backend::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn postgres_sigterm_finishes_requests_in_flight() {
    finishes_in_flight_requests_on_sigterm(Backend::Postgres).await;
}

/// A meeting page holds its live event stream open for as long as the page is open; SIGTERM
/// must still stop the node promptly: the stream is ended (pages reconnect elsewhere) and the
/// process exits with 0, long before a service manager would resort to SIGKILL.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_open_meeting_page_does_not_keep_the_node_from_stopping() {
    let Some(db) = Db::new(Backend::Sqlite).await else {
        return;
    };
    let mut server = Server::start(&db, true);
    let team = {
        let store = db.store().await;
        let team = showcase_team(&store).await;
        store.close().await;
        team
    };
    let co_lead = server.sign_in("colead@example.org").await;
    co_lead.page(&format!("/teams/{team}/meetings")).await;
    let planned = co_lead
        .post_form(
            &format!("/teams/{team}/meetings"),
            &[
                ("template", "team_meeting"),
                ("title", "Shutdown drill"),
                ("date", "2026-12-03"),
                ("time", "14:30"),
                ("location", "Room 4B"),
            ],
        )
        .await;
    assert_eq!(planned.status().as_u16(), 303);
    let meeting = planned.headers()["location"]
        .to_str()
        .expect("location")
        .to_string();

    // The page's event stream: the first event arrives, then it stays open.
    let mut stream = co_lead
        .client
        .get(format!("{}{meeting}/live", server.base))
        .send()
        .await
        .expect("event stream");
    assert_eq!(stream.status().as_u16(), 200);
    let first = tokio::time::timeout(Duration::from_secs(10), stream.chunk())
        .await
        .expect("the first event in time")
        .expect("read")
        .expect("a chunk");
    assert!(String::from_utf8_lossy(&first).contains("ready"));

    let asked = Instant::now();
    server.terminate();
    let status = tokio::task::spawn_blocking(move || {
        let status = server.wait_exit(Duration::from_secs(10));
        (status, server)
    })
    .await
    .expect("wait");
    let (status, server) = status;
    let status = status.unwrap_or_else(|| {
        panic!(
            "still running 10 s after SIGTERM with a meeting page open; log:\n{}",
            server.log()
        )
    });
    assert!(status.success(), "exit status {status:?}");
    assert!(
        asked.elapsed() < Duration::from_secs(10),
        "stopped in {:?}",
        asked.elapsed()
    );
    // The stream was ended by the server, not left hanging.
    let rest = tokio::time::timeout(Duration::from_secs(5), async {
        while let Ok(Some(_)) = stream.chunk().await {}
    })
    .await;
    assert!(rest.is_ok(), "the event stream ended when the node stopped");
}
