//! Content pages with every revision kept, imports from the content folder (all or nothing,
//! unchanged pages left alone), scheduled publishing, "was it helpful?" answers and the log
//! of searches. The file format and its checks are `lmp_domain::content`.

use std::collections::BTreeMap;

use lmp_domain::content::{to_file, ContentType, PageFile, PageMeta};
use lmp_domain::{Page, PageRequest};
use serde::Serialize;

use crate::{now, Store, StoreError, StoreResult};

#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct ContentRow {
    pub id: i64,
    pub slug: String,
    pub kind: String,
    pub language: String,
    pub translation_of: Option<String>,
    pub title: String,
    pub summary: String,
    pub body: String,
    pub compass: String,
    pub topics: String,
    pub audience: String,
    pub extra: String,
    pub status: String,
    pub publish_at: Option<i64>,
    pub published_at: Option<i64>,
    pub created_at: i64,
    pub updated_at: i64,
}

fn split(list: &str) -> Vec<String> {
    list.split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

impl ContentRow {
    /// The page as a content file.
    pub fn to_page_file(&self) -> PageFile {
        PageFile {
            meta: PageMeta {
                slug: self.slug.clone(),
                title: self.title.clone(),
                kind: ContentType::parse(&self.kind).unwrap_or(ContentType::Page),
                summary: self.summary.clone(),
                compass: split(&self.compass),
                topics: split(&self.topics),
                audience: split(&self.audience),
                language: self.language.clone(),
                translation_of: self.translation_of.clone(),
                extra: serde_json::from_str(&self.extra).unwrap_or_default(),
            },
            body: self.body.clone(),
        }
    }

    pub fn compass_list(&self) -> Vec<String> {
        split(&self.compass)
    }

    pub fn topic_list(&self) -> Vec<String> {
        split(&self.topics)
    }

    pub fn audience_list(&self) -> Vec<String> {
        split(&self.audience)
    }

    pub fn extra_map(&self) -> BTreeMap<String, String> {
        serde_json::from_str(&self.extra).unwrap_or_default()
    }

    pub fn is_published(&self) -> bool {
        self.status == "published"
    }
}

#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct Revision {
    pub number: i64,
    pub file: String,
    pub author_name: Option<String>,
    pub note: String,
    pub created_at: i64,
}

/// What an import did.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct ImportSummary {
    pub created: usize,
    pub updated: usize,
    pub unchanged: usize,
}

/// Which pages to list.
#[derive(Debug, Clone, Default)]
pub struct ContentFilter {
    pub kind: Option<String>,
    pub topic: Option<String>,
    pub compass: Option<String>,
    pub audience: Option<String>,
    pub language: Option<String>,
    /// Drafts and scheduled pages too (editors).
    pub unpublished: bool,
}

/// Editors' view of how helpful a page is.
#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct HelpfulRow {
    pub slug: String,
    pub title: String,
    pub helpful: i64,
    pub not_helpful: i64,
    pub comments: i64,
}

const COLUMNS: &str = "id, slug, kind, language, translation_of, title, summary, body, compass, topics, audience, extra, \
     status, publish_at, published_at, created_at, updated_at FROM content_pages";

/// Writes one page (new or changed) and its revision inside `tx`. Returns the page id and
/// whether anything changed.
async fn write_page(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    page: &PageFile,
    status: &str,
    publish_at: Option<i64>,
    by: Option<i64>,
    note: &str,
) -> StoreResult<(i64, bool)> {
    let file = to_file(page);
    let at = now();
    let m = &page.meta;
    let existing: Option<(i64, String, String)> = sqlx::query_as(
        "SELECT p.id, p.status, COALESCE((SELECT r.file FROM content_revisions r WHERE r.page_id = p.id \
         ORDER BY r.number DESC LIMIT 1), '') FROM content_pages p WHERE p.slug = $1",
    )
    .bind(&m.slug)
    .fetch_optional(&mut **tx)
    .await?;
    let extra = serde_json::to_string(&m.extra).unwrap_or_else(|_| "{}".into());
    let published_at = (status == "published").then_some(at);
    let id = match &existing {
        Some((id, old_status, old_file)) if *old_file == file && old_status == status => {
            return Ok((*id, false));
        }
        Some((id, _, _)) => {
            sqlx::query(
                "UPDATE content_pages SET kind = $1, language = $2, translation_of = $3, title = $4, summary = $5, \
                 body = $6, compass = $7, topics = $8, audience = $9, extra = $10, status = $11, publish_at = $12, \
                 published_at = CASE WHEN $11 = 'published' THEN COALESCE(published_at, $13) ELSE published_at END, \
                 updated_at = $14 WHERE id = $15",
            )
            .bind(m.kind.code())
            .bind(&m.language)
            .bind(m.translation_of.as_deref())
            .bind(&m.title)
            .bind(&m.summary)
            .bind(&page.body)
            .bind(m.compass.join(","))
            .bind(m.topics.join(","))
            .bind(m.audience.join(","))
            .bind(&extra)
            .bind(status)
            .bind(publish_at)
            .bind(published_at)
            .bind(at)
            .bind(id)
            .execute(&mut **tx)
            .await?;
            *id
        }
        None => sqlx::query_scalar(
            "INSERT INTO content_pages (slug, kind, language, translation_of, title, summary, body, compass, topics, \
             audience, extra, status, publish_at, published_at, created_by, created_at, updated_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $16) RETURNING id",
        )
        .bind(&m.slug)
        .bind(m.kind.code())
        .bind(&m.language)
        .bind(m.translation_of.as_deref())
        .bind(&m.title)
        .bind(&m.summary)
        .bind(&page.body)
        .bind(m.compass.join(","))
        .bind(m.topics.join(","))
        .bind(m.audience.join(","))
        .bind(&extra)
        .bind(status)
        .bind(publish_at)
        .bind(published_at)
        .bind(by)
        .bind(at)
        .fetch_one(&mut **tx)
        .await
        .map_err(StoreError::from_write)?,
    };
    let changed_text = existing.as_ref().is_none_or(|(_, _, old)| *old != file);
    if changed_text {
        sqlx::query(
            "INSERT INTO content_revisions (page_id, number, file, author_id, note, created_at) \
             VALUES ($1, COALESCE((SELECT MAX(number) FROM content_revisions WHERE page_id = $1), 0) + 1, $2, $3, $4, $5)",
        )
        .bind(id)
        .bind(&file)
        .bind(by)
        .bind(note)
        .bind(at)
        .execute(&mut **tx)
        .await?;
    }
    Ok((id, true))
}

impl Store {
    /// Imports pages in one transaction: new slugs are created, changed ones get a revision,
    /// identical ones are left alone. Imported pages are published.
    pub async fn import_content(
        &self,
        pages: &[PageFile],
        by: Option<i64>,
    ) -> StoreResult<ImportSummary> {
        let mut summary = ImportSummary::default();
        let mut tx = self.pool().begin().await?;
        for page in pages {
            let existed: Option<i64> =
                sqlx::query_scalar("SELECT id FROM content_pages WHERE slug = $1")
                    .bind(&page.meta.slug)
                    .fetch_optional(&mut *tx)
                    .await?;
            let (_, changed) = write_page(&mut tx, page, "published", None, by, "imported").await?;
            match (existed.is_some(), changed) {
                (false, _) => summary.created += 1,
                (true, true) => summary.updated += 1,
                (true, false) => summary.unchanged += 1,
            }
        }
        tx.commit().await?;
        Ok(summary)
    }

    /// Saves a page from the editor: a draft, published now, or scheduled for `publish_at`.
    pub async fn save_content(
        &self,
        page: &PageFile,
        status: &str,
        publish_at: Option<i64>,
        by: i64,
        note: &str,
    ) -> StoreResult<i64> {
        let mut tx = self.pool().begin().await?;
        let (id, _) = write_page(&mut tx, page, status, publish_at, Some(by), note).await?;
        tx.commit().await?;
        Ok(id)
    }

    /// Publishes scheduled pages whose time has come; returns how many. Cheap, so readers call
    /// it before listing (every node does, so no timer is needed): it only reads unless a page
    /// is due, so page views do not queue behind other writers for SQLite's write lock.
    pub async fn publish_due_content(&self) -> StoreResult<u64> {
        let at = now();
        let due: Option<i64> = sqlx::query_scalar(
            "SELECT id FROM content_pages WHERE status = 'scheduled' AND publish_at <= $1 LIMIT 1",
        )
        .bind(at)
        .fetch_optional(self.pool())
        .await?;
        if due.is_none() {
            return Ok(0);
        }
        Ok(sqlx::query(
            "UPDATE content_pages SET status = 'published', published_at = $1, updated_at = $1 \
             WHERE status = 'scheduled' AND publish_at <= $1",
        )
        .bind(at)
        .execute(self.pool())
        .await?
        .rows_affected())
    }

    pub async fn content_page(&self, slug: &str) -> StoreResult<ContentRow> {
        sqlx::query_as(&format!("SELECT {COLUMNS} WHERE slug = $1"))
            .bind(slug)
            .fetch_optional(self.pool())
            .await?
            .ok_or(StoreError::NotFound("page"))
    }

    pub async fn content_page_by_id(&self, id: i64) -> StoreResult<ContentRow> {
        sqlx::query_as(&format!("SELECT {COLUMNS} WHERE id = $1"))
            .bind(id)
            .fetch_optional(self.pool())
            .await?
            .ok_or(StoreError::NotFound("page"))
    }

    /// Pages that translate `slug`, and the page it translates if it is one.
    pub async fn content_translations(&self, slug: &str) -> StoreResult<Vec<(String, String)>> {
        Ok(sqlx::query_as(
            "SELECT slug, language FROM content_pages WHERE status = 'published' AND \
             (translation_of = $1 OR slug = (SELECT translation_of FROM content_pages WHERE slug = $1)) ORDER BY language",
        )
        .bind(slug)
        .fetch_all(self.pool())
        .await?)
    }

    pub async fn content_pages(
        &self,
        filter: &ContentFilter,
        page: PageRequest,
    ) -> StoreResult<Page<ContentRow>> {
        let like = |v: &Option<String>| {
            v.as_ref().map_or(String::new(), |v| {
                format!("%,{},%", crate::people::like_escaped(&v.to_lowercase()))
            })
        };
        let clause =
            "($1 = '' OR kind = $1) AND ($2 = '' OR ',' || topics || ',' LIKE $2 ESCAPE '\\') \
             AND ($3 = '' OR ',' || compass || ',' LIKE $3 ESCAPE '\\') \
             AND ($4 = '' OR ',' || audience || ',' LIKE $4 ESCAPE '\\') \
             AND ($5 = '' OR language = $5) AND ($6 = 1 OR status = 'published')";
        let sql = format!(
            "SELECT {COLUMNS} WHERE {clause} ORDER BY title, id LIMIT {} OFFSET {}",
            page.limit(),
            page.offset()
        );
        let items = sqlx::query_as::<_, ContentRow>(&sql)
            .bind(filter.kind.clone().unwrap_or_default())
            .bind(like(&filter.topic))
            .bind(like(&filter.compass))
            .bind(like(&filter.audience))
            .bind(filter.language.clone().unwrap_or_default())
            .bind(i64::from(filter.unpublished))
            .fetch_all(self.pool())
            .await?;
        let total: i64 = sqlx::query_scalar(&format!(
            "SELECT COUNT(*) FROM content_pages WHERE {clause}"
        ))
        .bind(filter.kind.clone().unwrap_or_default())
        .bind(like(&filter.topic))
        .bind(like(&filter.compass))
        .bind(like(&filter.audience))
        .bind(filter.language.clone().unwrap_or_default())
        .bind(i64::from(filter.unpublished))
        .fetch_one(self.pool())
        .await?;
        Ok(Page::new(items, page, total))
    }

    /// Every page, for export and for the search index.
    pub async fn all_content(&self) -> StoreResult<Vec<ContentRow>> {
        Ok(sqlx::query_as(&format!("SELECT {COLUMNS} ORDER BY slug"))
            .fetch_all(self.pool())
            .await?)
    }

    /// The topics in use, for the filters.
    pub async fn content_topics(&self) -> StoreResult<Vec<String>> {
        let rows: Vec<String> =
            sqlx::query_scalar("SELECT topics FROM content_pages WHERE status = 'published'")
                .fetch_all(self.pool())
                .await?;
        let mut topics: Vec<String> = rows.iter().flat_map(|t| split(t)).collect();
        topics.sort();
        topics.dedup();
        Ok(topics)
    }

    pub async fn content_revisions(&self, page_id: i64) -> StoreResult<Vec<Revision>> {
        Ok(sqlx::query_as(
            "SELECT r.number, r.file, p.name AS author_name, r.note, r.created_at FROM content_revisions r \
             LEFT JOIN people p ON p.id = r.author_id WHERE r.page_id = $1 ORDER BY r.number DESC",
        )
        .bind(page_id)
        .fetch_all(self.pool())
        .await?)
    }

    /// Records a person's answer to "was it helpful?" (changing it if given before).
    pub async fn set_helpful(
        &self,
        page_id: i64,
        person_id: i64,
        helpful: bool,
        comment: &str,
    ) -> StoreResult<()> {
        sqlx::query(
            "INSERT INTO content_feedback (page_id, person_id, helpful, comment, updated_at) VALUES ($1, $2, $3, $4, $5) \
             ON CONFLICT (page_id, person_id) DO UPDATE SET helpful = excluded.helpful, \
             comment = CASE WHEN excluded.comment = '' THEN content_feedback.comment ELSE excluded.comment END, \
             updated_at = excluded.updated_at",
        )
        .bind(page_id)
        .bind(person_id)
        .bind(i64::from(helpful))
        .bind(comment)
        .bind(now())
        .execute(self.pool())
        .await?;
        Ok(())
    }

    /// How many found the page helpful, and this person's answer.
    pub async fn helpful(&self, page_id: i64, person_id: i64) -> StoreResult<(i64, Option<bool>)> {
        let count: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM content_feedback WHERE page_id = $1 AND helpful = 1",
        )
        .bind(page_id)
        .fetch_one(self.pool())
        .await?;
        let mine: Option<i64> = sqlx::query_scalar(
            "SELECT helpful FROM content_feedback WHERE page_id = $1 AND person_id = $2",
        )
        .bind(page_id)
        .bind(person_id)
        .fetch_optional(self.pool())
        .await?;
        Ok((count, mine.map(|h| h != 0)))
    }

    /// Every page with answers, the least helpful first.
    pub async fn helpful_report(&self) -> StoreResult<Vec<HelpfulRow>> {
        Ok(sqlx::query_as(
            "SELECT p.slug, p.title, \
             COALESCE(SUM(CASE WHEN f.helpful = 1 THEN 1 ELSE 0 END), 0) AS helpful, \
             COALESCE(SUM(CASE WHEN f.helpful = 0 THEN 1 ELSE 0 END), 0) AS not_helpful, \
             COALESCE(SUM(CASE WHEN f.comment <> '' THEN 1 ELSE 0 END), 0) AS comments \
             FROM content_pages p JOIN content_feedback f ON f.page_id = p.id \
             GROUP BY p.slug, p.title ORDER BY not_helpful DESC, helpful, p.slug LIMIT 200",
        )
        .fetch_all(self.pool())
        .await?)
    }

    pub async fn log_search(&self, query: &str, results: i64) -> StoreResult<()> {
        sqlx::query("INSERT INTO search_log (query, results, at) VALUES ($1, $2, $3)")
            .bind(query)
            .bind(results)
            .bind(now())
            .execute(self.pool())
            .await?;
        Ok(())
    }

    /// What people searched for and did not find in the last `days` days, most asked first.
    pub async fn searches_not_found(&self, days: i64) -> StoreResult<Vec<(String, i64)>> {
        Ok(sqlx::query_as(
            "SELECT LOWER(query) AS q, COUNT(*) AS n FROM search_log WHERE results = 0 AND at >= $1 \
             GROUP BY LOWER(query) ORDER BY n DESC, q LIMIT 50",
        )
        .bind(now() - days * 86_400)
        .fetch_all(self.pool())
        .await?)
    }
}
