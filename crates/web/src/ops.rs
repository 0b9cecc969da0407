//! What operators and load balancers use: `/healthz`, `/metrics`, and the request metrics
//! middleware.

use lmp_domain::Msg;
use std::time::Instant;

use axum::extract::{MatchedPath, Request, State};
use axum::http::{header, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use sha2::{Digest, Sha256};

use crate::error::AppError;
use crate::limits::client_address;
use crate::state::AppState;

/// 200 when the database answers, 503 otherwise.
pub async fn healthz(State(state): State<AppState>) -> Response {
    if state.store.ping().await {
        (StatusCode::OK, "ok\n").into_response()
    } else {
        (StatusCode::SERVICE_UNAVAILABLE, "database unavailable\n").into_response()
    }
}

/// Prometheus text exposition of the process's metrics, for a scraper on this machine or one
/// holding the configured metrics token; anyone else is told there is nothing here, because
/// request counts by route say how the organisation uses the hub.
pub async fn metrics(State(state): State<AppState>, request: Request) -> Response {
    if !may_read_metrics(&request, &state) {
        return AppError::NotFound(Msg::new("error-no-page")).into_response();
    }
    (
        [(header::CONTENT_TYPE, "text/plain; version=0.0.4")],
        state.metrics.render(),
    )
        .into_response()
}

fn may_read_metrics(request: &Request, state: &AppState) -> bool {
    if let Some(expected) = state.config.metrics_token.as_deref() {
        let given = request
            .headers()
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "));
        if let Some(given) = given {
            // Compared as digests, so the time taken says nothing about the token's letters.
            return Sha256::digest(given.as_bytes()) == Sha256::digest(expected.as_bytes());
        }
    }
    client_address(request, state.config.trust_forwarded_for).is_some_and(|a| a.is_loopback())
}

/// Counts requests and their durations by route pattern (not raw path, so ids do not explode
/// the number of series) and status.
pub async fn record(request: Request, next: Next) -> Response {
    let route = request
        .extensions()
        .get::<MatchedPath>()
        .map(|p| p.as_str().to_string())
        .unwrap_or_else(|| "unmatched".into());
    let method = request.method().to_string();
    let started = Instant::now();
    let response = next.run(request).await;
    let status = response.status().as_u16().to_string();
    metrics::counter!("lmp_http_requests_total", "method" => method.clone(), "route" => route.clone(), "status" => status)
        .increment(1);
    metrics::histogram!("lmp_http_request_duration_seconds", "method" => method, "route" => route)
        .record(started.elapsed().as_secs_f64());
    response
}
