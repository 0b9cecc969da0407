//! The mail worker `lmp serve` runs on every node: each interval it scans for notices, queues
//! the mails they call for and sends the queued mails that are due over SMTP (when a URL is
//! set). Every step is safe on several nodes at once (unique keys, leased claims) and keeps its
//! state in the database, so a restart loses nothing: what was queued is sent after it.
//!
//! A mail handed to the SMTP server just before the node dies, but not yet marked sent, is
//! sent again once its lease runs out: at least once, never lost.

use std::time::Duration;

use lettre::message::header::{ContentType, HeaderName, HeaderValue};
use lettre::message::Mailbox;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use lmp_store::email_queue::ClaimedEmail;
use lmp_store::{Store, StoreError};
use rand::RngCore;

use super::MailSettings;

/// How long a claimed mail is held by its worker before another may take it.
const LEASE_SECS: i64 = 120;
/// The most mails one run sends (the rest wait for the next run).
const BATCH: usize = 200;

type Transport = AsyncSmtpTransport<Tokio1Executor>;

/// Starts the worker in the background.
pub fn spawn(store: Store, settings: MailSettings) -> tokio::task::JoinHandle<()> {
    tokio::spawn(run(store, settings))
}

fn transport(url: &str) -> Result<Transport, String> {
    Ok(Transport::from_url(url)
        .map_err(|e| format!("the SMTP URL is not usable: {e}"))?
        .timeout(Some(Duration::from_secs(30)))
        .build())
}

async fn run(store: Store, settings: MailSettings) {
    let mut id = [0u8; 8];
    rand::thread_rng().fill_bytes(&mut id);
    let worker = hex::encode(id);
    let transport = match settings.smtp_url.as_deref() {
        Some(url) => match transport(url) {
            Ok(t) => Some(t),
            Err(e) => {
                tracing::error!("{e}; mail is queued but not sent");
                None
            }
        },
        None => {
            tracing::info!("no SMTP URL: notices and mails are queued but not sent");
            None
        }
    };
    let mut tick = tokio::time::interval(settings.interval.max(Duration::from_millis(10)));
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        tick.tick().await;
        if let Err(e) = run_once(&store, &settings, transport.as_ref(), &worker).await {
            tracing::warn!("mail worker: {e}");
        }
    }
}

/// One round: scan, queue, send.
async fn run_once(
    store: &Store,
    settings: &MailSettings,
    transport: Option<&Transport>,
    worker: &str,
) -> Result<(), StoreError> {
    let now = lmp_store::now();
    let found = store.find_notices(now).await?;
    let added = store.record_notices(&found).await?;
    if added > 0 {
        tracing::debug!(added, "new notices");
    }
    let queued = super::dispatch(store, settings, now).await?;
    if queued > 0 {
        tracing::info!(queued, "mails queued");
    }
    if let Some(transport) = transport {
        send_due(store, settings, transport, worker).await?;
    }
    Ok(())
}

async fn send_due(
    store: &Store,
    settings: &MailSettings,
    transport: &Transport,
    worker: &str,
) -> Result<(), StoreError> {
    for _ in 0..BATCH {
        let Some(mail) = store.claim_email(worker, LEASE_SECS).await? else {
            return Ok(());
        };
        let result = match build(settings, &mail) {
            Ok(message) => transport
                .send(message)
                .await
                .map(|_| ())
                .map_err(|e| format!("SMTP: {e}")),
            Err(e) => Err(e),
        };
        match result {
            Ok(()) => {
                metrics::counter!("lmp_mail_sent_total").increment(1);
                store.email_sent(mail.id, worker).await?
            }
            Err(e) => {
                metrics::counter!("lmp_mail_failed_total").increment(1);
                tracing::warn!(
                    mail = mail.id,
                    attempts = mail.attempts,
                    "mail not sent: {e}"
                );
                store
                    .email_failed(&mail, worker, &e, settings.retry_base_secs)
                    .await?
            }
        }
    }
    Ok(())
}

/// The message as it goes out: plain text, with the unsubscribe headers of RFC 2369 and the
/// one-click POST of RFC 8058.
fn build(settings: &MailSettings, mail: &ClaimedEmail) -> Result<Message, String> {
    let from: Mailbox = settings
        .from
        .parse()
        .map_err(|e| format!("the From address {:?} is not valid: {e}", settings.from))?;
    let to: Mailbox = mail
        .to_address
        .parse()
        .map_err(|e| format!("the address {:?} is not valid: {e}", mail.to_address))?;
    let mut builder = Message::builder()
        .from(from)
        .to(to)
        .subject(&mail.subject)
        .raw_header(HeaderValue::new(
            HeaderName::new_from_ascii_str("Auto-Submitted"),
            "auto-generated".into(),
        ));
    if !mail.unsubscribe_url.is_empty() {
        builder = builder
            .raw_header(HeaderValue::new(
                HeaderName::new_from_ascii_str("List-Unsubscribe"),
                format!("<{}>", mail.unsubscribe_url),
            ))
            .raw_header(HeaderValue::new(
                HeaderName::new_from_ascii_str("List-Unsubscribe-Post"),
                "List-Unsubscribe=One-Click".into(),
            ));
    }
    builder
        .header(ContentType::TEXT_PLAIN)
        .body(mail.body_text.clone())
        .map_err(|e| format!("the mail could not be built: {e}"))
}
