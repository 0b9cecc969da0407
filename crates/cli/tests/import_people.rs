//! `lmp import people` against the small demo, as an administrator runs it on the server: the
//! dry run changes nothing, the import changes exactly what the plan said, importing the same
//! file again changes nothing, a file with bad lines names them and changes nothing, and a full
//! export marks a person who is not in it inactive without deleting them.

mod common;

use common::Db;
use lmp_store::{Backend, Store};

/// A CSV line with every cell quoted.
fn line(cells: &[&str]) -> String {
    let quoted: Vec<String> = cells
        .iter()
        .map(|c| format!("\"{}\"", c.replace('"', "\"\"")))
        .collect();
    format!("{}\n", quoted.join(","))
}

/// The team roles a person holds, as (team id, role code), sorted.
async fn roles_of(store: &Store, person_id: i64) -> Vec<(i64, String)> {
    let mut roles: Vec<(i64, String)> = store
        .memberships(person_id)
        .await
        .expect("memberships")
        .into_iter()
        .flat_map(|m| {
            m.roles
                .into_iter()
                .map(move |r| (m.team_id, r.code().to_string()))
        })
        .collect();
    roles.sort();
    roles
}

async fn count(store: &Store, sql: &str) -> i64 {
    sqlx::query_scalar(sql)
        .fetch_one(store.pool())
        .await
        .expect("count")
}

async fn dry_run_apply_and_apply_again(backend: Backend) {
    let Some(db) = Db::new(backend).await else {
        return;
    };
    let (ok, out, err) = db.run(&["demo", "--scale", "small"]);
    assert!(ok, "demo: {out}{err}");
    let store = db.store().await;
    let team = store.team(1).await.expect("the showcase team");
    let member = store
        .person_by_email("member@example.org")
        .await
        .unwrap()
        .expect("the demo member");
    let member_roles = roles_of(&store, member.id).await;
    assert!(!member_roles.is_empty());
    // Someone else on the showcase team's roster, whose lines will give no team.
    let leaver_entry = store
        .roster(team.id)
        .await
        .unwrap()
        .into_iter()
        .find(|e| e.role == "member" && e.person_id != member.id)
        .expect("another member");
    let leaver = store.person(leaver_entry.person_id).await.unwrap();
    let leaver_roles = roles_of(&store, leaver.id).await;
    let people_before = count(&store, "SELECT COUNT(*) FROM people").await;
    let roles_before = count(&store, "SELECT COUNT(*) FROM team_roles").await;
    let audit_before = count(&store, "SELECT COUNT(*) FROM audit_log").await;

    let mut csv = String::from(
        "\u{feff}Employee ID,Email,Name,Side,Union Local,Job Title,Facility,Department,Team,Team Role\n",
    );
    // A new person on the showcase team, found by facility, department and team name.
    csv += &line(&[
        "E-100",
        "Noor.Haddad@Example.org",
        "Noor Haddad",
        "Labor",
        member.local_name.as_deref().unwrap(),
        "Staff Nurse",
        &team.facility_name,
        &team.department_name,
        &team.name,
        "",
    ]);
    // The demo member with a new job title and every team role they hold, by team number.
    for (team_id, role) in &member_roles {
        csv += &line(&[
            "E-101",
            &member.email,
            &member.name,
            &member.side,
            member.local_name.as_deref().unwrap_or(""),
            "Senior Respiratory Therapist",
            member.facility_name.as_deref().unwrap_or(""),
            "",
            &team_id.to_string(),
            role,
        ]);
    }
    // Someone whose details are unchanged but whose line gives no team.
    csv += &line(&[
        "E-102",
        &leaver.email,
        &leaver.name,
        &leaver.side,
        leaver.local_name.as_deref().unwrap_or(""),
        &leaver.job_title,
        leaver.facility_name.as_deref().unwrap_or(""),
        "",
        "",
        "",
    ]);
    let file = db.dir.path().join("hr.csv");
    std::fs::write(&file, &csv).unwrap();
    let path = file.to_str().unwrap();

    // The dry run shows the plan and changes nothing.
    let (ok, out, err) = db.run(&["import", "people", path, "--dry-run"]);
    assert!(ok, "dry run: {out}{err}");
    let plan_line = format!(
        "Plan: 1 person to add, 1 person to update, 1 team role to add, {} to end.",
        if leaver_roles.len() == 1 {
            "1 team role".to_string()
        } else {
            format!("{} team roles", leaver_roles.len())
        }
    );
    assert!(out.contains(&plan_line), "{out}");
    assert!(out.contains("noor.haddad@example.org"), "{out}");
    assert!(
        out.contains("job title: Respiratory Therapist → Senior Respiratory Therapist")
            || out.contains(&format!(
                "job title: {} → Senior Respiratory Therapist",
                member.job_title
            )),
        "{out}"
    );
    assert!(
        out.contains("employee_id"),
        "the ignored column is named: {out}"
    );
    assert!(out.contains("Dry run: nothing was changed."), "{out}");
    assert_eq!(
        count(&store, "SELECT COUNT(*) FROM people").await,
        people_before
    );
    assert_eq!(
        count(&store, "SELECT COUNT(*) FROM team_roles").await,
        roles_before
    );
    assert_eq!(
        count(&store, "SELECT COUNT(*) FROM audit_log").await,
        audit_before
    );
    assert!(store
        .person_by_email("noor.haddad@example.org")
        .await
        .unwrap()
        .is_none());

    // The import does exactly that.
    let (ok, out, err) = db.run(&["import", "people", path]);
    assert!(ok, "import: {out}{err}");
    assert!(
        out.contains("Done: 1 person added, 1 person updated"),
        "{out}"
    );
    let noor = store
        .person_by_email("noor.haddad@example.org")
        .await
        .unwrap()
        .expect("Noor was added");
    assert_eq!(noor.name, "Noor Haddad");
    assert_eq!(noor.side, "labor");
    assert_eq!(noor.job_title, "Staff Nurse");
    assert_eq!(noor.local_name, member.local_name);
    assert_eq!(
        noor.facility_name.as_deref(),
        Some(team.facility_name.as_str())
    );
    assert_eq!(noor.active, 1);
    assert_eq!(
        roles_of(&store, noor.id).await,
        vec![(team.id, "member".to_string())]
    );
    let member_after = store.person(member.id).await.unwrap();
    assert_eq!(member_after.job_title, "Senior Respiratory Therapist");
    assert_eq!(member_after.name, member.name);
    assert_eq!(roles_of(&store, member.id).await, member_roles);
    assert!(roles_of(&store, leaver.id).await.is_empty());
    assert_eq!(store.person(leaver.id).await.unwrap().active, 1);
    assert_eq!(
        count(&store, "SELECT COUNT(*) FROM people").await,
        people_before + 1
    );
    assert_eq!(
        count(&store, "SELECT COUNT(*) FROM team_roles").await,
        roles_before + 1 - leaver_roles.len() as i64
    );
    let history = store.audit_of("person", noor.id).await.unwrap();
    assert_eq!(history.len(), 1);
    assert_eq!(history[0].action, "person.create");
    assert!(history[0].detail.contains("import"));
    let audit_after = count(&store, "SELECT COUNT(*) FROM audit_log").await;
    // One line per change and one for the import as a whole.
    assert_eq!(
        audit_after,
        audit_before + 3 + leaver_roles.len() as i64 + 1
    );

    // Again: no changes.
    let (ok, out, err) = db.run(&["import", "people", path]);
    assert!(ok, "again: {out}{err}");
    assert!(out.contains("No changes"), "{out}");
    assert_eq!(
        count(&store, "SELECT COUNT(*) FROM people").await,
        people_before + 1
    );
    assert_eq!(
        count(&store, "SELECT COUNT(*) FROM audit_log").await,
        audit_after
    );

    // A file with bad lines names each of them and changes nothing, its good lines included.
    let sponsor = store
        .person_by_email("sponsor@example.org")
        .await
        .unwrap()
        .unwrap();
    let mut bad = String::from("email,name,side,local,facility,department,team,role\n");
    bad += &line(&[
        "ravi.shah@example.org",
        "Ravi Shah",
        "labor",
        member.local_name.as_deref().unwrap(),
        &team.facility_name,
        &team.department_name,
        &team.name,
        "member",
    ]);
    bad += &line(&[
        "lee.wong@example.org",
        "Lee Wong",
        "labor",
        member.local_name.as_deref().unwrap(),
        "Nowhere General",
        "Pharmacy",
        "Night",
        "",
    ]);
    bad += &line(&[
        &sponsor.email,
        &sponsor.name,
        "management",
        "",
        &team.facility_name,
        &team.department_name,
        &team.name,
        "co_lead_labor",
    ]);
    let bad_file = db.dir.path().join("bad.csv");
    std::fs::write(&bad_file, bad).unwrap();
    let (ok, out, err) = db.run(&["import", "people", bad_file.to_str().unwrap()]);
    assert!(!ok, "a bad file fails: {out}{err}");
    assert!(
        err.contains("Line 3:") && err.contains("Nowhere General"),
        "{err}"
    );
    assert!(
        err.contains("Line 4:") && err.contains("labor side"),
        "{err}"
    );
    assert!(!err.contains("Line 2:"), "{err}");
    assert!(
        err.contains("2 lines in") && err.contains("nothing was changed"),
        "{err}"
    );
    assert!(store
        .person_by_email("ravi.shah@example.org")
        .await
        .unwrap()
        .is_none());
    assert_eq!(
        count(&store, "SELECT COUNT(*) FROM audit_log").await,
        audit_after
    );
    store.close().await;
}

async fn a_full_export_marks_an_absent_person_inactive(backend: Backend) {
    let Some(db) = Db::new(backend).await else {
        return;
    };
    let (ok, out, err) = db.run(&["demo", "--scale", "small"]);
    assert!(ok, "demo: {out}{err}");
    let store = db.store().await;
    let absent = store
        .person_by_email("member@example.org")
        .await
        .unwrap()
        .unwrap();
    let absent_roles = roles_of(&store, absent.id).await;
    let admin = store
        .person_by_email("admin@example.org")
        .await
        .unwrap()
        .unwrap();
    // Everyone active but the member and the administrator: email, name and side only, so
    // every other detail and every team role is left as it is.
    let people: Vec<(String, String, String)> =
        sqlx::query_as("SELECT email, name, side FROM people WHERE active = 1 ORDER BY id")
            .fetch_all(store.pool())
            .await
            .unwrap();
    let mut csv = String::from("email,name,side\n");
    for (email, name, side) in &people {
        if *email != absent.email && *email != admin.email {
            csv += &line(&[email, name, side]);
        }
    }
    let file = db.dir.path().join("everyone.csv");
    std::fs::write(&file, csv).unwrap();
    let path = file.to_str().unwrap();
    let roles_before = count(&store, "SELECT COUNT(*) FROM team_roles").await;

    // Without --full the absent are left alone.
    let (ok, out, err) = db.run(&["import", "people", path, "--dry-run"]);
    assert!(ok, "{out}{err}");
    assert!(out.contains("No changes"), "{out}");

    let (ok, out, err) = db.run(&["import", "people", path, "--full"]);
    assert!(ok, "{out}{err}");
    assert!(out.contains("1 person marked inactive"), "{out}");
    assert!(out.contains("member@example.org"), "{out}");
    assert!(
        out.contains("admin@example.org"),
        "the administrator is named, not marked inactive: {out}"
    );
    let after = store
        .person(absent.id)
        .await
        .expect("still there, not deleted");
    assert_eq!(after.active, 0);
    assert_eq!(after.name, absent.name);
    assert!(roles_of(&store, absent.id).await.is_empty());
    assert_eq!(
        count(&store, "SELECT COUNT(*) FROM team_roles").await,
        roles_before - absent_roles.len() as i64
    );
    assert_eq!(store.person(admin.id).await.unwrap().active, 1);
    assert_eq!(
        count(&store, "SELECT COUNT(*) FROM people WHERE active = 0").await,
        1
    );

    let (ok, out, err) = db.run(&["import", "people", path, "--full"]);
    assert!(ok, "{out}{err}");
    assert!(out.contains("No changes"), "{out}");
    store.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sqlite_dry_run_apply_and_apply_again() {
    dry_run_apply_and_apply_again(Backend::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn postgres_dry_run_apply_and_apply_again() {
    dry_run_apply_and_apply_again(Backend::Postgres).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sqlite_a_full_export_marks_an_absent_person_inactive() {
    a_full_export_marks_an_absent_person_inactive(Backend::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn postgres_a_full_export_marks_an_absent_person_inactive() {
    a_full_export_marks_an_absent_person_inactive(Backend::Postgres).await;
}
