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

fn run(command: &mut Command) -> (bool, String, String) {
    let out = command.output().unwrap();
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn content_is_imported_all_or_nothing_idempotently_and_exported_unchanged() {
    let dir = temp_dir("content");
    let folder = dir.join("pages");
    std::fs::create_dir_all(&folder).unwrap();
    let good = "---\nslug: night-handover-card\ntitle: The night handover card\ntype: tool\nsummary: A card for handovers.\ncompass: [quality]\ntopics: [handover]\naudience: [frontline]\nlanguage: en\nprintable: true\n---\n## Use\n\nFill it before you leave.\n";
    let spanish = "---\nslug: night-handover-card-es\ntitle: La tarjeta de relevo\ntype: tool\nsummary: Una tarjeta.\ncompass: []\ntopics: []\naudience: []\nlanguage: es\ntranslation_of: night-handover-card\nprintable: true\n---\nLlénela antes de salir.\n";
    std::fs::write(folder.join("night-handover-card.md"), good).unwrap();
    std::fs::write(folder.join("night-handover-card.es.md"), spanish).unwrap();
    std::fs::write(
        folder.join("broken.md"),
        "---\nslug: Broken Page\ntitle: Broken\ntype: poster\n---\nx\n",
    )
    .unwrap();

    // One bad file: every problem is named and nothing is imported.
    let (ok, _, stderr) = run(lmp(&dir.join("data"))
        .args(["content", "import"])
        .arg(&folder));
    assert!(!ok, "a bad file fails the import");
    assert!(
        stderr.contains("broken.md: type: “poster” is not one of"),
        "{stderr}"
    );
    assert!(
        stderr.contains("broken.md: slug: “Broken Page”"),
        "{stderr}"
    );
    assert!(stderr.contains("nothing was imported"), "{stderr}");
    let export = dir.join("export-1");
    let (ok, _, stderr) = run(lmp(&dir.join("data"))
        .args(["content", "export"])
        .arg(&export));
    assert!(ok, "{stderr}");
    assert!(
        !export.join("night-handover-card.md").exists(),
        "the good files were not imported either"
    );

    // Fixed: imported; a second import changes nothing.
    std::fs::remove_file(folder.join("broken.md")).unwrap();
    let (ok, stdout, stderr) = run(lmp(&dir.join("data"))
        .args(["content", "import"])
        .arg(&folder));
    assert!(ok, "{stderr}");
    assert!(
        stdout.contains("2 pages read: 2 new, 0 changed, 0 unchanged"),
        "{stdout}"
    );
    let (ok, stdout, _) = run(lmp(&dir.join("data"))
        .args(["content", "import"])
        .arg(&folder));
    assert!(ok);
    assert!(
        stdout.contains("2 pages read: 0 new, 0 changed, 2 unchanged"),
        "{stdout}"
    );

    // Export writes the same files back, and the starter pack beside them.
    let export = dir.join("export-2");
    let (ok, stdout, _) = run(lmp(&dir.join("data"))
        .args(["content", "export"])
        .arg(&export));
    assert!(ok);
    assert!(stdout.contains("pages written"), "{stdout}");
    assert_eq!(
        std::fs::read_to_string(export.join("night-handover-card.md")).unwrap(),
        good
    );
    assert_eq!(
        std::fs::read_to_string(export.join("night-handover-card.es.md")).unwrap(),
        spanish
    );
    assert!(export.join("consensus-decision-making.md").exists());

    // Importing the export changes nothing: the two directions agree for every page.
    let (ok, stdout, stderr) = run(lmp(&dir.join("data"))
        .args(["content", "import"])
        .arg(&export));
    assert!(ok, "{stderr}");
    assert!(stdout.contains(" 0 new, 0 changed, "), "{stdout}");

    // The index is rebuilt with a count of what went in.
    let (ok, stdout, stderr) = run(lmp(&dir.join("data")).args(["reindex"]));
    assert!(ok, "{stderr}");
    assert!(stdout.contains("documents indexed"), "{stdout}");
    let _ = std::fs::remove_dir_all(&dir);
}
