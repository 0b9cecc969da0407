//! Queued mail survives a restart: `lmp serve` without an SMTP server queues the mails for
//! tasks due tomorrow, is killed with SIGKILL, and once it is started again with an SMTP
//! server (aiosmtpd on loopback) every queued mail arrives, each exactly once.

mod common;

use std::time::{Duration, Instant};

use common::{Db, Server};
use lmp_store::tasks::TaskInput;
use lmp_store::Backend;
use lmp_tests::smtp::SmtpServer;

const TASKS: usize = 4;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn queued_mail_survives_a_restart_and_is_sent_once() {
    if !lmp_tests::smtp::available() {
        return;
    }
    let db = Db::new(Backend::Sqlite).await.expect("SQLite");
    let fast = ["--mail-interval-ms", "200", "--mail-digest-hour", "0"];
    let server = Server::start_with(&db, true, &fast);

    // The member wants task mails at once; four tasks of theirs are due tomorrow.
    let member = server.sign_in("member@example.org").await;
    member.page("/account").await;
    let response = member
        .post_form("/account/email", &[("task_due", "immediate")])
        .await;
    assert_eq!(response.status().as_u16(), 303);
    let store = db.store().await;
    let member_id = store
        .person_by_email("member@example.org")
        .await
        .expect("query")
        .expect("member")
        .id;
    let team = common::showcase_team(&store).await;
    let due = lmp_domain::calendar::iso_date(lmp_store::now() + 86_400);
    let tasks: Vec<TaskInput> = (1..=TASKS)
        .map(|n| TaskInput {
            team_id: team,
            title: format!("Restart task {n}"),
            owner_id: Some(member_id),
            due_on: Some(due.clone()),
            source: "meeting".into(),
            source_id: None,
        })
        .collect();
    store.create_tasks(&tasks, member_id).await.expect("tasks");

    // No SMTP server: the mails are queued, not sent.
    let started = Instant::now();
    loop {
        let queue = store.email_queue(10_000).await.expect("queue");
        let ours = queue
            .iter()
            .filter(|m| m.subject.contains("Restart task"))
            .count();
        if ours == TASKS {
            assert!(queue
                .iter()
                .all(|m| m.status == "queued" && m.attempts == 0));
            break;
        }
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "the mails were not queued: {queue:#?}\n{}",
            server.log()
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    store.close().await;
    server.kill();

    // Started again with an SMTP server: everything queued goes out, once.
    let smtp = SmtpServer::start().expect("aiosmtpd");
    let url = smtp.url();
    let mut args = fast.to_vec();
    args.extend(["--smtp-url", url.as_str()]);
    let server = Server::start_with(&db, false, &args);
    smtp.wait_for(TASKS, Duration::from_secs(60), |m| {
        m.subject.contains("Restart task")
    })
    .await;
    tokio::time::sleep(Duration::from_millis(1500)).await;
    let mails = smtp.mails();
    let mut ours: Vec<&str> = mails
        .iter()
        .filter(|m| m.subject.contains("Restart task"))
        .map(|m| m.subject.as_str())
        .collect();
    ours.sort();
    assert_eq!(ours.len(), TASKS, "{mails:#?}\n{}", server.log());
    ours.dedup();
    assert_eq!(ours.len(), TASKS, "no mail twice");
    let store = db.store().await;
    let queue = store.email_queue(10_000).await.expect("queue");
    assert!(queue.iter().all(|m| m.status == "sent"), "{queue:#?}");
    assert_eq!(mails.len(), queue.len(), "every queued mail arrived once");
    store.close().await;
    server.kill();
}
