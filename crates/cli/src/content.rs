//! `lmp content import DIR` and `lmp content export DIR`: the content folder as Markdown files
//! with front matter. Import checks every file first and writes nothing unless all are good
//! (each bad file is named with its problems); pages that did not change are left alone, so
//! importing the same folder twice changes nothing.

use std::path::{Path, PathBuf};

use anyhow::Context;
use lmp_domain::content::{parse_file, to_file, PageFile};

use crate::Database;

#[derive(clap::Args)]
pub struct Args {
    #[command(subcommand)]
    action: Action,
}

#[derive(clap::Subcommand)]
enum Action {
    /// Read every `*.md` page in DIR into the hub (all or nothing).
    Import { dir: PathBuf },
    /// Write every page of the hub into DIR as `<slug>.md`.
    Export { dir: PathBuf },
}

pub async fn run(database: &Database, args: Args) -> anyhow::Result<()> {
    match args.action {
        Action::Import { dir } => import(database, &dir).await,
        Action::Export { dir } => export(database, &dir).await,
    }
}

/// The pages of a folder, or every problem of every bad file.
pub fn read_dir(dir: &Path) -> anyhow::Result<Result<Vec<PageFile>, Vec<String>>> {
    let mut names: Vec<PathBuf> = std::fs::read_dir(dir)
        .with_context(|| format!("cannot read the folder {}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "md"))
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.chars().next().is_some_and(|c| c.is_ascii_lowercase()))
        })
        .collect();
    names.sort();
    let mut pages = Vec::new();
    let mut problems = Vec::new();
    let mut seen = std::collections::HashMap::new();
    for path in names {
        let name = path.display().to_string();
        let text = match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(e) => {
                problems.push(format!("{name}: cannot be read as UTF-8 text ({e})"));
                continue;
            }
        };
        match parse_file(&text) {
            Ok(page) => {
                if let Some(other) = seen.insert(page.meta.slug.clone(), name.clone()) {
                    problems.push(format!(
                        "{name}: slug “{}” is also used by {other}",
                        page.meta.slug
                    ));
                }
                pages.push(page);
            }
            Err(errors) => problems.extend(errors.into_iter().map(|e| format!("{name}: {e}"))),
        }
    }
    for page in &pages {
        if let Some(original) = &page.meta.translation_of {
            if !pages.iter().any(|p| &p.meta.slug == original) {
                problems.push(format!(
                    "{}: translation_of names “{original}”, which is not in the folder",
                    page.meta.slug
                ));
            }
        }
    }
    Ok(if problems.is_empty() {
        Ok(pages)
    } else {
        Err(problems)
    })
}

async fn import(database: &Database, dir: &Path) -> anyhow::Result<()> {
    let pages = match read_dir(dir)? {
        Ok(pages) => pages,
        Err(problems) => {
            for p in &problems {
                eprintln!("{p}");
            }
            anyhow::bail!(
                "nothing was imported: {} problem{} in {}",
                problems.len(),
                if problems.len() == 1 { "" } else { "s" },
                dir.display()
            );
        }
    };
    let store = database.open().await?;
    let summary = store.import_content(&pages, None).await?;
    println!(
        "{} pages read: {} new, {} changed, {} unchanged. Run `lmp reindex` if a server is not running, \
         so search finds them (a running server picks them up at its next start).",
        pages.len(),
        summary.created,
        summary.updated,
        summary.unchanged
    );
    Ok(())
}

/// `<slug>.md`; a translation whose slug is its original's plus `-<language>` is written
/// beside it as `<original>.<language>.md`, as the content folder names them.
fn file_name(page: &PageFile) -> String {
    let m = &page.meta;
    match &m.translation_of {
        Some(original) if m.slug == format!("{original}-{}", m.language) => {
            format!("{original}.{}.md", m.language)
        }
        _ => format!("{}.md", m.slug),
    }
}

async fn export(database: &Database, dir: &Path) -> anyhow::Result<()> {
    let store = database.open().await?;
    std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let rows = store.all_content().await?;
    for row in &rows {
        let file = dir.join(file_name(&row.to_page_file()));
        std::fs::write(&file, to_file(&row.to_page_file()))
            .with_context(|| format!("cannot write {}", file.display()))?;
    }
    println!("{} pages written to {}", rows.len(), dir.display());
    Ok(())
}
