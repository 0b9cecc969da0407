//! Web push (RFC 8030): notifications sent to the browsers people turned them on in, through
//! the push service each browser names. Payloads are encrypted for the browser (RFC 8291) and
//! signed with the hub's VAPID key (RFC 8292), one key for every node, kept as a setting.
//!
//! A subscription's address comes from the browser, so it is checked against the push services
//! the hub is configured to talk to (`push_services`) before it is stored: the hub never posts
//! to an address a person typed in.

use std::time::Duration;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use lmp_store::push::{PushSubscription, VAPID_SETTING};
use lmp_store::Store;
use serde::Serialize;
use web_push_native::jwt_simple::algorithms::{ECDSAP256PublicKeyLike, ES256KeyPair};
use web_push_native::{p256, Auth, WebPushBuilder};

/// The push services of the common browsers (Chrome and Edge on Android, Firefox, Safari,
/// Windows), matched as host names or their subdomains over HTTPS.
pub const DEFAULT_SERVICES: [&str; 4] = [
    "fcm.googleapis.com",
    "push.services.mozilla.com",
    "push.apple.com",
    "notify.windows.com",
];

/// What a notification says, and the page it opens when tapped.
#[derive(Debug, Clone, Serialize)]
pub struct Message {
    pub title: String,
    pub body: String,
    pub url: String,
    /// Notifications with the same tag replace each other on the phone.
    pub tag: String,
}

/// Whether `endpoint` is at one of `services`: an entry with a scheme (`http://127.0.0.1:9000`)
/// is one exact origin; an entry without one is a host that must be reached over HTTPS, itself
/// or a subdomain.
pub fn endpoint_allowed(endpoint: &str, services: &[String]) -> bool {
    let Ok(url) = reqwest::Url::parse(endpoint) else {
        return false;
    };
    let Some(host) = url.host_str() else {
        return false;
    };
    if !url.username().is_empty() || url.password().is_some() {
        return false;
    }
    services.iter().any(|service| {
        if service.contains("://") {
            reqwest::Url::parse(service).is_ok_and(|s| s.origin() == url.origin())
        } else {
            url.scheme() == "https" && (host == service || host.ends_with(&format!(".{service}")))
        }
    })
}

/// Checks the keys a browser gave for a subscription: a P-256 point and a 16-byte secret.
pub fn keys_valid(p256dh: &str, auth: &str) -> bool {
    decode_keys(p256dh, auth).is_some()
}

fn decode_keys(p256dh: &str, auth: &str) -> Option<(p256::PublicKey, Auth)> {
    let public = URL_SAFE_NO_PAD.decode(p256dh.trim_end_matches('=')).ok()?;
    let public = p256::PublicKey::from_sec1_bytes(&public).ok()?;
    let auth = URL_SAFE_NO_PAD.decode(auth.trim_end_matches('=')).ok()?;
    (auth.len() == 16).then(|| (public, Auth::clone_from_slice(&auth)))
}

/// The hub's VAPID key pair, made and stored on first use.
async fn key_pair(store: &Store) -> anyhow::Result<ES256KeyPair> {
    let stored = store
        .setting_or_insert(VAPID_SETTING, || {
            URL_SAFE_NO_PAD.encode(ES256KeyPair::generate().to_bytes())
        })
        .await?;
    let bytes = URL_SAFE_NO_PAD.decode(stored)?;
    ES256KeyPair::from_bytes(&bytes).map_err(|e| anyhow::anyhow!("the VAPID key is unusable: {e}"))
}

/// The public half of the hub's VAPID key, as browsers take it (`applicationServerKey`).
pub async fn public_key(store: &Store) -> anyhow::Result<String> {
    let pair = key_pair(store).await?;
    Ok(URL_SAFE_NO_PAD.encode(pair.public_key().public_key().to_bytes_uncompressed()))
}

/// How one sending went.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Sent {
    pub delivered: usize,
    pub failed: usize,
    /// Subscriptions the push service said no longer exist, now forgotten.
    pub gone: usize,
}

/// Sends `message` to every browser `person_id` turned notifications on in.
pub async fn send_to_person(
    store: &Store,
    contact: &str,
    person_id: i64,
    message: &Message,
) -> anyhow::Result<Sent> {
    let subscriptions = store.push_subscriptions(person_id).await?;
    let mut sent = Sent::default();
    if subscriptions.is_empty() {
        return Ok(sent);
    }
    let pair = key_pair(store).await?;
    let payload = serde_json::to_vec(message)?;
    let client = client()?;
    for subscription in &subscriptions {
        match send_one(client, &pair, contact, subscription, &payload).await {
            Ok(()) => {
                sent.delivered += 1;
                store.note_push_result(subscription.id, None).await?;
            }
            Err(Failure::Gone) => {
                sent.gone += 1;
                store.drop_push_subscription(subscription.id).await?;
            }
            Err(Failure::Other(error)) => {
                sent.failed += 1;
                tracing::warn!(subscription = subscription.id, %error, "web push not delivered");
                store
                    .note_push_result(subscription.id, Some(&error))
                    .await?;
            }
        }
    }
    Ok(sent)
}

/// One HTTP client for every push, so its connections to the push services are reused.
fn client() -> anyhow::Result<&'static reqwest::Client> {
    static CLIENT: std::sync::OnceLock<reqwest::Client> = std::sync::OnceLock::new();
    if let Some(client) = CLIENT.get() {
        return Ok(client);
    }
    let client = reqwest::Client::builder()
        .timeout(Duration::from_secs(10))
        .redirect(reqwest::redirect::Policy::none())
        .build()?;
    Ok(CLIENT.get_or_init(|| client))
}

enum Failure {
    /// 404 or 410: the browser dropped the subscription.
    Gone,
    Other(String),
}

async fn send_one(
    client: &reqwest::Client,
    pair: &ES256KeyPair,
    contact: &str,
    subscription: &PushSubscription,
    payload: &[u8],
) -> Result<(), Failure> {
    let (public, auth) = decode_keys(&subscription.p256dh, &subscription.auth)
        .ok_or_else(|| Failure::Other("the browser's keys are unusable".into()))?;
    let uri: axum::http::Uri = subscription
        .endpoint
        .parse()
        .map_err(|e| Failure::Other(format!("bad endpoint: {e}")))?;
    let request = WebPushBuilder::new(uri, public, auth)
        .with_valid_duration(Duration::from_secs(24 * 3600))
        .with_vapid(pair, contact)
        .build(payload.to_vec())
        .map_err(|e| Failure::Other(format!("cannot build the message: {e}")))?;
    let (parts, body) = request.into_parts();
    let mut outgoing = client.post(&subscription.endpoint).body(body);
    for (name, value) in &parts.headers {
        outgoing = outgoing.header(name.as_str(), value.as_bytes());
    }
    let response = outgoing
        .header("Urgency", "normal")
        .send()
        .await
        .map_err(|e| Failure::Other(e.to_string()))?;
    match response.status().as_u16() {
        200..=202 => Ok(()),
        404 | 410 => Err(Failure::Gone),
        status => Err(Failure::Other(format!(
            "the push service answered {status}"
        ))),
    }
}

#[cfg(test)]
mod tests {
    use super::endpoint_allowed;

    #[test]
    fn only_the_configured_push_services_are_posted_to() {
        let services: Vec<String> = super::DEFAULT_SERVICES
            .iter()
            .map(|s| s.to_string())
            .collect();
        assert!(endpoint_allowed(
            "https://fcm.googleapis.com/fcm/send/abc",
            &services
        ));
        assert!(endpoint_allowed(
            "https://updates.push.services.mozilla.com/wpush/v2/x",
            &services
        ));
        assert!(endpoint_allowed(
            "https://web.push.apple.com/QGuQ",
            &services
        ));
        assert!(
            !endpoint_allowed("http://fcm.googleapis.com/fcm/send/abc", &services),
            "https only"
        );
        assert!(!endpoint_allowed(
            "https://fcm.googleapis.com.evil.example/x",
            &services
        ));
        assert!(!endpoint_allowed(
            "https://evilfcm.googleapis.com.example/x",
            &services
        ));
        assert!(!endpoint_allowed("https://127.0.0.1/admin", &services));
        assert!(!endpoint_allowed(
            "https://user:pw@fcm.googleapis.com/x",
            &services
        ));
        assert!(!endpoint_allowed("not a url", &services));
        let local = vec!["http://127.0.0.1:9000".to_string()];
        assert!(endpoint_allowed("http://127.0.0.1:9000/push/1", &local));
        assert!(!endpoint_allowed("http://127.0.0.1:9001/push/1", &local));
    }
}
