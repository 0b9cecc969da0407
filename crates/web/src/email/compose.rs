//! The mails themselves, in plain text and in the person's language: one notice alone, or a
//! digest of notices grouped by kind. Each carries the links back to the hub and a one-click
//! unsubscribe link for the kinds it holds.

use lmp_domain::notifications::{Delivery, NoticeKind};
use lmp_store::email_queue::NewEmail;
use lmp_store::notices::PendingNotice;

use super::{unsubscribe_token, MailSettings};
use crate::i18n::{message, Arg, Lang};

fn t(lang: Lang, id: &str) -> String {
    message(lang, id, &[])
}

/// The catalogue id of a kind's name (`email-kind-task_due`…), shared with the account page.
pub fn kind_label_id(kind: NoticeKind) -> String {
    format!("email-kind-{}", kind.code())
}

fn unsubscribe_url(
    settings: &MailSettings,
    key: &[u8],
    person: i64,
    kinds: &[NoticeKind],
) -> String {
    format!(
        "{}/unsubscribe/{}",
        settings.public_url,
        unsubscribe_token(key, person, kinds)
    )
}

fn item(settings: &MailSettings, notice: &PendingNotice) -> String {
    let mut text = format!("  * {}\n", notice.title);
    if !notice.detail.is_empty() {
        text.push_str(&format!("    {}\n", notice.detail));
    }
    text.push_str(&format!("    {}{}\n", settings.public_url, notice.link));
    text
}

fn footer(settings: &MailSettings, lang: Lang, unsubscribe: &str) -> String {
    format!(
        "\n-- \n{}\n{}/account\n\n{}\n{}\n",
        t(lang, "email-footer-settings"),
        settings.public_url,
        t(lang, "email-footer-unsubscribe"),
        unsubscribe
    )
}

/// One notice, sent at once.
pub fn single(
    settings: &MailSettings,
    key: &[u8],
    notice: &PendingNotice,
    kind: NoticeKind,
    lang: Lang,
) -> NewEmail {
    let unsubscribe = unsubscribe_url(settings, key, notice.person_id, &[kind]);
    let subject = message(
        lang,
        &format!("email-subject-{}", kind.code()),
        &[("title", Arg::Text(&notice.title))],
    );
    let body = format!(
        "{}\n\n{}\n\n{}{}",
        message(lang, "email-greeting", &[("name", Arg::Text(&notice.name))]),
        t(lang, &format!("email-intro-{}", kind.code())),
        item(settings, notice),
        footer(settings, lang, &unsubscribe)
    );
    NewEmail {
        person_id: Some(notice.person_id),
        to_address: notice.email.clone(),
        subject,
        body_text: body,
        unsubscribe_url: unsubscribe,
        dedupe_key: format!(
            "notice:{}",
            lmp_domain::notifications::notice_key(
                notice.person_id,
                kind,
                notice.subject_id,
                &notice.day
            )
        ),
    }
}

/// A digest: the person's waiting notices of one delivery, grouped by kind.
pub fn digest(
    settings: &MailSettings,
    key: &[u8],
    person: &PendingNotice,
    delivery: Delivery,
    groups: &[(NoticeKind, Vec<&PendingNotice>)],
    lang: Lang,
    dedupe_key: String,
) -> NewEmail {
    let kinds: Vec<NoticeKind> = groups.iter().map(|(k, _)| *k).collect();
    let unsubscribe = unsubscribe_url(settings, key, person.person_id, &kinds);
    let count: usize = groups.iter().map(|(_, items)| items.len()).sum();
    let subject = message(
        lang,
        match delivery {
            Delivery::Weekly => "email-digest-subject-weekly",
            _ => "email-digest-subject-daily",
        },
        &[("count", Arg::Number(count as i64))],
    );
    let mut body = format!(
        "{}\n\n{}\n",
        message(lang, "email-greeting", &[("name", Arg::Text(&person.name))]),
        t(lang, "email-digest-intro")
    );
    for (kind, items) in groups {
        body.push_str(&format!("\n{}\n\n", t(lang, &kind_label_id(*kind))));
        for notice in items {
            body.push_str(&item(settings, notice));
        }
    }
    body.push_str(&footer(settings, lang, &unsubscribe));
    NewEmail {
        person_id: Some(person.person_id),
        to_address: person.email.clone(),
        subject,
        body_text: body,
        unsubscribe_url: unsubscribe,
        dedupe_key,
    }
}
