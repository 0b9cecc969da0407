//! The `lmp` binary as an operator uses it: load a demo, manage accounts, serve and sign in.

use std::process::{Command, Stdio};
use std::time::Duration;

fn lmp(data_dir: &std::path::Path) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_lmp"));
    command
        .arg("--data-dir")
        .arg(data_dir)
        .env_remove("DATABASE_URL")
        .env("LMP_LOG", "warn");
    command
}

fn temp_dir(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("lmp-cli-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

#[tokio::test]
async fn users_are_created_granted_roles_and_given_new_passwords() {
    let dir = temp_dir("users");
    let out = lmp(&dir)
        .args(["demo", "--scale", "small", "--seed", "3"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("40 teams"), "{stdout}");
    assert!(stdout.contains("colead@example.org"));

    let out = lmp(&dir)
        .args(["demo", "--scale", "small"])
        .output()
        .unwrap();
    assert!(!out.status.success(), "a second demo load is refused");
    assert!(String::from_utf8_lossy(&out.stderr).contains("already holds an organisation"));

    let out = lmp(&dir)
        .args([
            "users",
            "create",
            "--email",
            "Rae@Example.org",
            "--name",
            "Rae Lin",
            "--side",
            "labor",
            "--local",
            "Local 107 — Nurses",
            "--password",
            "a-long-password",
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = lmp(&dir)
        .args([
            "users",
            "create",
            "--email",
            "x@example.org",
            "--name",
            "X",
            "--side",
            "union",
            "--password",
            "short",
        ])
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("--side"),
        "the bad field is named"
    );
    let out = lmp(&dir)
        .args([
            "users",
            "grant",
            "--email",
            "rae@example.org",
            "--role",
            "leader",
            "--region",
            "Mountain Region",
        ])
        .output()
        .unwrap();
    assert!(
        !out.status.success(),
        "the small demo has no Mountain Region"
    );
    let out = lmp(&dir)
        .args([
            "users",
            "grant",
            "--email",
            "rae@example.org",
            "--role",
            "leader",
            "--region",
            "Southern Valley Region",
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = lmp(&dir)
        .args([
            "users",
            "reset-password",
            "--email",
            "rae@example.org",
            "--password",
            "another-long-one",
        ])
        .output()
        .unwrap();
    assert!(out.status.success());

    let store = lmp_store::Store::open(None, &dir).await.unwrap();
    let rae = store
        .person_by_email("rae@example.org")
        .await
        .unwrap()
        .expect("created");
    assert_eq!(rae.side, "labor");
    let roles = store.site_roles(rae.id).await.unwrap();
    assert_eq!(roles.len(), 1);
    assert_eq!(
        roles[0].region_name.as_deref(),
        Some("Southern Valley Region")
    );
    store.close().await;
    let _ = std::fs::remove_dir_all(&dir);
}

/// The README's first command, at small scale: `lmp serve --demo` on a fresh data directory
/// serves a signed-in "My work" page for the demo co-lead.
#[tokio::test]
async fn serve_with_demo_answers_a_signed_in_co_lead() {
    let dir = temp_dir("serve");
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let mut server = lmp(&dir)
        .args([
            "serve",
            "--demo",
            "--demo-scale",
            "small",
            "--bind",
            &format!("127.0.0.1:{port}"),
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let base = format!("http://127.0.0.1:{port}");
    let client = reqwest::Client::builder()
        .cookie_store(true)
        .build()
        .unwrap();
    let mut up = false;
    for _ in 0..300 {
        if client
            .get(format!("{base}/healthz"))
            .send()
            .await
            .is_ok_and(|r| r.status().is_success())
        {
            up = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(up, "the server answered /healthz");
    let page = client
        .get(format!("{base}/signin"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let marker = "name=\"csrf-token\" content=\"";
    let start = page.find(marker).unwrap() + marker.len();
    let token = &page[start..start + 64];
    let home = client
        .post(format!("{base}/signin"))
        .form(&[
            ("csrf", token),
            ("email", "colead@example.org"),
            ("password", "partnership"),
            ("next", "/"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(
        home.status().as_u16(),
        200,
        "followed the redirect to My work"
    );
    let body = home.text().await.unwrap();
    assert!(
        body.contains("<h1>My work</h1>") && body.contains("Jordan Rivera"),
        "{body}"
    );

    // SIGTERM: the server stops cleanly.
    let _ = Command::new("kill")
        .arg("-TERM")
        .arg(server.id().to_string())
        .status();
    let status = server.wait().unwrap();
    assert!(status.success(), "graceful stop, got {status:?}");
    let mut stdout = String::new();
    use std::io::Read;
    server
        .stdout
        .take()
        .unwrap()
        .read_to_string(&mut stdout)
        .unwrap();
    assert!(stdout.contains("Demo sign-ins"), "{stdout}");
    let _ = std::fs::remove_dir_all(&dir);
}
