//! Live meeting updates under load: N listeners hold the event stream of one meeting open
//! (as N phones on the meeting page would), a stance is given through the API, and we time how
//! long the change notice takes to reach every listener, and how long until each has fetched
//! the refreshed part of the page (what a person actually sees). A `/healthz` round trip timed
//! in the same run is the baseline.
//!
//! Run by `bench/live.sh` against a server on 127.0.0.1 loaded with the demo:
//!   LMP_BENCH_BASE=http://127.0.0.1:18080 cargo run --release -p lmp-tests --example live_bench

use std::time::{Duration, Instant};

use lmp_tests::HttpSession;

fn env(name: &str, default: &str) -> String {
    std::env::var(name).unwrap_or_else(|_| default.to_string())
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    let at = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[at.min(sorted.len() - 1)]
}

fn summary(name: &str, mut ms: Vec<f64>, baseline: f64) {
    ms.sort_by(|a, b| a.total_cmp(b));
    println!(
        "{name:<34} n={:<5} p50 {:>8.2} ms  p95 {:>8.2} ms  max {:>8.2} ms  (p95 = {:.1}× healthz p50)",
        ms.len(),
        percentile(&ms, 0.5),
        percentile(&ms, 0.95),
        ms.last().copied().unwrap_or(f64::NAN),
        percentile(&ms, 0.95) / baseline
    );
}

/// One listener: waits for `rounds` change notices about `part`, and after each fetches the
/// part as the page would; sends back (notice arrival, fetched) instants.
async fn listener(
    client: reqwest::Client,
    base: String,
    meeting: i64,
    part: String,
    rounds: usize,
    ready: tokio::sync::mpsc::Sender<()>,
) -> Vec<(Instant, Instant)> {
    let mut response = client
        .get(format!("{base}/meetings/{meeting}/live"))
        .send()
        .await
        .expect("event stream");
    assert_eq!(response.status().as_u16(), 200, "event stream");
    let mut buffer = String::new();
    let mut seen = Vec::new();
    let mut announced = false;
    while seen.len() < rounds {
        let Ok(Ok(Some(chunk))) =
            tokio::time::timeout(Duration::from_secs(30), response.chunk()).await
        else {
            break;
        };
        buffer.push_str(&String::from_utf8_lossy(&chunk));
        while let Some(end) = buffer.find("\n\n") {
            let event: String = buffer.drain(..end + 2).collect();
            if event.contains("event: ready") && !announced {
                announced = true;
                let _ = ready.send(()).await;
            } else if event.contains(&format!("data: {part}")) {
                let arrived = Instant::now();
                let html = client
                    .get(format!("{base}/meetings/{meeting}/part/{part}"))
                    .send()
                    .await
                    .expect("part")
                    .text()
                    .await
                    .expect("part body");
                assert!(html.contains("taking part"), "the refreshed part");
                seen.push((arrived, Instant::now()));
            }
        }
    }
    seen
}

#[tokio::main(flavor = "multi_thread")]
async fn main() {
    let base = env("LMP_BENCH_BASE", "http://127.0.0.1:18080");
    assert!(
        base.starts_with("http://127.0.0.1") || base.starts_with("http://localhost"),
        "the benchmark only talks to this machine"
    );
    let listeners: usize = env("LISTENERS", "200").parse().expect("LISTENERS");
    let rounds: usize = env("ROUNDS", "20").parse().expect("ROUNDS");

    // A co-lead plans and starts a meeting, is marked present, and opens a proposal.
    let colead = HttpSession::new(&base);
    let response = colead
        .sign_in(
            "colead@example.org",
            &env("LMP_DEMO_PASSWORD", "partnership"),
        )
        .await;
    assert_eq!(response.status().as_u16(), 303, "sign-in");
    let (_, me) = colead.get_json("/api/v1/me").await;
    let team = me["teams"][0]["team_id"]
        .as_i64()
        .expect("the co-lead's team");
    let person = me["id"].as_i64().expect("the co-lead's id");
    colead.page(&format!("/teams/{team}/meetings")).await;
    let planned = colead
        .post_form(
            &format!("/teams/{team}/meetings"),
            &[
                ("template", "team_meeting"),
                ("date", "2026-12-01"),
                ("time", "09:00"),
            ],
        )
        .await;
    let meeting: i64 = planned.headers()["location"]
        .to_str()
        .unwrap()
        .trim_start_matches("/meetings/")
        .parse()
        .expect("meeting id");
    colead.page(&format!("/meetings/{meeting}")).await;
    colead
        .post_form(&format!("/meetings/{meeting}/start"), &[])
        .await;
    colead
        .post_form(
            &format!("/meetings/{meeting}/attendance"),
            &[("person", &person.to_string()), ("present", "1")],
        )
        .await;
    colead
        .post_form(
            &format!("/meetings/{meeting}/proposals"),
            &[("title", "Benchmark proposal"), ("decider", "management")],
        )
        .await;
    let (_, meeting_json) = colead
        .get_json(&format!("/api/v1/meetings/{meeting}"))
        .await;
    let proposal = meeting_json["proposals"][0]["id"]
        .as_i64()
        .expect("proposal");
    let part = format!("proposal-{proposal}");

    // Baseline in the same run: /healthz round trips.
    let client = reqwest::Client::new();
    let mut healthz = Vec::new();
    for _ in 0..200 {
        let started = Instant::now();
        client
            .get(format!("{base}/healthz"))
            .send()
            .await
            .expect("healthz")
            .bytes()
            .await
            .expect("healthz body");
        healthz.push(started.elapsed().as_secs_f64() * 1000.0);
    }
    healthz.sort_by(|a, b| a.total_cmp(b));
    let baseline = percentile(&healthz, 0.5);

    // The listeners connect.
    let (ready_tx, mut ready_rx) = tokio::sync::mpsc::channel(listeners);
    let mut tasks = Vec::new();
    for _ in 0..listeners {
        // Each listener holds its own connection (the client's pool opens one per open
        // stream); all share the co-lead's session, which costs the server the same.
        tasks.push(tokio::spawn(listener(
            colead.client.clone(),
            base.clone(),
            meeting,
            part.clone(),
            rounds,
            ready_tx.clone(),
        )));
    }
    for _ in 0..listeners {
        tokio::time::timeout(Duration::from_secs(30), ready_rx.recv())
            .await
            .expect("every listener connects in time");
    }

    // Rounds: the co-lead changes their stance; every listener must hear of it.
    let stances = ["support", "reservations", "live_with"];
    let mut sent = Vec::new();
    for round in 0..rounds {
        tokio::time::sleep(Duration::from_millis(300)).await;
        let started = Instant::now();
        let response = colead
            .send_json(
                reqwest::Method::PUT,
                &format!("/api/v1/proposals/{proposal}/stance"),
                &serde_json::json!({
                    "stance": stances[round % stances.len()],
                    "reason": format!("round {round}"),
                    "behaviour": "I will explain it to the evening shift"
                }),
            )
            .await;
        assert_eq!(response.status().as_u16(), 200, "stance saved");
        sent.push(started);
        // Let this round's notices arrive before the next stance.
        tokio::time::sleep(Duration::from_millis(700)).await;
    }
    let mut notice = Vec::new();
    let mut refreshed = Vec::new();
    let mut slowest_round = vec![0.0f64; rounds];
    let mut complete = 0;
    for task in tasks {
        let seen = task.await.expect("listener");
        if seen.len() == rounds {
            complete += 1;
        }
        for (round, (arrived, fetched)) in seen.iter().enumerate() {
            let at = arrived.duration_since(sent[round]).as_secs_f64() * 1000.0;
            notice.push(at);
            refreshed.push(fetched.duration_since(sent[round]).as_secs_f64() * 1000.0);
            slowest_round[round] = slowest_round[round].max(at);
        }
    }
    println!("listeners {listeners}, rounds {rounds}, listeners that heard every round {complete}");
    println!("healthz round trip p50 {baseline:.3} ms (baseline)");
    summary("stance -> notice at a listener", notice, baseline);
    summary("stance -> part refreshed", refreshed, baseline);
    summary("stance -> last of all listeners", slowest_round, baseline);
}
