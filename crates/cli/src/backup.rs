//! `lmp backup FILE`: a consistent copy of the whole database, taken while the hub serves.
//!
//! The file is gzip-compressed JSON lines, the same for SQLite and PostgreSQL (so a backup of
//! one restores into the other):
//!
//! ```text
//! {"lmp_backup":1,"schema_version":12,"database":"sqlite","made_at":…,"tables":[{"name":…,"columns":[…],"rows":…},…],"rows":…}
//! {"table":"regions","rows":8}
//! [1,"Northern Region"]
//! …
//! {"end":true,"rows":…}
//! ```
//!
//! Tables come parents first, and the closing line tells a complete file from a cut-off one.
//! The file is written next to FILE and renamed into place only when complete and synced.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::Context;
use indicatif::{ProgressBar, ProgressStyle};
use serde_json::json;

use crate::Database;

/// The version of the file layout above; a restore refuses layouts it does not know.
pub const FORMAT: u64 = 1;

#[derive(clap::Args)]
pub struct Args {
    /// Where to write the backup (replaced if it exists, only once the new one is complete).
    file: PathBuf,
}

/// A progress bar counting rows, drawn on the terminal only.
pub fn rows_bar(total: u64, message: &'static str) -> ProgressBar {
    let bar = ProgressBar::new(total);
    bar.set_style(
        ProgressStyle::with_template("{msg} [{bar:40}] {percent:>3}% {pos}/{len} rows, {elapsed}")
            .unwrap_or_else(|_| ProgressStyle::default_bar())
            .progress_chars("=> "),
    );
    bar.set_message(message);
    bar
}

/// Refuses to back up an SQLite database that does not exist (opening it would create one).
pub fn check_sqlite_exists(database: &Database) -> anyhow::Result<()> {
    let file = database.data_dir.join("lmp.db");
    if database.url.is_none() && !file.exists() {
        anyhow::bail!(
            "there is no hub database at {} (give --data-dir, or DATABASE_URL for PostgreSQL)",
            file.display()
        );
    }
    Ok(())
}

pub async fn run(database: &Database, args: Args) -> anyhow::Result<()> {
    check_sqlite_exists(database)?;
    let started = Instant::now();
    let store = database.open().await?;
    let partial = partial_path(&args.file);
    let written = write(&store, &partial).await;
    store.close().await;
    let (tables, rows) = match written {
        Ok(done) => done,
        Err(e) => {
            let _ = std::fs::remove_file(&partial);
            return Err(e);
        }
    };
    std::fs::rename(&partial, &args.file)
        .with_context(|| format!("cannot move the finished backup to {}", args.file.display()))?;
    let size = std::fs::metadata(&args.file).map(|m| m.len()).unwrap_or(0);
    println!(
        "Backed up {rows} rows from {tables} tables to {} ({:.1} MB) in {:.1} s.",
        args.file.display(),
        size as f64 / 1_000_000.0,
        started.elapsed().as_secs_f64()
    );
    println!(
        "It is a snapshot of one moment; restore it with `lmp restore {}`.",
        args.file.display()
    );
    Ok(())
}

/// `FILE.partial` beside FILE, so the rename at the end stays on one file system.
fn partial_path(file: &Path) -> PathBuf {
    let mut name = file.file_name().unwrap_or_default().to_os_string();
    name.push(".partial");
    file.with_file_name(name)
}

/// Writes the whole database to `path`; returns the number of tables and rows.
async fn write(store: &lmp_store::Store, path: &Path) -> anyhow::Result<(usize, u64)> {
    let file =
        std::fs::File::create(path).with_context(|| format!("cannot create {}", path.display()))?;
    let mut out = flate2::write::GzEncoder::new(
        std::io::BufWriter::with_capacity(1 << 20, file),
        flate2::Compression::fast(),
    );
    let mut snapshot = store.backup_snapshot().await?;
    let total: u64 = snapshot.tables.iter().map(|(_, rows)| rows).sum();
    let database = match store.backend() {
        lmp_store::Backend::Sqlite => "sqlite",
        lmp_store::Backend::Postgres => "postgres",
    };
    let header = json!({
        "lmp_backup": FORMAT,
        "schema_version": snapshot.schema_version,
        "database": database,
        "made_at": lmp_store::now(),
        "made_by": concat!("lmp ", env!("CARGO_PKG_VERSION")),
        "tables": snapshot.tables.iter().map(|(table, rows)| json!({
            "name": table.name,
            "columns": table.columns,
            "rows": rows,
        })).collect::<Vec<_>>(),
        "rows": total,
    });
    writeln!(out, "{header}")?;
    let bar = rows_bar(total, "Backing up");
    let tables = snapshot.tables.clone();
    let mut written = 0;
    for (table, expected) in &tables {
        writeln!(out, "{}", json!({ "table": table.name, "rows": expected }))?;
        let count = snapshot
            .each_chunk(table, |lines, rows| -> anyhow::Result<()> {
                out.write_all(lines.as_bytes())?;
                out.write_all(b"\n")?;
                bar.inc(rows);
                Ok(())
            })
            .await?;
        anyhow::ensure!(
            count == *expected,
            "table {} changed under the snapshot ({expected} rows counted, {count} read)",
            table.name
        );
        written += count;
    }
    snapshot.finish().await?;
    writeln!(out, "{}", json!({ "end": true, "rows": written }))?;
    let file = out
        .finish()?
        .into_inner()
        .map_err(|e| e.into_error())
        .context("cannot write the backup")?;
    file.sync_all().context("cannot sync the backup to disk")?;
    bar.finish_and_clear();
    Ok((tables.len(), written))
}
