//! The audit log for administrators: changes appear with who made them, filters narrow the
//! list, nobody else may read it, and nothing in the product changes it.

use lmp_tests::{on_both_databases, TestApp};

on_both_databases!(administrators_read_a_filtered_audit_log_that_only_grows);

async fn administrators_read_a_filtered_audit_log_that_only_grows(app: TestApp) {
    let colead = app.sign_in("colead@example.org").await;
    let team = app.showcase_team().await;
    // Two changes by the co-lead: a charter edit and a meeting.
    colead.page(&format!("/teams/{team}/charter")).await;
    colead
        .post_form(
            &format!("/teams/{team}/charter"),
            &[
                ("purpose", "Safe, timely care"),
                ("meeting_cadence", "Weekly"),
                ("ground_rules", "One conversation at a time"),
                ("decision_rules", "Consensus"),
                ("quorum", "4"),
            ],
        )
        .await;
    colead.page(&format!("/teams/{team}/meetings")).await;
    colead
        .post_form(
            &format!("/teams/{team}/meetings"),
            &[
                ("template", "huddle"),
                ("title", "Tuesday huddle"),
                ("date", "2026-12-01"),
                ("time", "07:30"),
            ],
        )
        .await;

    let admin = app.sign_in("admin@example.org").await;
    let (status, log) = admin.page("/admin/audit").await;
    assert_eq!(status, 200);
    assert!(log.contains("meeting.plan"), "{log}");
    assert!(log.contains("Tuesday huddle"));
    let colead_name = app
        .store
        .person(app.person_id("colead@example.org").await)
        .await
        .unwrap()
        .name;
    assert!(log.contains(&colead_name), "the actor is named: {log}");
    let (_, only_meetings) = admin.page("/admin/audit?action=meeting.").await;
    assert!(only_meetings.contains("meeting.plan"));
    assert!(!only_meetings.contains("charter"), "{only_meetings}");
    let (_, none) = admin.page("/admin/audit?from=2099-01-01").await;
    assert!(none.contains("No line matches"));
    let (_, bad) = admin.page("/admin/audit?from=tomorrow").await;
    assert!(bad.contains("Give dates as YYYY-MM-DD"));

    // Nobody else reads it; no route changes it.
    let (status, _) = colead.page("/admin/audit").await;
    assert_eq!(status, 403);
    let before = app
        .store
        .audit_page(
            &Default::default(),
            lmp_domain::PageRequest::new(None, None),
        )
        .await
        .unwrap()
        .total;
    for method in [
        reqwest::Method::POST,
        reqwest::Method::DELETE,
        reqwest::Method::PUT,
    ] {
        let response = admin
            .client
            .request(method, app.url("/admin/audit"))
            .header("x-csrf-token", admin.csrf())
            .send()
            .await
            .unwrap();
        assert_eq!(response.status().as_u16(), 405);
    }
    let after = app
        .store
        .audit_page(
            &Default::default(),
            lmp_domain::PageRequest::new(None, None),
        )
        .await
        .unwrap()
        .total;
    assert_eq!(before, after);
}
