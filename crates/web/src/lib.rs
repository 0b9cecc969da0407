//! The hub's web server: server-rendered pages, the JSON API under `/api/v1`, sign-in and
//! sessions, CSRF protection, access checks and embedded assets.
//!
//! A handler parses its input, asks [`authz`] whether the signed-in person may do it, calls
//! the store (and domain rules), and renders. Errors become pages or
//! `application/problem+json` in one place, [`error`].
//!
//! Architecture invariant: only this crate knows HTTP and HTML; it never writes SQL.

pub mod api;
mod assets;
pub mod auth;
pub mod authz;
mod cache;
mod charts;
mod decisions;
pub mod error;
mod extract;
mod headers;
mod live;
mod markdown;
mod measures;
mod ops;
mod p2p;
mod pages;
pub mod qi_svg;
mod roster;
mod router;
pub mod search;
mod state;
mod views;

use std::net::SocketAddr;

pub use router::app;
pub use state::{AppState, Config};

/// Serves the hub on `listener` until `shutdown` completes, finishing requests in flight.
pub async fn serve(
    state: AppState,
    listener: tokio::net::TcpListener,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let app = app(state).into_make_service_with_connect_info::<SocketAddr>();
    axum::serve(listener, app)
        .with_graceful_shutdown(shutdown)
        .await
}
