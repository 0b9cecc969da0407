//! Email notifications: the settings `lmp serve` passes in, the signed unsubscribe links, and
//! turning recorded notices into queued mails (one at once for an immediate kind, one digest
//! per person and period for the daily and weekly ones). `worker.rs` runs the scan, this
//! dispatch and the sending; `compose.rs` writes the mails in the person's language. The rules
//! (kinds, defaults, digest periods, retries) are `lmp_domain::notifications`.

pub mod compose;
pub mod worker;

use std::collections::BTreeMap;
use std::time::Duration;

use hmac::{Hmac, Mac};
use lmp_domain::notifications::{self as rules, Delivery, DigestItem, NoticeKind};
use lmp_store::email_queue::NewEmail;
use lmp_store::notices::PendingNotice;
use lmp_store::{Store, StoreResult};
use rand::RngCore;
use sha2::Sha256;

use crate::i18n::Lang;

pub use worker::spawn;

/// How the hub sends mail; from `lmp serve`'s flags.
#[derive(Debug, Clone)]
pub struct MailSettings {
    /// `smtp://host:port` or `smtps://user:pass@host:465`; `None`: mails are queued, not sent.
    pub smtp_url: Option<String>,
    /// The From address (`Name <address>` or a bare address).
    pub from: String,
    /// The hub's address as people reach it, for the links in mails (no trailing slash).
    pub public_url: String,
    /// How often the scan, the digests and the sending run.
    pub interval: Duration,
    /// The hour (UTC) after which each day's (and Monday's, weekly) digest goes out.
    pub digest_hour: u8,
    /// The first retry waits this long; each further one twice as long.
    pub retry_base_secs: i64,
    /// The contact push services are given when an immediate notice also goes to the
    /// person's devices by web push (`crate::push`).
    pub push_contact: String,
}

impl Default for MailSettings {
    fn default() -> MailSettings {
        MailSettings {
            smtp_url: None,
            from: "Partnership Hub <hub@localhost>".into(),
            public_url: "http://127.0.0.1:8080".into(),
            interval: Duration::from_secs(60),
            digest_hour: 6,
            retry_base_secs: 60,
            push_contact: crate::state::Config::default().push_contact,
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Unsubscribe links: `{person}.{kind}[.{kind}…].{hmac}` — the HMAC is the authority, so the
// link works without signing in and cannot be made for someone else or another kind.

const KEY_SETTING: &str = "mail_key";

/// The key of the unsubscribe HMAC, stored in the database so every node agrees.
pub async fn link_key(store: &Store) -> StoreResult<Vec<u8>> {
    let key = store
        .setting_or_insert(KEY_SETTING, || {
            let mut key = [0u8; 32];
            rand::thread_rng().fill_bytes(&mut key);
            hex::encode(key)
        })
        .await?;
    Ok(hex::decode(key).unwrap_or_default())
}

fn mac(key: &[u8], payload: &str) -> Hmac<Sha256> {
    let mut mac = Hmac::<Sha256>::new_from_slice(key).expect("HMAC takes any key length");
    mac.update(b"unsubscribe:");
    mac.update(payload.as_bytes());
    mac
}

/// The token that turns `kinds` off for `person_id`.
pub fn unsubscribe_token(key: &[u8], person_id: i64, kinds: &[NoticeKind]) -> String {
    let mut payload = person_id.to_string();
    for kind in kinds {
        payload.push('.');
        payload.push_str(kind.code());
    }
    let sig = hex::encode(&mac(key, &payload).finalize().into_bytes()[..16]);
    format!("{payload}.{sig}")
}

/// The person and kinds a token names, when its signature is right (compared in constant
/// time).
pub fn verify_unsubscribe(key: &[u8], token: &str) -> Option<(i64, Vec<NoticeKind>)> {
    let (payload, sig) = token.rsplit_once('.')?;
    let sig = hex::decode(sig).ok()?;
    mac(key, payload).verify_truncated_left(&sig).ok()?;
    if sig.len() != 16 {
        return None;
    }
    let mut parts = payload.split('.');
    let person = parts.next()?.parse().ok()?;
    let kinds: Option<Vec<NoticeKind>> = parts.map(NoticeKind::parse).collect();
    let kinds = kinds?;
    (!kinds.is_empty()).then_some((person, kinds))
}

/// Whether `path` is an unsubscribe link (`/unsubscribe/` and one token of the characters a
/// token has): the one place the CSRF check steps aside, because the token is the authority.
pub fn is_unsubscribe_path(path: &str) -> bool {
    path.strip_prefix("/unsubscribe/").is_some_and(|t| {
        !t.is_empty()
            && t.len() <= 200
            && t.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'.' || b == b'_')
    })
}

// ---------------------------------------------------------------------------------------------
// From notices to queued mails.

fn delivery_of(notice: &PendingNotice, kind: NoticeKind) -> Delivery {
    notice
        .delivery
        .as_deref()
        .and_then(Delivery::parse)
        .unwrap_or_else(|| kind.default_delivery())
}

fn lang_of(notice: &PendingNotice) -> Lang {
    notice
        .language
        .as_deref()
        .and_then(Lang::parse)
        .unwrap_or_default()
}

/// Queues the mails the pending notices call for at `now`: each immediate one alone, the
/// digest ones together once per person and period, and drops those the person turned off.
/// Returns how many mails were queued. Safe on several nodes: a mail's key is unique.
pub async fn dispatch(store: &Store, settings: &MailSettings, now: i64) -> StoreResult<usize> {
    let key = link_key(store).await?;
    let mut queued = 0;
    let pending = store.pending_notices(5_000).await?;
    let mut dropped = Vec::new();
    // (person, delivery) → notices waiting for that digest.
    let mut digests: BTreeMap<(i64, &'static str), Vec<&PendingNotice>> = BTreeMap::new();
    for notice in &pending {
        let Some(kind) = NoticeKind::parse(&notice.kind) else {
            dropped.push(notice.id);
            continue;
        };
        match delivery_of(notice, kind) {
            Delivery::Off => dropped.push(notice.id),
            Delivery::Immediate => {
                let lang = lang_of(notice);
                let mail = compose::single(settings, &key, notice, kind, lang);
                if store.enqueue_email(&mail, &[notice.id]).await?.is_some() {
                    queued += 1;
                    // Queued once across every node (the mail's key is unique), so the
                    // person's devices hear of it once too.
                    push_notice(store, settings, notice, kind, lang, mail.subject);
                }
            }
            d => digests
                .entry((notice.person_id, d.code()))
                .or_default()
                .push(notice),
        }
    }
    if !dropped.is_empty() {
        store.drop_notices(&dropped).await?;
    }
    for ((person_id, delivery), notices) in digests {
        let delivery = Delivery::parse(delivery).unwrap_or(Delivery::Daily);
        let Some(period) = rules::digest_period(delivery, now, settings.digest_hour) else {
            continue;
        };
        let dedupe_key = format!("digest:{person_id}:{period}");
        if store.email_queued(&dedupe_key).await? {
            // This period's digest went already; these wait for the next one.
            continue;
        }
        let items: Vec<DigestItem<&PendingNotice>> = notices
            .iter()
            .filter_map(|n| NoticeKind::parse(&n.kind).map(|kind| DigestItem { kind, item: *n }))
            .collect();
        let groups = rules::group_digest(&items);
        let first = notices[0];
        let mail: NewEmail = compose::digest(
            settings,
            &key,
            first,
            delivery,
            &groups,
            lang_of(first),
            dedupe_key,
        );
        let ids: Vec<i64> = notices.iter().map(|n| n.id).collect();
        if store.enqueue_email(&mail, &ids).await?.is_some() {
            queued += 1;
        }
    }
    Ok(queued)
}

/// Sends an immediate notice to the person's devices by web push, in the background (a slow
/// push service must not hold up the mail).
fn push_notice(
    store: &Store,
    settings: &MailSettings,
    notice: &PendingNotice,
    kind: NoticeKind,
    lang: Lang,
    title: String,
) {
    let message = crate::push::Message {
        title,
        body: crate::i18n::message(lang, &format!("email-intro-{}", kind.code()), &[]),
        url: notice.link.clone(),
        tag: format!("{}-{}", kind.code(), notice.subject_id),
    };
    let store = store.clone();
    let contact = settings.push_contact.clone();
    let person_id = notice.person_id;
    tokio::spawn(async move {
        if let Err(e) = crate::push::send_to_person(&store, &contact, person_id, &message).await {
            tracing::warn!("web push for a notice: {e}");
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_unsubscribe_token_names_its_person_and_kinds_and_cannot_be_altered() {
        let key = b"test key";
        let token = unsubscribe_token(key, 42, &[NoticeKind::TaskDue, NoticeKind::Meeting]);
        assert!(is_unsubscribe_path(&format!("/unsubscribe/{token}")));
        assert_eq!(
            verify_unsubscribe(key, &token),
            Some((42, vec![NoticeKind::TaskDue, NoticeKind::Meeting]))
        );
        assert_eq!(verify_unsubscribe(b"other key", &token), None);
        let (payload, sig) = token.rsplit_once('.').unwrap();
        let other_person = payload.replacen("42", "43", 1);
        assert_eq!(
            verify_unsubscribe(key, &format!("{other_person}.{sig}")),
            None
        );
        let more_kinds = format!("{payload}.sign_off.{sig}");
        assert_eq!(verify_unsubscribe(key, &more_kinds), None);
        // A shortened signature is not accepted.
        assert_eq!(
            verify_unsubscribe(key, &format!("{payload}.{}", &sig[..8])),
            None
        );
        assert_eq!(verify_unsubscribe(key, "nonsense"), None);
        assert!(!is_unsubscribe_path("/unsubscribe/"));
        assert!(!is_unsubscribe_path("/unsubscribe/a/../../account/tokens"));
        assert!(!is_unsubscribe_path("/account/unsubscribe/1.meeting.ab"));
    }
}
