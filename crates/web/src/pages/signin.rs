//! Signing in and out.

use std::net::SocketAddr;

use crate::extract::Form;
use crate::extract::Query;
use askama::Template;
use axum::extract::{ConnectInfo, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use super::{render, render_with};
use crate::auth::session::{cookie_header, new_secret};
use crate::auth::{password, Session};
use crate::error::AppResult;
use crate::i18n;
use crate::limits::ClientAddress;
use crate::state::AppState;
use crate::views::Layout;

/// Failed sign-ins allowed for one email within [`WINDOW_SECS`] before further tries are
/// refused, and for one network address (many emails: password spraying).
pub const MAX_FAILURES_PER_EMAIL: i64 = 5;
pub const MAX_FAILURES_PER_ADDRESS: i64 = 30;
pub const WINDOW_SECS: i64 = 15 * 60;

#[derive(Template)]
#[template(path = "signin.html")]
struct SignInPage {
    layout: Layout,
    email: String,
    next: String,
    message: Option<String>,
    /// "Sign in with <name>" and its address, when single sign-on is set up.
    sso: Option<(String, String)>,
}

#[derive(Deserialize)]
pub struct NextQuery {
    #[serde(default)]
    next: String,
}

#[derive(Deserialize)]
pub struct SignInForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    next: String,
}

/// Only same-site paths are followed after sign-in, never another host (no open redirect).
pub(crate) fn safe_next(next: &str) -> &str {
    // Browsers drop tabs and line breaks inside a URL and read `\` as `/`, so `/\t/evil` or
    // `/\evil` would lead to another host: no control character or backslash anywhere.
    let looks_local = next.starts_with('/')
        && !next.starts_with("//")
        && !next.chars().any(|c| c.is_control() || c == '\\');
    if looks_local {
        next
    } else {
        "/"
    }
}

/// The single sign-on button of the sign-in page, when there is a provider: its name, and
/// the address that starts the sign-in (coming back to `next`).
fn sso_button(state: &AppState, next: &str) -> Option<(String, String)> {
    let query = serde_urlencoded::to_string([("next", safe_next(next))]).unwrap_or_default();
    state
        .config
        .sso
        .as_ref()
        .map(|sso| (sso.name.clone(), format!("/auth/oidc/start?{query}")))
}

pub async fn show(
    State(state): State<AppState>,
    session: Session,
    Query(query): Query<NextQuery>,
) -> AppResult<Response> {
    if session.user.is_some() {
        return Ok(Redirect::to(safe_next(&query.next)).into_response());
    }
    render(&SignInPage {
        layout: Layout::titled(&session, "signin-title", "signin"),
        email: String::new(),
        next: safe_next(&query.next).to_string(),
        message: None,
        sso: sso_button(&state, &query.next),
    })
}

/// The address failed sign-ins are counted by: the one the limits middleware found (which
/// knows about a trusted proxy), else the connection's.
fn client_address(
    found: Option<&ClientAddress>,
    connect: Option<&ConnectInfo<SocketAddr>>,
) -> String {
    found
        .map(|a| a.0.to_string())
        .or_else(|| connect.map(|c| c.0.ip().to_string()))
        .unwrap_or_else(|| "unknown".into())
}

pub async fn submit(
    State(state): State<AppState>,
    session: Session,
    connect: Option<axum::Extension<ConnectInfo<SocketAddr>>>,
    found: Option<axum::Extension<ClientAddress>>,
    Form(form): Form<SignInForm>,
) -> AppResult<Response> {
    let address = client_address(found.as_ref().map(|f| &f.0), connect.as_ref().map(|c| &c.0));
    let email = form.email.trim().to_lowercase();
    let say = |id: &str| i18n::message(session.lang, id, &[]);
    let page = |message: &str| SignInPage {
        layout: Layout::titled(&session, "signin-title", "signin"),
        email: form.email.trim().to_string(),
        next: safe_next(&form.next).to_string(),
        message: Some(message.to_string()),
        sso: sso_button(&state, &form.next),
    };
    if email.is_empty() || form.password.is_empty() {
        return render_with(
            StatusCode::UNPROCESSABLE_ENTITY,
            &page(&say("signin-empty")),
        );
    }
    let since = lmp_store::now() - WINDOW_SECS;
    let (by_email, by_address) = state
        .store
        .recent_sign_in_failures(&email, &address, since)
        .await?;
    if by_email >= MAX_FAILURES_PER_EMAIL || by_address >= MAX_FAILURES_PER_ADDRESS {
        metrics::counter!("lmp_sign_in_total", "result" => "refused").increment(1);
        let mut response =
            render_with(StatusCode::TOO_MANY_REQUESTS, &page(&say("signin-locked")))?;
        response
            .headers_mut()
            .insert(header::RETRY_AFTER, header::HeaderValue::from_static("900"));
        return Ok(response);
    }
    let credentials = state.store.credentials(&email).await?;
    let stored_hash = credentials
        .as_ref()
        .filter(|c| c.active == 1)
        .and_then(|c| c.password_hash.clone());
    let verified = password::verify_async(form.password.clone(), stored_hash).await;
    let person_id = match (verified, credentials) {
        (true, Some(c)) => c.person_id,
        _ => {
            state.store.record_sign_in_failure(&email, &address).await?;
            metrics::counter!("lmp_sign_in_total", "result" => "failed").increment(1);
            return render_with(StatusCode::UNAUTHORIZED, &page(&say("signin-failed")));
        }
    };
    state.store.clear_sign_in_failures(&email).await?;
    start_session(&state, person_id, &form.next).await
}

/// Signs `person_id` in (a password, or single sign-on in `sso.rs`) and sends them on to
/// `next`. A new session value at sign-in: a cookie planted before cannot be ridden afterwards.
pub(crate) async fn start_session(
    state: &AppState,
    person_id: i64,
    next: &str,
) -> AppResult<Response> {
    let token = new_secret();
    state
        .store
        .create_session(&token, person_id, state.config.session_lifetime_secs)
        .await?;
    metrics::counter!("lmp_sign_in_total", "result" => "ok").increment(1);
    let mut response = Redirect::to(safe_next(next)).into_response();
    response
        .headers_mut()
        .append(header::SET_COOKIE, cookie_header(state, &token));
    Ok(response)
}

pub async fn sign_out(State(state): State<AppState>, session: Session) -> AppResult<Response> {
    state.store.delete_session(&session.cookie).await?;
    state
        .caches
        .forget_session(&lmp_store::accounts::token_hash(&session.cookie));
    let mut response = Redirect::to("/signin").into_response();
    response
        .headers_mut()
        .append(header::SET_COOKIE, cookie_header(&state, &new_secret()));
    // Pages the phone kept for a bad connection (the service worker's copies) go too.
    response.headers_mut().insert(
        "clear-site-data",
        header::HeaderValue::from_static("\"cache\", \"storage\""),
    );
    Ok(response)
}

#[cfg(test)]
mod tests {
    use super::safe_next;

    #[test]
    fn only_local_paths_are_followed_after_sign_in() {
        assert_eq!(safe_next("/teams/4"), "/teams/4");
        assert_eq!(safe_next("https://evil.example"), "/");
        assert_eq!(safe_next("//evil.example"), "/");
        assert_eq!(safe_next("/\\evil.example"), "/");
        assert_eq!(safe_next(""), "/");
    }
}
