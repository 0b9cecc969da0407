//! "Notifications on this phone": turning web push on and off for a browser, and a test
//! notification to check it works. The browser side is `static/push.js`; sending is
//! `crate::push`.

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use lmp_domain::Msg;
use serde::Deserialize;

use super::render;
use crate::auth::{CurrentUser, Session};
use crate::error::{AppError, AppResult};
use crate::extract::{Json, Query};
use crate::i18n;
use crate::push::{self, Message};
use crate::state::AppState;
use crate::views::Layout;

#[derive(Template)]
#[template(path = "push.html")]
struct PushPage {
    layout: Layout,
    devices: usize,
    /// What the last test sending did: `None` when there was none.
    tested: Option<String>,
}

#[derive(Deserialize, Default)]
pub struct Shown {
    #[serde(default)]
    tested: Option<usize>,
}

pub async fn show(
    State(state): State<AppState>,
    session: Session,
    CurrentUser(user): CurrentUser,
    Query(shown): Query<Shown>,
) -> AppResult<Response> {
    let devices = state.store.push_subscriptions(user.person.id).await?.len();
    let layout = Layout::titled(&session, "push-title", "account");
    let tested = shown.tested.map(|n| layout.tn("push-tested", n));
    render(&PushPage {
        layout,
        devices,
        tested,
    })
}

/// The public VAPID key a browser subscribes with.
pub async fn key(State(state): State<AppState>, _user: CurrentUser) -> AppResult<Response> {
    let key = push::public_key(&state.store)
        .await
        .map_err(|e| AppError::Internal(format!("VAPID key: {e}")))?;
    Ok(Json(serde_json::json!({ "key": key })).into_response())
}

#[derive(Deserialize)]
pub struct Keys {
    p256dh: String,
    auth: String,
}

/// A browser's `PushSubscription.toJSON()`.
#[derive(Deserialize)]
pub struct Subscription {
    endpoint: String,
    keys: Keys,
}

pub async fn subscribe(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    Json(subscription): Json<Subscription>,
) -> AppResult<Response> {
    if subscription.endpoint.len() > 2048
        || !push::endpoint_allowed(&subscription.endpoint, &state.config.push_services)
    {
        return Err(AppError::BadRequest(Msg::new("push-refuse-service")));
    }
    if !push::keys_valid(&subscription.keys.p256dh, &subscription.keys.auth) {
        return Err(AppError::BadRequest(Msg::new("push-refuse-keys")));
    }
    state
        .store
        .save_push_subscription(
            user.person.id,
            &subscription.endpoint,
            &subscription.keys.p256dh,
            &subscription.keys.auth,
        )
        .await?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

#[derive(Deserialize)]
pub struct Endpoint {
    endpoint: String,
}

pub async fn unsubscribe(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    Json(body): Json<Endpoint>,
) -> AppResult<Response> {
    state
        .store
        .delete_push_subscription(user.person.id, &body.endpoint)
        .await?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

/// Sends a test notification to each of the person's browsers.
pub async fn test(
    State(state): State<AppState>,
    session: Session,
    CurrentUser(user): CurrentUser,
) -> AppResult<Response> {
    let message = Message {
        title: i18n::message(session.lang, "push-test-title", &[]),
        body: i18n::message(session.lang, "push-test-body", &[]),
        url: "/push".into(),
        tag: "test".into(),
    };
    let sent = push::send_to_person(
        &state.store,
        &state.config.push_contact,
        user.person.id,
        &message,
    )
    .await
    .map_err(|e| AppError::Internal(format!("web push: {e}")))?;
    Ok(Redirect::to(&format!("/push?tested={}", sent.delivered)).into_response())
}
