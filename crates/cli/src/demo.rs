//! `lmp demo`: fill an empty database with the demo organisation, with a progress bar.

use std::time::Instant;

use indicatif::{ProgressBar, ProgressStyle};
use lmp_store::demo::{DemoSummary, Scale, DEMO_ACCOUNTS};
use lmp_store::Store;

use crate::Database;

#[derive(clap::Args)]
pub struct Args {
    /// `full` is the reference organisation (~3,700 teams, ~188,000 people); `small` is quick.
    #[arg(long, default_value = "full", value_parser = ["full", "small"])]
    scale: String,
    /// The same seed always makes the same organisation.
    #[arg(long, default_value_t = 1)]
    seed: u64,
}

/// The demo accounts' password: `LMP_DEMO_PASSWORD`, or `partnership`.
pub fn demo_password() -> String {
    std::env::var("LMP_DEMO_PASSWORD")
        .ok()
        .filter(|p| !p.is_empty())
        .unwrap_or_else(|| "partnership".to_string())
}

/// Loads the demo into `store` and prints what was made and how to sign in.
pub async fn load(store: &Store, scale: Scale, seed: u64) -> anyhow::Result<DemoSummary> {
    let started = Instant::now();
    let password = demo_password();
    let hash = lmp_web::auth::password::hash(&password).map_err(|e| anyhow::anyhow!("{e:?}"))?;
    let bar = ProgressBar::new(0);
    bar.set_style(
        ProgressStyle::with_template("{msg} [{bar:40}] {percent:>3}% {pos}/{len} rows, {elapsed}")
            .unwrap_or_else(|_| ProgressStyle::default_bar())
            .progress_chars("=> "),
    );
    bar.set_message("Loading the demo organisation");
    let progress = |done: u64, total: u64| {
        bar.set_length(total);
        bar.set_position(done);
    };
    let summary = store.load_demo(scale, seed, &hash, &progress).await?;
    bar.finish();
    println!(
        "Demo organisation loaded in {:.1} s: {} regions, {} facilities, {} teams, {} people, {} roster roles.",
        started.elapsed().as_secs_f64(),
        summary.regions,
        summary.facilities,
        summary.teams,
        summary.people,
        summary.roles
    );
    print_accounts(&password);
    Ok(summary)
}

pub fn print_accounts(password: &str) {
    let shown = if std::env::var("LMP_DEMO_PASSWORD").is_ok_and(|p| !p.is_empty()) {
        "(the password in LMP_DEMO_PASSWORD)".to_string()
    } else {
        format!("password: {password}")
    };
    println!("Demo sign-ins, {shown}:");
    for (email, what) in DEMO_ACCOUNTS {
        println!("  {email:<22} {what}");
    }
}

pub async fn run(database: &Database, args: Args) -> anyhow::Result<()> {
    let scale = Scale::parse(&args.scale).unwrap_or(Scale::Full);
    let store = database.open().await?;
    load(&store, scale, args.seed).await?;
    store.close().await;
    Ok(())
}
