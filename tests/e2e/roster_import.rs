//! The HR roster import page (`/admin/import`) over HTTP: administrators only, with the CSRF
//! token; an upload shows the plan and changes nothing; confirming applies it and the new
//! member is on the team's roster; the same file again shows "no changes"; a plan that no
//! longer holds is not applied; bad lines are named and nothing is changed.

use lmp_tests::{on_both_databases, HttpSession, TestApp};

on_both_databases!(
    only_administrators_may_import,
    upload_plan_confirm_and_upload_again,
);

fn status(response: &reqwest::Response) -> u16 {
    response.status().as_u16()
}

async fn read(session: &HttpSession, path: &str) -> String {
    let (code, body) = session.page(path).await;
    assert_eq!(code, 200, "GET {path}: {body}");
    body
}

/// The value of the hidden input `name` in a page.
fn hidden(body: &str, name: &str) -> String {
    let marker = format!("name=\"{name}\" value=\"");
    let start = body
        .find(&marker)
        .unwrap_or_else(|| panic!("the page has a {name} field: {body}"))
        + marker.len();
    let end = body[start..].find('"').expect("end of value");
    body[start..start + end].to_string()
}

/// Sends a multipart form of text fields only, as the confirm button does.
async fn post_fields(
    session: &HttpSession,
    path: &str,
    fields: &[(&str, &str)],
) -> reqwest::Response {
    let mut form = reqwest::multipart::Form::new().text("csrf", session.csrf());
    for (name, value) in fields {
        form = form.text(name.to_string(), value.to_string());
    }
    session
        .client
        .post(format!("{}{path}", session.base))
        .multipart(form)
        .send()
        .await
        .expect("POST")
}

async fn only_administrators_may_import(app: TestApp) {
    let csv = "email,name,side\nmember@example.org,Someone Else,labor\n";
    for email in [
        "member@example.org",
        "colead@example.org",
        "leader@example.org",
    ] {
        let session = app.sign_in(email).await;
        let (code, _) = session.page("/admin/import").await;
        assert_eq!(code, 403, "{email} may not see the import page");
        read(&session, "/").await;
        let response = session
            .post_upload(
                "/admin/import",
                &[("step", "preview")],
                ("file", "hr.csv", csv.as_bytes().to_vec()),
                true,
            )
            .await;
        assert_eq!(status(&response), 403, "{email} may not upload");
    }
    let (code, _) = app.anonymous().page("/admin/import").await;
    assert_ne!(code, 200, "signing in comes first");
    // An administrator without the CSRF token is refused too.
    let admin = app.sign_in("admin@example.org").await;
    read(&admin, "/admin/import").await;
    let response = admin
        .post_upload(
            "/admin/import",
            &[("step", "preview")],
            ("file", "hr.csv", csv.as_bytes().to_vec()),
            false,
        )
        .await;
    assert_eq!(status(&response), 403);
    let member = app
        .store
        .person_by_email("member@example.org")
        .await
        .unwrap()
        .unwrap();
    assert_ne!(member.name, "Someone Else", "nothing was changed");
}

async fn upload_plan_confirm_and_upload_again(app: TestApp) {
    let admin = app.sign_in("admin@example.org").await;
    let overview = read(&admin, "/admin").await;
    assert!(
        overview.contains("href=\"/admin/import\""),
        "the administration page links to it"
    );
    let form = read(&admin, "/admin/import").await;
    assert!(
        form.contains("<code>email</code>"),
        "the page explains the format"
    );

    let team = app.store.team(app.showcase_team_id()).await.unwrap();
    let colead = app
        .store
        .person_by_email("colead@example.org")
        .await
        .unwrap()
        .unwrap();
    let local = colead.local_name.clone().expect("the co-lead's local");
    let csv = format!(
        "Employee ID,Email,Name,Side,Union Local,Job Title,Facility,Department,Team,Team Role\n\
         E-7,noor.haddad@example.org,Noor Haddad,labor,{local},Staff Nurse,{},{},{},member\n",
        team.facility_name, team.department_name, team.name
    );

    // The upload shows the plan and changes nothing.
    let response = admin
        .post_upload(
            "/admin/import",
            &[("step", "preview")],
            ("file", "hr.csv", csv.as_bytes().to_vec()),
            true,
        )
        .await;
    assert_eq!(status(&response), 200);
    let body = response.text().await.unwrap();
    assert!(
        body.contains("Plan: 1 person to add, 1 team role to add."),
        "{body}"
    );
    assert!(body.contains("noor.haddad@example.org"), "{body}");
    assert!(body.contains("employee_id"), "ignored columns are named");
    assert!(body.contains("Apply these changes"));
    assert!(app
        .store
        .person_by_email("noor.haddad@example.org")
        .await
        .unwrap()
        .is_none());
    let (code, roster) = admin.page(&format!("/teams/{}", team.id)).await;
    assert_eq!(code, 200);
    assert!(!roster.contains("Noor Haddad"));

    // Confirming applies that plan.
    read(&admin, "/admin/import").await;
    let content = hidden(&body, "content");
    let fingerprint = hidden(&body, "fingerprint");
    let response = post_fields(
        &admin,
        "/admin/import",
        &[
            ("step", "apply"),
            ("content", &content),
            ("fingerprint", &fingerprint),
        ],
    )
    .await;
    assert_eq!(status(&response), 303);
    let location = response.headers()["location"].to_str().unwrap().to_string();
    let done = read(&admin, &location).await;
    assert!(
        done.contains("The import is done: 1 person added, 1 team role added."),
        "{done}"
    );
    let noor = app
        .store
        .person_by_email("noor.haddad@example.org")
        .await
        .unwrap()
        .expect("Noor was added");
    assert_eq!(noor.job_title, "Staff Nurse");
    let roster = read(&admin, &format!("/teams/{}", team.id)).await;
    assert!(
        roster.contains("Noor Haddad"),
        "the roster shows the new member"
    );
    let history = app.store.audit_of("team", team.id).await.unwrap();
    assert!(history.iter().any(|e| e.action == "roster.add"
        && e.detail.contains("Noor Haddad")
        && e.detail.contains("import")));

    // The same file again: no changes, and nothing to confirm.
    let response = admin
        .post_upload(
            "/admin/import",
            &[("step", "preview")],
            ("file", "hr.csv", csv.as_bytes().to_vec()),
            true,
        )
        .await;
    assert_eq!(status(&response), 200);
    let body = response.text().await.unwrap();
    assert!(
        body.contains("No changes: the hub already matches this file."),
        "{body}"
    );
    assert!(!body.contains("Apply these changes"));

    // A plan that no longer holds is not applied: the new plan is shown instead.
    let retitled = csv.replace("Staff Nurse", "Charge Nurse");
    read(&admin, "/admin/import").await;
    let response = admin
        .post_form("/admin/import", &[("step", "preview"), ("csv", &retitled)])
        .await;
    assert_eq!(status(&response), 200);
    let body = response.text().await.unwrap();
    assert!(
        body.contains("job title: Staff Nurse → Charge Nurse"),
        "{body}"
    );
    // Meanwhile someone else changes Noor's title.
    app.store
        .update_person(
            noor.id,
            &lmp_store::people::PersonInput {
                name: noor.name.clone(),
                email: noor.email.clone(),
                side: lmp_domain::Side::Labor,
                local_id: noor.local_id,
                job_title: "Night Nurse".into(),
                facility_id: noor.facility_id,
            },
        )
        .await
        .unwrap();
    let response = post_fields(
        &admin,
        "/admin/import",
        &[
            ("step", "apply"),
            ("content", &hidden(&body, "content")),
            ("fingerprint", &hidden(&body, "fingerprint")),
        ],
    )
    .await;
    assert_eq!(status(&response), 409);
    let body = response.text().await.unwrap();
    assert!(
        body.contains("The hub changed since you looked at the plan"),
        "{body}"
    );
    assert!(
        body.contains("job title: Night Nurse → Charge Nurse"),
        "{body}"
    );
    assert_eq!(
        app.store.person(noor.id).await.unwrap().job_title,
        "Night Nurse",
        "nothing was applied"
    );

    // Bad lines are named, what was pasted is kept, and nothing is changed.
    let sponsor = app
        .store
        .person_by_email("sponsor@example.org")
        .await
        .unwrap()
        .unwrap();
    let bad = format!(
        "email,name,side,local,facility,department,team,role\n\
         ravi.shah@example.org,Ravi Shah,labor,{local},{facility},{department},{name},member\n\
         {email},{sponsor_name},management,,{facility},{department},{name},co_lead_labor\n\
         lee.wong@example.org,Lee Wong,labour,{local},{facility},{department},{name},\n",
        facility = team.facility_name,
        department = team.department_name,
        name = team.name,
        email = sponsor.email,
        sponsor_name = sponsor.name,
    );
    let response = admin
        .post_form("/admin/import", &[("step", "preview"), ("csv", &bad)])
        .await;
    assert_eq!(status(&response), 422);
    let body = response.text().await.unwrap();
    assert!(
        body.contains("Nothing was changed: 2 lines need attention."),
        "{body}"
    );
    assert!(
        body.contains("Line 3: a labor co-lead must be on the labor side"),
        "{body}"
    );
    assert!(
        body.contains("Line 4: the side “labour” is not management, labor or physician"),
        "{body}"
    );
    assert!(
        body.contains("ravi.shah@example.org,Ravi Shah"),
        "the pasted table is kept"
    );
    assert!(app
        .store
        .person_by_email("ravi.shah@example.org")
        .await
        .unwrap()
        .is_none());
}
