//! Limits that keep one busy client, or a crowd, from taking the hub down for everyone else.
//!
//! - **Write rates** ([`writes`]): every POST, PUT, PATCH and DELETE takes a token from two
//!   buckets, one for the browser session (or API token) and one for the client's address. A
//!   bucket holds a burst (60 changes for a session, enough for a busy meeting) and refills at a
//!   steady rate (2 a second per session, 20 a second per address). An empty bucket answers 429
//!   with `Retry-After` before the request reaches a handler, so nothing is written. Reads are
//!   never counted. Failed sign-ins have their own limit, counted in the database
//!   (`pages/signin.rs`); this one only slows floods.
//! - **Overload** ([`shed`]): at most `max_in_flight` requests are worked on at once; one more
//!   is answered 503 with `Retry-After` at once instead of waiting in a queue that only grows.
//!   `/healthz`, `/metrics` and the live event streams of meeting pages are not counted, so a
//!   load balancer still sees a live node and open meeting pages stay connected.
//!
//! The buckets and the in-flight count are per node: with N nodes behind a load balancer a
//! client that is spread over all of them gets up to N times the rate.

use std::collections::HashMap;
use std::hash::{BuildHasher, Hash};
use std::net::{IpAddr, SocketAddr};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::extract::{ConnectInfo, Request, State};
use axum::http::{header, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use tokio::sync::Semaphore;

use crate::error::ErrorInfo;
use crate::state::Config;
use lmp_domain::Msg;

/// More remembered clients than this and the full (idle) buckets are forgotten.
const MAX_KEYS: usize = 100_000;

/// One kind of bucket (per session or per address) for every client of this node.
struct Buckets {
    burst: f64,
    per_sec: f64,
    hasher: std::collections::hash_map::RandomState,
    /// Tokens left and when they were counted, by the hash of the client's key.
    map: Mutex<HashMap<u64, (f64, Instant)>>,
}

impl Buckets {
    fn new(burst: u32, per_sec: f64) -> Buckets {
        Buckets {
            burst: f64::from(burst),
            per_sec,
            hasher: Default::default(),
            map: Mutex::default(),
        }
    }

    /// Takes one token for `key`; when there is none, how long until there will be.
    fn take(&self, key: impl Hash, now: Instant) -> Result<(), Duration> {
        if self.burst <= 0.0 || self.per_sec <= 0.0 {
            return Ok(()); // this limit is switched off
        }
        let key = self.hasher.hash_one(key);
        let Ok(mut map) = self.map.lock() else {
            return Ok(());
        };
        if map.len() >= MAX_KEYS {
            let (burst, per_sec) = (self.burst, self.per_sec);
            map.retain(|_, (tokens, at)| {
                *tokens + now.duration_since(*at).as_secs_f64() * per_sec < burst
            });
            if map.len() >= MAX_KEYS {
                map.clear();
            }
        }
        let (tokens, at) = map.entry(key).or_insert((self.burst, now));
        *tokens = (*tokens + now.duration_since(*at).as_secs_f64() * self.per_sec).min(self.burst);
        *at = now;
        if *tokens >= 1.0 {
            *tokens -= 1.0;
            Ok(())
        } else {
            Err(Duration::from_secs_f64((1.0 - *tokens) / self.per_sec))
        }
    }
}

/// The write-rate limits of one node, shared by its requests.
#[derive(Clone)]
pub struct WriteLimits(Arc<WriteLimitsInner>);

struct WriteLimitsInner {
    session: Buckets,
    address: Buckets,
    trust_forwarded_for: bool,
}

impl WriteLimits {
    pub fn new(config: &Config) -> WriteLimits {
        WriteLimits(Arc::new(WriteLimitsInner {
            session: Buckets::new(config.session_write_burst, config.session_writes_per_sec),
            address: Buckets::new(config.address_write_burst, config.address_writes_per_sec),
            trust_forwarded_for: config.trust_forwarded_for,
        }))
    }
}

/// The client's address: the connection's peer, or, behind a trusted proxy, the last address
/// in `X-Forwarded-For` (the one the proxy itself added; earlier ones are the client's word).
pub fn client_address(request: &Request, trust_forwarded_for: bool) -> Option<IpAddr> {
    if trust_forwarded_for {
        let forwarded = request
            .headers()
            .get_all("x-forwarded-for")
            .iter()
            .next_back()
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.rsplit(',').next())
            .and_then(|v| v.trim().parse().ok());
        if forwarded.is_some() {
            return forwarded;
        }
    }
    request
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map(|c| c.0.ip())
}

/// What identifies the session of a request before it is resolved: the session cookie or the
/// API token (only hashed, never kept).
fn session_key(request: &Request) -> Option<String> {
    if let Some(token) = request
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
    {
        return Some(format!("token {}", token.trim()));
    }
    request
        .headers()
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, _)| *name == crate::auth::session::COOKIE)
        .map(|(_, value)| format!("cookie {value}"))
}

fn changes_state(method: &Method) -> bool {
    !matches!(*method, Method::GET | Method::HEAD | Method::OPTIONS)
}

/// A refusal that `render_errors` turns into a page or a problem document, with
/// `Retry-After` in whole seconds (at least one). `title_id` and `detail_id` are catalogue ids;
/// the detail may name the seconds to wait as `$count`.
fn refusal(
    status: StatusCode,
    title_id: &'static str,
    detail_id: &'static str,
    wait: Duration,
) -> Response {
    let seconds = wait.as_secs_f64().ceil().max(1.0) as u64;
    let mut response = status.into_response();
    response
        .headers_mut()
        .insert(header::RETRY_AFTER, HeaderValue::from(seconds));
    response.extensions_mut().insert(ErrorInfo {
        status,
        title_id,
        detail: Msg::new(detail_id).number("count", seconds),
        page_detail: None,
        errors: Vec::new(),
        unauthenticated: false,
    });
    response
}

/// Middleware: refuses a change (POST, PUT, PATCH, DELETE) with 429 when its session or its
/// address has used up its bucket. Reads pass untouched.
/// The client's address as [`client_address`] decided it, handed to the handlers of changes
/// (sign-in counts failures by it).
#[derive(Debug, Clone, Copy)]
pub struct ClientAddress(pub IpAddr);

pub async fn writes(
    State(limits): State<WriteLimits>,
    mut request: Request,
    next: Next,
) -> Response {
    if !changes_state(request.method()) {
        return next.run(request).await;
    }
    let now = Instant::now();
    let address = client_address(&request, limits.0.trust_forwarded_for);
    if let Some(address) = address {
        request.extensions_mut().insert(ClientAddress(address));
    }
    let mut refused = None;
    if let Some(address) = address {
        if let Err(wait) = limits.0.address.take(address, now) {
            refused = Some(("address", wait));
        }
    }
    if refused.is_none() {
        if let Some(key) = session_key(&request) {
            if let Err(wait) = limits.0.session.take(key, now) {
                refused = Some(("session", wait));
            }
        }
    }
    let Some((by, wait)) = refused else {
        return next.run(request).await;
    };
    metrics::counter!("lmp_requests_refused_total", "reason" => "rate", "by" => by).increment(1);
    refusal(
        StatusCode::TOO_MANY_REQUESTS,
        "error-title-too-many-changes",
        "error-detail-too-many-changes",
        wait,
    )
}

/// How many requests one node works on at once; the rest are turned away.
#[derive(Clone)]
pub struct InFlight(Arc<Semaphore>);

impl InFlight {
    pub fn new(config: &Config) -> InFlight {
        InFlight(Arc::new(Semaphore::new(
            config.max_in_flight.clamp(1, Semaphore::MAX_PERMITS),
        )))
    }
}

/// Requests that are never turned away for load: the health check, the metrics, and the live
/// event streams of meeting pages (long-lived, and cheap while idle).
fn never_shed(path: &str) -> bool {
    path == "/healthz"
        || path == "/metrics"
        || (path.starts_with("/meetings/") && path.ends_with("/live"))
}

/// Middleware: answers 503 with `Retry-After` at once when `max_in_flight` requests are
/// already being worked on, instead of queueing.
pub async fn shed(State(in_flight): State<InFlight>, request: Request, next: Next) -> Response {
    if never_shed(request.uri().path()) {
        return next.run(request).await;
    }
    let Ok(_permit) = in_flight.0.clone().try_acquire_owned() else {
        metrics::counter!("lmp_requests_refused_total", "reason" => "busy", "by" => "node")
            .increment(1);
        return refusal(
            StatusCode::SERVICE_UNAVAILABLE,
            "error-title-busy",
            "error-detail-busy",
            Duration::from_secs(2),
        );
    };
    next.run(request).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bucket_gives_its_burst_then_refills_at_its_rate() {
        let buckets = Buckets::new(3, 2.0);
        let start = Instant::now();
        for _ in 0..3 {
            assert!(buckets.take("a", start).is_ok());
        }
        let wait = buckets.take("a", start).unwrap_err();
        assert!((wait.as_secs_f64() - 0.5).abs() < 1e-9, "{wait:?}");
        assert!(
            buckets.take("b", start).is_ok(),
            "another client has its own"
        );
        assert!(buckets
            .take("a", start + Duration::from_millis(500))
            .is_ok());
        assert!(buckets
            .take("a", start + Duration::from_millis(500))
            .is_err());
        // A long pause refills to the burst, not beyond.
        let later = start + Duration::from_secs(60);
        for _ in 0..3 {
            assert!(buckets.take("a", later).is_ok());
        }
        assert!(buckets.take("a", later).is_err());
    }

    #[test]
    fn a_zero_limit_is_no_limit() {
        let buckets = Buckets::new(0, 2.0);
        let now = Instant::now();
        assert!((0..1000).all(|_| buckets.take("a", now).is_ok()));
    }

    #[test]
    fn only_the_proxys_own_entry_of_forwarded_for_is_believed() {
        let mut request = Request::new(axum::body::Body::empty());
        request.headers_mut().insert(
            "x-forwarded-for",
            HeaderValue::from_static("198.51.100.4, 203.0.113.7"),
        );
        request
            .extensions_mut()
            .insert(ConnectInfo(SocketAddr::from(([127, 0, 0, 1], 9000))));
        assert_eq!(
            client_address(&request, true),
            Some(IpAddr::from([203, 0, 113, 7]))
        );
        assert_eq!(
            client_address(&request, false),
            Some(IpAddr::from([127, 0, 0, 1]))
        );
    }

    #[test]
    fn health_metrics_and_live_streams_are_never_shed() {
        assert!(never_shed("/healthz"));
        assert!(never_shed("/meetings/12/live"));
        assert!(!never_shed("/meetings/12"));
        assert!(!never_shed("/teams"));
    }
}
