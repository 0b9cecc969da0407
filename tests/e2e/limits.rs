//! Load and limits over HTTP: a burst of changes from one session, or from one address across
//! sessions, is paused with 429 and `Retry-After` and nothing beyond the limit is saved while
//! reading goes on; an overloaded node answers 503 at once instead of queueing, keeps its
//! health check and live streams, and recovers; a request past the time limit is answered
//! while a live stream stays open longer.
//!
//! Each test starts its own server with lowered limits (the harness's `TestApp` uses the
//! defaults), on SQLite and on PostgreSQL.

use std::net::SocketAddr;
use std::time::{Duration, Instant};

use lmp_store::demo::Scale;
use lmp_store::testing::{count, TestDatabase};
use lmp_store::{Backend, Store};
use lmp_tests::{HttpSession, PASSWORD};
use lmp_web::{AppState, Config};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

/// A server started with `config`, with the small demo loaded.
struct Limited {
    base: String,
    address: SocketAddr,
    store: Store,
    _db: TestDatabase,
}

impl Limited {
    async fn spawn(backend: Backend, config: Config) -> Option<Limited> {
        let db = match backend {
            Backend::Sqlite => TestDatabase::sqlite().await,
            Backend::Postgres => TestDatabase::postgres().await?,
        };
        let store = db.open().await.expect("open the test database");
        let hash = lmp_web::auth::password::hash(PASSWORD).expect("hash");
        store
            .load_demo(Scale::Small, 42, &hash, &|_, _| {})
            .await
            .expect("load the demo");
        let state = AppState::new(store.clone(), config)
            .await
            .expect("app state");
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind a port");
        let address = listener.local_addr().expect("address");
        tokio::spawn(lmp_web::serve(state, listener, std::future::pending()));
        Some(Limited {
            base: format!("http://{address}"),
            address,
            store,
            _db: db,
        })
    }

    async fn sign_in(&self, email: &str) -> HttpSession {
        let session = HttpSession::new(&self.base);
        let response = session.sign_in(email, PASSWORD).await;
        assert_eq!(response.status().as_u16(), 303, "sign-in of {email}");
        session
    }

    async fn team_of(&self, email: &str) -> i64 {
        let person = self
            .store
            .person_by_email(email)
            .await
            .expect("query")
            .expect("person");
        self.store
            .memberships(person.id)
            .await
            .expect("memberships")[0]
            .team_id
    }

    /// Huddle items whose text starts with `prefix`.
    async fn huddle_items(&self, prefix: &str) -> i64 {
        count(
            &self.store,
            &format!("SELECT COUNT(*) FROM huddle_items WHERE text LIKE '{prefix}%'"),
        )
        .await
    }

    /// Opens a connection and sends a form POST whose body never finishes arriving: the
    /// server works on it until the body comes, the connection closes or the time limit
    /// passes — a slow client, as on a bad mobile network.
    async fn slow_post(&self, path: &str) -> tokio::net::TcpStream {
        let mut stream = tokio::net::TcpStream::connect(self.address)
            .await
            .expect("connect");
        let head = format!(
            "POST {path} HTTP/1.1\r\nHost: {}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 1000\r\n\r\ntext=slow",
            self.address
        );
        stream.write_all(head.as_bytes()).await.expect("send");
        stream
    }

    /// A slow POST the node is working on: one turned away because the node was briefly
    /// busy with something else (its answer arrives at once) is sent again.
    async fn held_slow_post(&self, path: &str) -> tokio::net::TcpStream {
        for _ in 0..50 {
            let stream = self.slow_post(path).await;
            let answered = tokio::time::timeout(Duration::from_millis(200), stream.readable());
            if answered.await.is_err() {
                return stream;
            }
        }
        panic!("the node turned every slow request away");
    }
}

lmp_tests::on_both_backends!(
    a_burst_of_changes_from_one_session_is_paused_and_nothing_beyond_it_is_saved,
    the_address_limit_counts_every_session_from_one_address,
    an_overloaded_node_turns_requests_away_at_once_and_recovers,
    a_request_past_the_time_limit_is_answered_while_live_streams_stay_open,
    metrics_are_for_this_machine_or_the_holder_of_the_metrics_token,
);

fn retry_after(response: &reqwest::Response) -> u64 {
    response
        .headers()
        .get("retry-after")
        .unwrap_or_else(|| panic!("Retry-After on a {}", response.status()))
        .to_str()
        .unwrap()
        .parse()
        .expect("Retry-After in seconds")
}

async fn add_huddle_item(session: &HttpSession, team: i64, text: &str) -> reqwest::Response {
    session
        .post_form(
            &format!("/teams/{team}/huddle"),
            &[("category", "issue"), ("text", text)],
        )
        .await
}

async fn a_burst_of_changes_from_one_session_is_paused_and_nothing_beyond_it_is_saved(
    backend: Backend,
) {
    let config = Config {
        session_write_burst: 5,
        // About one change every 100 s: nothing refills while the test runs.
        session_writes_per_sec: 0.01,
        ..Config::default()
    };
    let Some(app) = Limited::spawn(backend, config).await else {
        return;
    };
    let colead = app.sign_in("colead@example.org").await;
    let team = app.team_of("colead@example.org").await;
    colead.page(&format!("/teams/{team}/huddle")).await;

    let mut statuses = Vec::new();
    let mut refused = None;
    for n in 1..=8 {
        let response = add_huddle_item(&colead, team, &format!("Burst item {n}")).await;
        statuses.push(response.status().as_u16());
        if response.status().as_u16() == 429 && refused.is_none() {
            refused = Some(response);
        }
    }
    assert_eq!(statuses, [303, 303, 303, 303, 303, 429, 429, 429]);
    let refused = refused.unwrap();
    let wait = retry_after(&refused);
    assert!(
        (60..=120).contains(&wait),
        "one change refills in about 100 s: {wait}"
    );
    let page = refused.text().await.unwrap();
    assert!(page.contains("Too many changes at once"), "{page}");
    assert!(page.contains("was not saved"), "{page}");
    assert_eq!(
        app.huddle_items("Burst item").await,
        5,
        "nothing beyond the limit is saved"
    );

    // The API says the same as a problem document.
    let response = colead
        .send_json(
            reqwest::Method::PUT,
            &format!("/api/v1/teams/{team}/charter"),
            &serde_json::json!({"purpose": "Refused"}),
        )
        .await;
    assert_eq!(response.status().as_u16(), 429);
    assert!(retry_after(&response) >= 1);
    assert_eq!(
        response.headers()["content-type"],
        "application/problem+json"
    );
    let problem: serde_json::Value = response.json().await.unwrap();
    assert_eq!(problem["status"], 429);
    assert_eq!(problem["title"], "Too many changes at once");

    // Reading is not limited.
    for _ in 0..40 {
        let (status, _) = colead.page(&format!("/teams/{team}/huddle")).await;
        assert_eq!(status, 200);
    }
    // Another person's session has its own allowance.
    let member = app.sign_in("member@example.org").await;
    member.page(&format!("/teams/{team}/huddle")).await;
    let response = add_huddle_item(&member, team, "Burst item from the member").await;
    assert_eq!(response.status().as_u16(), 303);
    assert_eq!(app.huddle_items("Burst item").await, 6);
}

async fn the_address_limit_counts_every_session_from_one_address(backend: Backend) {
    let config = Config {
        address_write_burst: 6,
        address_writes_per_sec: 0.01,
        ..Config::default()
    };
    let Some(app) = Limited::spawn(backend, config).await else {
        return;
    };
    // Two sign-ins are two changes from this address; four are left.
    let colead = app.sign_in("colead@example.org").await;
    let member = app.sign_in("member@example.org").await;
    let team = app.team_of("colead@example.org").await;
    colead.page(&format!("/teams/{team}/huddle")).await;
    member.page(&format!("/teams/{team}/huddle")).await;
    let mut statuses = Vec::new();
    for n in 1..=3 {
        for (who, session) in [("co-lead", &colead), ("member", &member)] {
            let response = add_huddle_item(session, team, &format!("Shared {who} {n}")).await;
            statuses.push(response.status().as_u16());
        }
    }
    assert_eq!(statuses, [303, 303, 303, 303, 429, 429]);
    // A made-up X-Forwarded-For does not open a new allowance: the hub is not told to trust it.
    let csrf = member.csrf();
    let response = member
        .client
        .post(format!("{}/teams/{team}/huddle", app.base))
        .header("x-forwarded-for", "198.51.100.23")
        .form(&[
            ("csrf", csrf.as_str()),
            ("category", "issue"),
            ("text", "Shared spoofed"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 429);
    assert!(retry_after(&response) >= 60);
    assert_eq!(app.huddle_items("Shared").await, 4);
    // Reading goes on.
    for session in [&colead, &member] {
        let (status, board) = session.page(&format!("/teams/{team}/huddle")).await;
        assert_eq!(status, 200);
        assert!(board.contains("Shared co-lead 2"));
    }
}

/// Plans a meeting of the co-lead's team and returns its id.
async fn plan_meeting(colead: &HttpSession, team: i64) -> i64 {
    colead.page(&format!("/teams/{team}/meetings")).await;
    let response = colead
        .post_form(
            &format!("/teams/{team}/meetings"),
            &[
                ("template", "team_meeting"),
                ("title", "Meeting under load"),
                ("date", "2026-12-03"),
                ("time", "14:30"),
                ("location", "Room 4B"),
            ],
        )
        .await;
    assert_eq!(response.status().as_u16(), 303);
    response.headers()["location"]
        .to_str()
        .unwrap()
        .trim_start_matches("/meetings/")
        .parse()
        .expect("a meeting id")
}

async fn an_overloaded_node_turns_requests_away_at_once_and_recovers(backend: Backend) {
    let config = Config {
        max_in_flight: 2,
        ..Config::default()
    };
    let Some(app) = Limited::spawn(backend, config).await else {
        return;
    };
    let colead = app.sign_in("colead@example.org").await;
    let team = app.team_of("colead@example.org").await;
    let meeting = plan_meeting(&colead, team).await;

    // Two slow clients take both places.
    let slow = [
        app.held_slow_post(&format!("/teams/{team}/huddle")).await,
        app.held_slow_post(&format!("/teams/{team}/huddle")).await,
    ];
    let busy = async {
        for _ in 0..100 {
            let response = colead
                .client
                .get(format!("{}/teams", app.base))
                .send()
                .await
                .unwrap();
            if response.status().as_u16() == 503 {
                return;
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        panic!("the node never became busy");
    };
    busy.await;

    // Turned away at once, with a page that says so and when to come back.
    let started = Instant::now();
    let response = colead
        .client
        .get(format!("{}/teams/{team}", app.base))
        .send()
        .await
        .unwrap();
    let took = started.elapsed();
    assert_eq!(response.status().as_u16(), 503);
    assert!(
        took < Duration::from_millis(500),
        "answered at once, not queued: {took:?}"
    );
    assert!(retry_after(&response) >= 1);
    let page = response.text().await.unwrap();
    assert!(page.contains("The hub is busy"), "{page}");
    let (status, problem) = colead.get_json("/api/v1/me").await;
    assert_eq!(status, 503);
    assert_eq!(problem["title"], "The hub is busy");

    // The health check and a meeting's live stream are still served.
    let health = colead
        .client
        .get(format!("{}/healthz", app.base))
        .send()
        .await
        .unwrap();
    assert_eq!(health.status().as_u16(), 200);
    let mut live = colead
        .client
        .get(format!("{}/meetings/{meeting}/live", app.base))
        .send()
        .await
        .unwrap();
    assert_eq!(live.status().as_u16(), 200);
    let first = tokio::time::timeout(Duration::from_secs(5), live.chunk())
        .await
        .expect("the stream speaks")
        .unwrap()
        .unwrap();
    assert!(String::from_utf8_lossy(&first).contains("ready"));

    // When the slow clients go away, the node serves again; nothing of theirs was saved.
    drop(slow);
    let mut recovered = false;
    for _ in 0..100 {
        let (status, _) = colead.page(&format!("/teams/{team}/huddle")).await;
        if status == 200 {
            recovered = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert!(recovered, "the node serves again");
    let response = add_huddle_item(&colead, team, "After the rush").await;
    assert_eq!(response.status().as_u16(), 303);
    assert_eq!(app.huddle_items("After the rush").await, 1);
    assert_eq!(app.huddle_items("slow").await, 0);
}

async fn a_request_past_the_time_limit_is_answered_while_live_streams_stay_open(backend: Backend) {
    let config = Config {
        request_timeout_secs: 2,
        ..Config::default()
    };
    let Some(app) = Limited::spawn(backend, config).await else {
        return;
    };
    let colead = app.sign_in("colead@example.org").await;
    let team = app.team_of("colead@example.org").await;
    let meeting = plan_meeting(&colead, team).await;
    let mut live = colead
        .client
        .get(format!("{}/meetings/{meeting}/live", app.base))
        .send()
        .await
        .unwrap();
    assert_eq!(live.status().as_u16(), 200);

    // A request whose body never finishes is answered when the time limit passes.
    let started = Instant::now();
    let mut slow = app.slow_post(&format!("/teams/{team}/huddle")).await;
    let mut answer = vec![0u8; 4096];
    let read = tokio::time::timeout(Duration::from_secs(10), slow.read(&mut answer))
        .await
        .expect("answered within the time limit and a little")
        .expect("read");
    let answer = String::from_utf8_lossy(&answer[..read]).to_string();
    let took = started.elapsed();
    assert!(answer.starts_with("HTTP/1.1 503"), "{answer}");
    assert!(
        took >= Duration::from_millis(1900) && took < Duration::from_secs(5),
        "cut at the two-second limit: {took:?}"
    );

    // The live stream opened before it outlives the limit and still carries changes.
    tokio::time::sleep(Duration::from_millis(500)).await;
    colead.page(&format!("/meetings/{meeting}")).await;
    let response = colead
        .post_form(
            &format!("/meetings/{meeting}/agenda"),
            &[
                ("title", "After the time limit"),
                ("kind", "discussion"),
                ("minutes", "5"),
            ],
        )
        .await;
    assert_eq!(response.status().as_u16(), 303);
    let mut seen = String::new();
    let deadline = tokio::time::Instant::now() + Duration::from_secs(5);
    while !seen.contains("data: agenda") {
        match tokio::time::timeout_at(deadline, live.chunk()).await {
            Ok(Ok(Some(chunk))) => seen.push_str(&String::from_utf8_lossy(&chunk)),
            other => panic!("the stream was cut ({other:?}) after: {seen}"),
        }
    }
    assert!(
        started.elapsed() > Duration::from_secs(2),
        "the stream lived past the limit"
    );
}

/// `/metrics` tells how the organisation uses the hub, route by route: a client on the same
/// machine reads it, a client elsewhere (seen through a trusted proxy) is told there is nothing
/// there unless it brings the configured token.
async fn metrics_are_for_this_machine_or_the_holder_of_the_metrics_token(backend: Backend) {
    let config = Config {
        trust_forwarded_for: true,
        metrics_token: Some("scrape-secret-41".into()),
        ..Config::default()
    };
    let Some(app) = Limited::spawn(backend, config).await else {
        return;
    };
    let client = reqwest::Client::new();
    let get = |forwarded: Option<&'static str>, token: Option<&'static str>| {
        let mut request = client.get(format!("{}/metrics", app.base));
        if let Some(address) = forwarded {
            request = request.header("X-Forwarded-For", address);
        }
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        request.send()
    };

    let local = get(None, None).await.unwrap();
    assert_eq!(local.status().as_u16(), 200);
    assert!(local
        .text()
        .await
        .unwrap()
        .contains("lmp_http_requests_total"));

    let remote = get(Some("203.0.113.9"), None).await.unwrap();
    assert_eq!(remote.status().as_u16(), 404);
    assert!(!remote.text().await.unwrap().contains("lmp_http"));

    let wrong = get(Some("203.0.113.9"), Some("scrape-secret-42"))
        .await
        .unwrap();
    assert_eq!(wrong.status().as_u16(), 404);

    let scraper = get(Some("203.0.113.9"), Some("scrape-secret-41"))
        .await
        .unwrap();
    assert_eq!(scraper.status().as_u16(), 200);
    assert!(scraper
        .text()
        .await
        .unwrap()
        .contains("lmp_http_requests_total"));

    // The health check stays open to the load balancer wherever it is.
    let health = client
        .get(format!("{}/healthz", app.base))
        .header("X-Forwarded-For", "203.0.113.9")
        .send()
        .await
        .unwrap();
    assert_eq!(health.status().as_u16(), 200);
}
