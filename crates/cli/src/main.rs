//! `lmp`: the partnership hub in one binary.

mod backup;
mod chart;
mod content;
mod demo;
mod import;
mod mail;
mod migrate;
mod reindex;
mod restore;
mod serve;
mod sso;
mod users;

use std::path::PathBuf;

use clap::{Parser, Subcommand};

/// mimalloc instead of the system allocator: under load the server allocates from many threads
/// at once, and glibc's allocator spent a measurable share of each request waiting on its locks
/// and kept the start-up peak for good. Version 2 (the `v2` feature): under the soak its heap held
/// level where version 3's kept growing (bench/RESULTS.md).
#[cfg(feature = "mimalloc")]
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(
    name = "lmp",
    version,
    about = "The partnership hub: teams, rosters and the tools of labor–management partnership."
)]
struct Cli {
    /// Where the embedded SQLite database lives (ignored when DATABASE_URL is set).
    #[arg(long, global = true, env = "LMP_DATA_DIR", default_value = "./data")]
    data_dir: PathBuf,
    /// Use this PostgreSQL database (postgres://…) instead of the embedded SQLite one.
    #[arg(long, global = true, env = "DATABASE_URL", hide_env_values = true)]
    database_url: Option<String>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Serve the hub over HTTP.
    Serve(Box<serve::Args>),
    /// Apply database migrations and exit (serve also applies them at start).
    Migrate,
    /// Fill an empty database with the demo organisation.
    Demo(demo::Args),
    /// Manage accounts: create, reset a password, grant a site role.
    Users(users::Args),
    /// Rebuild this node's search index from the database (with the server stopped).
    Reindex(reindex::Args),
    /// Import or export the content folder (Markdown pages with front matter).
    Content(content::Args),
    /// Compute a run or control chart (run, i, mr, p, u, c) from a CSV file and print it as
    /// JSON, optionally drawing it as SVG; needs no database.
    Chart(chart::Args),
    /// Write a consistent copy of the whole database to a file, while the hub keeps serving.
    Backup(backup::Args),
    /// Load a backup into an empty database (or replace everything with --force).
    Restore(restore::Args),
    /// Import people, their places and team roles from an HR export (`lmp import people FILE.csv`).
    Import(import::Args),
}

/// Where the database is, as every subcommand needs it.
pub struct Database {
    pub url: Option<String>,
    pub data_dir: PathBuf,
}

impl Database {
    pub async fn open(&self) -> anyhow::Result<lmp_store::Store> {
        lmp_store::Store::open(self.url.as_deref(), &self.data_dir)
            .await
            .map_err(|e| anyhow::anyhow!("cannot open the database: {e}"))
    }
}

#[tokio::main]
async fn main() -> std::process::ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("LMP_LOG")
                .unwrap_or_else(|_| "info,sqlx=warn".into()),
        )
        .with_target(false)
        .init();
    let cli = Cli::parse();
    let database = Database {
        url: cli.database_url.filter(|u| !u.is_empty()),
        data_dir: cli.data_dir,
    };
    let result = match cli.command {
        Command::Serve(args) => serve::run(&database, *args).await,
        Command::Content(args) => content::run(&database, args).await,
        Command::Reindex(args) => reindex::run(&database, args).await,
        Command::Migrate => migrate::run(&database).await,
        Command::Demo(args) => demo::run(&database, args).await,
        Command::Users(args) => users::run(&database, args).await,
        Command::Chart(args) => chart::run(args),
        Command::Backup(args) => backup::run(&database, args).await,
        Command::Restore(args) => restore::run(&database, args).await,
        Command::Import(args) => import::run(&database, args).await,
    };
    match result {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e:#}");
            std::process::ExitCode::FAILURE
        }
    }
}
