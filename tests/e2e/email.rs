//! Email notifications end to end: a person chooses how they want each kind on the account
//! page, the mail worker finds what needs them and sends it to a real SMTP server (aiosmtpd on
//! loopback), a digest gathers the digest kinds into one mail, and the unsubscribe link from a
//! received mail works without a session and stops that kind.

use std::time::Duration;

use lmp_store::email_queue::EmailRow;
use lmp_store::tasks::TaskInput;
use lmp_tests::smtp::{free_port, temp_dir, Mail, SmtpServer};
use lmp_tests::{on_both_databases, TestApp};
use lmp_web::email::MailSettings;

on_both_databases!(
    mails_arrive_digests_group_and_unsubscribe_stops_a_kind,
    failed_mails_are_retried_and_two_workers_send_each_once,
);

fn settings(app: &TestApp, smtp_url: String) -> MailSettings {
    MailSettings {
        smtp_url: Some(smtp_url),
        from: "Partnership Hub <hub@example.org>".into(),
        public_url: app.base.clone(),
        interval: Duration::from_millis(150),
        digest_hour: 0,
        retry_base_secs: 1,
        push_contact: "mailto:hub@example.org".into(),
    }
}

fn tomorrow() -> String {
    lmp_domain::calendar::iso_date(lmp_store::now() + 86_400)
}

async fn task_for(app: &TestApp, owner: i64, title: &str) {
    app.store
        .create_tasks(
            &[TaskInput {
                team_id: app.showcase_team_id(),
                title: title.into(),
                owner_id: Some(owner),
                due_on: Some(tomorrow()),
                source: "meeting".into(),
                source_id: None,
            }],
            owner,
        )
        .await
        .expect("task");
}

fn to(mails: &[Mail], address: &str) -> Vec<Mail> {
    mails
        .iter()
        .filter(|m| m.to.contains(address))
        .cloned()
        .collect()
}

async fn mails_arrive_digests_group_and_unsubscribe_stops_a_kind(app: TestApp) {
    let Some(smtp) = SmtpServer::start() else {
        return;
    };
    let colead_email = "colead@example.org";
    let colead = app.sign_in(colead_email).await;
    let colead_id = app.person_id(colead_email).await;
    let member = app.sign_in("member@example.org").await;
    let member_id = app.person_id("member@example.org").await;

    // The co-lead wants tasks at once and meetings in the daily summary (the default).
    let (status, page) = colead.page("/account").await;
    assert_eq!(status, 200);
    assert!(
        page.contains("name=\"task_due\""),
        "the account page has email choices"
    );
    let response = colead
        .post_form(
            "/account/email",
            &[("task_due", "immediate"), ("meeting", "daily")],
        )
        .await;
    assert_eq!(response.status().as_u16(), 303);
    let (_, page) = colead.page("/account?saved=email").await;
    assert!(
        page.contains("<option value=\"immediate\" selected>"),
        "choice saved"
    );
    // A bad choice is refused and changes nothing.
    let response = colead
        .post_form("/account/email", &[("task_due", "hourly")])
        .await;
    assert_eq!(response.status().as_u16(), 400);
    // The member reads the hub in Spanish and wants tasks at once too.
    member.page("/account").await;
    member.post_form("/language", &[("language", "es")]).await;
    member
        .post_form("/account/email", &[("task_due", "immediate")])
        .await;

    // What needs the co-lead: a task due tomorrow, and two meetings of the team tomorrow.
    task_for(&app, colead_id, "Order the new lift slings").await;
    let tomorrow_noon = (lmp_store::now() / 86_400 + 1) * 86_400 + 12 * 3600;
    for title in ["Safety huddle review", "Staffing grid check-in"] {
        app.store
            .create_meeting(
                app.showcase_team_id(),
                title,
                "standard",
                tomorrow_noon,
                30,
                "Room 4",
                colead_id,
                &[],
            )
            .await
            .expect("meeting");
    }

    let worker = lmp_web::email::spawn(app.store.clone(), settings(&app, smtp.url()));
    smtp.wait_for(2, Duration::from_secs(30), |m| m.to.contains(colead_email))
        .await;
    // A few more rounds: scanning again must not send anything twice.
    tokio::time::sleep(Duration::from_millis(1200)).await;
    let mails = to(&smtp.mails(), colead_email);
    let task_mails: Vec<&Mail> = mails
        .iter()
        .filter(|m| m.subject.contains("Order the new lift slings"))
        .collect();
    assert_eq!(task_mails.len(), 1, "the task mail once: {mails:#?}");
    let digests: Vec<&Mail> = mails
        .iter()
        .filter(|m| m.subject.contains("daily summary"))
        .collect();
    assert_eq!(digests.len(), 1, "one daily digest: {mails:#?}");
    let task_mail = mails
        .iter()
        .find(|m| m.subject.contains("Order the new lift slings"))
        .expect("the task mail");
    assert!(
        task_mail.subject.starts_with("Task due"),
        "{}",
        task_mail.subject
    );
    assert!(task_mail.body.contains(&format!("{}/tasks/", app.base)));
    assert_eq!(
        task_mail.list_unsubscribe_post,
        "List-Unsubscribe=One-Click"
    );
    assert!(task_mail
        .unsubscribe_url()
        .starts_with(&format!("{}/unsubscribe/", app.base)));
    let digest = mails
        .iter()
        .find(|m| m.subject.contains("daily summary"))
        .unwrap_or_else(|| panic!("a daily digest among {mails:#?}"));
    assert!(
        digest.subject.contains("things need you"),
        "several things: {}",
        digest.subject
    );
    assert!(digest.body.contains("Meetings tomorrow"));
    assert!(digest.body.contains("Safety huddle review"));
    assert!(digest.body.contains("Staffing grid check-in"));
    assert!(
        !digest.body.contains("lift slings"),
        "the task went on its own"
    );

    // The member got no task mail yet (they own none); the digest reached them in Spanish.
    let member_mails = to(&smtp.mails(), "member@example.org");
    assert!(
        member_mails
            .iter()
            .any(|m| m.subject.contains("resumen diario") && m.body.contains("Safety huddle")),
        "{member_mails:#?}"
    );

    // Unsubscribe from the task mail's link: no session, no CSRF token.
    let link = task_mail.unsubscribe_url();
    let path = link.trim_start_matches(&app.base).to_string();
    let stranger = app.anonymous();
    let (status, page) = stranger.page(&path).await;
    assert_eq!(status, 200);
    assert!(
        page.contains("Stop these emails"),
        "a confirmation with a button"
    );
    // An altered token is refused and changes nothing.
    let forged = path.replace(
        &format!("/unsubscribe/{colead_id}."),
        &format!("/unsubscribe/{member_id}."),
    );
    assert_ne!(forged, path);
    let response = app
        .anonymous()
        .post_form_raw(&forged, &[("List-Unsubscribe", "One-Click")])
        .await;
    assert_eq!(response.status().as_u16(), 404);
    // The one-click POST a mail program sends (RFC 8058).
    let response = app
        .anonymous()
        .post_form_raw(&path, &[("List-Unsubscribe", "One-Click")])
        .await;
    assert_eq!(response.status().as_u16(), 200);
    let (_, page) = colead.page("/account").await;
    let select = &page[page.find("name=\"task_due\"").expect("task select")..];
    let select = &select[..select.find("</select>").unwrap()];
    assert!(
        select.contains("<option value=\"off\" selected>"),
        "{select}"
    );

    // New tasks: the member's mail arrives (in Spanish), the co-lead's never does.
    task_for(&app, colead_id, "Restock the glove boxes").await;
    task_for(&app, member_id, "Revisar el tablero").await;
    let mails = smtp
        .wait_for(1, Duration::from_secs(30), |m| {
            m.subject.contains("Revisar el tablero")
        })
        .await;
    let member_task = mails
        .iter()
        .find(|m| m.subject.contains("Revisar el tablero"))
        .expect("the member's task mail");
    assert!(
        member_task.subject.starts_with("Tarea por vencer"),
        "{}",
        member_task.subject
    );
    assert!(member_task.body.contains("Hola"));
    tokio::time::sleep(Duration::from_millis(800)).await;
    assert!(
        !smtp
            .mails()
            .iter()
            .any(|m| m.subject.contains("glove boxes")),
        "an unsubscribed kind is not mailed"
    );
    worker.abort();
}

async fn wait_queue(
    app: &TestApp,
    limit: Duration,
    done: impl Fn(&[EmailRow]) -> bool,
) -> Vec<EmailRow> {
    let started = std::time::Instant::now();
    loop {
        let rows = app.store.email_queue(1000).await.expect("queue");
        if done(&rows) || started.elapsed() > limit {
            return rows;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

async fn failed_mails_are_retried_and_two_workers_send_each_once(app: TestApp) {
    if !lmp_tests::smtp::available() {
        return;
    }
    let member = app.sign_in("member@example.org").await;
    let member_id = app.person_id("member@example.org").await;
    member.page("/account").await;
    member
        .post_form(
            "/account/email",
            &[
                ("task_due", "immediate"),
                ("meeting", "off"),
                ("escalation", "off"),
                ("stance", "off"),
                ("sign_off", "off"),
            ],
        )
        .await;
    for n in 1..=5 {
        task_for(&app, member_id, &format!("Numbered task {n}")).await;
    }
    // Nothing listens on the port yet: every try fails, and the error is kept.
    let port = free_port();
    let url = format!("smtp://127.0.0.1:{port}");
    let first = lmp_web::email::spawn(app.store.clone(), settings(&app, url.clone()));
    let second = lmp_web::email::spawn(app.store.clone(), settings(&app, url));
    let rows = wait_queue(&app, Duration::from_secs(30), |rows| {
        rows.len() >= 5
            && rows
                .iter()
                .all(|r| r.attempts >= 1 && !r.last_error.is_empty())
    })
    .await;
    assert_eq!(rows.len(), 5, "{rows:#?}");
    assert!(
        rows.iter()
            .all(|r| r.status == "queued" && !r.last_error.is_empty()),
        "{rows:#?}"
    );
    // The server comes up: each mail arrives once, although two workers are sending.
    let smtp = SmtpServer::start_on(port, temp_dir("maildir")).expect("aiosmtpd");
    smtp.wait_for(5, Duration::from_secs(60), |m| {
        m.subject.contains("Numbered task")
    })
    .await;
    tokio::time::sleep(Duration::from_millis(1500)).await;
    let mut subjects: Vec<String> = smtp
        .mails()
        .into_iter()
        .filter(|m| m.subject.contains("Numbered task"))
        .map(|m| m.subject)
        .collect();
    subjects.sort();
    assert_eq!(subjects.len(), 5, "{subjects:#?}");
    subjects.dedup();
    assert_eq!(subjects.len(), 5, "no mail twice");
    let rows = app.store.email_queue(1000).await.expect("queue");
    assert!(rows.iter().all(|r| r.status == "sent"), "{rows:#?}");
    first.abort();
    second.abort();
}
