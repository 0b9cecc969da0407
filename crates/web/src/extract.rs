//! Axum's extractors with our rejection: a malformed path, query, form or JSON body becomes an
//! `AppError` and so a proper page or problem document, never axum's plain-text message.

use axum::extract::rejection::{FormRejection, JsonRejection, PathRejection, QueryRejection};
use axum::extract::{FromRequest, FromRequestParts};
use lmp_domain::Msg;

use crate::error::AppError;

#[derive(FromRequestParts)]
#[from_request(via(axum::extract::Path), rejection(AppError))]
pub struct Path<T>(pub T);

#[derive(FromRequestParts)]
#[from_request(via(axum::extract::Query), rejection(AppError))]
pub struct Query<T>(pub T);

#[derive(FromRequest)]
#[from_request(via(axum::Form), rejection(AppError))]
pub struct Form<T>(pub T);

#[derive(FromRequest)]
#[from_request(via(axum::Json), rejection(AppError))]
pub struct Json<T>(pub T);

/// A form posted either URL-encoded or as `multipart/form-data` (with a file), read into its
/// text fields by name. A chosen file counts as a field holding the file's text: it must be
/// UTF-8 (a leading byte-order mark, as spreadsheets write it, is dropped); an empty file input
/// (nothing chosen) is left out, so it does not hide a pasted field of the same name.
pub struct TextForm(pub std::collections::BTreeMap<String, String>);

impl TextForm {
    pub fn get(&self, name: &str) -> &str {
        self.0.get(name).map(String::as_str).unwrap_or("")
    }
}

impl<S: Send + Sync> FromRequest<S> for TextForm {
    type Rejection = AppError;

    async fn from_request(request: axum::extract::Request, state: &S) -> Result<Self, AppError> {
        let multipart = request
            .headers()
            .get(axum::http::header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.starts_with("multipart/form-data"));
        if !multipart {
            let Form(fields) = Form::from_request(request, state).await?;
            return Ok(TextForm(fields));
        }
        let unreadable = |e: axum::extract::multipart::MultipartError| {
            if e.status() == axum::http::StatusCode::PAYLOAD_TOO_LARGE {
                return too_large();
            }
            AppError::BadRequest(Msg::new("error-upload-unreadable").text("why", e.body_text()))
        };
        let mut form = axum::extract::Multipart::from_request(request, state)
            .await
            .map_err(|e| {
                AppError::BadRequest(Msg::new("error-upload-unreadable").text("why", e.body_text()))
            })?;
        let mut fields = std::collections::BTreeMap::new();
        while let Some(field) = form.next_field().await.map_err(unreadable)? {
            let Some(name) = field.name().map(str::to_string) else {
                continue;
            };
            let is_file = field.file_name().is_some();
            let bytes = field.bytes().await.map_err(unreadable)?;
            if is_file && bytes.is_empty() {
                continue;
            }
            let text = String::from_utf8(bytes.to_vec())
                .map_err(|_| AppError::BadRequest(Msg::new("error-upload-not-utf8")))?;
            let text = text
                .strip_prefix('\u{feff}')
                .map(str::to_string)
                .unwrap_or(text);
            fields.insert(name, text);
        }
        Ok(TextForm(fields))
    }
}

/// A body over the limit: said plainly, with 413 so scripts can tell it from a bad field.
pub fn too_large() -> AppError {
    AppError::TooLarge(Msg::new("error-too-large"))
}

impl From<PathRejection> for AppError {
    fn from(rejection: PathRejection) -> AppError {
        AppError::NotFound(Msg::new("error-bad-path").text("why", rejection.body_text()))
    }
}

impl From<QueryRejection> for AppError {
    fn from(rejection: QueryRejection) -> AppError {
        AppError::BadRequest(Msg::new("error-bad-query").text("why", rejection.body_text()))
    }
}

impl From<FormRejection> for AppError {
    fn from(rejection: FormRejection) -> AppError {
        if rejection.status() == axum::http::StatusCode::PAYLOAD_TOO_LARGE {
            return too_large();
        }
        AppError::BadRequest(Msg::new("error-bad-form").text("why", rejection.body_text()))
    }
}

impl From<JsonRejection> for AppError {
    fn from(rejection: JsonRejection) -> AppError {
        if rejection.status() == axum::http::StatusCode::PAYLOAD_TOO_LARGE {
            return too_large();
        }
        AppError::BadRequest(Msg::new("error-bad-json").text("why", rejection.body_text()))
    }
}

impl<T: serde::Serialize> axum::response::IntoResponse for Json<T> {
    fn into_response(self) -> axum::response::Response {
        axum::Json(self.0).into_response()
    }
}
