//! Measures over HTTP: pasted data with line-numbered errors, all or nothing unless bad rows
//! are skipped, and the chart's signals.

use lmp_tests::{on_both_databases, HttpSession, TestApp};

on_both_databases!(pasted_data_is_checked_row_by_row_and_the_chart_shows_signals);

async fn active_project(app: &TestApp, colead: &HttpSession) -> i64 {
    let team = app.showcase_team().await;
    colead.page(&format!("/teams/{team}/projects")).await;
    colead
        .post_form(
            &format!("/teams/{team}/projects"),
            &[("title", "Fewer falls"), ("description", "")],
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
                ("title", "Fewer falls"),
                ("aim_what", "Falls"),
                ("aim_how_much", "by 30%"),
                ("aim_by_when", "2027-06-30"),
            ],
        )
        .await;
    colead
        .post_form(
            &format!("/projects/{id}/scope"),
            &[("topic", "performance")],
        )
        .await;
    colead
        .post_form(&format!("/projects/{id}/status"), &[("status", "active")])
        .await;
    id
}

async fn pasted_data_is_checked_row_by_row_and_the_chart_shows_signals(app: TestApp) {
    let colead = app.sign_in("colead@example.org").await;
    let project = active_project(&app, &colead).await;
    let response = colead
        .post_form(
            &format!("/projects/{project}/measures"),
            &[
                ("name", "Minutes to pick-up"),
                ("kind", "outcome"),
                ("chart", "run"),
                ("unit", "minutes"),
                ("target", "10"),
                ("direction", "down"),
            ],
        )
        .await;
    assert_eq!(response.status().as_u16(), 303);
    let measure = app.store.measures(project).await.unwrap()[0].id;
    colead.page(&format!("/measures/{measure}")).await;

    // Ten weeks around 20 minutes, then ten around 12: a clear shift.
    let mut csv = String::from("period,value,note\n");
    for week in 1..=20 {
        let value = if week <= 10 {
            20 + (week % 3)
        } else {
            11 + (week % 2)
        };
        let note = if week == 11 {
            "second window opened"
        } else {
            ""
        };
        csv.push_str(&format!("2026-W{week:02},{value},{note}\n"));
    }
    let bad = format!("{csv}2026-W21,n/a,\n2026-W22,,\n");
    let response = colead
        .post_form(&format!("/measures/{measure}/import"), &[("csv", &bad)])
        .await;
    assert_eq!(response.status().as_u16(), 422);
    let body = response.text().await.unwrap();
    assert!(body.contains("Nothing was imported"));
    assert!(
        body.contains("Line 22: “n/a” in column value is not a number."),
        "{body}"
    );
    assert!(body.contains("Line 23:"));
    assert!(
        app.store.points(measure).await.unwrap().is_empty(),
        "all or nothing"
    );

    let response = colead
        .post_form(
            &format!("/measures/{measure}/import"),
            &[("csv", &bad), ("skip_bad", "1")],
        )
        .await;
    assert_eq!(response.status().as_u16(), 303);
    assert_eq!(app.store.points(measure).await.unwrap().len(), 20);

    let (_, page) = colead.page(&format!("/measures/{measure}")).await;
    assert!(page.contains("<svg"), "the chart is drawn");
    assert!(
        page.contains("a run of"),
        "the shift is named as a signal: {page}"
    );
    assert!(page.contains("second window opened"));
    let (status, chart) = colead
        .get_json(&format!("/api/v1/measures/{measure}/chart"))
        .await;
    assert_eq!(status, 200);
    assert_eq!(chart["runs_signal"], true);

    // One more point by hand, with a bad value first.
    let response = colead
        .post_form(
            &format!("/measures/{measure}/points"),
            &[("period", "2026-W21"), ("value", "twelve"), ("phase", "1")],
        )
        .await;
    assert_eq!(response.status().as_u16(), 422);
    assert!(
        response.text().await.unwrap().contains("value=\"twelve\""),
        "what was typed is kept"
    );
    let response = colead
        .post_form(
            &format!("/measures/{measure}/points"),
            &[("period", "2026-W21"), ("value", "12"), ("phase", "1")],
        )
        .await;
    assert_eq!(response.status().as_u16(), 303);
    assert_eq!(app.store.points(measure).await.unwrap().len(), 21);

    let member = app.sign_in("member@example.org").await;
    member.page(&format!("/measures/{measure}")).await;
    let response = member
        .post_form(
            &format!("/measures/{measure}/points"),
            &[("period", "2026-W22"), ("value", "1")],
        )
        .await;
    assert_eq!(response.status().as_u16(), 403);
}
