//! `lmp import people FILE.csv`: people, their facility and local, and their team roles from
//! an HR export. Prints the plan (counts and the first changes of each kind); applies it in
//! one transaction unless `--dry-run`; a file with any bad line changes nothing and every bad
//! line is printed. The plan itself is `lmp_domain::roster_import`.

use std::path::PathBuf;

use indicatif::{ProgressBar, ProgressStyle};
use lmp_domain::roster_import::{self as rules, Options, Plan, RowError, FORMAT_HELP};
use lmp_store::roster_import::Outcome;
use lmp_web::i18n::english;

use crate::Database;

#[derive(clap::Args)]
pub struct Args {
    #[command(subcommand)]
    what: What,
}

#[derive(clap::Subcommand)]
enum What {
    /// People, their facility, union local and team roles, from an HR export (CSV).
    #[command(after_help = FORMAT_HELP)]
    People(PeopleArgs),
}

#[derive(clap::Args)]
struct PeopleArgs {
    /// The CSV file (UTF-8; a byte-order mark is fine).
    file: PathBuf,
    /// Show what would change, and change nothing.
    #[arg(long)]
    dry_run: bool,
    /// The file is the whole organisation: people not in it are marked inactive.
    #[arg(long)]
    full: bool,
    /// How many changes of each kind to print (0 prints them all).
    #[arg(long, default_value_t = 20)]
    show: usize,
}

pub async fn run(database: &Database, args: Args) -> anyhow::Result<()> {
    match args.what {
        What::People(args) => people(database, args).await,
    }
}

async fn people(database: &Database, args: PeopleArgs) -> anyhow::Result<()> {
    let bytes = std::fs::read(&args.file)
        .map_err(|e| anyhow::anyhow!("cannot read {}: {e}", args.file.display()))?;
    let text = String::from_utf8(bytes).map_err(|_| {
        anyhow::anyhow!(
            "{} is not UTF-8 text; save it from the spreadsheet as “CSV UTF-8” and try again",
            args.file.display()
        )
    })?;
    let parsed = rules::parse(&text);
    let options = Options { full: args.full };
    let store = database.open().await?;
    let result = async {
        let plan = match store.plan_roster_import(&parsed, options).await? {
            Ok(plan) => plan,
            Err(errors) => return Err(refuse(&args, &errors)),
        };
        print_plan(&args, &plan);
        if plan.is_empty() {
            println!("No changes: the hub already matches the file.");
            return Ok(());
        }
        if args.dry_run {
            println!("Dry run: nothing was changed.");
            return Ok(());
        }
        let bar = ProgressBar::new(plan.changes() as u64);
        bar.set_style(
            ProgressStyle::with_template("{msg} [{bar:40}] {pos}/{len} changes, {elapsed}")
                .unwrap_or_else(|_| ProgressStyle::default_bar())
                .progress_chars("=> "),
        );
        bar.set_message("Applying");
        let progress = |done: u64, total: u64| {
            bar.set_length(total);
            bar.set_position(done);
        };
        let outcome = store
            .apply_roster_import(
                &parsed,
                options,
                Some(&plan.fingerprint()),
                None,
                &progress,
            )
            .await?;
        bar.finish_and_clear();
        match outcome {
            Outcome::Applied(plan, _) => {
                println!("Done: {}.", english(&plan.done_msg()));
                Ok(())
            }
            Outcome::Changed(plan) => {
                println!();
                println!("The hub changed while this ran; the plan is now:");
                print_plan(&args, &plan);
                Err(anyhow::anyhow!(
                    "nothing was changed, because the plan above is not the one shown first; run the import again"
                ))
            }
            Outcome::Invalid(errors) => Err(refuse(&args, &errors)),
        }
    }
    .await;
    store.close().await;
    result
}

/// Prints every bad line and says nothing was changed.
fn refuse(args: &PeopleArgs, errors: &[RowError]) -> anyhow::Error {
    eprintln!("{}:", args.file.display());
    for error in errors {
        eprintln!("  {}", english(&error.msg()));
    }
    anyhow::anyhow!(
        "{} in {} need{} attention; nothing was changed",
        if errors.len() == 1 {
            "1 line".to_string()
        } else {
            format!("{} lines", errors.len())
        },
        args.file.display(),
        if errors.len() == 1 { "s" } else { "" }
    )
}

fn print_plan(args: &PeopleArgs, plan: &Plan) {
    println!(
        "{}: {} people on {} lines{}.",
        args.file.display(),
        plan.people_in_file,
        plan.lines,
        if args.full {
            ", read as the whole organisation"
        } else {
            ""
        }
    );
    println!("Plan: {}.", english(&plan.summary_msg()));
    let limit = if args.show == 0 {
        usize::MAX
    } else {
        args.show
    };
    let section = |title: &str, items: Vec<String>| {
        if items.is_empty() {
            return;
        }
        println!("{title} ({}):", items.len());
        for item in items.iter().take(limit) {
            println!("  {item}");
        }
        if items.len() > limit {
            println!("  … and {} more", items.len() - limit);
        }
    };
    section(
        "People to add",
        plan.add
            .iter()
            .map(|p| format!("+ {} — {} (line {})", p.email, english(&p.summary), p.line))
            .collect(),
    );
    section(
        "People to update",
        plan.update
            .iter()
            .map(|p| {
                let changes: Vec<String> = p.changes.iter().map(|c| english(&c.msg())).collect();
                format!("~ {} — {} (line {})", p.email, changes.join("; "), p.line)
            })
            .collect(),
    );
    section(
        "People to mark inactive (not in the full export)",
        plan.departures
            .iter()
            .map(|p| format!("- {} — {}", p.email, p.name))
            .collect(),
    );
    section(
        "Team roles to add",
        plan.roles_added
            .iter()
            .map(|r| format!("+ {}", english(&r.msg())))
            .collect(),
    );
    section(
        "Team roles to end",
        plan.roles_ended
            .iter()
            .map(|r| format!("- {}", english(&r.msg())))
            .collect(),
    );
    for note in &plan.notes {
        println!("Note: {}", english(note));
    }
}
