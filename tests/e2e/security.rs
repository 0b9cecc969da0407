//! Sign-in, sessions, CSRF and who may do what, on pages and in the API.

use lmp_tests::{on_both_databases, TestApp, PASSWORD};

on_both_databases!(
    a_member_is_refused_another_teams_roster_edit_on_page_and_api,
    a_member_reads_but_cannot_edit_their_own_team,
    a_request_without_the_csrf_token_is_refused_and_changes_nothing,
    ten_bad_passwords_in_a_row_lock_the_account_for_a_while,
    signing_in_issues_a_new_session_and_signing_out_ends_it,
    a_leader_reads_teams_in_their_region_only,
    anonymous_visitors_are_sent_to_sign_in_and_api_callers_get_401,
    a_member_is_refused_the_administration_pages,
);

async fn other_team(app: &TestApp, not: i64) -> i64 {
    let page = app
        .store
        .team_directory(
            &Default::default(),
            lmp_domain::PageRequest::new(None, Some(5)),
        )
        .await
        .unwrap();
    page.items
        .iter()
        .map(|t| t.id)
        .find(|id| *id != not)
        .unwrap()
}

async fn a_member_is_refused_another_teams_roster_edit_on_page_and_api(app: TestApp) {
    let showcase = app.showcase_team().await;
    let other = other_team(&app, showcase).await;
    let member = app.sign_in("member@example.org").await;
    let someone = app.person_id("admin@example.org").await.to_string();
    let before = app.store.roster(other).await.unwrap().len();

    member.page("/").await;
    let response = member
        .post_form(
            &format!("/teams/{other}/roster"),
            &[("person", "admin@example.org"), ("role", "member")],
        )
        .await;
    assert_eq!(response.status().as_u16(), 403);
    assert!(response.text().await.unwrap().contains("Only the team"));

    let response = member
        .send_json(
            reqwest::Method::POST,
            &format!("/api/v1/teams/{other}/roster"),
            &serde_json::json!({ "person_id": someone.parse::<i64>().unwrap(), "role": "member" }),
        )
        .await;
    assert_eq!(response.status().as_u16(), 403);
    assert_eq!(
        response.headers()["content-type"].to_str().unwrap(),
        "application/problem+json"
    );
    let entry = app.store.roster(other).await.unwrap()[0].id;
    let response = member
        .send_json(
            reqwest::Method::DELETE,
            &format!("/api/v1/teams/{other}/roster/{entry}"),
            &serde_json::json!({}),
        )
        .await;
    assert_eq!(response.status().as_u16(), 403);

    let (status, _) = member.page(&format!("/teams/{other}")).await;
    assert_eq!(
        status, 403,
        "a member cannot even read another team's roster"
    );
    let (status, _) = member.get_json(&format!("/api/v1/teams/{other}")).await;
    assert_eq!(status, 403);
    assert_eq!(
        app.store.roster(other).await.unwrap().len(),
        before,
        "nothing changed"
    );
}

async fn a_member_reads_but_cannot_edit_their_own_team(app: TestApp) {
    let showcase = app.showcase_team().await;
    let member = app.sign_in("member@example.org").await;
    let (status, body) = member.page(&format!("/teams/{showcase}")).await;
    assert_eq!(status, 200);
    assert!(body.contains("Co-leads"));
    assert!(
        !body.contains("Add someone to the roster"),
        "no edit form for a member"
    );
    let entry = app.store.roster(showcase).await.unwrap()[0].id;
    let response = member
        .post_form(&format!("/teams/{showcase}/roster/{entry}/remove"), &[])
        .await;
    assert_eq!(
        response.status().as_u16(),
        403,
        "hiding the button is not the only protection"
    );
    let (status, _) = member.page(&format!("/teams/{showcase}/charter")).await;
    assert_eq!(status, 403);
}

async fn a_request_without_the_csrf_token_is_refused_and_changes_nothing(app: TestApp) {
    let showcase = app.showcase_team().await;
    let colead = app.sign_in("colead@example.org").await;
    colead.page(&format!("/teams/{showcase}")).await;
    let before = app.store.roster(showcase).await.unwrap().len();
    let fields = [("person", "admin@example.org"), ("role", "member")];

    let response = colead
        .post_form_raw(&format!("/teams/{showcase}/roster"), &fields)
        .await;
    assert_eq!(response.status().as_u16(), 403, "no token");
    let response = colead
        .post_form_raw(
            &format!("/teams/{showcase}/roster"),
            &[("csrf", "00ff"), fields[0], fields[1]],
        )
        .await;
    assert_eq!(response.status().as_u16(), 403, "a wrong token");
    // A token from another browser (another cookie) is not valid here either.
    let stranger = app.anonymous();
    stranger.page("/signin").await;
    let foreign = stranger.csrf();
    let response = colead
        .post_form_raw(
            &format!("/teams/{showcase}/roster"),
            &[("csrf", foreign.as_str()), fields[0], fields[1]],
        )
        .await;
    assert_eq!(response.status().as_u16(), 403, "another browser's token");
    let response = colead
        .client
        .post(app.url(&format!("/api/v1/teams/{showcase}/roster")))
        .json(&serde_json::json!({ "person_id": 1, "role": "member" }))
        .send()
        .await
        .unwrap();
    assert_eq!(
        response.status().as_u16(),
        403,
        "JSON with the session cookie but no header"
    );
    assert_eq!(app.store.roster(showcase).await.unwrap().len(), before);

    // With the token the same request works.
    let response = colead
        .post_form(&format!("/teams/{showcase}/roster"), &fields)
        .await;
    assert_eq!(response.status().as_u16(), 303);
    assert_eq!(app.store.roster(showcase).await.unwrap().len(), before + 1);
}

async fn ten_bad_passwords_in_a_row_lock_the_account_for_a_while(app: TestApp) {
    let attacker = app.anonymous();
    let mut statuses = Vec::new();
    for _ in 0..10 {
        statuses.push(
            attacker
                .sign_in("sponsor@example.org", "wrong-password")
                .await
                .status()
                .as_u16(),
        );
    }
    assert_eq!(
        &statuses[..5],
        &[401; 5],
        "the first failures are answered normally"
    );
    assert!(
        statuses[5..].iter().all(|s| *s == 429),
        "then refused: {statuses:?}"
    );
    let response = attacker.sign_in("sponsor@example.org", PASSWORD).await;
    assert_eq!(
        response.status().as_u16(),
        429,
        "even the right password waits out the lock"
    );
    assert!(response
        .text()
        .await
        .unwrap()
        .contains("Too many failed sign-ins"));
    // Another account is not locked by this.
    let response = app
        .anonymous()
        .sign_in("colead@example.org", PASSWORD)
        .await;
    assert_eq!(response.status().as_u16(), 303);
}

async fn signing_in_issues_a_new_session_and_signing_out_ends_it(app: TestApp) {
    let visitor = app.anonymous();
    let response = visitor.client.get(app.url("/signin")).send().await.unwrap();
    let before = response.headers()["set-cookie"]
        .to_str()
        .unwrap()
        .to_string();
    let body = response.text().await.unwrap();
    let token = lmp_tests::http::csrf_from(&body).unwrap();
    let response = visitor
        .post_form_raw(
            "/signin",
            &[
                ("csrf", &token),
                ("email", "colead@example.org"),
                ("password", PASSWORD),
            ],
        )
        .await;
    assert_eq!(response.status().as_u16(), 303);
    let after = response.headers()["set-cookie"]
        .to_str()
        .unwrap()
        .to_string();
    let value = |c: &str| c.split(';').next().unwrap().to_string();
    assert_ne!(
        value(&before),
        value(&after),
        "the pre-sign-in cookie is not reused"
    );
    assert!(after.contains("HttpOnly") && after.contains("SameSite=Lax"));

    let (status, body) = visitor.page("/").await;
    assert_eq!(status, 200);
    assert!(body.contains("Jordan Rivera"));
    let response = visitor.post_form("/signout", &[]).await;
    assert_eq!(response.status().as_u16(), 303);
    let (status, _) = visitor.page("/").await;
    assert_eq!(status, 303, "signed out: back to sign-in");

    // The old session value itself is dead, not just forgotten by this client.
    let replay = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let response = replay
        .get(app.url("/"))
        .header("cookie", value(&after))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 303);
}

async fn a_leader_reads_teams_in_their_region_only(app: TestApp) {
    let leader = app.sign_in("leader@example.org").await;
    let org = app.store.org_tree().await.unwrap();
    let showcase = app.store.team(app.showcase_team().await).await.unwrap();
    let elsewhere = org
        .regions
        .iter()
        .find(|r| r.id != showcase.region_id)
        .unwrap();
    let outside = app
        .store
        .team_directory(
            &lmp_store::teams::TeamFilter {
                region_id: Some(elsewhere.id),
                ..Default::default()
            },
            lmp_domain::PageRequest::new(None, Some(1)),
        )
        .await
        .unwrap()
        .items[0]
        .id;
    assert_eq!(leader.page(&format!("/teams/{}", showcase.id)).await.0, 200);
    assert_eq!(leader.page(&format!("/teams/{outside}")).await.0, 403);
    let (status, team) = leader
        .get_json(&format!("/api/v1/teams/{}", showcase.id))
        .await;
    assert_eq!(status, 200);
    assert_eq!(team["can_edit"], false, "leaders read, they do not edit");
    let response = leader
        .post_form(
            &format!("/teams/{}/roster", showcase.id),
            &[("person", "admin@example.org"), ("role", "member")],
        )
        .await;
    assert_eq!(response.status().as_u16(), 403);
}

async fn anonymous_visitors_are_sent_to_sign_in_and_api_callers_get_401(app: TestApp) {
    let visitor = app.anonymous();
    let response = visitor
        .client
        .get(app.url("/teams?region=1"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 303);
    assert_eq!(
        response.headers()["location"],
        "/signin?next=%2Fteams%3Fregion%3D1"
    );
    let (status, problem) = visitor.get_json("/api/v1/teams").await;
    assert_eq!(status, 401);
    assert_eq!(problem["status"], 401);
    let response = visitor
        .client
        .get(app.url("/api/v1/teams"))
        .header("authorization", "Bearer lmp_not-a-token")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 401);
    // After sign-in the visitor lands where they were going, but never on another site.
    visitor.page("/signin").await;
    let response = visitor
        .post_form(
            "/signin",
            &[
                ("email", "member@example.org"),
                ("password", PASSWORD),
                ("next", "https://evil.example/"),
            ],
        )
        .await;
    assert_eq!(response.headers()["location"], "/");
}

async fn a_member_is_refused_the_administration_pages(app: TestApp) {
    let member = app.sign_in("member@example.org").await;
    for path in [
        "/admin",
        "/admin/people",
        "/admin/people/new",
        "/admin/people/1",
    ] {
        let (status, body) = member.page(path).await;
        assert_eq!(status, 403, "{path}");
        assert!(body.contains("for administrators"), "{path}");
    }
    member.page("/").await;
    let response = member
        .post_form(
            "/admin/org",
            &[("kind", "region"), ("name", "Sneaky Region")],
        )
        .await;
    assert_eq!(response.status().as_u16(), 403);
    let regions = app.store.org_tree().await.unwrap().regions;
    assert!(regions.iter().all(|r| r.name != "Sneaky Region"));
    let admin = app.sign_in("admin@example.org").await;
    assert_eq!(admin.page("/admin").await.0, 200);
}
