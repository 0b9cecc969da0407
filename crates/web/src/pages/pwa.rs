//! The hub as an app on a phone's home screen: the web app manifest (name, icons, and
//! shortcuts to the huddle board and the person's tasks), the service worker that keeps the
//! last copy of those pages for a poor connection, the page it shows when there is no copy,
//! and `/huddle`, the shortcut's way to the person's own team board.

use std::sync::OnceLock;

use askama::Template;
use axum::extract::State;
use axum::http::header;
use axum::response::{IntoResponse, Redirect, Response};
use serde_json::json;
use sha2::{Digest, Sha256};

use super::render;
use crate::auth::{CurrentUser, Session};
use crate::error::AppResult;
use crate::state::AppState;
use crate::views::Layout;

/// The colour of the hub's header, which the phone uses for its title bar.
const THEME_COLOUR: &str = "#0b5563";

/// `/manifest.webmanifest`, in the reader's language.
pub async fn manifest(session: Session) -> Response {
    let layout = Layout::new(&session, String::new(), "home");
    let body = json!({
        "name": layout.t("site-name"),
        "short_name": layout.t("pwa-short-name"),
        "description": layout.t("pwa-description"),
        "lang": session.lang.code(),
        "id": "/",
        "start_url": "/",
        "scope": "/",
        "display": "standalone",
        "background_color": "#ffffff",
        "theme_color": THEME_COLOUR,
        "icons": [
            {"src": "/static/icon-192.png", "sizes": "192x192", "type": "image/png", "purpose": "any maskable"},
            {"src": "/static/icon-512.png", "sizes": "512x512", "type": "image/png", "purpose": "any maskable"},
            {"src": "/static/favicon.svg", "sizes": "any", "type": "image/svg+xml"}
        ],
        "shortcuts": [
            {"name": layout.t("pwa-shortcut-huddle"), "url": "/huddle",
             "icons": [{"src": "/static/icon-192.png", "sizes": "192x192"}]},
            {"name": layout.t("pwa-shortcut-tasks"), "url": "/tasks",
             "icons": [{"src": "/static/icon-192.png", "sizes": "192x192"}]}
        ]
    });
    (
        [
            (header::CONTENT_TYPE, "application/manifest+json"),
            (header::CACHE_CONTROL, "no-cache"),
        ],
        body.to_string(),
    )
        .into_response()
}

/// The service worker's script. It is served from the root so it may look after every page;
/// its version is a digest of the script and the assets it keeps, so a new release replaces
/// the old copies.
pub async fn service_worker() -> Response {
    static SCRIPT: OnceLock<String> = OnceLock::new();
    let script = SCRIPT.get_or_init(|| {
        let source = include_str!("../../static/sw.js");
        let mut digest = Sha256::new();
        digest.update(source.as_bytes());
        for asset in crate::assets::precached() {
            digest.update(asset);
        }
        let version = hex::encode(&digest.finalize()[..6]);
        source.replace("__VERSION__", &version)
    });
    (
        [
            (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
            // Browsers check for a new worker at most daily anyway; never keep an old one.
            (header::CACHE_CONTROL, "no-cache"),
        ],
        script.clone(),
    )
        .into_response()
}

#[derive(Template)]
#[template(path = "offline.html")]
struct OfflinePage {
    layout: Layout,
}

/// What the service worker shows when a page cannot be reached and it has no copy of it.
pub async fn offline(session: Session) -> AppResult<Response> {
    render(&OfflinePage {
        layout: Layout::titled(&session, "pwa-offline-title", "home"),
    })
}

/// `/huddle`: the huddle board of the person's first team, or My work when they are on none.
pub async fn my_huddle(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
) -> AppResult<Response> {
    let teams = state.store.memberships(user.person.id).await?;
    Ok(match teams.first() {
        Some(team) => Redirect::to(&format!("/teams/{}/huddle", team.team_id)).into_response(),
        None => Redirect::to("/").into_response(),
    })
}
