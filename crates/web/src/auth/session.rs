//! The session middleware and the extractors handlers use to learn who is asking.
//!
//! Every browser gets a random `lmp_sid` cookie. When its holder signs in, a fresh value is
//! issued (no session fixation) and its hash is stored with the person in `sessions`, so any
//! node serving the same database knows the session. Requests with `Authorization: Bearer`
//! use a personal API token instead.

use axum::extract::{FromRequestParts, Request, State};
use axum::http::request::Parts;
use axum::http::{header, HeaderMap, HeaderValue, Method};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use lmp_domain::Actor;
use lmp_store::people::Person;
use rand::RngCore;

use super::csrf;
use crate::error::AppError;
use crate::i18n::Lang;
use crate::state::AppState;

pub const COOKIE: &str = "lmp_sid";

/// The signed-in person, with their site roles resolved for access decisions.
#[derive(Debug, Clone)]
pub struct User {
    pub person: Person,
    pub actor: Actor,
    pub site_roles: Vec<lmp_store::accounts::SiteRoleGrant>,
    /// True when the request came with an API token rather than a browser session.
    pub via_token: bool,
    /// The interface language the person chose on their account (`None`: the browser's).
    pub language: Option<Lang>,
}

/// What the middleware learned about the request; every handler can extract it.
#[derive(Debug, Clone)]
pub struct Session {
    pub cookie: String,
    pub csrf_token: String,
    pub user: Option<User>,
    /// The language pages are shown in: the person's choice, else the language cookie set from
    /// the language menu, else the browser's `Accept-Language`, else English.
    pub lang: Lang,
    /// The path of the page asked for, so the Help link can point at help for it.
    pub path: String,
}

/// Extracts the signed-in user, refusing anonymous requests with 401 (pages redirect to
/// sign-in).
pub struct CurrentUser(pub User);

impl<S: Send + Sync> FromRequestParts<S> for Session {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        parts
            .extensions
            .get::<Session>()
            .cloned()
            .ok_or_else(|| AppError::Internal("session middleware missing".into()))
    }
}

impl<S: Send + Sync> FromRequestParts<S> for CurrentUser {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let session = Session::from_request_parts(parts, state).await?;
        session
            .user
            .map(CurrentUser)
            .ok_or(AppError::Unauthenticated)
    }
}

pub fn new_secret() -> String {
    let mut bytes = [0u8; 32];
    rand::thread_rng().fill_bytes(&mut bytes);
    hex::encode(bytes)
}

/// The `Set-Cookie` value for a session cookie.
pub fn cookie_header(state: &AppState, value: &str) -> HeaderValue {
    let secure = if state.config.secure_cookies {
        "; Secure"
    } else {
        ""
    };
    HeaderValue::from_str(&format!(
        "{COOKIE}={value}; Path=/; HttpOnly; SameSite=Lax; Max-Age={}{secure}",
        state.config.session_lifetime_secs.max(3600) * 2
    ))
    .expect("cookie value is hex")
}

fn read_cookie(parts: &Parts) -> Option<String> {
    parts
        .headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, value)| {
            *name == COOKIE && value.len() == 64 && value.bytes().all(|b| b.is_ascii_hexdigit())
        })
        .map(|(_, value)| value.to_string())
}

/// The name of the cookie that keeps the language chosen in the menu by someone not signed in.
pub const LANGUAGE_COOKIE: &str = "lmp_lang";

/// The language a browser asks for when its person has not chosen one on their account: the
/// language menu's cookie, else `Accept-Language`. The session middleware decides with it, and
/// the error pages (written outside a session) fall back on it.
pub fn browser_lang(headers: &HeaderMap) -> Option<Lang> {
    language_cookie(headers).or_else(|| {
        headers
            .get(header::ACCEPT_LANGUAGE)
            .and_then(|v| v.to_str().ok())
            .and_then(Lang::from_accept_language)
    })
}

/// The value of the cookie `name` the request carries, if any.
pub fn cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(n, _)| *n == name)
        .map(|(_, value)| value.to_string())
}

fn language_cookie(headers: &HeaderMap) -> Option<Lang> {
    cookie(headers, LANGUAGE_COOKIE).and_then(|value| Lang::parse(&value))
}

fn read_bearer(parts: &Parts) -> Option<String> {
    parts
        .headers
        .get(header::AUTHORIZATION)?
        .to_str()
        .ok()?
        .strip_prefix("Bearer ")
        .map(|t| t.trim().to_string())
}

pub async fn load_user(
    state: &AppState,
    person_id: i64,
    via_token: bool,
) -> Result<User, AppError> {
    let person = state.store.person(person_id).await?;
    let site_roles = state.store.site_roles(person_id).await?;
    let language = state
        .store
        .preferred_language(person_id)
        .await?
        .as_deref()
        .and_then(Lang::parse);
    let actor = Actor {
        person_id,
        site_roles: site_roles
            .iter()
            .filter_map(|g| g.site_role().map(|r| (r, g.scope())))
            .collect(),
    };
    Ok(User {
        person,
        actor,
        site_roles,
        via_token,
        language,
    })
}

fn changes_state(method: &Method) -> bool {
    !matches!(*method, Method::GET | Method::HEAD | Method::OPTIONS)
}

/// The largest form body read to find the CSRF field.
const FORM_LIMIT: usize = 256 * 1024;
/// The largest file-upload form (multipart) read to find the CSRF field.
const UPLOAD_LIMIT: usize = 1024 * 1024;
/// The same for a signed-in person, who may be uploading an image (`pages::media`).
const SIGNED_IN_UPLOAD_LIMIT: usize = crate::pages::media::FORM_LIMIT;

/// Resolves the session or API token, checks the CSRF token of state-changing requests and
/// hands a [`Session`] to the handlers.
pub async fn middleware(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let (mut parts, body) = request.into_parts();
    let cookie = read_cookie(&parts);
    let bearer = read_bearer(&parts);

    let mut user = None;
    if let Some(token) = &bearer {
        match state.store.api_token_person(token).await {
            Ok(Some(person_id)) => match load_user(&state, person_id, true).await {
                Ok(u) => user = Some(u),
                Err(e) => return e.into_response(),
            },
            Ok(None) => return AppError::Unauthenticated.into_response(),
            Err(e) => return AppError::from(e).into_response(),
        }
    } else if let Some(cookie) = &cookie {
        let key = lmp_store::accounts::token_hash(cookie);
        if let Some(cached) = state.caches.user(&key) {
            user = Some(cached);
        } else {
            match state.store.session_person(cookie).await {
                Ok(Some(person_id)) => match load_user(&state, person_id, false).await {
                    Ok(u) => {
                        state.caches.put_user(key, u.clone());
                        user = Some(u);
                    }
                    Err(e) => return e.into_response(),
                },
                Ok(None) => state.caches.forget_session(&key),
                Err(e) => return AppError::from(e).into_response(),
            }
        }
    }

    let new_cookie = cookie.is_none();
    let cookie = cookie.unwrap_or_else(new_secret);
    let csrf_token = csrf::token(&state.csrf_key, &cookie);

    // One-click unsubscribe (RFC 8058): a mail program POSTs the link's signed token, which is
    // the authority, without a session; nothing else is spared the check.
    let csrf_exempt =
        parts.method == Method::POST && crate::email::is_unsubscribe_path(parts.uri.path());
    let body = if changes_state(&parts.method) && bearer.is_none() && !csrf_exempt {
        let header_token = parts
            .headers
            .get(csrf::HEADER)
            .and_then(|v| v.to_str().ok())
            .map(str::to_string);
        let content_type = parts
            .headers
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("");
        let is_form = content_type.starts_with("application/x-www-form-urlencoded");
        let is_upload = content_type.starts_with("multipart/form-data");
        let (presented, body) = match header_token {
            Some(token) => (Some(token), body),
            None if is_form || is_upload => {
                let limit = match (is_upload, user.is_some()) {
                    (true, true) => SIGNED_IN_UPLOAD_LIMIT,
                    (true, false) => UPLOAD_LIMIT,
                    (false, _) => FORM_LIMIT,
                };
                let Ok(bytes) = axum::body::to_bytes(body, limit).await else {
                    return crate::extract::too_large().into_response();
                };
                let token = if is_upload {
                    multipart_field(&parts.headers, bytes.clone(), csrf::FORM_FIELD).await
                } else {
                    form_urlencoded_field(&bytes, csrf::FORM_FIELD)
                };
                (token, axum::body::Body::from(bytes))
            }
            None => (None, body),
        };
        let valid = !new_cookie
            && presented
                .as_deref()
                .is_some_and(|t| csrf::verify(&state.csrf_key, &cookie, t));
        if !valid {
            return AppError::CsrfRejected.into_response();
        }
        body
    } else {
        body
    };

    let lang = user
        .as_ref()
        .and_then(|u| u.language)
        .or_else(|| browser_lang(&parts.headers))
        .unwrap_or_default();
    parts.extensions.insert(Session {
        cookie: cookie.clone(),
        csrf_token,
        user,
        lang,
        path: parts.uri.path().to_string(),
    });
    let mut response = next.run(Request::from_parts(parts, body)).await;
    // The error pages are written outside this middleware; they speak the language decided here.
    response.extensions_mut().insert(lang);
    let handler_set_cookie = response
        .headers()
        .get_all(header::SET_COOKIE)
        .iter()
        .any(|v| v.to_str().is_ok_and(|v| v.starts_with(COOKIE)));
    if new_cookie && bearer.is_none() && !handler_set_cookie {
        response
            .headers_mut()
            .append(header::SET_COOKIE, cookie_header(&state, &cookie));
    }
    response
}

/// The text of the field `name` in a multipart form (its fields are read in order until it is
/// found; a page puts the CSRF field first).
async fn multipart_field(
    headers: &axum::http::HeaderMap,
    bytes: axum::body::Bytes,
    name: &str,
) -> Option<String> {
    use axum::extract::FromRequest;
    use tower::{Layer, ServiceExt};
    let mut probe = Request::new(axum::body::Body::from(bytes));
    *probe.headers_mut() = headers.clone();
    // The body was already read within this middleware's own limit; without lifting the
    // extractor's default one (2 MB), a larger form (an image upload) would hide its token.
    let read = tower::service_fn(|probe: Request| async move {
        let Ok(mut form) = axum::extract::Multipart::from_request(probe, &()).await else {
            return Ok::<_, std::convert::Infallible>(None);
        };
        while let Ok(Some(field)) = form.next_field().await {
            if field.name() == Some(name) {
                return Ok(field.text().await.ok());
            }
        }
        Ok(None)
    });
    axum::extract::DefaultBodyLimit::disable()
        .layer(read)
        .oneshot(probe)
        .await
        .ok()
        .flatten()
}

fn form_urlencoded_field(bytes: &[u8], name: &str) -> Option<String> {
    serde_urlencoded::from_bytes::<Vec<(String, String)>>(bytes)
        .ok()?
        .into_iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v)
}
