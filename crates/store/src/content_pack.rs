//! The starter content pack: the Markdown pages in the repository's `content/` folder,
//! compiled into the binary so that a fresh hub has them without any files beside it. Loaded
//! once, when the hub finds no content at all.

use include_dir::{include_dir, Dir};
use lmp_domain::content::{parse_file, PageFile};

use crate::{Store, StoreError, StoreResult};

static PACK: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/../../content");

/// Every page of the pack, or each bad file with its problems (a broken pack is a build
/// mistake, found by the tests).
pub fn starter_pages() -> Result<Vec<PageFile>, Vec<String>> {
    let mut pages = Vec::new();
    let mut problems = Vec::new();
    let mut files: Vec<_> = PACK
        .files()
        .filter(|f| f.path().extension().is_some_and(|e| e == "md"))
        .filter(|f| {
            f.path()
                .file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.chars().next().is_some_and(|c| c.is_ascii_lowercase()))
        })
        .collect();
    files.sort_by_key(|f| f.path());
    for file in files {
        let name = file.path().display().to_string();
        match file.contents_utf8().map(parse_file) {
            Some(Ok(page)) => pages.push(page),
            Some(Err(errors)) => {
                problems.extend(errors.into_iter().map(|e| format!("{name}: {e}")))
            }
            None => problems.push(format!("{name}: not UTF-8 text")),
        }
    }
    if problems.is_empty() {
        Ok(pages)
    } else {
        Err(problems)
    }
}

impl Store {
    /// Loads the starter pack when the hub holds no content yet.
    pub async fn ensure_starter_content(&self) -> StoreResult<()> {
        let count: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM content_pages")
            .fetch_one(self.pool())
            .await?;
        if count > 0 {
            return Ok(());
        }
        let pages = starter_pages().map_err(|p| {
            StoreError::Config(format!("the starter content is broken: {}", p.join("; ")))
        })?;
        self.import_content(&pages, None).await?;
        Ok(())
    }
}
