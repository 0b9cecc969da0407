//! `lmp reindex`: rebuild this node's search index from the database, with a progress bar.
//! Run it with the server stopped (the index allows one writer); a server also rebuilds an
//! empty index by itself at start.

use std::path::PathBuf;

use indicatif::{ProgressBar, ProgressStyle};

use crate::Database;

#[derive(clap::Args)]
pub struct Args {
    /// Where the index lives (default: `search` in the data directory).
    #[arg(long, env = "LMP_SEARCH_DIR")]
    search_dir: Option<PathBuf>,
    /// Also write the indexed documents to FILE, one JSON object per line (for
    /// `bench/search.sh`, which runs the same documents through SQLite FTS5).
    #[arg(long, value_name = "FILE", hide = true)]
    dump: Option<PathBuf>,
}

/// The index folder a node uses.
pub fn search_dir(database: &Database, given: Option<PathBuf>) -> PathBuf {
    given.unwrap_or_else(|| database.data_dir.join("search"))
}

pub async fn run(database: &Database, args: Args) -> anyhow::Result<()> {
    let store = database.open().await?;
    let dir = search_dir(database, args.search_dir);
    std::fs::create_dir_all(&dir)?;
    let index = lmp_search::SearchIndex::open(&dir)
        .map_err(|e| anyhow::anyhow!("cannot open the search index in {}: {e}", dir.display()))?;
    let bar = ProgressBar::new(0);
    bar.set_style(
        ProgressStyle::with_template("{msg} [{bar:40}] {pos}/{len} ({eta})")
            .unwrap_or_else(|_| ProgressStyle::default_bar())
            .progress_chars("=> "),
    );
    bar.set_message("Indexing");
    let started = std::time::Instant::now();
    let count = lmp_web::search::rebuild(&store, &index, &|done, total| {
        bar.set_length(total as u64);
        bar.set_position(done as u64);
    })
    .await?;
    bar.finish_and_clear();
    if let Some(file) = &args.dump {
        use std::io::Write;
        let docs = lmp_web::search::all_docs(&store).await?;
        let mut out = std::io::BufWriter::new(std::fs::File::create(file)?);
        for doc in &docs {
            serde_json::to_writer(&mut out, doc)?;
            out.write_all(b"\n")?;
        }
        out.flush()?;
        println!("{} documents written to {}", docs.len(), file.display());
    }
    println!(
        "{count} documents indexed in {:.1} s into {}",
        started.elapsed().as_secs_f64(),
        dir.display()
    );
    Ok(())
}
