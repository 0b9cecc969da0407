//! Path to Performance over HTTP: the monthly self-assessment, sponsor sign-off, the level on
//! the team page, history kept when criteria change, roll-ups, check-ins, and who may do what.

use lmp_domain::p2p::period::Month;
use lmp_tests::{on_both_databases, HttpSession, TestApp};

on_both_databases!(
    co_leads_submit_and_both_sponsors_approve_and_the_team_page_shows_the_level,
    members_cannot_submit_or_approve,
    a_sponsor_returns_with_a_comment_and_co_leads_can_edit_again,
    new_criteria_re_evaluate_the_level_and_history_keeps_the_old_one,
    leaders_see_roll_ups_and_members_do_not,
    sponsors_log_check_ins_and_bad_dates_are_refused,
);

fn this_month() -> String {
    Month::from_unix(lmp_store::now()).code()
}

/// Ticks every written criterion at levels 1 and 2 and nothing else; returns the form fields.
async fn levels_one_and_two(app: &TestApp) -> Vec<(String, String)> {
    let year = app.store.current_p2p_year().await.unwrap();
    app.store
        .p2p_criteria(year.id)
        .await
        .unwrap()
        .into_iter()
        .filter(|c| c.level <= 2 && c.placeholder == 0)
        .map(|c| ("met".to_string(), c.id.to_string()))
        .collect()
}

async fn post(session: &HttpSession, path: &str, fields: &[(String, String)]) -> reqwest::Response {
    let borrowed: Vec<(&str, &str)> = fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    session.post_form(path, &borrowed).await
}

async fn submit_levels_one_and_two(app: &TestApp, team: i64) -> HttpSession {
    let colead = app.sign_in("colead@example.org").await;
    let month = this_month();
    colead.page(&format!("/teams/{team}/p2p")).await;
    let response = colead
        .post_form(&format!("/teams/{team}/p2p/{month}/open"), &[])
        .await;
    assert_eq!(response.status().as_u16(), 303);
    let (status, _) = colead.page(&format!("/teams/{team}/p2p/{month}")).await;
    assert_eq!(status, 200);
    let mut fields = levels_one_and_two(app).await;
    fields.push(("action".into(), "submit".into()));
    let response = post(&colead, &format!("/teams/{team}/p2p/{month}"), &fields).await;
    assert_eq!(response.status().as_u16(), 303);
    colead
}

async fn co_leads_submit_and_both_sponsors_approve_and_the_team_page_shows_the_level(app: TestApp) {
    approve_levels_one_and_two(&app).await;
}

async fn approve_levels_one_and_two(app: &TestApp) {
    let team = app.showcase_team().await;
    let month = this_month();
    submit_levels_one_and_two(app, team).await;
    let assessment = app
        .store
        .assessment_for_month(team, Month::parse(&month).unwrap())
        .await
        .unwrap()
        .unwrap();
    assert_eq!(assessment.status, "submitted");

    let sponsor = app.sign_in("sponsor@example.org").await;
    let (_, home) = sponsor.page("/").await;
    assert!(
        home.contains(&format!("/teams/{team}/p2p/{month}")),
        "waiting on the sponsor's My work"
    );
    let (_, page) = sponsor.page(&format!("/teams/{team}/p2p/{month}")).await;
    assert!(page.contains("Your decision as sponsor"));
    let response = sponsor
        .post_form(
            &format!("/teams/{team}/p2p/{month}/sign-off"),
            &[("decision", "approve"), ("comment", "")],
        )
        .await;
    assert_eq!(response.status().as_u16(), 303);
    let still = app.store.assessment(assessment.id).await.unwrap();
    assert_eq!(
        still.status, "submitted",
        "one side's approval is not enough"
    );

    let labor_sponsor = app
        .sign_in_person(app.holder(team, "sponsor_labor").await)
        .await;
    labor_sponsor
        .page(&format!("/teams/{team}/p2p/{month}"))
        .await;
    let response = labor_sponsor
        .post_form(
            &format!("/teams/{team}/p2p/{month}/sign-off"),
            &[("decision", "approve"), ("comment", "Well done")],
        )
        .await;
    assert_eq!(response.status().as_u16(), 303);
    let approved = app.store.assessment(assessment.id).await.unwrap();
    let needs_physician = app
        .store
        .roster(team)
        .await
        .unwrap()
        .iter()
        .any(|e| e.role == "sponsor_physician");
    if needs_physician {
        assert_eq!(approved.status, "submitted");
        let physician = app
            .sign_in_person(app.holder(team, "sponsor_physician").await)
            .await;
        physician.page(&format!("/teams/{team}/p2p/{month}")).await;
        physician
            .post_form(
                &format!("/teams/{team}/p2p/{month}/sign-off"),
                &[("decision", "approve"), ("comment", "")],
            )
            .await;
    }
    let approved = app.store.assessment(assessment.id).await.unwrap();
    assert_eq!(approved.status, "approved");
    assert_eq!(approved.level, Some(2));

    let member = app.sign_in("member@example.org").await;
    let (_, page) = member.page(&format!("/teams/{team}")).await;
    assert!(
        page.contains("Level 2 · Foundational"),
        "the team page shows the new level"
    );
    assert!(page.contains("Still to do for level 3"));
    let (_, p2p) = member.page(&format!("/teams/{team}/p2p")).await;
    assert!(p2p.contains("What is missing for level 3"));
    assert!(
        p2p.contains("Sponsors and co-leads meet or talk at least once a month"),
        "a level-3 criterion is listed"
    );
    let (status, json) = member.get_json(&format!("/api/v1/teams/{team}/p2p")).await;
    assert_eq!(status, 200);
    assert_eq!(json["level"], 2);
    assert_eq!(json["approved_month"], month);
    let (_, log) = member.page(&format!("/teams/{team}/p2p/log")).await;
    assert!(log.contains("Jordan Rivera"), "the audit names who ticked");
}

async fn members_cannot_submit_or_approve(app: TestApp) {
    let team = app.showcase_team().await;
    let month = this_month();
    let member = app.sign_in("member@example.org").await;
    member.page(&format!("/teams/{team}/p2p")).await;
    let response = member
        .post_form(&format!("/teams/{team}/p2p/{month}/open"), &[])
        .await;
    assert_eq!(response.status().as_u16(), 403);
    let mut fields = levels_one_and_two(&app).await;
    fields.push(("action".into(), "submit".into()));
    let response = post(&member, &format!("/teams/{team}/p2p/{month}"), &fields).await;
    assert_eq!(response.status().as_u16(), 403);
    let response = member
        .send_json(
            reqwest::Method::POST,
            &format!("/api/v1/teams/{team}/p2p/assessments"),
            &serde_json::json!({ "answers": [], "submit": true }),
        )
        .await;
    assert_eq!(response.status().as_u16(), 403);

    submit_levels_one_and_two(&app, team).await;
    member.page(&format!("/teams/{team}/p2p/{month}")).await;
    let response = member
        .post_form(
            &format!("/teams/{team}/p2p/{month}/sign-off"),
            &[("decision", "approve"), ("comment", "")],
        )
        .await;
    assert_eq!(response.status().as_u16(), 403);
    let assessment = app
        .store
        .assessment_for_month(team, Month::parse(&month).unwrap())
        .await
        .unwrap()
        .unwrap();
    let response = member
        .send_json(
            reqwest::Method::POST,
            &format!("/api/v1/p2p/assessments/{}/sign-off", assessment.id),
            &serde_json::json!({ "decision": "approve" }),
        )
        .await;
    assert_eq!(response.status().as_u16(), 403);
    // A co-lead cannot approve their own team's assessment either.
    let colead = app.sign_in("colead@example.org").await;
    colead.page("/").await;
    let response = colead
        .send_json(
            reqwest::Method::POST,
            &format!("/api/v1/p2p/assessments/{}/sign-off", assessment.id),
            &serde_json::json!({ "decision": "approve" }),
        )
        .await;
    assert_eq!(response.status().as_u16(), 403);
    assert_eq!(app.store.sign_offs(assessment.id).await.unwrap().len(), 0);
}

async fn a_sponsor_returns_with_a_comment_and_co_leads_can_edit_again(app: TestApp) {
    let team = app.showcase_team().await;
    let month = this_month();
    let colead = submit_levels_one_and_two(&app, team).await;
    // While submitted, co-leads cannot change it.
    let response = post(
        &colead,
        &format!("/teams/{team}/p2p/{month}"),
        &[("action".into(), "save".into())],
    )
    .await;
    assert_eq!(response.status().as_u16(), 409);

    let sponsor = app.sign_in("sponsor@example.org").await;
    sponsor.page(&format!("/teams/{team}/p2p/{month}")).await;
    let response = sponsor
        .post_form(
            &format!("/teams/{team}/p2p/{month}/sign-off"),
            &[("decision", "return"), ("comment", "  ")],
        )
        .await;
    assert_eq!(response.status().as_u16(), 422);
    assert!(response
        .text()
        .await
        .unwrap()
        .contains("Say what the co-leads should look at again."));
    let response = sponsor
        .post_form(
            &format!("/teams/{team}/p2p/{month}/sign-off"),
            &[
                ("decision", "return"),
                ("comment", "Add the action plan link"),
            ],
        )
        .await;
    assert_eq!(response.status().as_u16(), 303);

    let (_, page) = colead.page(&format!("/teams/{team}/p2p/{month}")).await;
    assert!(page.contains("returned"));
    assert!(page.contains("Add the action plan link"));
    let mut fields = levels_one_and_two(&app).await;
    let first = fields[0].1.clone();
    fields.push((format!("url_{first}"), "javascript:alert(1)".into()));
    fields.push(("action".into(), "save".into()));
    let response = post(&colead, &format!("/teams/{team}/p2p/{month}"), &fields).await;
    assert_eq!(
        response.status().as_u16(),
        422,
        "a link must be http(s) or a hub page"
    );
    assert!(response
        .text()
        .await
        .unwrap()
        .contains("An evidence link starts with"));
    fields.retain(|(k, _)| !k.starts_with("url_"));
    fields.push((
        format!("url_{first}"),
        "https://intranet.example.org/plan".into(),
    ));
    let response = post(&colead, &format!("/teams/{team}/p2p/{month}"), &fields).await;
    assert_eq!(response.status().as_u16(), 303);
}

async fn new_criteria_re_evaluate_the_level_and_history_keeps_the_old_one(app: TestApp) {
    let team = app.showcase_team().await;
    approve_levels_one_and_two(&app).await;
    let admin = app.sign_in("admin@example.org").await;
    admin.page("/admin/p2p").await;
    let response = admin
        .post_form("/admin/p2p/years", &[("name", "2027")])
        .await;
    assert_eq!(response.status().as_u16(), 303);
    let response = admin
        .post_form("/admin/p2p/years", &[("name", "2027")])
        .await;
    assert_eq!(response.status().as_u16(), 422, "names are unique");
    admin.page("/admin/p2p").await;
    let response = admin
        .post_form(
            "/admin/p2p/criteria/new",
            &[
                ("dimension", "leadership"),
                ("level", "2"),
                (
                    "text",
                    "Co-leads have agreed on a written development plan.",
                ),
            ],
        )
        .await;
    assert_eq!(response.status().as_u16(), 303);

    let member = app.sign_in("member@example.org").await;
    let (_, json) = member.get_json(&format!("/api/v1/teams/{team}/p2p")).await;
    assert_eq!(json["year"], "2027");
    assert_eq!(json["level"], 1, "the new level-2 criterion is not met yet");
    assert_eq!(
        json["history"].as_array().unwrap().last().unwrap()["level"],
        2,
        "history keeps what was approved"
    );
    let (_, criteria) = member.get_json("/api/v1/p2p/criteria?year=2015").await;
    assert!(criteria["criteria"]
        .as_array()
        .unwrap()
        .iter()
        .all(|c| c["text"] != "Co-leads have agreed on a written development plan."));
}

async fn leaders_see_roll_ups_and_members_do_not(app: TestApp) {
    let leader = app.sign_in("leader@example.org").await;
    let (status, page) = leader.page("/p2p/rollup").await;
    assert_eq!(status, 200);
    assert!(page.contains("Teams at each level"));
    let (status, json) = leader.get_json("/api/v1/p2p/rollup?scope=national").await;
    assert_eq!(status, 200);
    assert_eq!(json["teams"], 40);
    let levels: u64 = json["levels"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["teams"].as_u64().unwrap())
        .sum();
    assert_eq!(levels, 40);
    let response = leader
        .client
        .get(app.url("/p2p/rollup.csv?scope=national"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 200);
    assert!(response.headers()["content-type"]
        .to_str()
        .unwrap()
        .starts_with("text/csv"));
    assert!(response
        .text()
        .await
        .unwrap()
        .starts_with("section,row,column,value"));
    let (status, _) = leader.get_json("/api/v1/p2p/rollup?scope=planet:1").await;
    assert_eq!(status, 400);

    let member = app.sign_in("member@example.org").await;
    assert_eq!(member.page("/p2p/rollup").await.0, 403);
    assert_eq!(member.get_json("/api/v1/p2p/rollup").await.0, 403);
    let sponsor = app.sign_in("sponsor@example.org").await;
    let me = app.person_id("sponsor@example.org").await;
    assert_eq!(
        sponsor
            .page(&format!("/p2p/rollup?scope=sponsor:{me}"))
            .await
            .0,
        200,
        "sponsors see their own teams"
    );
    assert_eq!(sponsor.page("/p2p/rollup?scope=national").await.0, 403);
}

async fn sponsors_log_check_ins_and_bad_dates_are_refused(app: TestApp) {
    let team = app.showcase_team().await;
    let sponsor = app.sign_in("sponsor@example.org").await;
    let me = app.person_id("sponsor@example.org").await.to_string();
    sponsor.page(&format!("/teams/{team}/check-ins")).await;
    let response = sponsor
        .post_form(
            &format!("/teams/{team}/check-ins"),
            &[
                ("held_on", "31/02/2026"),
                ("sponsor", &me),
                ("notes", "Talked"),
            ],
        )
        .await;
    assert_eq!(response.status().as_u16(), 422);
    let body = response.text().await.unwrap();
    assert!(body.contains("Enter the date as YYYY-MM-DD."));
    assert!(body.contains(">Talked</textarea>"), "notes are kept");
    let before = app
        .store
        .check_ins(team, lmp_domain::PageRequest::new(None, None))
        .await
        .unwrap()
        .total;
    let response = sponsor
        .post_form(
            &format!("/teams/{team}/check-ins"),
            &[
                ("held_on", "2026-01-15"),
                ("sponsor", &me),
                ("notes", "Reviewed the action plan"),
            ],
        )
        .await;
    assert_eq!(response.status().as_u16(), 200);
    assert_eq!(
        app.store
            .check_ins(team, lmp_domain::PageRequest::new(None, None))
            .await
            .unwrap()
            .total,
        before + 1
    );
    let member = app.sign_in("member@example.org").await;
    member.page(&format!("/teams/{team}/check-ins")).await;
    let response = member
        .post_form(
            &format!("/teams/{team}/check-ins"),
            &[("held_on", "2026-01-15"), ("sponsor", &me), ("notes", "x")],
        )
        .await;
    assert_eq!(response.status().as_u16(), 403);
}
