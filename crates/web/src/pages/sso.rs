//! Single sign-on pages: `/auth/oidc/start` sends the browser to the provider, and
//! `/auth/oidc/callback` finishes the sign-in when it comes back (the protocol is in
//! `crate::oidc`). Anyone may use them: they are how a person signs in.
//!
//! The person is found by the provider's account (issuer and subject) once linked, else by
//! email, else created (no team yet). Site roles the provider's groups give (`--oidc-role-map`)
//! are granted and taken back at each sign-in, with an audit line for each change.

use askama::Template;
use axum::extract::State;
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use lmp_domain::access::Scope;
use lmp_domain::{Side, SiteRole};
use lmp_store::audit::snapshot;
use lmp_store::oidc::NewSsoPerson;
use serde::Deserialize;

use super::render_with;
use super::signin::{safe_next, start_session};
use crate::auth::session::new_secret;
use crate::auth::Session;
use crate::error::AppResult;
use crate::extract::Query;
use crate::i18n;
use crate::oidc::{self, Identity, SsoConfig, SsoError, PENDING_SECS, STATE_COOKIE};
use crate::state::AppState;
use crate::views::Layout;

/// A person met first at sign-in is put on this side until an administrator (or the next HR
/// import) says otherwise: the side only matters once they take a co-lead or sponsor role.
const NEW_PERSON_SIDE: Side = Side::Labor;

#[derive(Template)]
#[template(path = "sso_error.html")]
struct SsoErrorPage {
    layout: Layout,
    message: String,
}

#[derive(Deserialize)]
pub struct StartQuery {
    #[serde(default)]
    next: String,
}

#[derive(Deserialize)]
pub struct CallbackQuery {
    #[serde(default)]
    code: String,
    #[serde(default)]
    state: String,
    #[serde(default)]
    error: String,
}

/// The cookie that ties this browser to its sign-in: only sent back to `/auth/oidc`, and
/// `Lax` so it comes along when the provider sends the browser back.
fn state_cookie(state: &AppState, value: &str, max_age: i64) -> HeaderValue {
    let secure = if state.config.secure_cookies {
        "; Secure"
    } else {
        ""
    };
    HeaderValue::from_str(&format!(
        "{STATE_COOKIE}={value}; Path=/auth/oidc; HttpOnly; SameSite=Lax; Max-Age={max_age}{secure}"
    ))
    .expect("cookie value is hex")
}

fn read_state_cookie(headers: &HeaderMap) -> Option<String> {
    crate::auth::session::cookie(headers, STATE_COOKIE)
}

/// The same text, compared in time that does not depend on where they differ.
fn same(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |acc, (x, y)| acc | (x ^ y))
            == 0
}

/// A page that says why the sign-in did not finish (the details go to the log).
fn error_page(session: &Session, error: &SsoError) -> AppResult<Response> {
    tracing::warn!(?error, "single sign-on did not finish");
    metrics::counter!("lmp_sign_in_total", "result" => "sso_failed").increment(1);
    let (id, status) = error.message_id();
    render_with(
        StatusCode::from_u16(status).unwrap_or(StatusCode::BAD_REQUEST),
        &SsoErrorPage {
            layout: Layout::titled(session, "sso-error-title", "signin"),
            message: i18n::message(session.lang, id, &[]),
        },
    )
}

/// `GET /auth/oidc/start?next=/somewhere`: begins a sign-in and sends the browser to the
/// provider.
pub async fn start(
    State(state): State<AppState>,
    session: Session,
    Query(query): Query<StartQuery>,
) -> AppResult<Response> {
    // Without a provider there is only the password form.
    let Some(config) = state.config.sso.as_ref() else {
        return Ok(Redirect::to("/signin").into_response());
    };
    if session.user.is_some() {
        return Ok(Redirect::to(safe_next(&query.next)).into_response());
    }
    let sign_in_state = new_secret();
    let url = match oidc::authorization_url(&state, config, &sign_in_state).await {
        Ok(url) => url,
        Err(e) => return error_page(&session, &e),
    };
    state
        .store
        .oidc_begin(&sign_in_state, safe_next(&query.next), PENDING_SECS)
        .await?;
    let mut response = Redirect::to(&url).into_response();
    response.headers_mut().append(
        header::SET_COOKIE,
        state_cookie(&state, &sign_in_state, PENDING_SECS),
    );
    Ok(response)
}

/// `GET /auth/oidc/callback?code=…&state=…` (or `?error=…`): the provider sends the browser
/// back here.
pub async fn callback(
    State(state): State<AppState>,
    session: Session,
    headers: HeaderMap,
    Query(query): Query<CallbackQuery>,
) -> AppResult<Response> {
    let Some(config) = state.config.sso.as_ref() else {
        return Ok(Redirect::to("/signin").into_response());
    };
    // The answer must belong to the sign-in this browser started (an answer meant for
    // another browser is refused, and leaves this browser's own sign-in alone)…
    let ours = read_state_cookie(&headers)
        .is_some_and(|cookie| !query.state.is_empty() && same(&cookie, &query.state));
    if !ours {
        return error_page(&session, &SsoError::BadState);
    }
    // …and is used once: whatever happens now, the sign-in is over.
    let mut response = match finish_sign_in(&state, config, &query).await? {
        Ok(response) => response,
        Err(e) => error_page(&session, &e)?,
    };
    response
        .headers_mut()
        .append(header::SET_COOKIE, state_cookie(&state, "", 0));
    Ok(response)
}

/// Uses up the sign-in, checks the provider's answer and signs the person in.
async fn finish_sign_in(
    state: &AppState,
    config: &SsoConfig,
    query: &CallbackQuery,
) -> AppResult<Result<Response, SsoError>> {
    let Some(next) = state.store.oidc_take(&query.state).await? else {
        return Ok(Err(SsoError::Expired));
    };
    if !query.error.is_empty() || query.code.is_empty() {
        return Ok(Err(SsoError::Refused(query.error.clone())));
    }
    let identity = match oidc::finish(state, config, &query.state, &query.code).await {
        Ok(identity) => identity,
        Err(e) => return Ok(Err(e)),
    };
    let person_id = person_for(state, &identity).await?;
    if state.store.person(person_id).await?.active != 1 {
        return Ok(Err(SsoError::Inactive));
    }
    if let Some(claim) = &config.roles_claim {
        if !config.role_map.is_empty() {
            apply_roles(state, config, claim, person_id, &identity).await?;
        }
    }
    Ok(Ok(start_session(state, person_id, &next).await?))
}

/// The person this provider account is: linked before, else the person with this email
/// (linked now), else a new person with no team.
async fn person_for(state: &AppState, identity: &Identity) -> AppResult<i64> {
    let store = &state.store;
    if let Some(id) = store
        .oidc_linked_person(&identity.issuer, &identity.subject)
        .await?
    {
        return Ok(id);
    }
    if let Some(person) = store.person_by_email(&identity.email).await? {
        store
            .oidc_link(&identity.issuer, &identity.subject, person.id)
            .await?;
        return Ok(person.id);
    }
    let new = NewSsoPerson {
        name: &identity.name,
        email: &identity.email,
        side: NEW_PERSON_SIDE,
    };
    Ok(store
        .oidc_create_person(&identity.issuer, &identity.subject, &new)
        .await?)
}

/// Makes the person's organisation-wide site roles match what their groups give.
async fn apply_roles(
    state: &AppState,
    config: &SsoConfig,
    claim: &str,
    person_id: i64,
    identity: &Identity,
) -> AppResult<()> {
    let store = &state.store;
    let before = store.site_roles(person_id).await?;
    let held: Vec<SiteRole> = before
        .iter()
        .filter(|g| g.scope() == Scope::National)
        .filter_map(|g| g.site_role())
        .collect();
    let changes = config.role_map.plan(&identity.groups, &held);
    if changes.grant.is_empty() && changes.revoke.is_empty() {
        return Ok(());
    }
    for role in &changes.grant {
        match store
            .grant_site_role(person_id, *role, Scope::National)
            .await
        {
            Ok(_) | Err(lmp_store::StoreError::Conflict { .. }) => {}
            Err(e) => return Err(e.into()),
        }
    }
    for grant in before.iter().filter(|g| {
        g.scope() == Scope::National && g.site_role().is_some_and(|r| changes.revoke.contains(&r))
    }) {
        store.revoke_site_role(grant.id).await?;
    }
    state.caches.forget_person(person_id);
    let after = store.site_roles(person_id).await?;
    let codes = |roles: &[SiteRole]| {
        roles
            .iter()
            .map(|r| r.code())
            .collect::<Vec<_>>()
            .join(", ")
    };
    store
        .audit_change(
            None,
            "site_role.sso",
            "person",
            Some(person_id),
            &format!(
                "single sign-on ({claim} claim from {}): granted [{}], removed [{}]",
                identity.issuer,
                codes(&changes.grant),
                codes(&changes.revoke)
            ),
            Some(&snapshot::site_roles(&before)),
            Some(&snapshot::site_roles(&after)),
        )
        .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::same;

    #[test]
    fn states_are_compared_whole() {
        assert!(same("abc", "abc"));
        assert!(!same("abc", "abd"));
        assert!(!same("abc", "abcd"));
        assert!(!same("", "a"));
    }
}
