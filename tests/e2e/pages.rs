//! What co-leads, members and administrators do on the pages.

use lmp_tests::{on_both_databases, TestApp};

on_both_databases!(
    my_work_shows_the_signed_in_persons_teams_and_roles,
    the_directory_filters_and_paginates,
    a_co_lead_adds_and_removes_a_roster_member,
    bad_roster_input_shows_field_errors_and_keeps_what_was_typed,
    removing_the_last_co_lead_of_a_side_asks_for_confirmation,
    the_charter_form_validates_and_saves,
    an_administrator_adds_a_person_and_sees_clear_errors,
);

async fn my_work_shows_the_signed_in_persons_teams_and_roles(app: TestApp) {
    let colead = app.sign_in("colead@example.org").await;
    let (status, body) = colead.page("/").await;
    assert_eq!(status, 200);
    assert!(body.contains("<h1>My work</h1>"));
    let team = app.store.team(app.showcase_team().await).await.unwrap();
    assert!(body.contains(&team.name));
    assert!(body.contains("Labor co-lead"));
    let admin = app.sign_in("admin@example.org").await;
    let (_, body) = admin.page("/").await;
    assert!(body.contains("Administrator"), "site roles are listed");
}

async fn the_directory_filters_and_paginates(app: TestApp) {
    let member = app.sign_in("member@example.org").await;
    let (status, body) = member.page("/teams").await;
    assert_eq!(status, 200);
    assert!(body.contains("Showing 1–25 of 40"), "40 teams, 25 a page");
    assert!(body.contains("rel=\"next\""));
    let (_, page2) = member.page("/teams?page=2").await;
    assert!(page2.contains("Showing 26–40 of 40"));
    assert!(!page2.contains("rel=\"next\""));

    let org = app.store.org_tree().await.unwrap();
    let facility = &org.facilities[1];
    let (_, filtered) = member
        .page(&format!("/teams?facility={}", facility.id))
        .await;
    let rows = filtered.matches("<td><a href=\"/teams/").count();
    assert!(rows > 0);
    assert_eq!(
        filtered
            .matches(&format!("<td>{}</td>", facility.name))
            .count(),
        rows,
        "only that facility"
    );

    let (_, none) = member.page("/teams?q=zzzz-no-such-team").await;
    assert!(none.contains("No team matches these filters"));
    assert!(
        none.contains("value=\"zzzz-no-such-team\""),
        "the filter keeps what was typed"
    );
    let (status, _) = member.page("/teams?region=abc&page=0").await;
    assert_eq!(
        status, 200,
        "nonsense filters are ignored, not an error page"
    );
}

async fn a_co_lead_adds_and_removes_a_roster_member(app: TestApp) {
    let showcase = app.showcase_team().await;
    let colead = app.sign_in("colead@example.org").await;
    colead.page(&format!("/teams/{showcase}")).await;
    let newcomer = app
        .store
        .person(app.person_id("admin@example.org").await)
        .await
        .unwrap();

    let response = colead
        .post_form(
            &format!("/teams/{showcase}/roster"),
            &[("person", &newcomer.email), ("role", "member")],
        )
        .await;
    assert_eq!(response.status().as_u16(), 303);
    let (_, body) = colead.page(&format!("/teams/{showcase}?done=added")).await;
    assert!(body.contains("Added to the roster."));
    assert!(body.contains(&format!("Remove {} as Member", newcomer.name)));

    let entry = app
        .store
        .roster(showcase)
        .await
        .unwrap()
        .into_iter()
        .find(|e| e.person_id == newcomer.id)
        .unwrap();
    let response = colead
        .post_form(
            &format!("/teams/{showcase}/roster/{}/remove", entry.id),
            &[],
        )
        .await;
    assert_eq!(response.status().as_u16(), 303);
    assert!(app
        .store
        .roster(showcase)
        .await
        .unwrap()
        .iter()
        .all(|e| e.person_id != newcomer.id));
    let audit: i64 = sqlx_count(
        &app,
        "SELECT COUNT(*) FROM audit_log WHERE action LIKE 'roster.%'",
    )
    .await;
    assert_eq!(audit, 2, "both changes are in the audit log");
}

async fn sqlx_count(app: &TestApp, sql: &str) -> i64 {
    lmp_store::testing::count(&app.store, sql).await
}

async fn bad_roster_input_shows_field_errors_and_keeps_what_was_typed(app: TestApp) {
    let showcase = app.showcase_team().await;
    let colead = app.sign_in("colead@example.org").await;
    colead.page(&format!("/teams/{showcase}")).await;
    let path = format!("/teams/{showcase}/roster");

    let response = colead
        .post_form(&path, &[("person", "not-an-email"), ("role", "")])
        .await;
    assert_eq!(response.status().as_u16(), 422);
    let body = response.text().await.unwrap();
    assert!(body.contains("Enter an email address like name@example.org."));
    assert!(body.contains("Choose a role from the list."));
    assert!(
        body.contains("value=\"not-an-email\""),
        "what was typed is kept"
    );

    let response = colead
        .post_form(
            &path,
            &[("person", "nobody@example.org"), ("role", "member")],
        )
        .await;
    assert!(response
        .text()
        .await
        .unwrap()
        .contains("No one in the hub has the email nobody@example.org."));

    // A management-side person cannot be the labor co-lead.
    let response = colead
        .post_form(
            &path,
            &[("person", "sponsor@example.org"), ("role", "co_lead_labor")],
        )
        .await;
    assert_eq!(response.status().as_u16(), 422);
    let body = response.text().await.unwrap();
    assert!(body.contains("must be on the labor side"), "{body}");
    assert!(
        body.contains("<option value=\"co_lead_labor\" selected>"),
        "the chosen role is kept"
    );

    // The same role twice.
    let response = colead
        .post_form(
            &path,
            &[("person", "member@example.org"), ("role", "member")],
        )
        .await;
    assert_eq!(response.status().as_u16(), 422);
    assert!(response
        .text()
        .await
        .unwrap()
        .contains("already holds the role member"));
}

async fn removing_the_last_co_lead_of_a_side_asks_for_confirmation(app: TestApp) {
    let showcase = app.showcase_team().await;
    let admin = app.sign_in("admin@example.org").await;
    admin.page(&format!("/teams/{showcase}")).await;
    let colead = app
        .store
        .roster(showcase)
        .await
        .unwrap()
        .into_iter()
        .find(|e| e.role == "co_lead_management")
        .unwrap();
    let path = format!("/teams/{showcase}/roster/{}/remove", colead.id);
    let response = admin.post_form(&path, &[]).await;
    assert_eq!(response.status().as_u16(), 200);
    let body = response.text().await.unwrap();
    assert!(body.contains("only management co-lead"), "{body}");
    assert!(body.contains("name=\"confirm\" value=\"yes\""));
    assert!(
        app.store
            .roster(showcase)
            .await
            .unwrap()
            .iter()
            .any(|e| e.id == colead.id),
        "not removed yet"
    );

    let response = admin.post_form(&path, &[("confirm", "yes")]).await;
    assert_eq!(response.status().as_u16(), 303);
    assert!(app
        .store
        .roster(showcase)
        .await
        .unwrap()
        .iter()
        .all(|e| e.id != colead.id));
}

async fn the_charter_form_validates_and_saves(app: TestApp) {
    let showcase = app.showcase_team().await;
    let colead = app.sign_in("colead@example.org").await;
    let path = format!("/teams/{showcase}/charter");
    let (status, _) = colead.page(&path).await;
    assert_eq!(status, 200);
    let fields = [
        ("description", "Pharmacy day team"),
        ("purpose", "Safe, quick prescriptions for every member."),
        ("meeting_cadence", "Weekly, Tuesdays 8:00"),
        ("ground_rules", "Be on time."),
        ("decision_rules", "Consensus first."),
        ("quorum", "lots"),
    ];
    let response = colead.post_form(&path, &fields).await;
    assert_eq!(response.status().as_u16(), 422);
    let body = response.text().await.unwrap();
    assert!(body.contains("The quorum must be a whole number"));
    assert!(
        body.contains("Weekly, Tuesdays 8:00"),
        "typed values are kept"
    );
    let mut good = fields;
    good[5] = ("quorum", "6");
    let response = colead.post_form(&path, &good).await;
    assert_eq!(response.status().as_u16(), 303);
    let team = app.store.team(showcase).await.unwrap();
    assert_eq!(team.meeting_cadence, "Weekly, Tuesdays 8:00");
    assert_eq!(team.quorum, 6);
}

async fn an_administrator_adds_a_person_and_sees_clear_errors(app: TestApp) {
    let admin = app.sign_in("admin@example.org").await;
    admin.page("/admin/people/new").await;
    let response = admin
        .post_form(
            "/admin/people/new",
            &[
                ("name", ""),
                ("email", "member@example.org"),
                ("side", "labor"),
                ("local", ""),
            ],
        )
        .await;
    assert_eq!(response.status().as_u16(), 422);
    let body = response.text().await.unwrap();
    assert!(body.contains("The name is required."));
    assert!(body.contains("belongs to a union local"));
    let local = app.store.org_tree().await.unwrap().locals[0].id.to_string();
    let response = admin
        .post_form(
            "/admin/people/new",
            &[
                ("name", "Lee Park"),
                ("email", "member@example.org"),
                ("side", "labor"),
                ("local", &local),
            ],
        )
        .await;
    assert!(response
        .text()
        .await
        .unwrap()
        .contains("already has this email"));
    let response = admin
        .post_form(
            "/admin/people/new",
            &[
                ("name", "Lee Park"),
                ("email", "Lee.Park@Example.org"),
                ("side", "labor"),
                ("local", &local),
                ("job_title", "Pharmacist"),
            ],
        )
        .await;
    assert_eq!(response.status().as_u16(), 303);
    let person = app
        .store
        .person_by_email("lee.park@example.org")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(person.name, "Lee Park");
}
