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
use lmp_domain::{FieldErrors, Msg};
use lmp_store::StoreError;
use serde::Serialize;

use crate::i18n::{self, Lang};

#[derive(Debug)]
pub enum AppError {
    /// Not signed in (or a bad API token).
    Unauthenticated,
    /// Signed in but not allowed: the message says why, without revealing data.
    Forbidden(Msg),
    NotFound(Msg),
    /// Nothing at this address (an unknown route, or a row the store does not have). The API
    /// gets the detail given; a page says so in general words.
    NoSuch(Msg),
    BadRequest(Msg),
    /// Field-level problems with a submission (API; pages re-render their form instead).
    Validation(FieldErrors),
    Conflict(Msg),
    TooManyRequests(Msg),
    /// A body larger than the route accepts.
    TooLarge(Msg),
    /// A state-changing request without a valid CSRF token.
    CsrfRejected,
    /// Something broke; the detail is logged, the user sees a generic message.
    Internal(String),
}

pub type AppResult<T> = Result<T, AppError>;

impl AppError {
    pub fn forbidden() -> AppError {
        AppError::Forbidden(Msg::new("error-no-access"))
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

    /// The catalogue id of the title (`errors.ftl`).
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

    /// What the API's problem document says in `detail`.
    fn detail(&self) -> Msg {
        match self {
            AppError::Unauthenticated => Msg::new("error-detail-signin"),
            AppError::CsrfRejected => Msg::new("error-detail-csrf"),
            AppError::Forbidden(m)
            | AppError::NotFound(m)
            | AppError::NoSuch(m)
            | AppError::BadRequest(m)
            | AppError::Conflict(m)
            | AppError::TooManyRequests(m)
            | AppError::TooLarge(m) => m.clone(),
            AppError::Validation(_) => Msg::new("error-detail-validation"),
            AppError::Internal(_) => Msg::new("error-detail-internal"),
        }
    }

    /// What a page says instead, when it says something more general than the API.
    fn page_detail(&self) -> Option<Msg> {
        match self {
            AppError::NoSuch(_) => Some(Msg::new("error-detail-not-found")),
            _ => None,
        }
    }
}

impl From<StoreError> for AppError {
    fn from(error: StoreError) -> AppError {
        match error {
            StoreError::NotFound(what) => {
                AppError::NoSuch(Msg::new("error-no-such").text("what", what))
            }
            StoreError::Conflict { constraint } => {
                AppError::Conflict(Msg::new("error-duplicate").text("constraint", constraint))
            }
            other => AppError::Internal(other.to_string()),
        }
    }
}

impl From<askama::Error> for AppError {
    fn from(error: askama::Error) -> AppError {
        AppError::Internal(format!("template: {error}"))
    }
}

/// What a failed response carries until [`render_errors`] writes its body: messages named, not
/// worded, so the page can word them in the reader's language and the API in English.
#[derive(Debug, Clone)]
pub struct ErrorInfo {
    pub status: StatusCode,
    /// The catalogue id of the title.
    pub title_id: &'static str,
    /// The detail of the API's problem document, and of a page unless `page_detail` is set.
    pub detail: Msg,
    pub page_detail: Option<Msg>,
    pub errors: Vec<(String, Msg)>,
    pub unauthenticated: bool,
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        if let AppError::Internal(detail) = &self {
            tracing::error!(%detail, "request failed");
        }
        let info = ErrorInfo {
            status: self.status(),
            title_id: self.title_id(),
            detail: self.detail(),
            page_detail: self.page_detail(),
            errors: match &self {
                AppError::Validation(errors) => errors
                    .iter()
                    .map(|(f, m)| (f.to_string(), m.clone()))
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
            title: i18n::message(Lang::En, info.title_id, &[]),
            status: info.status.as_u16(),
            detail: if info.errors.is_empty() {
                i18n::english(&info.detail)
            } else {
                info.errors
                    .iter()
                    .map(|(_, m)| i18n::english(m))
                    .collect::<Vec<_>>()
                    .join(" ")
            },
            errors: info
                .errors
                .iter()
                .map(|(f, m)| (f.clone(), i18n::english(m)))
                .collect(),
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
        let errors: Vec<(String, String)> = info
            .errors
            .iter()
            .map(|(f, m)| (f.clone(), i18n::render(lang, m)))
            .collect();
        let page = ErrorPage {
            lang,
            title: i18n::message(lang, info.title_id, &[]),
            detail: i18n::render(lang, info.page_detail.as_ref().unwrap_or(&info.detail)),
            status: info.status.as_u16(),
            errors: &errors,
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
