//! `lmp backup` while people are working, then `lmp restore` into an empty database: the copy
//! holds exactly one moment of the hub — every table as it was, each item acknowledged before
//! the backup began, none added after it ended — and the restored hub serves it. A restore
//! over a database in use is refused unless forced, and broken files are named for what is
//! wrong with them.

mod common;

use std::io::{BufRead, Write};
use std::time::Duration;

use common::{markers_in, row_counts, showcase_team, Db, Server, Writers};
use lmp_store::Backend;

async fn round_trips(backend: Backend) {
    let Some(source) = Db::new(backend).await else {
        return;
    };
    let server = Server::start(&source, true);
    let (team, image) = {
        let store = source.store().await;
        let team = showcase_team(&store).await;
        let image = save_image(&store).await;
        store.close().await;
        (team, image)
    };
    let mut sessions = Vec::new();
    for email in [
        "colead@example.org",
        "member@example.org",
        "colead@example.org",
    ] {
        sessions.push(server.sign_in(email).await);
    }
    let writers = Writers::start(sessions, team, "b").await;
    writers.wait_for(10, Duration::from_secs(30)).await;

    // The backup, taken while the writers keep writing.
    let file = source.dir.path().join("hub.backup");
    let before = writers.acked_now();
    let (ok, out, err) = source.run(&["backup", file.to_str().expect("path")]);
    let sent_by_end = writers.sent.load(std::sync::atomic::Ordering::SeqCst);
    writers
        .wait_for(before.len() + 5, Duration::from_secs(30))
        .await;
    let acked = writers.finish().await;
    assert!(ok, "backup failed: {out}{err}");
    assert!(out.contains("Backed up"), "{out}");
    assert!(common::file_size(&file) > 1000, "the backup has content");
    assert!(
        acked.len() > before.len(),
        "writes went on while the backup ran"
    );
    drop(server);

    // Restore into an empty database.
    let Some(target) = Db::new(backend).await else {
        return;
    };
    let (ok, out, err) = target.run(&["restore", file.to_str().expect("path")]);
    assert!(ok, "restore failed: {out}{err}");
    assert!(out.contains("Restored"), "{out}");
    assert!(
        out.contains("search index"),
        "the output says what became of the index: {out}"
    );

    let original = source.store().await;
    let restored = target.store().await;
    // One moment: every item acknowledged before the backup began is there, every item there
    // was sent before it ended, and the items there are the first ones each person wrote.
    let in_copy = markers_in(&restored).await;
    for marker in &before {
        assert!(
            in_copy.contains(marker),
            "{marker} was written before the backup"
        );
    }
    assert!(in_copy.len() as u64 <= sent_by_end);
    let in_original = markers_in(&original).await;
    for marker in &in_copy {
        assert!(in_original.contains(marker), "{marker} is in the copy only");
    }
    for client in 0..3 {
        let numbers: Vec<u64> = in_copy
            .iter()
            .filter_map(|m| m.strip_prefix(&format!("marker-b-{client}-")))
            .map(|n| n.parse().expect("number"))
            .collect();
        let expected: Vec<u64> = (0..numbers.len() as u64).collect();
        let mut got = numbers.clone();
        got.sort();
        assert_eq!(
            got, expected,
            "client {client}'s items are a prefix of what it wrote"
        );
    }
    // Every table holds what the original held, but for the items written after the snapshot.
    let later = (in_original.len() - in_copy.len()) as i64;
    let original_counts = row_counts(&original).await;
    let restored_counts = row_counts(&restored).await;
    assert_eq!(
        original_counts.iter().map(|(t, _)| t).collect::<Vec<_>>(),
        restored_counts.iter().map(|(t, _)| t).collect::<Vec<_>>()
    );
    for ((table, was), (_, now)) in original_counts.iter().zip(&restored_counts) {
        let expected = if table == "huddle_items" {
            was - later
        } else {
            *was
        };
        assert_eq!(*now, expected, "rows in {table}");
    }
    assert!(
        restored_counts.iter().filter(|(_, n)| *n > 0).count() > 20,
        "the demo fills many tables"
    );
    // Some rows, column by column.
    for sql in [
        "SELECT name || '|' || email || '|' || side || '|' || COALESCE(password_hash, '') FROM people ORDER BY id",
        "SELECT name || '|' || purpose || '|' || ground_rules || '|' || CAST(updated_at AS TEXT) FROM teams ORDER BY id",
        "SELECT slug || '|' || body FROM content_pages ORDER BY id",
        "SELECT key || '|' || value FROM settings ORDER BY key",
    ] {
        let a: Vec<String> = sqlx::query_scalar(sql).fetch_all(original.pool()).await.expect(sql);
        let b: Vec<String> = sqlx::query_scalar(sql).fetch_all(restored.pool()).await.expect(sql);
        assert!(!a.is_empty(), "{sql}");
        assert_eq!(a, b, "{sql}");
    }
    let values = "SELECT value FROM measure_points WHERE value IS NOT NULL ORDER BY id";
    let a: Vec<f64> = sqlx::query_scalar(values)
        .fetch_all(original.pool())
        .await
        .expect("values");
    let b: Vec<f64> = sqlx::query_scalar(values)
        .fetch_all(restored.pool())
        .await
        .expect("values");
    assert!(!a.is_empty());
    assert_eq!(a, b, "measure values keep every digit");
    check_image(&restored, image).await;
    let sponsor = restored
        .person_by_email("sponsor@example.org")
        .await
        .expect("query")
        .expect("the demo sponsor");
    let (sponsor_name, sponsor_id) = (sponsor.name, sponsor.id);
    original.close().await;
    restored.close().await;

    // The restored hub serves: the same people sign in and see the copied board, and new
    // items get new ids.
    let server = Server::start(&target, false);
    let colead = server.sign_in("colead@example.org").await;
    let (status, board) = colead.page(&format!("/teams/{team}/huddle")).await;
    assert_eq!(status, 200);
    assert!(
        board.contains(&before[0]),
        "the board shows items from the backup"
    );
    let added = colead
        .post_form(
            &format!("/teams/{team}/huddle"),
            &[("category", "idea"), ("text", "Written after the restore")],
        )
        .await;
    assert_eq!(
        added.status().as_u16(),
        303,
        "writing works after a restore"
    );
    // The search index was rebuilt from the copy: people are found by name.
    let (status, found) = colead
        .page(&format!("/search?q={}", sponsor_name.replace(' ', "+")))
        .await;
    assert_eq!(status, 200);
    assert!(found.contains(&format!("/people/{sponsor_id}")), "{found}");
    drop(server);

    // A second restore over it is refused without --force, and changes nothing.
    let restored = target.store().await;
    let items_before = markers_in(&restored).await.len();
    let (ok, out, err) = target.run(&["restore", file.to_str().expect("path")]);
    assert!(!ok, "a restore over a hub in use is refused: {out}");
    assert!(
        err.contains("--force") && err.contains("nothing was changed"),
        "{err}"
    );
    let extra = lmp_store::testing::count(
        &restored,
        "SELECT COUNT(*) FROM huddle_items WHERE text = 'Written after the restore'",
    )
    .await;
    assert_eq!(extra, 1, "the refused restore left the database alone");
    assert_eq!(markers_in(&restored).await.len(), items_before);
    restored.close().await;
    // With --force it replaces everything.
    let (ok, out, err) = target.run(&["restore", "--force", file.to_str().expect("path")]);
    assert!(ok, "{out}{err}");
    assert!(
        out.contains("is gone"),
        "the output says what was replaced: {out}"
    );
    let restored = target.store().await;
    let extra = lmp_store::testing::count(
        &restored,
        "SELECT COUNT(*) FROM huddle_items WHERE text = 'Written after the restore'",
    )
    .await;
    assert_eq!(extra, 0, "the forced restore put the backup's moment back");
    restored.close().await;

    broken_files_are_refused(backend, &file).await;
}

/// Bytes that are not text: every byte value, so any mangling on the way shows.
fn image_bytes(salt: u8) -> Vec<u8> {
    (0..=255u8).chain([0, 0, 255, salt]).collect()
}

/// Stores an image (the only table with bytes) made by the colead; returns its id.
async fn save_image(store: &lmp_store::Store) -> i64 {
    let colead = store
        .person_by_email("colead@example.org")
        .await
        .expect("query")
        .expect("the demo co-lead")
        .id;
    let image = lmp_store::media::NewImage {
        alt: "A huddle board on the ward wall".into(),
        file_name: "board.png".into(),
        content_type: "image/png".into(),
        width: 16,
        height: 16,
        data: image_bytes(1),
        thumb_width: 8,
        thumb_height: 8,
        thumb: image_bytes(2),
        original_bytes: 300,
    };
    store.save_image(&image, colead).await.expect("save image")
}

/// The image's bytes came through unchanged.
async fn check_image(store: &lmp_store::Store, id: i64) {
    let display = store.image_bytes(id, false).await.expect("image");
    assert_eq!(display.bytes, image_bytes(1), "the image's bytes");
    assert_eq!(display.content_type, "image/png");
    let thumb = store.image_bytes(id, true).await.expect("thumbnail");
    assert_eq!(thumb.bytes, image_bytes(2), "the thumbnail's bytes");
}

/// A missing file, a file that is no backup, a cut-off backup and one from a newer schema are
/// each refused with a message saying so, and the empty database stays empty.
async fn broken_files_are_refused(backend: Backend, good: &std::path::Path) {
    let Some(db) = Db::new(backend).await else {
        return;
    };
    let dir = db.dir.path().to_path_buf();
    let missing = dir.join("no-such.backup");
    let (ok, _, err) = db.run(&["restore", missing.to_str().expect("path")]);
    assert!(!ok);
    assert!(err.contains("cannot open the backup"), "{err}");

    let text = dir.join("notes.txt");
    std::fs::write(&text, "meeting notes, not a backup\n").expect("write");
    let (ok, _, err) = db.run(&["restore", text.to_str().expect("path")]);
    assert!(!ok);
    assert!(
        err.contains("is not a backup made by `lmp backup`"),
        "{err}"
    );

    // The good backup with its last lines cut off.
    let lines = read_lines(good);
    let cut = dir.join("cut.backup");
    write_lines(&cut, &lines[..lines.len() - 3]);
    let (ok, _, err) = db.run(&["restore", cut.to_str().expect("path")]);
    assert!(!ok);
    assert!(
        err.contains("ends early") && err.contains("nothing was changed"),
        "{err}"
    );

    // The good backup claiming a schema version beyond this hub's.
    let mut header: serde_json::Value = serde_json::from_str(&lines[0]).expect("header");
    let version = header["schema_version"].as_i64().expect("schema version");
    header["schema_version"] = serde_json::json!(version + 1);
    let mut newer = lines.clone();
    newer[0] = header.to_string();
    let newer_file = dir.join("newer.backup");
    write_lines(&newer_file, &newer);
    let (ok, _, err) = db.run(&["restore", newer_file.to_str().expect("path")]);
    assert!(!ok);
    assert!(err.contains("newer hub"), "{err}");

    let store = db.store().await;
    assert!(
        store.is_empty().await.expect("is_empty"),
        "nothing was restored"
    );
    store.close().await;
}

fn read_lines(path: &std::path::Path) -> Vec<String> {
    let file = std::fs::File::open(path).expect("open backup");
    std::io::BufReader::new(flate2::read::GzDecoder::new(file))
        .lines()
        .collect::<Result<_, _>>()
        .expect("read backup")
}

fn write_lines(path: &std::path::Path, lines: &[String]) {
    let file = std::fs::File::create(path).expect("create");
    let mut out = flate2::write::GzEncoder::new(file, flate2::Compression::fast());
    for line in lines {
        writeln!(out, "{line}").expect("write");
    }
    out.finish().expect("finish");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn sqlite_backup_taken_under_load_restores_one_moment() {
    round_trips(Backend::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn postgres_backup_taken_under_load_restores_one_moment() {
    round_trips(Backend::Postgres).await;
}

/// A backup of an SQLite hub restores into PostgreSQL, so a hub can move when it grows.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sqlite_backup_restores_into_postgres() {
    let sqlite = Db::new(Backend::Sqlite).await.expect("sqlite");
    let (ok, out, err) = sqlite.run(&["demo", "--scale", "small"]);
    assert!(ok, "{out}{err}");
    let image = {
        let store = sqlite.store().await;
        let image = save_image(&store).await;
        store.close().await;
        image
    };
    let file = sqlite.dir.path().join("move.backup");
    let (ok, out, err) = sqlite.run(&["backup", file.to_str().expect("path")]);
    assert!(ok, "{out}{err}");
    let Some(postgres) = Db::new(Backend::Postgres).await else {
        return;
    };
    let (ok, out, err) = postgres.run(&["restore", file.to_str().expect("path")]);
    assert!(ok, "{out}{err}");
    let from = sqlite.store().await;
    let to = postgres.store().await;
    assert_eq!(row_counts(&from).await, row_counts(&to).await);
    check_image(&to, image).await;
    to.close().await;
    from.close().await;
    let server = Server::start(&postgres, false);
    let colead = server.sign_in("colead@example.org").await;
    let (status, _) = colead.page("/").await;
    assert_eq!(status, 200);
}
