//! Improvement work over HTTP: an idea becomes a project only after the scope check and with
//! an aim; PDSA cycles follow the method; finished cycles become Path to Performance evidence.

use lmp_tests::{on_both_databases, HttpSession, TestApp};

on_both_databases!(
    an_idea_becomes_a_project_after_the_scope_check_and_runs_pdsa_cycles,
    members_raise_ideas_but_cannot_change_projects,
    anyone_finds_and_reads_projects_across_teams_but_only_the_team_changes_them,
);

async fn anyone_finds_and_reads_projects_across_teams_but_only_the_team_changes_them(app: TestApp) {
    let (_, id) = raise(&app, "colead@example.org", "Quieter night rounds").await;
    let colead = app.sign_in("colead@example.org").await;
    colead.page(&format!("/projects/{id}")).await;
    colead
        .post_form(
            &format!("/projects/{id}/edit"),
            &[
                ("title", "Quieter night rounds"),
                ("aim_what", "Noise complaints at night"),
                ("aim_how_much", "from 12 to 4 a month"),
                ("aim_by_when", "2027-04-30"),
            ],
        )
        .await;
    colead
        .post_form(
            &format!("/projects/{id}/scope"),
            &[("topic", "environment")],
        )
        .await;

    let stranger = {
        app.sign_in_person(
            app.holder(app.team_in_another_region().await, "co_lead_labor")
                .await,
        )
        .await
    };
    let (_, found) = stranger.page("/projects?q=night+rounds").await;
    assert!(
        !found.contains("Quieter night rounds"),
        "an idea is not shared yet"
    );
    assert_eq!(stranger.page(&format!("/projects/{id}")).await.0, 403);

    colead
        .post_form(&format!("/projects/{id}/status"), &[("status", "active")])
        .await;
    let (_, found) = stranger.page("/projects?q=NIGHT").await;
    assert!(
        found.contains("Quieter night rounds"),
        "found across teams, case-insensitively"
    );
    let (status, page) = stranger.page(&format!("/projects/{id}")).await;
    assert_eq!(status, 200);
    assert!(
        !page.contains("Plan a new cycle"),
        "no editing controls for another team"
    );
    let (status, _) = post(
        &stranger,
        &format!("/projects/{id}/status"),
        &[("status", "stopped")],
    )
    .await;
    assert_eq!(status, 403);
}

async fn post(session: &HttpSession, path: &str, fields: &[(&str, &str)]) -> (u16, String) {
    let response = session.post_form(path, fields).await;
    let status = response.status().as_u16();
    let location = response
        .headers()
        .get("location")
        .map(|l| l.to_str().unwrap().to_string())
        .unwrap_or_default();
    let body = response.text().await.unwrap();
    (status, if status == 303 { location } else { body })
}

async fn raise(app: &TestApp, who: &str, title: &str) -> (HttpSession, i64) {
    let team = app.showcase_team().await;
    let session = app.sign_in(who).await;
    session.page(&format!("/teams/{team}/projects")).await;
    let (status, _) = post(
        &session,
        &format!("/teams/{team}/projects"),
        &[
            ("title", title),
            ("description", "Patients wait too long at the window"),
        ],
    )
    .await;
    assert_eq!(status, 303);
    let projects = app
        .store
        .team_projects(team, lmp_domain::PageRequest::new(None, None))
        .await
        .unwrap();
    let id = projects
        .items
        .iter()
        .find(|p| p.title == title)
        .expect("the idea is saved")
        .id;
    (session, id)
}

async fn an_idea_becomes_a_project_after_the_scope_check_and_runs_pdsa_cycles(app: TestApp) {
    let team = app.showcase_team().await;
    // The demo team has finished cycles of its own; the evidence counts on from them.
    let (cycles_before, _) = lmp_domain::improvement::pdsa::cycle_counts(
        &app.store.team_cycle_activity(team).await.unwrap(),
        lmp_store::now(),
    );
    raise(&app, "member@example.org", "Shorter pick-up waits").await;
    let id = app
        .store
        .team_projects(team, lmp_domain::PageRequest::new(None, None))
        .await
        .unwrap()
        .items[0]
        .id;
    let colead = app.sign_in("colead@example.org").await;
    let (_, page) = colead.page(&format!("/projects/{id}")).await;
    assert!(page.contains("What is this problem about?"));

    // Starting without an aim or a scope check is refused, with reasons.
    let (status, body) = post(
        &colead,
        &format!("/projects/{id}/status"),
        &[("status", "active")],
    )
    .await;
    assert_eq!(status, 422);
    assert!(body.contains("Confirm the scope check first"));
    assert!(body.contains("Say what the project will improve."));

    // An out-of-scope answer explains why and where to go, and the project still cannot start.
    let (status, _) = post(
        &colead,
        &format!("/projects/{id}/scope"),
        &[("topic", "contract")],
    )
    .await;
    assert_eq!(status, 303);
    let (_, page) = colead.page(&format!("/projects/{id}")).await;
    assert!(page.contains("outside what a unit-based team takes on"));
    assert!(page.contains("steward"));
    let (status, _) = post(
        &colead,
        &format!("/projects/{id}/edit"),
        &[
            ("title", "Shorter pick-up waits"),
            ("aim_what", "Wait at the pharmacy window"),
            ("aim_how_much", "from 25 to 10 minutes"),
            ("aim_by_when", "2027-06-30"),
            ("compass", "service"),
            ("compass", "quality"),
        ],
    )
    .await;
    assert_eq!(status, 303);
    let (status, body) = post(
        &colead,
        &format!("/projects/{id}/status"),
        &[("status", "active")],
    )
    .await;
    assert_eq!(status, 422);
    assert!(body.contains("Confirm the scope check first"));

    let (status, _) = post(
        &colead,
        &format!("/projects/{id}/scope"),
        &[("topic", "operations")],
    )
    .await;
    assert_eq!(status, 303);
    let (status, _) = post(
        &colead,
        &format!("/projects/{id}/status"),
        &[("status", "active")],
    )
    .await;
    assert_eq!(status, 303);
    assert_eq!(app.store.project(id).await.unwrap().status, "active");

    // A cycle records what happened only after a prediction.
    colead.page(&format!("/projects/{id}/cycles/new")).await;
    let (status, body) = post(
        &colead,
        &format!("/projects/{id}/cycles"),
        &[
            ("change_idea", "A second window at lunch"),
            ("started_on", "2026-10-01"),
            ("do_notes", "We opened it for a week"),
        ],
    )
    .await;
    assert_eq!(status, 422);
    assert!(body.contains("Write the prediction before recording what happened"));
    assert!(
        body.contains("We opened it for a week"),
        "what was typed is kept"
    );

    let cycle = |n: &'static str, decision: &'static str| {
        vec![
            ("change_idea", n),
            ("prediction", "Waits fall under 15 minutes"),
            ("started_on", "2026-10-01"),
            ("do_notes", "Ran it for a week"),
            (
                "study_notes",
                "Waits fell to 12 minutes, better than predicted",
            ),
            ("act_decision", decision),
            ("change_kind", "workflow"),
        ]
    };
    let (status, location) = post(
        &colead,
        &format!("/projects/{id}/cycles"),
        &cycle("A second window at lunch", "adapt"),
    )
    .await;
    assert_eq!(status, 303);
    let (_, page) = colead.page(&location).await;
    assert!(page.contains("Plan the next cycle from this one"));
    let first = app.store.cycles(id).await.unwrap()[0].id;
    let (_, page) = colead
        .page(&format!("/projects/{id}/cycles/new?follows={first}"))
        .await;
    assert!(page.contains(&format!("name=\"follows\" value=\"{first}\"")));
    let mut second = cycle("A second window at lunch and at 5 pm", "adopt");
    let first_text = first.to_string();
    second.push(("follows", &first_text));
    let (status, _) = post(&colead, &format!("/projects/{id}/cycles"), &second).await;
    assert_eq!(status, 303);
    let cycles = app.store.cycles(id).await.unwrap();
    assert_eq!(cycles.len(), 2);
    assert_eq!(
        cycles[1].follows_id,
        Some(first),
        "the adapted cycle links to the first"
    );

    // Two finished cycles are offered as evidence on the month's self-assessment.
    let month = lmp_domain::p2p::period::Month::from_unix(lmp_store::now()).code();
    colead.page(&format!("/teams/{team}/p2p")).await;
    post(&colead, &format!("/teams/{team}/p2p/{month}/open"), &[]).await;
    let (_, grid) = colead.page(&format!("/teams/{team}/p2p/{month}")).await;
    assert!(
        grid.contains(&format!(
            "Evidence found: {} test cycles are recorded.",
            cycles_before + 2
        )),
        "cycles feed the P2P evidence"
    );
}

async fn members_raise_ideas_but_cannot_change_projects(app: TestApp) {
    let (member, id) = raise(&app, "member@example.org", "Label the supply shelves").await;
    member.page(&format!("/projects/{id}")).await;
    let (status, _) = post(
        &member,
        &format!("/projects/{id}/scope"),
        &[("topic", "operations")],
    )
    .await;
    assert_eq!(status, 403);
    let (status, _) = post(
        &member,
        &format!("/projects/{id}/status"),
        &[("status", "stopped")],
    )
    .await;
    assert_eq!(status, 403);
    assert_eq!(member.page(&format!("/projects/{id}/edit")).await.0, 403);
    // Someone from another team cannot even read it.
    let leader = app.sign_in("leader@example.org").await;
    assert_eq!(
        leader.page(&format!("/projects/{id}")).await.0,
        200,
        "leaders read teams in their region"
    );
    let outsider_id = {
        app.holder(app.team_in_another_region().await, "co_lead_labor")
            .await
    };
    let outsider = app.sign_in_person(outsider_id).await;
    assert_eq!(outsider.page(&format!("/projects/{id}")).await.0, 403);
    let (status, _) = post(
        &outsider,
        &format!("/teams/{}/projects", app.showcase_team().await),
        &[("title", "Sneaky")],
    )
    .await;
    assert_eq!(status, 403);
}
