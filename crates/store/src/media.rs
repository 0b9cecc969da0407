//! Images for content pages: what the hub made from an editor's upload (a display size and a
//! thumbnail, already re-encoded by the web layer), the editors' list of them, and the one
//! question access needs — does a published page show this image?

use lmp_domain::{Page, PageRequest};

use crate::{now, Store, StoreError, StoreResult};

/// An image ready to store: both sizes encoded, the alt text checked.
#[derive(Debug, Clone)]
pub struct NewImage {
    pub alt: String,
    pub file_name: String,
    pub content_type: String,
    pub width: i64,
    pub height: i64,
    pub data: Vec<u8>,
    pub thumb_width: i64,
    pub thumb_height: i64,
    pub thumb: Vec<u8>,
    pub original_bytes: i64,
}

/// An image in the editors' list (without its bytes).
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ImageRow {
    pub id: i64,
    pub alt: String,
    pub file_name: String,
    pub content_type: String,
    pub width: i64,
    pub height: i64,
    pub thumb_width: i64,
    pub thumb_height: i64,
    pub display_bytes: i64,
    pub original_bytes: i64,
    pub uploaded_by: Option<i64>,
    pub uploader_name: Option<String>,
    pub created_at: i64,
}

/// The bytes of one size of an image, with their type.
#[derive(Debug, Clone)]
pub struct ImageBytes {
    pub content_type: String,
    pub bytes: Vec<u8>,
}

impl Store {
    /// Stores an uploaded image; returns its id.
    pub async fn save_image(&self, image: &NewImage, uploaded_by: i64) -> StoreResult<i64> {
        sqlx::query_scalar(
            "INSERT INTO images (alt, file_name, content_type, width, height, data, thumb_width, \
             thumb_height, thumb, original_bytes, uploaded_by, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id",
        )
        .bind(&image.alt)
        .bind(&image.file_name)
        .bind(&image.content_type)
        .bind(image.width)
        .bind(image.height)
        .bind(image.data.as_slice())
        .bind(image.thumb_width)
        .bind(image.thumb_height)
        .bind(image.thumb.as_slice())
        .bind(image.original_bytes)
        .bind(uploaded_by)
        .bind(now())
        .fetch_one(self.pool())
        .await
        .map_err(StoreError::from_write)
    }

    /// The images, newest first, without their bytes.
    pub async fn image_page(&self, page: PageRequest) -> StoreResult<Page<ImageRow>> {
        let items = sqlx::query_as(
            "SELECT i.id, i.alt, i.file_name, i.content_type, i.width, i.height, i.thumb_width, \
             i.thumb_height, CAST(LENGTH(i.data) AS BIGINT) AS display_bytes, i.original_bytes, i.uploaded_by, \
             p.name AS uploader_name, i.created_at \
             FROM images i LEFT JOIN people p ON p.id = i.uploaded_by \
             ORDER BY i.created_at DESC, i.id DESC LIMIT $1 OFFSET $2",
        )
        .bind(page.limit())
        .bind(page.offset())
        .fetch_all(self.pool())
        .await?;
        let total = sqlx::query_scalar("SELECT COUNT(*) FROM images")
            .fetch_one(self.pool())
            .await?;
        Ok(Page::new(items, page, total))
    }

    /// One size of an image: the display size, or the thumbnail when `thumb`.
    pub async fn image_bytes(&self, id: i64, thumb: bool) -> StoreResult<ImageBytes> {
        let sql = if thumb {
            "SELECT content_type, thumb FROM images WHERE id = $1"
        } else {
            "SELECT content_type, data FROM images WHERE id = $1"
        };
        let (content_type, bytes): (String, Vec<u8>) = sqlx::query_as(sql)
            .bind(id)
            .fetch_optional(self.pool())
            .await?
            .ok_or(StoreError::NotFound("image"))?;
        Ok(ImageBytes {
            content_type,
            bytes,
        })
    }

    /// The text of published pages that mention `needle` (an image's address): the
    /// candidates the web layer renders to see whether one of them shows the image.
    pub async fn published_bodies_mentioning(&self, needle: &str) -> StoreResult<Vec<String>> {
        let pattern = format!("%{}%", needle.replace(['%', '_'], ""));
        Ok(sqlx::query_scalar(
            "SELECT body FROM content_pages WHERE status = 'published' AND body LIKE $1 \
             ORDER BY id LIMIT 50",
        )
        .bind(pattern)
        .fetch_all(self.pool())
        .await?)
    }
}
