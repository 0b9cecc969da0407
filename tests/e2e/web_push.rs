//! Web push against a push service run by the test: a member turns notifications on (the
//! browser's subscription, as `PushSubscription.toJSON()` gives it), the hub refuses an address
//! that is not a configured push service and keys that are not keys, a test notification
//! reaches the push service signed with the hub's VAPID key (the token verified against the
//! key the hub publishes) and encrypted so that only the browser's keys open it (decrypted
//! here), nobody else's sending reaches this browser, and a subscription the push service says
//! is gone is forgotten.

use std::sync::atomic::{AtomicU16, Ordering};
use std::sync::{Arc, Mutex};

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use lmp_store::Backend;
use lmp_tests::TestApp;
use lmp_web::Config;
use web_push_native::jwt_simple::algorithms::{ECDSAP256PublicKeyLike, ES256PublicKey};
use web_push_native::jwt_simple::claims::NoCustomClaims;
use web_push_native::jwt_simple::common::VerificationOptions;
use web_push_native::p256;

/// What the push service received.
#[derive(Clone)]
struct Received {
    headers: HeaderMap,
    body: Vec<u8>,
}

#[derive(Clone)]
struct PushService {
    received: Arc<Mutex<Vec<Received>>>,
    answer: Arc<AtomicU16>,
}

async fn receive(
    State(service): State<PushService>,
    headers: HeaderMap,
    body: Bytes,
) -> StatusCode {
    service.received.lock().unwrap().push(Received {
        headers,
        body: body.to_vec(),
    });
    StatusCode::from_u16(service.answer.load(Ordering::SeqCst)).unwrap()
}

async fn start_push_service() -> (String, PushService) {
    let service = PushService {
        received: Arc::default(),
        answer: Arc::new(AtomicU16::new(201)),
    };
    let app = axum::Router::new()
        .route("/push/{id}", axum::routing::post(receive))
        .with_state(service.clone());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let origin = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await });
    (origin, service)
}

/// A browser's push keys: its P-256 key pair and 16-byte secret.
struct BrowserKeys {
    secret: p256::SecretKey,
    auth: [u8; 16],
}

impl BrowserKeys {
    fn new(seed: u8) -> BrowserKeys {
        // A fixed, valid scalar per browser keeps the test repeatable.
        let mut scalar = [0x11u8; 32];
        scalar[31] = seed;
        BrowserKeys {
            secret: p256::SecretKey::from_slice(&scalar).unwrap(),
            auth: [seed; 16],
        }
    }

    fn subscription(&self, endpoint: &str) -> serde_json::Value {
        use p256::elliptic_curve::sec1::ToEncodedPoint;
        let public = self.secret.public_key().to_encoded_point(false);
        serde_json::json!({
            "endpoint": endpoint,
            "expirationTime": null,
            "keys": {
                "p256dh": URL_SAFE_NO_PAD.encode(public.as_bytes()),
                "auth": URL_SAFE_NO_PAD.encode(self.auth),
            }
        })
    }

    fn open(&self, body: &[u8]) -> serde_json::Value {
        let auth = web_push_native::Auth::clone_from_slice(&self.auth);
        let plain = web_push_native::decrypt(body.to_vec(), &self.secret, &auth)
            .expect("the browser's keys open the message");
        serde_json::from_slice(&plain).expect("the message is JSON")
    }
}

async fn a_test_notification_reaches_the_members_browser_and_no_one_elses(backend: Backend) {
    let (origin, service) = start_push_service().await;
    let allowed = origin.clone();
    let Some(app) = TestApp::spawn_with(backend, move |_| Config {
        push_services: vec![allowed],
        ..Config::default()
    })
    .await
    else {
        return;
    };
    let member = app.sign_in("member@example.org").await;
    let (status, page) = member.page("/push").await;
    assert_eq!(status, 200);
    assert!(
        page.contains("No device receives your notifications yet."),
        "{page}"
    );

    let (status, body) = member.get_json("/push/key").await;
    assert_eq!(status, 200);
    let key = URL_SAFE_NO_PAD
        .decode(body["key"].as_str().unwrap())
        .unwrap();
    assert_eq!((key.len(), key[0]), (65, 4), "an uncompressed P-256 point");

    let phone = BrowserKeys::new(7);
    let endpoint = format!("{origin}/push/phone-1");

    // Refused: an address that is not a configured push service, keys that are not keys, and
    // a request without the CSRF header.
    for (subscription, what) in [
        (
            phone.subscription("https://evil.example/collect"),
            "another host",
        ),
        (
            phone.subscription("http://127.0.0.1:9/push/x"),
            "another port",
        ),
        (
            serde_json::json!({"endpoint": endpoint, "keys": {"p256dh": "AAAA", "auth": "AAAA"}}),
            "bad keys",
        ),
    ] {
        let response = member
            .send_json(reqwest::Method::POST, "/push/subscriptions", &subscription)
            .await;
        assert_eq!(response.status().as_u16(), 400, "{what}");
    }
    let forged = reqwest::Client::new()
        .post(app.url("/push/subscriptions"))
        .json(&phone.subscription(&endpoint))
        .send()
        .await
        .unwrap();
    assert!(
        matches!(forged.status().as_u16(), 401 | 403 | 303),
        "{}",
        forged.status()
    );

    let response = member
        .send_json(
            reqwest::Method::POST,
            "/push/subscriptions",
            &phone.subscription(&endpoint),
        )
        .await;
    assert_eq!(response.status().as_u16(), 204);
    let (_, page) = member.page("/push").await;
    assert!(
        page.contains("One device receives your notifications."),
        "{page}"
    );

    // The test notification.
    let response = member.post_form("/push/test", &[]).await;
    assert_eq!(response.status().as_u16(), 303);
    assert_eq!(response.headers()["location"], "/push?tested=1");
    let received = service.received.lock().unwrap().clone();
    assert_eq!(received.len(), 1);
    let message = &received[0];
    assert_eq!(message.headers["content-encoding"], "aes128gcm");
    assert!(message.headers.contains_key("ttl"));
    let opened = phone.open(&message.body);
    assert_eq!(opened["title"], "Notifications work");
    assert_eq!(opened["url"], "/push");
    let other_auth = web_push_native::Auth::clone_from_slice(&[8u8; 16]);
    assert!(
        web_push_native::decrypt(
            message.body.clone(),
            &BrowserKeys::new(8).secret,
            &other_auth
        )
        .is_err(),
        "another browser's keys do not open it"
    );

    // The VAPID signature: `vapid t=<JWT>, k=<the hub's public key>`, for this push service.
    let authorization = message.headers["authorization"].to_str().unwrap();
    let (token, published) = authorization
        .strip_prefix("vapid t=")
        .and_then(|rest| rest.split_once(", k="))
        .unwrap_or_else(|| panic!("{authorization}"));
    assert_eq!(URL_SAFE_NO_PAD.decode(published).unwrap(), key);
    let verifier = ES256PublicKey::from_bytes(&key).unwrap();
    let options = VerificationOptions {
        // The push service's scheme and host (the port is left out, as for HTTPS services).
        allowed_audiences: Some(std::collections::HashSet::from([
            "http://127.0.0.1".to_string()
        ])),
        ..Default::default()
    };
    let claims = verifier
        .verify_token::<NoCustomClaims>(token, Some(options))
        .expect("signed by the hub's key, for this push service");
    assert!(claims.subject.unwrap().starts_with("mailto:"));

    // Someone else's test does not reach the member's browser.
    let colead = app.sign_in("colead@example.org").await;
    colead.page("/push").await;
    let response = colead.post_form("/push/test", &[]).await;
    assert_eq!(response.headers()["location"], "/push?tested=0");
    assert_eq!(service.received.lock().unwrap().len(), 1);

    // The push service says the subscription is gone: the hub forgets it.
    service.answer.store(410, Ordering::SeqCst);
    let response = member.post_form("/push/test", &[]).await;
    assert_eq!(response.headers()["location"], "/push?tested=0");
    let (_, page) = member.page("/push").await;
    assert!(
        page.contains("No device receives your notifications yet."),
        "{page}"
    );

    // Turning it off on the device forgets it too.
    service.answer.store(201, Ordering::SeqCst);
    member
        .send_json(
            reqwest::Method::POST,
            "/push/subscriptions",
            &phone.subscription(&endpoint),
        )
        .await;
    let response = member
        .send_json(
            reqwest::Method::POST,
            "/push/subscriptions/delete",
            &serde_json::json!({ "endpoint": endpoint }),
        )
        .await;
    assert_eq!(response.status().as_u16(), 204);
    let response = member.post_form("/push/test", &[]).await;
    assert_eq!(response.headers()["location"], "/push?tested=0");
}

/// A notice the person wants at once (here: a task due tomorrow) reaches their phone once,
/// in their words, opening the task — even with no SMTP server configured.
async fn an_immediate_notice_reaches_the_persons_devices_once(backend: Backend) {
    let (origin, service) = start_push_service().await;
    let allowed = origin.clone();
    let Some(app) = TestApp::spawn_with(backend, move |_| Config {
        push_services: vec![allowed],
        ..Config::default()
    })
    .await
    else {
        return;
    };
    let colead = app.sign_in("colead@example.org").await;
    let colead_id = app.person_id("colead@example.org").await;
    colead.page("/account").await;
    let response = colead
        .post_form("/account/email", &[("task_due", "immediate")])
        .await;
    assert_eq!(response.status().as_u16(), 303);
    let phone = BrowserKeys::new(9);
    let response = colead
        .send_json(
            reqwest::Method::POST,
            "/push/subscriptions",
            &phone.subscription(&format!("{origin}/push/colead-phone")),
        )
        .await;
    assert_eq!(response.status().as_u16(), 204);

    app.store
        .create_tasks(
            &[lmp_store::tasks::TaskInput {
                team_id: app.showcase_team_id(),
                title: "Restock the isolation carts".into(),
                owner_id: Some(colead_id),
                due_on: Some(lmp_domain::calendar::iso_date(lmp_store::now() + 86_400)),
                source: "meeting".into(),
                source_id: None,
            }],
            colead_id,
        )
        .await
        .expect("task");

    let worker = lmp_web::email::spawn(
        app.store.clone(),
        lmp_web::email::MailSettings {
            smtp_url: None,
            public_url: app.base.clone(),
            interval: std::time::Duration::from_millis(100),
            ..Default::default()
        },
    );
    let deadline = tokio::time::Instant::now() + std::time::Duration::from_secs(20);
    while service.received.lock().unwrap().is_empty() {
        assert!(
            tokio::time::Instant::now() < deadline,
            "no push for the task"
        );
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    // More rounds of the worker must not push it again.
    tokio::time::sleep(std::time::Duration::from_millis(1000)).await;
    worker.abort();
    let received = service.received.lock().unwrap().clone();
    assert_eq!(received.len(), 1, "pushed once");
    let opened = phone.open(&received[0].body);
    assert!(
        opened["title"]
            .as_str()
            .unwrap()
            .contains("Restock the isolation carts"),
        "{opened}"
    );
    assert!(
        opened["url"].as_str().unwrap().starts_with("/tasks/"),
        "{opened}"
    );
}

lmp_tests::on_both_backends!(
    a_test_notification_reaches_the_members_browser_and_no_one_elses,
    an_immediate_notice_reaches_the_persons_devices_once,
);
