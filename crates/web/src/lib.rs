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
pub mod email;
pub mod error;
mod exports;
mod extract;
mod headers;
pub mod i18n;
mod limits;
mod live;
mod markdown;
mod measures;
mod media;
mod names;
pub mod oidc;
mod ops;
mod p2p;
mod pages;
pub mod push;
pub mod qi_svg;
mod roster;
mod router;
pub mod search;
mod state;
mod views;

use std::future::IntoFuture;
use std::net::SocketAddr;

pub use router::app;
pub use state::{AppState, Config};

/// Serves the hub on `listener` until `shutdown` completes, finishing requests in flight.
pub async fn serve(
    state: AppState,
    listener: tokio::net::TcpListener,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let live_state = state.clone();
    let app = app(state).into_make_service_with_connect_info::<SocketAddr>();
    let (started, shutting_down) = tokio::sync::oneshot::channel::<()>();
    let signal = async move {
        shutdown.await;
        // Live event streams never end by themselves; end them so their connections close.
        live_state.live.close_all();
        let _ = started.send(());
    };
    let server = axum::serve(listener, app).with_graceful_shutdown(signal);
    // A request that still has not finished this long after the signal is cut off, so a
    // stuck client cannot keep the node from stopping.
    let deadline = async {
        match shutting_down.await {
            Ok(()) => tokio::time::sleep(SHUTDOWN_GRACE).await,
            Err(_) => std::future::pending().await,
        }
    };
    tokio::select! {
        served = server.into_future() => served,
        () = deadline => {
            tracing::warn!(
                "requests still open {} s after the shutdown signal were cut off",
                SHUTDOWN_GRACE.as_secs()
            );
            Ok(())
        }
    }
}

/// How long requests in flight may take to finish once the node is told to stop.
const SHUTDOWN_GRACE: std::time::Duration = std::time::Duration::from_secs(30);
