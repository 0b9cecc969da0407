//! The JSON API: filters, pagination, problem documents, token authentication, OpenAPI.

use lmp_tests::{on_both_databases, TestApp};

on_both_databases!(
    the_team_list_filters_and_paginates,
    a_team_comes_with_its_roster_and_a_person_with_their_teams,
    a_personal_api_token_authenticates_and_can_be_revoked,
    roster_changes_through_the_api_follow_the_same_rules,
    the_openapi_document_lists_every_api_route,
    health_and_metrics_answer,
);

async fn the_team_list_filters_and_paginates(app: TestApp) {
    let member = app.sign_in("member@example.org").await;
    let (status, page) = member.get_json("/api/v1/teams?per_page=15&page=3").await;
    assert_eq!(status, 200);
    assert_eq!(page["total"], 40);
    assert_eq!(page["items"].as_array().unwrap().len(), 10);
    let org = app.store.org_tree().await.unwrap();
    let region = org.regions[1].id;
    let (_, page) = member
        .get_json(&format!("/api/v1/teams?region={region}&per_page=200"))
        .await;
    let items = page["items"].as_array().unwrap();
    assert!(!items.is_empty());
    assert!(items.iter().all(|t| t["region"]["id"] == region));
    let (status, problem) = member.get_json("/api/v1/teams?region=north").await;
    assert_eq!(status, 400);
    assert_eq!(problem["title"], "Bad request");
}

async fn a_team_comes_with_its_roster_and_a_person_with_their_teams(app: TestApp) {
    let showcase = app.showcase_team().await;
    let member = app.sign_in("member@example.org").await;
    let (status, team) = member.get_json(&format!("/api/v1/teams/{showcase}")).await;
    assert_eq!(status, 200);
    let roster = team["roster"].as_array().unwrap();
    assert_eq!(
        roster.len(),
        app.store.roster(showcase).await.unwrap().len()
    );
    assert!(roster
        .iter()
        .any(|e| e["role"] == "co_lead_labor" && e["name"] == "Jordan Rivera"));
    assert_eq!(team["can_edit"], false);
    let colead_id = app.person_id("colead@example.org").await;
    let (status, person) = member
        .get_json(&format!("/api/v1/people/{colead_id}"))
        .await;
    assert_eq!(status, 200);
    assert_eq!(person["side"], "labor");
    assert_eq!(person["teams"][0]["roles"][0], "co_lead_labor");
    let (status, _) = member.get_json("/api/v1/people/999999999").await;
    assert_eq!(status, 404);
    let (status, org) = member.get_json("/api/v1/org").await;
    assert_eq!(status, 200);
    assert_eq!(org["regions"].as_array().unwrap().len(), 2);
    assert_eq!(org["coalitions"].as_array().unwrap().len(), 2);
}

async fn a_personal_api_token_authenticates_and_can_be_revoked(app: TestApp) {
    let colead = app.sign_in("colead@example.org").await;
    colead.page("/account").await;
    let response = colead
        .post_form("/account/tokens", &[("name", "my script")])
        .await;
    assert_eq!(response.status().as_u16(), 200);
    let body = response.text().await.unwrap();
    let start = body.find("lmp_").expect("the new token is shown once");
    let token: String = body[start..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
        .collect();

    let script = reqwest::Client::new();
    let me = script
        .get(app.url("/api/v1/me"))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert_eq!(me.status().as_u16(), 200);
    let me: serde_json::Value = me.json().await.unwrap();
    assert_eq!(me["email"], "colead@example.org");
    // A token needs no CSRF header: it is not sent by browsers on their own.
    let showcase = app.showcase_team().await;
    let response = script
        .put(app.url(&format!("/api/v1/teams/{showcase}/charter")))
        .bearer_auth(&token)
        .json(&serde_json::json!({ "purpose": "Set by a script", "quorum": 4 }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 200);
    assert_eq!(
        app.store.team(showcase).await.unwrap().purpose,
        "Set by a script"
    );

    let (_, page) = colead.page("/account").await;
    let id_start = page.find("/account/tokens/").unwrap() + "/account/tokens/".len();
    let id: String = page[id_start..]
        .chars()
        .take_while(|c| c.is_ascii_digit())
        .collect();
    let response = colead
        .post_form(&format!("/account/tokens/{id}/revoke"), &[])
        .await;
    assert_eq!(response.status().as_u16(), 303);
    let response = script
        .get(app.url("/api/v1/me"))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 401);
}

async fn roster_changes_through_the_api_follow_the_same_rules(app: TestApp) {
    let showcase = app.showcase_team().await;
    let colead = app.sign_in("colead@example.org").await;
    colead.page("/").await;
    let sponsor = app.person_id("sponsor@example.org").await;
    let path = format!("/api/v1/teams/{showcase}/roster");
    let response = colead
        .send_json(
            reqwest::Method::POST,
            &path,
            &serde_json::json!({ "person_id": sponsor, "role": "co_lead_labor" }),
        )
        .await;
    assert_eq!(response.status().as_u16(), 422);
    let problem: serde_json::Value = response.json().await.unwrap();
    assert!(problem["errors"]["role"]
        .as_str()
        .unwrap()
        .contains("labor side"));
    let response = colead
        .send_json(
            reqwest::Method::POST,
            &path,
            &serde_json::json!({ "person_id": "seven", "role": "member" }),
        )
        .await;
    assert_eq!(response.status().as_u16(), 400);
    let response = colead
        .send_json(
            reqwest::Method::POST,
            &path,
            &serde_json::json!({ "person_id": sponsor, "role": "member" }),
        )
        .await;
    assert_eq!(response.status().as_u16(), 201);
    let created: serde_json::Value = response.json().await.unwrap();
    let entry = created["id"].as_i64().unwrap();
    let response = colead
        .send_json(
            reqwest::Method::DELETE,
            &format!("{path}/{entry}"),
            &serde_json::json!({}),
        )
        .await;
    assert_eq!(response.status().as_u16(), 204);

    let me = app
        .store
        .roster(showcase)
        .await
        .unwrap()
        .into_iter()
        .find(|e| e.role == "co_lead_labor")
        .unwrap();
    let response = colead
        .send_json(
            reqwest::Method::DELETE,
            &format!("{path}/{}", me.id),
            &serde_json::json!({}),
        )
        .await;
    assert_eq!(
        response.status().as_u16(),
        409,
        "the last labor co-lead needs confirm=true"
    );
}

async fn the_openapi_document_lists_every_api_route(app: TestApp) {
    let (status, doc) = app.anonymous().get_json("/api/v1/openapi.json").await;
    assert_eq!(status, 200);
    let paths = doc["paths"].as_object().unwrap();
    for (path, method) in [
        ("/api/v1/teams", "get"),
        ("/api/v1/teams/{id}", "get"),
        ("/api/v1/teams/{id}/roster", "post"),
        ("/api/v1/teams/{id}/roster/{entry_id}", "delete"),
        ("/api/v1/teams/{id}/charter", "put"),
        ("/api/v1/people/{id}", "get"),
        ("/api/v1/me", "get"),
        ("/api/v1/org", "get"),
    ] {
        assert!(
            paths.get(path).and_then(|p| p.get(method)).is_some(),
            "{method} {path} is documented"
        );
    }
    assert!(doc["components"]["securitySchemes"]["token"].is_object());
}

async fn health_and_metrics_answer(app: TestApp) {
    let client = reqwest::Client::new();
    let health = client.get(app.url("/healthz")).send().await.unwrap();
    assert_eq!(health.status().as_u16(), 200);
    app.sign_in("member@example.org").await;
    let metrics = client
        .get(app.url("/metrics"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(metrics.contains("lmp_http_requests_total"), "{metrics}");
    assert!(metrics.contains("lmp_sign_in_total"));
}
