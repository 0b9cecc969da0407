//! Measures over HTTP: pasted or uploaded data with line-numbered errors, all or nothing unless
//! bad rows are skipped, and the chart's signals.

use lmp_tests::{on_both_databases, HttpSession, TestApp};

on_both_databases!(
    pasted_data_is_checked_row_by_row_and_the_chart_shows_signals,
    an_uploaded_file_is_checked_like_pasted_data_and_needs_the_csrf_token
);

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

async fn an_uploaded_file_is_checked_like_pasted_data_and_needs_the_csrf_token(app: TestApp) {
    let colead = app.sign_in("colead@example.org").await;
    let project = active_project(&app, &colead).await;
    colead
        .post_form(
            &format!("/projects/{project}/measures"),
            &[
                ("name", "Patients falling per 1,000 patient days"),
                ("kind", "outcome"),
                ("chart", "u"),
                ("unit", "falls"),
                ("direction", "down"),
            ],
        )
        .await;
    let measure = app.store.measures(project).await.unwrap()[0].id;
    let (_, page) = colead.page(&format!("/measures/{measure}")).await;
    assert!(
        page.contains("enctype=\"multipart/form-data\"") && page.contains("type=\"file\""),
        "the page offers a file upload"
    );
    // As a spreadsheet saves it: a byte-order mark, Windows line ends, one bad denominator.
    let mut file = String::from("\u{feff}Period,Numerator,Denominator\r\n");
    for month in 1..=12 {
        file.push_str(&format!(
            "2026-{month:02},{},{}\r\n",
            3 + month % 4,
            900 + month * 10
        ));
    }
    file.push_str("2027-01,4,0\r\n");
    let upload = |with_csrf: bool, skip: bool| {
        let fields: Vec<(&str, &str)> = if skip {
            vec![("csv", ""), ("skip_bad", "1")]
        } else {
            vec![("csv", "")]
        };
        let bytes = file.clone().into_bytes();
        let colead = &colead;
        async move {
            colead
                .post_upload(
                    &format!("/measures/{measure}/import"),
                    &fields,
                    ("file", "falls.csv", bytes),
                    with_csrf,
                )
                .await
        }
    };

    let response = upload(false, true).await;
    assert_eq!(response.status().as_u16(), 403, "no CSRF token, no import");
    assert!(app.store.points(measure).await.unwrap().is_empty());

    let response = upload(true, false).await;
    assert_eq!(response.status().as_u16(), 422);
    let body = response.text().await.unwrap();
    assert!(
        body.contains("Line 14: the denominator 0 must be more than 0."),
        "{body}"
    );
    assert!(
        app.store.points(measure).await.unwrap().is_empty(),
        "nothing is imported while a line is bad"
    );

    let response = upload(true, true).await;
    assert_eq!(response.status().as_u16(), 303);
    let points = app.store.points(measure).await.unwrap();
    assert_eq!(points.len(), 12);
    assert_eq!(points[0].period, "2026-01");
    assert_eq!(points[0].denominator, Some(910.0));

    // A file that is not text is refused with a clear message, and nothing changes.
    let response = colead
        .post_upload(
            &format!("/measures/{measure}/import"),
            &[],
            (
                "file",
                "falls.xlsx",
                vec![0x50, 0x4b, 0x03, 0x04, 0xff, 0xfe, 0x00],
            ),
            true,
        )
        .await;
    assert_eq!(response.status().as_u16(), 400);
    assert!(response.text().await.unwrap().contains("not UTF-8 text"));
    assert_eq!(app.store.points(measure).await.unwrap().len(), 12);
}
