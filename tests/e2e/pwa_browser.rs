//! The hub on a phone's home screen: the manifest a browser needs to install it (name, start
//! page, icons that really are PNGs of the stated size, shortcuts to the huddle board and the
//! tasks), the service worker taking charge of the pages, the last copy of the tasks and the
//! huddle board shown — and marked as a saved copy — when the server cannot be reached, an
//! offline page for anything else, and signing out wiping what was kept.
//!
//! The server is one this test can stop (the harness's `TestApp` runs until the test ends);
//! the database does not matter here, so it runs on SQLite only.

use std::time::Duration;

use lmp_store::demo::Scale;
use lmp_store::testing::TestDatabase;
use lmp_tests::browser::Browser;
use lmp_tests::PASSWORD;
use lmp_web::{AppState, Config};
use serde_json::Value;

/// Width and height from a PNG's header, or `None` when the bytes are not a PNG.
fn png_size(bytes: &[u8]) -> Option<(u32, u32)> {
    if bytes.len() < 24 || &bytes[..8] != b"\x89PNG\r\n\x1a\n" || &bytes[12..16] != b"IHDR" {
        return None;
    }
    let word =
        |at: usize| u32::from_be_bytes([bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]]);
    Some((word(16), word(20)))
}

/// Runs `body` (which must call `done(value)`) in the page and returns the value.
async fn run_async(browser: &Browser, body: &str) -> Value {
    let script = format!("const done = arguments[arguments.length - 1];\n{body}");
    browser
        .client
        .execute_async(&script, vec![])
        .await
        .unwrap_or_else(|e| panic!("script failed: {e}\n{body}"))
}

/// The paths the service worker has kept a copy of.
async fn kept_pages(browser: &Browser) -> Vec<String> {
    let value = run_async(
        browser,
        r#"caches.has("lmp-pages").then(has => has
              ? caches.open("lmp-pages").then(c => c.keys()).then(keys => done(keys.map(k => new URL(k.url).pathname)))
              : done([]))
            .catch(e => done(["error: " + e]));"#,
    )
    .await;
    serde_json::from_value(value).expect("a list of paths")
}

/// Whether the element `css` is displayed.
async fn shown(browser: &Browser, css: &str) -> bool {
    browser
        .client
        .find(fantoccini::Locator::Css(css))
        .await
        .unwrap()
        .is_displayed()
        .await
        .unwrap()
}

/// Waits until the service worker controls the page (it takes charge after its first visit).
async fn wait_for_service_worker(browser: &Browser, base: &str, path: &str) {
    run_async(
        browser,
        r#"navigator.serviceWorker.ready.then(() => done(true)).catch(e => done(String(e)));"#,
    )
    .await;
    for _ in 0..50 {
        browser.goto(&format!("{base}{path}")).await;
        let controlled = browser
            .client
            .execute(
                "return navigator.serviceWorker.controller !== null;",
                vec![],
            )
            .await
            .expect("ask for the controller");
        if controlled == Value::Bool(true) {
            return;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    panic!("the service worker never took charge of {path}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_hub_installs_on_a_phone_and_keeps_the_tasks_and_huddle_board_for_a_bad_connection() {
    let db = TestDatabase::sqlite().await;
    let store = db.open().await.expect("open the database");
    let hash = lmp_web::auth::password::hash(PASSWORD).expect("hash");
    store
        .load_demo(Scale::Small, 42, &hash, &|_, _| {})
        .await
        .expect("load the demo");
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let state = AppState::new(store.clone(), Config::default())
        .await
        .unwrap();
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(lmp_web::serve(state, listener, async {
        let _ = stopped.await;
    }));

    // The manifest: what a phone needs to install the hub.
    let http = reqwest::Client::new();
    let response = http
        .get(format!("{base}/manifest.webmanifest"))
        .header("Accept-Language", "es")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 200);
    assert_eq!(
        response.headers()["content-type"],
        "application/manifest+json"
    );
    let manifest: Value = response.json().await.unwrap();
    assert_eq!(manifest["start_url"], "/");
    assert_eq!(manifest["display"], "standalone");
    assert_eq!(manifest["lang"], "es", "in the reader's language");
    assert_eq!(manifest["shortcuts"][1]["name"], "Mis tareas");
    let shortcuts: Vec<&str> = manifest["shortcuts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["url"].as_str().unwrap())
        .collect();
    assert_eq!(shortcuts, ["/huddle", "/tasks"]);
    let mut sizes = Vec::new();
    for icon in manifest["icons"].as_array().unwrap() {
        let src = icon["src"].as_str().unwrap();
        let bytes = http
            .get(format!("{base}{src}"))
            .send()
            .await
            .unwrap()
            .bytes()
            .await
            .unwrap();
        if icon["type"] == "image/png" {
            let (w, h) = png_size(&bytes).unwrap_or_else(|| panic!("{src} is not a PNG"));
            assert_eq!(icon["sizes"], format!("{w}x{h}"), "{src}");
            sizes.push(w);
        } else {
            assert!(String::from_utf8_lossy(&bytes).contains("<svg"), "{src}");
        }
    }
    assert!(sizes.contains(&192) && sizes.contains(&512), "{sizes:?}");
    let worker = http.get(format!("{base}/sw.js")).send().await.unwrap();
    assert_eq!(worker.status().as_u16(), 200);
    let script = worker.text().await.unwrap();
    assert!(
        !script.contains("__VERSION__"),
        "the worker carries a version"
    );

    let Some(browser) = Browser::start().await else {
        let _ = stop.send(());
        return;
    };

    // Signed in, the worker takes charge; the pages visited are kept, and signing out wipes them.
    browser.sign_in(&base, "member@example.org").await;

    // Notifications on this device: one button, the one that applies, is shown.
    browser.goto(&format!("{base}/push")).await;
    browser
        .wait_text("#push-state", "does not receive your notifications")
        .await;
    assert!(
        shown(&browser, "#push-enable").await,
        "the button to turn them on"
    );
    assert!(
        !shown(&browser, "#push-disable").await,
        "not the one to turn them off"
    );
    browser
        .check_accessibility("notifications on this device")
        .await;

    assert!(browser.exists("link[rel=manifest]").await);
    wait_for_service_worker(&browser, &base, "/tasks").await;
    browser.goto(&format!("{base}/tasks")).await;
    let kept = kept_pages(&browser).await;
    assert!(kept.contains(&"/tasks".to_string()), "{kept:?}");
    browser.sign_out().await;
    let kept = kept_pages(&browser).await;
    assert!(
        kept.is_empty(),
        "signing out leaves nothing behind: {kept:?}"
    );

    // Signed in again: open the tasks and the huddle board (through the shortcut), then lose
    // the server.
    browser.sign_in(&base, "member@example.org").await;
    wait_for_service_worker(&browser, &base, "/tasks").await;
    browser.goto(&format!("{base}/tasks")).await;
    browser.wait_text("h1", "My tasks").await;
    browser.goto(&format!("{base}/huddle")).await;
    let board = browser.text("h1").await;
    assert!(board.contains("Huddle"), "{board}");
    let board_path = browser
        .client
        .current_url()
        .await
        .unwrap()
        .path()
        .to_string();
    assert!(
        board_path.ends_with("/huddle") && board_path.starts_with("/teams/"),
        "{board_path}"
    );
    assert!(
        !browser
            .client
            .find(fantoccini::Locator::Css("#offline-note"))
            .await
            .unwrap()
            .is_displayed()
            .await
            .unwrap(),
        "online, the page does not call itself a copy"
    );

    let _ = stop.send(());
    let _ = tokio::time::timeout(Duration::from_secs(40), server).await;
    assert!(
        http.get(format!("{base}/healthz")).send().await.is_err(),
        "the server is gone"
    );

    browser.goto(&format!("{base}/tasks")).await;
    browser.wait_text("h1", "My tasks").await;
    let note = browser.wait_text("#offline-note", "offline").await;
    assert!(note.contains("saved on this phone"), "{note}");
    browser
        .check_accessibility("the saved copy of the tasks")
        .await;

    browser.goto(&format!("{base}/huddle")).await;
    assert_eq!(
        browser.text("h1").await,
        board,
        "the shortcut opens the saved board"
    );

    browser.goto(&format!("{base}/learning")).await;
    browser.wait_text("h1", "No connection").await;
    browser.check_accessibility("the offline page").await;

    browser.finish().await;
    drop(db);
}
