//! The web layer's one error type, and the one place it becomes a response.
//!
//! A handler returns `AppError`; its `IntoResponse` only records what went wrong in a response
//! extension. The [`render_errors`] middleware then writes the body: an HTML page for people, a
//! `application/problem+json` document under `/api/`, a redirect to sign-in for pages that need
//! it. Internal details are logged, never shown.

use axum::extract::Request;
use axum::http::{header, HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{Html, IntoResponse, Redirect, Response};
use lmp_domain::FieldErrors;
use lmp_store::StoreError;
use serde::Serialize;

use crate::i18n::{self, Arg, Lang};

#[derive(Debug)]
pub enum AppError {
    /// Not signed in (or a bad API token).
    Unauthenticated,
    /// Signed in but not allowed: the message says why, without revealing data.
    Forbidden(String),
    NotFound(String),
    /// Nothing at this address (an unknown route, or a row the store does not have). The API
    /// gets the English detail given; a page says so in the reader's language.
    NoSuch(String),
    BadRequest(String),
    /// Field-level problems with a submission (API; pages re-render their form instead).
    Validation(FieldErrors),
    Conflict(String),
    TooManyRequests(String),
    /// A body larger than the route accepts.
    TooLarge(String),
    /// A state-changing request without a valid CSRF token.
    CsrfRejected,
    /// Something broke; the detail is logged, the user sees a generic message.
    Internal(String),
}

pub type AppResult<T> = Result<T, AppError>;

impl AppError {
    pub fn forbidden() -> AppError {
        AppError::Forbidden("You do not have access to this.".into())
    }

    pub fn status(&self) -> StatusCode {
        match self {
            AppError::Unauthenticated => StatusCode::UNAUTHORIZED,
            AppError::Forbidden(_) | AppError::CsrfRejected => StatusCode::FORBIDDEN,
            AppError::NotFound(_) | AppError::NoSuch(_) => StatusCode::NOT_FOUND,
            AppError::BadRequest(_) => StatusCode::BAD_REQUEST,
            AppError::Validation(_) => StatusCode::UNPROCESSABLE_ENTITY,
            AppError::Conflict(_) => StatusCode::CONFLICT,
            AppError::TooManyRequests(_) => StatusCode::TOO_MANY_REQUESTS,
            AppError::TooLarge(_) => StatusCode::PAYLOAD_TOO_LARGE,
            AppError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn title(&self) -> &'static str {
        match self {
            AppError::Unauthenticated => "Sign-in needed",
            AppError::Forbidden(_) => "Not allowed",
            AppError::CsrfRejected => "Missing or expired CSRF token",
            AppError::NotFound(_) | AppError::NoSuch(_) => "Not found",
            AppError::BadRequest(_) => "Bad request",
            AppError::Validation(_) => "Some fields need attention",
            AppError::Conflict(_) => "Conflict",
            AppError::TooManyRequests(_) => "Too many attempts",
            AppError::TooLarge(_) => "Too large",
            AppError::Internal(_) => "Something went wrong",
        }
    }

    /// The catalogue id of the title a page shows (`errors.ftl`).
    fn title_id(&self) -> &'static str {
        match self {
            AppError::Unauthenticated => "error-title-signin",
            AppError::Forbidden(_) => "error-title-forbidden",
            AppError::CsrfRejected => "error-title-csrf",
            AppError::NotFound(_) | AppError::NoSuch(_) => "error-title-not-found",
            AppError::BadRequest(_) => "error-title-bad-request",
            AppError::Validation(_) => "error-title-validation",
            AppError::Conflict(_) => "error-title-conflict",
            AppError::TooManyRequests(_) => "error-title-too-many",
            AppError::TooLarge(_) => "error-title-too-large",
            AppError::Internal(_) => "error-title-internal",
        }
    }

    /// The catalogue id of the detail a page shows when the hub, not a handler, wrote it.
    /// Handlers' messages are already in the reader's language.
    fn detail_id(&self) -> Option<&'static str> {
        match self {
            AppError::Unauthenticated => Some("error-detail-signin"),
            AppError::CsrfRejected => Some("error-detail-csrf"),
            AppError::NoSuch(_) => Some("error-detail-not-found"),
            AppError::Internal(_) => Some("error-detail-internal"),
            _ => None,
        }
    }

    fn detail(&self) -> String {
        match self {
            AppError::Unauthenticated => "Sign in to continue.".into(),
            AppError::CsrfRejected => {
                "The page you sent this from is out of date. Go back, reload the page and try again."
                    .into()
            }
            AppError::Forbidden(m)
            | AppError::NotFound(m)
            | AppError::NoSuch(m)
            | AppError::BadRequest(m)
            | AppError::Conflict(m)
            | AppError::TooManyRequests(m)
            | AppError::TooLarge(m) => m.clone(),
            AppError::Validation(errors) => errors
                .iter()
                .map(|(_, m)| m)
                .collect::<Vec<_>>()
                .join(" "),
            AppError::Internal(_) => {
                "The hub could not finish this request. It has been logged; please try again."
                    .into()
            }
        }
    }
}

impl From<StoreError> for AppError {
    fn from(error: StoreError) -> AppError {
        match error {
            StoreError::NotFound(what) => AppError::NoSuch(format!("No such {what}.")),
            StoreError::Conflict { constraint } => AppError::Conflict(format!(
                "That would duplicate existing data ({constraint})."
            )),
            other => AppError::Internal(other.to_string()),
        }
    }
}

impl From<askama::Error> for AppError {
    fn from(error: askama::Error) -> AppError {
        AppError::Internal(format!("template: {error}"))
    }
}

/// What a failed response carries until [`render_errors`] writes its body.
#[derive(Debug, Clone)]
pub struct ErrorInfo {
    pub status: StatusCode,
    /// In English, for the API's problem document.
    pub title: &'static str,
    /// The catalogue id of the title, for a page.
    pub title_id: &'static str,
    /// In English for the API, or a handler's message already in the reader's language.
    pub detail: String,
    /// The catalogue id a page shows instead of `detail` when the hub wrote it, with the
    /// `$count` the message may name.
    pub detail_id: Option<(&'static str, i64)>,
    pub errors: Vec<(String, String)>,
    pub unauthenticated: bool,
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        if let AppError::Internal(detail) = &self {
            tracing::error!(%detail, "request failed");
        }
        let info = ErrorInfo {
            status: self.status(),
            title: self.title(),
            title_id: self.title_id(),
            detail: self.detail(),
            detail_id: self.detail_id().map(|id| (id, 0)),
            errors: match &self {
                AppError::Validation(errors) => errors
                    .iter()
                    .map(|(f, m)| (f.to_string(), m.to_string()))
                    .collect(),
                _ => Vec::new(),
            },
            unauthenticated: matches!(self, AppError::Unauthenticated),
        };
        let mut response = info.status.into_response();
        response.extensions_mut().insert(info);
        response
    }
}

/// An RFC 9457 problem document.
#[derive(Serialize, utoipa::ToSchema)]
pub struct Problem {
    /// Always `about:blank`: the status and title say what kind of problem it is.
    #[serde(rename = "type")]
    pub kind: String,
    pub title: String,
    pub status: u16,
    pub detail: String,
    /// Field-level problems: field name to message.
    #[serde(skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub errors: std::collections::BTreeMap<String, String>,
}

#[derive(askama::Template)]
#[template(path = "error.html")]
struct ErrorPage<'a> {
    lang: Lang,
    title: String,
    detail: String,
    status: u16,
    errors: &'a [(String, String)],
}

impl ErrorPage<'_> {
    /// The catalogue's message `id` in the page's language.
    fn t(&self, id: &str) -> String {
        i18n::message(self.lang, id, &[])
    }
}

/// Writes the body of every error response, once, by what the client asked for. A page is in
/// the language the session middleware decided (it leaves it in the response), or, when the
/// request was refused before that, the language the browser asks for.
pub async fn render_errors(request: Request, next: Next) -> Response {
    let browser_lang = crate::auth::session::browser_lang(request.headers()).unwrap_or_default();
    let path = request.uri().path().to_string();
    let path_and_query = request
        .uri()
        .path_and_query()
        .map(|p| p.as_str().to_string())
        .unwrap_or_else(|| path.clone());
    let is_api = path.starts_with("/api/");
    let mut response = next.run(request).await;
    let Some(info) = response.extensions_mut().remove::<ErrorInfo>() else {
        return response;
    };
    let keep_headers = response.headers().clone();
    let mut rendered = if is_api {
        let problem = Problem {
            kind: "about:blank".into(),
            title: info.title.into(),
            status: info.status.as_u16(),
            detail: info.detail.clone(),
            errors: info.errors.iter().cloned().collect(),
        };
        let body = serde_json::to_string(&problem).unwrap_or_default();
        let mut response = (info.status, body).into_response();
        response.headers_mut().insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/problem+json"),
        );
        response
    } else if info.unauthenticated {
        let next =
            serde_urlencoded::to_string([("next", path_and_query.as_str())]).unwrap_or_default();
        Redirect::to(&format!("/signin?{next}")).into_response()
    } else {
        let lang = response
            .extensions()
            .get::<Lang>()
            .copied()
            .unwrap_or(browser_lang);
        let page = ErrorPage {
            lang,
            title: i18n::message(lang, info.title_id, &[]),
            detail: match info.detail_id {
                Some((id, count)) => i18n::message(lang, id, &[("count", Arg::Number(count))]),
                None => info.detail.clone(),
            },
            status: info.status.as_u16(),
            errors: &info.errors,
        };
        let body =
            askama::Template::render(&page).unwrap_or_else(|_| "Something went wrong.".to_string());
        (info.status, Html(body)).into_response()
    };
    for (name, value) in keep_headers.iter() {
        if name == header::SET_COOKIE || name == header::RETRY_AFTER {
            rendered.headers_mut().append(name, value.clone());
        }
    }
    rendered
}
