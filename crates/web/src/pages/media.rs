//! Images for content pages: the editors' upload form and list (`/content/images`, newest
//! first, each with the Markdown line that shows it), and the images themselves at
//! `/media/{id}` and `/media/{id}/thumb`.
//!
//! Who sees an image: editors see every one (they write the drafts that use them); anyone else
//! signed in sees an image that a published page shows, the same people who read the page.
//! Nobody sees anything without signing in, like the pages. Decoding and resizing is
//! `crate::media`, run on the blocking pool.

use askama::Template;
use axum::extract::{FromRequest, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use lmp_domain::{FieldErrors, Msg, PageRequest};
use lmp_store::media::{ImageRow, NewImage};
use serde::Deserialize;

use super::{render, render_with};
use crate::auth::{CurrentUser, Session, User};
use crate::error::{AppError, AppResult};
use crate::extract::{Path, Query};
use crate::i18n::{self, Arg, FormErrors, Lang};
use crate::markdown;
use crate::media::{self, megabytes};
use crate::names;
use crate::state::AppState;
use crate::views::{Layout, Pager};

/// The largest upload form read (the image and the few fields around it); the session
/// middleware reads forms up to this size from signed-in people to find their CSRF token.
pub const FORM_LIMIT: usize = media::MAX_BYTES + 4 * 1024 * 1024;
/// The longest alt text: a description, not an essay (that belongs in the page's text).
const ALT_MAX: usize = 250;
/// Served images never change (a new upload gets a new id), so browsers keep them; `private`
/// because who may see one depends on who asks.
const CACHE: &str = "private, max-age=31536000, immutable";

fn require_editor(user: &User) -> AppResult<()> {
    if user.actor.can_edit_content() {
        Ok(())
    } else {
        Err(AppError::Forbidden(Msg::new("images-editors-only")))
    }
}

/// The Markdown that shows image `id` with `alt` as its description, with the characters
/// Markdown would read as markup escaped so the description arrives as written.
pub fn markdown_line(alt: &str, id: i64) -> String {
    let mut escaped = String::with_capacity(alt.len());
    for c in alt.chars() {
        if matches!(
            c,
            '\\' | '[' | ']' | '*' | '_' | '`' | '<' | '>' | '&' | '~'
        ) {
            escaped.push('\\');
        }
        escaped.push(c);
    }
    format!("![{escaped}](/media/{id})")
}

// ---------------------------------------------------------------------------------------------
// The editors' page.

struct Card {
    id: i64,
    alt: String,
    markdown: String,
    /// "1600 × 900 pixels"
    pixels: String,
    thumb_width: i64,
    thumb_height: i64,
    kind: &'static str,
    size: String,
    /// "uploaded 3 December 2026 by Sam Lee"
    uploaded: String,
    file_name: String,
}

impl Card {
    fn of(lang: Lang, row: ImageRow) -> Card {
        let by = row
            .uploader_name
            .unwrap_or_else(|| i18n::message(lang, "images-someone", &[]));
        Card {
            markdown: markdown_line(&row.alt, row.id),
            id: row.id,
            pixels: i18n::message(
                lang,
                "images-pixels",
                &[
                    ("width", Arg::Number(row.width)),
                    ("height", Arg::Number(row.height)),
                ],
            ),
            thumb_width: row.thumb_width,
            thumb_height: row.thumb_height,
            kind: if row.content_type == "image/png" {
                "PNG"
            } else {
                "JPEG"
            },
            size: megabytes(usize::try_from(row.display_bytes).unwrap_or(0)),
            uploaded: i18n::message(
                lang,
                "images-uploaded-by",
                &[
                    ("date", Arg::Text(&names::date(lang, row.created_at))),
                    ("name", Arg::Text(&by)),
                ],
            ),
            file_name: row.file_name,
            alt: row.alt,
        }
    }
}

#[derive(Template)]
#[template(path = "content_images.html")]
struct ImagesPage {
    layout: Layout,
    rows: Vec<Card>,
    pager: Pager,
    /// The image just uploaded: its Markdown line, shown at the top.
    uploaded: Option<String>,
    alt: String,
    errors: FormErrors,
    max_size: String,
    display_max: u32,
}

#[derive(Deserialize, Default)]
pub struct ImagesQuery {
    page: Option<u32>,
    uploaded: Option<i64>,
}

async fn images_page(
    state: &AppState,
    session: &Session,
    page: Option<u32>,
    uploaded: Option<i64>,
    alt: String,
    errors: FieldErrors,
) -> AppResult<ImagesPage> {
    let rows = state
        .store
        .image_page(PageRequest::new(page, Some(24)))
        .await?;
    let pager = Pager::new(&rows, "/content/images", "");
    let uploaded = uploaded.and_then(|id| {
        rows.items
            .iter()
            .find(|r| r.id == id)
            .map(|r| markdown_line(&r.alt, r.id))
    });
    let layout = Layout::titled(session, "images-title", "content");
    Ok(ImagesPage {
        errors: layout.errors(&errors),
        layout,
        rows: rows
            .items
            .into_iter()
            .map(|r| Card::of(session.lang, r))
            .collect(),
        pager,
        uploaded,
        alt,
        max_size: megabytes(media::MAX_BYTES),
        display_max: media::DISPLAY_MAX,
    })
}

pub async fn library(
    State(state): State<AppState>,
    session: Session,
    CurrentUser(user): CurrentUser,
    Query(q): Query<ImagesQuery>,
) -> AppResult<Response> {
    require_editor(&user)?;
    render(
        &images_page(
            &state,
            &session,
            q.page,
            q.uploaded,
            String::new(),
            FieldErrors::new(),
        )
        .await?,
    )
}

/// The upload form as posted (`multipart/form-data`): the description and the chosen file.
pub struct Upload {
    alt: String,
    file_name: String,
    bytes: Vec<u8>,
}

impl<S: Send + Sync> FromRequest<S> for Upload {
    type Rejection = AppError;

    async fn from_request(request: axum::extract::Request, state: &S) -> Result<Self, AppError> {
        let unreadable = |e: axum::extract::multipart::MultipartError| {
            AppError::BadRequest(Msg::new("error-upload-unreadable").text("why", e.body_text()))
        };
        let mut form = axum::extract::Multipart::from_request(request, state)
            .await
            .map_err(|e| {
                AppError::BadRequest(Msg::new("images-send-with-form").text("why", e.body_text()))
            })?;
        let mut upload = Upload {
            alt: String::new(),
            file_name: String::new(),
            bytes: Vec::new(),
        };
        while let Some(field) = form.next_field().await.map_err(unreadable)? {
            match field.name() {
                Some("alt") => upload.alt = field.text().await.map_err(unreadable)?,
                Some("image") => {
                    upload.file_name = field
                        .file_name()
                        .unwrap_or_default()
                        .chars()
                        .take(200)
                        .collect();
                    upload.bytes = field.bytes().await.map_err(unreadable)?.to_vec();
                }
                _ => {}
            }
        }
        Ok(upload)
    }
}

pub async fn upload(
    State(state): State<AppState>,
    session: Session,
    CurrentUser(user): CurrentUser,
    upload: Upload,
) -> AppResult<Response> {
    require_editor(&user)?;
    let alt = upload.alt.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut errors = FieldErrors::new();
    if alt.is_empty() {
        errors.add("alt", "images-error-alt-missing");
    } else if alt.chars().count() > ALT_MAX {
        errors.add(
            "alt",
            Msg::new("images-error-alt-long").number("count", ALT_MAX),
        );
    }
    if upload.bytes.is_empty() {
        errors.add("image", "images-error-no-file");
    }
    let original_bytes = i64::try_from(upload.bytes.len()).unwrap_or(i64::MAX);
    let processed = if errors.is_empty() {
        let bytes = upload.bytes;
        let result = tokio::task::spawn_blocking(move || media::process(&bytes))
            .await
            .map_err(|e| AppError::Internal(format!("image processing stopped: {e}")))?;
        match result {
            Ok(processed) => Some(processed),
            Err(refusal) => {
                errors.add("image", refusal.message());
                None
            }
        }
    } else {
        None
    };
    let Some(image) = processed else {
        let page = images_page(&state, &session, None, None, alt, errors).await?;
        return render_with(StatusCode::UNPROCESSABLE_ENTITY, &page);
    };
    let id = state
        .store
        .save_image(
            &NewImage {
                alt,
                file_name: upload.file_name.clone(),
                content_type: image.content_type.to_string(),
                width: i64::from(image.width),
                height: i64::from(image.height),
                data: image.data,
                thumb_width: i64::from(image.thumb_width),
                thumb_height: i64::from(image.thumb_height),
                thumb: image.thumb,
                original_bytes,
            },
            user.person.id,
        )
        .await?;
    state
        .store
        .audit(
            Some(user.person.id),
            "image.upload",
            "image",
            Some(id),
            &format!(
                "{} → {} {}×{}",
                upload.file_name, image.content_type, image.width, image.height
            ),
        )
        .await?;
    Ok(Redirect::to(&format!("/content/images?uploaded={id}")).into_response())
}

// ---------------------------------------------------------------------------------------------
// Serving.

/// True when a published page shows image `id` (at either size): its readers may see it.
async fn shown_on_a_published_page(state: &AppState, id: i64) -> AppResult<bool> {
    let address = format!("/media/{id}");
    let shown = [
        format!("src=\"{address}\""),
        format!("src=\"{address}/thumb\""),
    ];
    Ok(state
        .store
        .published_bodies_mentioning(&address)
        .await?
        .iter()
        .any(|body| {
            let html = markdown::to_html(body);
            shown.iter().any(|s| html.contains(s.as_str()))
        }))
}

async fn serve(state: &AppState, user: &User, id: i64, thumb: bool) -> AppResult<Response> {
    if !user.actor.can_edit_content() && !shown_on_a_published_page(state, id).await? {
        return Err(AppError::NotFound(Msg::new("images-no-such-image")));
    }
    let image = state.store.image_bytes(id, thumb).await?;
    let mut response = image.bytes.into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_str(&image.content_type)
            .unwrap_or(HeaderValue::from_static("application/octet-stream")),
    );
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static(CACHE));
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    Ok(response)
}

pub async fn show(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    serve(&state, &user, id, false).await
}

pub async fn thumb(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    serve(&state, &user, id, true).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_markdown_line_keeps_the_description_as_written() {
        assert_eq!(
            markdown_line("Co-leads at the board", 7),
            "![Co-leads at the board](/media/7)"
        );
        let line = markdown_line("The [old] *sign* \\ & <b>", 3);
        let html = markdown::to_html(&line);
        assert!(
            html.contains("alt=\"The [old] *sign* \\ &amp; &lt;b&gt;\""),
            "{line} → {html}"
        );
    }
}
