//! Team-tested practices over HTTP: who may write up, review and adopt, and the credit both
//! teams get.

use lmp_tests::{on_both_databases, HttpSession, TestApp};

on_both_databases!(practices_are_written_up_when_done_reviewed_by_editors_and_adopted_once);

async fn finished_project(app: &TestApp, colead: &HttpSession) -> i64 {
    let team = app.showcase_team().await;
    colead.page(&format!("/teams/{team}/projects")).await;
    colead
        .post_form(
            &format!("/teams/{team}/projects"),
            &[
                ("title", "Huddle board at shift change"),
                ("description", "Handoffs missed things"),
            ],
        )
        .await;
    let id = app
        .store
        .team_projects(team, lmp_domain::PageRequest::new(None, None))
        .await
        .unwrap()
        .items[0]
        .id;
    colead.page(&format!("/projects/{id}")).await;
    colead
        .post_form(
            &format!("/projects/{id}/edit"),
            &[
                ("title", "Huddle board at shift change"),
                ("description", "Handoffs missed things"),
                ("aim_what", "Missed handoff items"),
                ("aim_how_much", "by 50%"),
                ("aim_by_when", "2027-01-31"),
                ("compass", "quality"),
            ],
        )
        .await;
    colead
        .post_form(&format!("/projects/{id}/scope"), &[("topic", "operations")])
        .await;
    colead
        .post_form(&format!("/projects/{id}/status"), &[("status", "active")])
        .await;
    id
}

async fn practices_are_written_up_when_done_reviewed_by_editors_and_adopted_once(app: TestApp) {
    let colead = app.sign_in("colead@example.org").await;
    let project = finished_project(&app, &colead).await;
    assert_eq!(
        colead
            .page(&format!("/projects/{project}/practice"))
            .await
            .0,
        409,
        "not before the project is done"
    );
    colead
        .post_form(
            &format!("/projects/{project}/status"),
            &[("status", "done")],
        )
        .await;
    let (status, form) = colead.page(&format!("/projects/{project}/practice")).await;
    assert_eq!(status, 200);
    assert!(
        form.contains("Handoffs missed things"),
        "the write-up starts from the project"
    );
    let response = colead
        .post_form(
            &format!("/projects/{project}/practice"),
            &[
                ("title", "Huddle board"),
                ("problem", "Handoffs missed things"),
                ("change_made", ""),
                ("results", ""),
            ],
        )
        .await;
    assert_eq!(response.status().as_u16(), 422);
    assert!(response
        .text()
        .await
        .unwrap()
        .contains("What the team changed is required."));
    let response = colead
        .post_form(
            &format!("/projects/{project}/practice"),
            &[
                ("title", "Huddle board"),
                ("problem", "Handoffs missed things"),
                ("change_made", "A two-minute huddle at the board"),
                ("results", "Missed items halved"),
                ("topic", "Patient safety"),
            ],
        )
        .await;
    assert_eq!(response.status().as_u16(), 303);
    let practice = app
        .store
        .practice_of_project(project)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(practice.status, "submitted");

    // Not in the library yet; members cannot review.
    let member = app.sign_in("member@example.org").await;
    let (_, library) = member.page("/practices").await;
    assert!(!library.contains("Huddle board"));
    let response = member
        .post_form(
            &format!("/practices/{}/review", practice.id),
            &[("decision", "publish")],
        )
        .await;
    assert_eq!(response.status().as_u16(), 403);

    let admin = app.sign_in("admin@example.org").await;
    admin.page(&format!("/practices/{}", practice.id)).await;
    let response = admin
        .post_form(
            &format!("/practices/{}/review", practice.id),
            &[("decision", "publish"), ("comment", "")],
        )
        .await;
    assert_eq!(response.status().as_u16(), 303);
    let (_, library) = member.page("/practices?topic=Patient+safety").await;
    assert!(
        library.contains("Huddle board"),
        "published practices are in the library"
    );
    let (_, none) = member.page("/practices?topic=Supplies+and+cost").await;
    assert!(!none.contains("Huddle board"), "filters narrow the library");

    // The team's own co-lead cannot adopt it; another team's co-lead can, once.
    colead.page(&format!("/practices/{}", practice.id)).await;
    let own = app.showcase_team().await.to_string();
    let response = colead
        .post_form(
            &format!("/practices/{}/adopt", practice.id),
            &[("team", &own)],
        )
        .await;
    assert_eq!(response.status().as_u16(), 409);
    let other = app
        .store
        .team_directory(
            &Default::default(),
            lmp_domain::PageRequest::new(None, Some(5)),
        )
        .await
        .unwrap()
        .items
        .into_iter()
        .find(|t| t.id != app.showcase_team_id())
        .unwrap()
        .id;
    // The demo already credits some teams with practices; count from where they stand.
    let other_before = app.store.practices_spread_or_adopted(other).await.unwrap();
    let own_before = app
        .store
        .practices_spread_or_adopted(app.showcase_team_id())
        .await
        .unwrap();
    let other_colead = app
        .sign_in_person(app.holder(other, "co_lead_labor").await)
        .await;
    other_colead
        .page(&format!("/practices/{}", practice.id))
        .await;
    let other_text = other.to_string();
    let response = other_colead
        .post_form(
            &format!("/practices/{}/adopt", practice.id),
            &[("team", &other_text)],
        )
        .await;
    assert_eq!(response.status().as_u16(), 303);
    let response = other_colead
        .post_form(
            &format!("/practices/{}/adopt", practice.id),
            &[("team", &other_text)],
        )
        .await;
    assert_eq!(
        response.status().as_u16(),
        409,
        "a team adopts a practice once"
    );
    // Members of a team cannot adopt on its behalf.
    member.page(&format!("/practices/{}", practice.id)).await;
    let response = member
        .post_form(
            &format!("/practices/{}/adopt", practice.id),
            &[("team", &own)],
        )
        .await;
    assert_eq!(response.status().as_u16(), 403);
    assert_eq!(
        app.store.practices_spread_or_adopted(other).await.unwrap(),
        other_before + 1
    );
    assert_eq!(
        app.store
            .practices_spread_or_adopted(app.showcase_team_id())
            .await
            .unwrap(),
        own_before + 1
    );
}
