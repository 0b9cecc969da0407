//! `lmp restore FILE`: load a file made by `lmp backup` into this database, in one transaction.
//!
//! Everything is checked before anything changes: the file is a backup, its schema version is
//! this hub's, and the database is empty unless `--force`. Then every table is emptied and
//! filled in one transaction, row counts are compared with the backup's, and it commits, so a
//! failure at any point leaves the database as it was. This node's search index is rebuilt
//! afterwards; other nodes rebuild theirs with `lmp reindex`.

use std::io::BufRead;
use std::path::PathBuf;
use std::time::Instant;

use anyhow::Context;
use serde_json::Value;

use crate::backup::{rows_bar, FORMAT};
use crate::Database;

#[derive(clap::Args)]
pub struct Args {
    /// The backup to restore (made by `lmp backup`).
    file: PathBuf,
    /// Replace everything in a database that already holds an organisation.
    #[arg(long)]
    force: bool,
    /// Leave the search index alone (rebuild it later with `lmp reindex`).
    #[arg(long)]
    no_reindex: bool,
    /// Where this node keeps its search index (default: `search` in the data directory).
    #[arg(long, env = "LMP_SEARCH_DIR")]
    search_dir: Option<PathBuf>,
}

/// Rows sent to the database in one statement (one bound parameter holding them all).
const BATCH_ROWS: usize = 2_000;
const BATCH_BYTES: usize = 4 << 20;

/// One table as the backup's first line describes it.
struct BackupTable {
    name: String,
    columns: Vec<String>,
    rows: u64,
}

/// The backup's first line.
struct Header {
    schema_version: i64,
    database: String,
    made_at: i64,
    tables: Vec<BackupTable>,
    rows: u64,
}

type Lines = std::io::Lines<std::io::BufReader<flate2::read::GzDecoder<std::fs::File>>>;

/// Opens `file` and reads its header, with a plain message for each way it can be wrong.
fn open(file: &std::path::Path) -> anyhow::Result<(Header, Lines)> {
    let not_backup = || format!("{} is not a backup made by `lmp backup`", file.display());
    let mut handle = std::fs::File::open(file)
        .with_context(|| format!("cannot open the backup {}", file.display()))?;
    let mut magic = [0u8; 2];
    let gzip = std::io::Read::read_exact(&mut handle, &mut magic).is_ok() && magic == [0x1f, 0x8b];
    if !gzip {
        anyhow::bail!("{} (it is not gzip-compressed)", not_backup());
    }
    let handle = std::fs::File::open(file)?;
    let mut lines =
        std::io::BufReader::with_capacity(1 << 20, flate2::read::GzDecoder::new(handle)).lines();
    let first = match lines.next() {
        Some(Ok(line)) => line,
        Some(Err(e)) => anyhow::bail!("{}: {e}", not_backup()),
        None => anyhow::bail!("{} (it is empty)", not_backup()),
    };
    let header: Value = serde_json::from_str(&first)
        .ok()
        .filter(|v: &Value| v.get("lmp_backup").is_some())
        .with_context(not_backup)?;
    let format = header["lmp_backup"].as_u64().unwrap_or(0);
    if format != FORMAT {
        anyhow::bail!(
            "{} is a backup in layout {format}, which this lmp cannot read (it reads layout {FORMAT}); use the lmp that made it",
            file.display()
        );
    }
    let bad = || format!("{}: the backup's first line is damaged", file.display());
    let mut tables = Vec::new();
    for table in header["tables"].as_array().with_context(bad)? {
        tables.push(BackupTable {
            name: table["name"].as_str().with_context(bad)?.to_string(),
            columns: table["columns"]
                .as_array()
                .with_context(bad)?
                .iter()
                .map(|c| c.as_str().map(str::to_string))
                .collect::<Option<Vec<_>>>()
                .with_context(bad)?,
            rows: table["rows"].as_u64().with_context(bad)?,
        });
    }
    Ok((
        Header {
            schema_version: header["schema_version"].as_i64().with_context(bad)?,
            database: header["database"].as_str().unwrap_or("?").to_string(),
            made_at: header["made_at"].as_i64().unwrap_or(0),
            rows: header["rows"].as_u64().with_context(bad)?,
            tables,
        },
        lines,
    ))
}

pub async fn run(database: &Database, args: Args) -> anyhow::Result<()> {
    let started = Instant::now();
    let (header, mut lines) = open(&args.file)?;
    let store = database.open().await?;
    let result = restore(&store, &args, &header, &mut lines).await;
    let replaced = match result {
        Ok(replaced) => replaced,
        Err(e) => {
            store.close().await;
            return Err(e);
        }
    };
    let tables = header.tables.len();
    println!(
        "Restored {} rows in {tables} tables from {} (a {} backup made {} {:02}:{:02} UTC) in {:.1} s{}.",
        header.rows,
        args.file.display(),
        if header.database == "postgres" { "PostgreSQL" } else { "SQLite" },
        lmp_domain::calendar::iso_date(header.made_at),
        header.made_at.rem_euclid(86_400) / 3600,
        header.made_at.rem_euclid(3600) / 60,
        started.elapsed().as_secs_f64(),
        if replaced {
            "; what the database held before is gone"
        } else {
            ""
        }
    );
    if args.no_reindex {
        println!("The search index was not touched: run `lmp reindex` before starting the hub.");
    } else {
        reindex(database, &store, args.search_dir.clone()).await;
    }
    if database.url.is_some() {
        println!(
            "Other hub nodes on this database: run `lmp reindex` on each (with it stopped) so their search matches."
        );
    }
    store.close().await;
    Ok(())
}

fn not_loaded(table: &str) -> String {
    format!("the backup's rows for {table} could not be loaded; nothing was changed")
}

/// Everything between the checks and the commit. Returns whether the database held an
/// organisation before.
async fn restore(
    store: &lmp_store::Store,
    args: &Args,
    header: &Header,
    lines: &mut Lines,
) -> anyhow::Result<bool> {
    let ours = store.schema_version().await?;
    if header.schema_version > ours {
        anyhow::bail!(
            "{} was made by a newer hub (schema version {}) than this lmp (schema version {ours}); restore it with that newer lmp",
            args.file.display(),
            header.schema_version
        );
    }
    if header.schema_version < ours {
        anyhow::bail!(
            "{} was made by an older hub (schema version {}; this lmp is at {ours}); restore it into an empty database with the lmp that made it, then start this one, which brings the database up to date",
            args.file.display(),
            header.schema_version
        );
    }
    let replaced = !store.is_empty().await?;
    if replaced && !args.force {
        anyhow::bail!(
            "this database already holds an organisation, and restoring would replace all of it; nothing was changed. Add --force if that is what you want"
        );
    }

    let mut restore = store.begin_restore().await?;
    for table in &header.tables {
        let Some(ours) = restore.table(&table.name) else {
            anyhow::bail!(
                "the backup has a table this database lacks ({}); nothing was changed",
                table.name
            );
        };
        if let Some(missing) = table.columns.iter().find(|c| !ours.columns.contains(c)) {
            anyhow::bail!(
                "the backup's table {} has a column this database lacks ({missing}); nothing was changed",
                table.name
            );
        }
    }
    for ours in &restore.tables {
        if !header.tables.iter().any(|t| t.name == ours.name) {
            println!("The backup has no table {}; it is left empty.", ours.name);
        }
    }

    let cut_off = || {
        anyhow::anyhow!(
            "{} ends early (the backup was cut off or damaged); nothing was changed",
            args.file.display()
        )
    };
    let bar = rows_bar(header.rows, "Restoring");
    for table in &header.tables {
        let line = lines.next().ok_or_else(cut_off)??;
        let start: Value = serde_json::from_str(&line).map_err(|_| cut_off())?;
        if start["table"].as_str() != Some(table.name.as_str()) {
            return Err(cut_off());
        }
        let mut batch = String::from("[");
        let mut in_batch = 0;
        for _ in 0..table.rows {
            let row = lines.next().ok_or_else(cut_off)??;
            if !row.starts_with('[') {
                return Err(cut_off());
            }
            if in_batch > 0 {
                batch.push(',');
            }
            batch.push_str(&row);
            in_batch += 1;
            if in_batch == BATCH_ROWS || batch.len() >= BATCH_BYTES {
                batch.push(']');
                restore
                    .insert(&table.name, &table.columns, &batch)
                    .await
                    .with_context(|| not_loaded(&table.name))?;
                bar.inc(in_batch as u64);
                batch = String::from("[");
                in_batch = 0;
            }
        }
        if in_batch > 0 {
            batch.push(']');
            restore
                .insert(&table.name, &table.columns, &batch)
                .await
                .with_context(|| not_loaded(&table.name))?;
            bar.inc(in_batch as u64);
        }
        let count = restore.count(&table.name).await?;
        anyhow::ensure!(
            count == table.rows,
            "table {} holds {count} rows after the restore, not the backup's {}; nothing was changed",
            table.name,
            table.rows
        );
    }
    let end = lines.next().ok_or_else(cut_off)??;
    let end: Value = serde_json::from_str(&end).map_err(|_| cut_off())?;
    if end["end"] != Value::Bool(true) || end["rows"].as_u64() != Some(header.rows) {
        return Err(cut_off());
    }
    bar.set_message("Checking and saving");
    restore
        .finish()
        .await
        .context("the restored rows did not check out; nothing was changed")?;
    bar.finish_and_clear();
    Ok(replaced)
}

/// Rebuilds this node's search index from the restored database, or says how to.
async fn reindex(database: &Database, store: &lmp_store::Store, dir: Option<PathBuf>) {
    let dir = crate::reindex::search_dir(database, dir);
    let index = std::fs::create_dir_all(&dir)
        .map_err(anyhow::Error::from)
        .and_then(|_| lmp_search::SearchIndex::open(&dir).map_err(anyhow::Error::from));
    let index = match index {
        Ok(index) => index,
        Err(e) => {
            println!(
                "The search index in {} was not rebuilt ({e}); is a hub still running there? Stop it and run `lmp reindex`.",
                dir.display()
            );
            return;
        }
    };
    let bar = rows_bar(0, "Rebuilding the search index");
    let rebuilt = lmp_web::search::rebuild(store, &index, &|done, total| {
        bar.set_length(total as u64);
        bar.set_position(done as u64);
    })
    .await;
    bar.finish_and_clear();
    match rebuilt {
        Ok(count) => println!(
            "The search index in {} was rebuilt ({count} documents).",
            dir.display()
        ),
        Err(e) => println!(
            "The search index in {} could not be rebuilt ({e}); run `lmp reindex`.",
            dir.display()
        ),
    }
}
