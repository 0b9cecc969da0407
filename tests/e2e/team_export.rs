//! A team's records for its own use: the CSV sections and the JSON document (page and API)
//! carry the real rows, defuse spreadsheet formulas, name nobody in an anonymous round and
//! show nothing of a round still open; people outside the team are refused; the printable
//! summary shows the level and the co-leads.

use lmp_tests::{on_both_databases, HttpSession, TestApp};

on_both_databases!(
    a_co_lead_exports_the_team_records_as_csv_and_json,
    the_printable_summary_shows_the_level_and_who_leads,
);

const IDEA: &str = "Quieter night rounds on ward 4";
const FORMULA_IDEA: &str = "=HYPERLINK(\"http://evil.example\",\"Fewer falls\")";
const ANONYMOUS_REASON: &str = "Quixotic anonymous export reason";
const NAMED_REASON: &str = "Plain named export reason";
const HIDDEN_REASON: &str = "Zanzibar hidden export reason";

async fn get(session: &HttpSession, path: &str) -> (u16, String, String) {
    let response = session
        .client
        .get(format!("{}{path}", session.base))
        .send()
        .await
        .expect("GET");
    let status = response.status().as_u16();
    let headers = response.headers().clone();
    let kind = headers
        .get("content-type")
        .map(|v| v.to_str().unwrap().to_string())
        .unwrap_or_default();
    let location = headers
        .get("location")
        .map(|v| v.to_str().unwrap().to_string())
        .unwrap_or_default();
    let body = response.text().await.unwrap_or_default();
    (status, if status == 303 { location } else { kind }, body)
}

/// A CSV file as its header and rows (the `csv` crate reads RFC 4180 quoting).
fn rows(text: &str) -> (Vec<String>, Vec<Vec<String>>) {
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header = reader
        .headers()
        .expect("a header row")
        .iter()
        .map(str::to_string)
        .collect();
    let rows = reader
        .records()
        .map(|r| r.expect("a CSV row").iter().map(str::to_string).collect())
        .collect();
    (header, rows)
}

fn column(header: &[String], name: &str) -> usize {
    header
        .iter()
        .position(|h| h == name)
        .unwrap_or_else(|| panic!("no column {name} in {header:?}"))
}

async fn post(session: &HttpSession, page: &str, path: &str, fields: &[(&str, &str)]) -> u16 {
    session.page(page).await;
    session.post_form(path, fields).await.status().as_u16()
}

/// A meeting of the showcase team, started, with the three people present.
async fn meeting_with(app: &TestApp, co_lead: &HttpSession, present: &[i64]) -> i64 {
    let team = app.showcase_team().await;
    co_lead.page(&format!("/teams/{team}/meetings")).await;
    let response = co_lead
        .post_form(
            &format!("/teams/{team}/meetings"),
            &[
                ("template", "team_meeting"),
                ("title", "Export test meeting"),
                ("date", "2026-12-03"),
                ("time", "14:30"),
                ("location", "Room 4B"),
            ],
        )
        .await;
    assert_eq!(response.status().as_u16(), 303);
    let meeting: i64 = response.headers()["location"]
        .to_str()
        .unwrap()
        .trim_start_matches("/meetings/")
        .parse()
        .unwrap();
    let page = format!("/meetings/{meeting}");
    assert_eq!(
        post(co_lead, &page, &format!("/meetings/{meeting}/start"), &[]).await,
        303
    );
    for person in present {
        let person = person.to_string();
        assert_eq!(
            post(
                co_lead,
                &page,
                &format!("/meetings/{meeting}/attendance"),
                &[("person", &person), ("present", "1")]
            )
            .await,
            303
        );
    }
    meeting
}

/// Opens a round in the meeting and returns its id.
async fn round(
    app: &TestApp,
    co_lead: &HttpSession,
    meeting: i64,
    title: &str,
    extra: &[(&str, &str)],
) -> i64 {
    let mut fields = vec![
        ("title", title),
        ("background", "Mornings are rushed."),
        ("decider", "management"),
    ];
    fields.extend_from_slice(extra);
    assert_eq!(
        post(
            co_lead,
            &format!("/meetings/{meeting}"),
            &format!("/meetings/{meeting}/proposals"),
            &fields
        )
        .await,
        303
    );
    app.store
        .meeting_proposals(meeting)
        .await
        .unwrap()
        .into_iter()
        .find(|p| p.title == title)
        .expect("the round")
        .id
}

async fn stance(who: &HttpSession, proposal: i64, stance: &str, reason: &str) {
    let status = post(
        who,
        &format!("/proposals/{proposal}"),
        &format!("/proposals/{proposal}/stance"),
        &[("stance", stance), ("reason", reason), ("behaviour", "")],
    )
    .await;
    assert_eq!(status, 303, "the stance is given");
}

async fn a_co_lead_exports_the_team_records_as_csv_and_json(app: TestApp) {
    let team = app.showcase_team().await;
    let co_lead = app.sign_in("colead@example.org").await;
    let member = app.sign_in("member@example.org").await;
    let management_id = app.holder(team, "co_lead_management").await;
    let management = app.sign_in_person(management_id).await;
    let member_id = app.person_id("member@example.org").await;
    let co_lead_id = app.person_id("colead@example.org").await;
    let member_name = app.store.person(member_id).await.unwrap().name;
    let management_name = app.store.person(management_id).await.unwrap().name;

    // The co-lead raises two ideas, one whose title a spreadsheet would run as a formula.
    for title in [IDEA, FORMULA_IDEA] {
        let status = post(
            &co_lead,
            &format!("/teams/{team}/projects"),
            &format!("/teams/{team}/projects"),
            &[("title", title), ("description", "Patients cannot sleep")],
        )
        .await;
        assert_eq!(status, 303, "the idea {title} is raised");
    }

    // Three rounds: an anonymous one and a named one, both closed, and a hidden one still open.
    let meeting = meeting_with(&app, &co_lead, &[member_id, co_lead_id, management_id]).await;
    let anonymous = round(
        &app,
        &co_lead,
        meeting,
        "Anonymous export round",
        &[("anonymous", "1")],
    )
    .await;
    let named = round(&app, &co_lead, meeting, "Named export round", &[]).await;
    let hidden = round(
        &app,
        &co_lead,
        meeting,
        "Hidden export round",
        &[("hidden", "1")],
    )
    .await;
    stance(&member, anonymous, "block", ANONYMOUS_REASON).await;
    stance(&management, anonymous, "support", "Fine by me").await;
    stance(&member, named, "support", NAMED_REASON).await;
    stance(&member, hidden, "block", HIDDEN_REASON).await;
    for proposal in [anonymous, named] {
        let status = post(
            &co_lead,
            &format!("/proposals/{proposal}"),
            &format!("/proposals/{proposal}/reveal"),
            &[],
        )
        .await;
        assert_eq!(status, 303, "the stances of {proposal} are closed");
    }

    // The export page links every section.
    let (status, page) = co_lead.page(&format!("/teams/{team}/export")).await;
    assert_eq!(status, 200);
    for section in [
        "roster",
        "projects",
        "cycles",
        "measures",
        "decisions",
        "stances",
    ] {
        assert!(
            page.contains(&format!("/teams/{team}/export.csv?section={section}")),
            "the page links the {section} CSV"
        );
    }
    assert!(page.contains(&format!("/teams/{team}/export.json")));
    let (_, team_page) = co_lead.page(&format!("/teams/{team}")).await;
    assert!(team_page.contains(&format!("href=\"/teams/{team}/export\"")));
    assert!(team_page.contains(&format!("href=\"/teams/{team}/summary\"")));

    // Roster: real rows, the member among them.
    let (status, kind, body) = get(
        &co_lead,
        &format!("/teams/{team}/export.csv?section=roster"),
    )
    .await;
    assert_eq!(status, 200, "{body}");
    assert!(kind.starts_with("text/csv"), "{kind}");
    let (header, roster) = rows(&body);
    let (name, role) = (column(&header, "name"), column(&header, "role"));
    assert!(
        roster
            .iter()
            .any(|r| r[name] == member_name && r[role] == "member"),
        "the member is on the exported roster: {roster:?}"
    );
    assert!(roster
        .iter()
        .any(|r| r[name] == management_name && r[role] == "co_lead_management"));
    let expected = app.store.roster(team).await.unwrap().len();
    assert_eq!(roster.len(), expected, "one row per roster entry");

    // Projects: the ideas, the formula defused.
    let (_, _, body) = get(
        &co_lead,
        &format!("/teams/{team}/export.csv?section=projects"),
    )
    .await;
    let (header, projects) = rows(&body);
    let title = column(&header, "title");
    let status_column = column(&header, "status");
    assert!(projects
        .iter()
        .any(|r| r[title] == IDEA && r[status_column] == "idea"));
    assert!(
        projects
            .iter()
            .any(|r| r[title] == format!("'{FORMULA_IDEA}")),
        "a formula starts with an apostrophe"
    );
    assert!(!projects.iter().any(|r| r[title].starts_with('=')));

    // Stances: named in the named round, nameless in the anonymous one; the open hidden
    // round is nowhere.
    let (_, _, body) = get(
        &co_lead,
        &format!("/teams/{team}/export.csv?section=stances"),
    )
    .await;
    let (header, stances) = rows(&body);
    let (decision, name, reason) = (
        column(&header, "decision_id"),
        column(&header, "name"),
        column(&header, "reason"),
    );
    let named_row = stances
        .iter()
        .find(|r| r[reason] == NAMED_REASON)
        .expect("the named stance is exported");
    assert_eq!(named_row[name], member_name);
    assert_eq!(named_row[decision], named.to_string());
    let anonymous_rows: Vec<_> = stances
        .iter()
        .filter(|r| r[decision] == anonymous.to_string())
        .collect();
    assert_eq!(anonymous_rows.len(), 2, "{stances:?}");
    assert!(anonymous_rows.iter().all(|r| r[name].is_empty()));
    for row in &anonymous_rows {
        for person in [&member_name, &management_name] {
            assert!(
                !row.iter().any(|cell| cell.contains(person.as_str())),
                "an anonymous stance names {person}: {row:?}"
            );
        }
    }
    assert!(!body.contains(HIDDEN_REASON));
    let (_, _, body) = get(
        &co_lead,
        &format!("/teams/{team}/export.csv?section=decisions"),
    )
    .await;
    let (header, decisions) = rows(&body);
    let id = column(&header, "decision_id");
    assert!(decisions.iter().any(|r| r[id] == anonymous.to_string()));
    assert!(decisions.iter().any(|r| r[id] == named.to_string()));
    assert!(
        !decisions.iter().any(|r| r[id] == hidden.to_string()),
        "an open round is not a decision yet"
    );

    // Every other section is a CSV with a header row.
    for section in ["cycles", "measures", "p2p-quarters", "p2p-assessments"] {
        let (status, _, body) = get(
            &co_lead,
            &format!("/teams/{team}/export.csv?section={section}"),
        )
        .await;
        assert_eq!(status, 200, "{section}");
        let (header, _) = rows(&body);
        assert!(!header.is_empty(), "{section} has a header");
    }
    let (status, _, _) = get(
        &co_lead,
        &format!("/teams/{team}/export.csv?section=secrets"),
    )
    .await;
    assert_eq!(status, 400, "an unknown section is a bad request");

    // JSON, from the page and from the API: the same document.
    let (status, json) = co_lead
        .get_json(&format!("/teams/{team}/export.json"))
        .await;
    assert_eq!(status, 200);
    let (status, api) = co_lead
        .get_json(&format!("/api/v1/teams/{team}/export"))
        .await;
    assert_eq!(status, 200);
    for document in [&json, &api] {
        assert_eq!(document["team"]["id"], team);
        assert!(document["roster"]
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["name"] == member_name.as_str()));
        assert!(document["projects"]
            .as_array()
            .unwrap()
            .iter()
            .any(|p| p["title"] == IDEA));
        let decisions = document["decisions"].as_array().unwrap();
        let anonymous_json = decisions
            .iter()
            .find(|d| d["id"] == anonymous)
            .expect("the anonymous round is exported");
        assert_eq!(anonymous_json["anonymous"], true);
        let stances = anonymous_json["stances"].as_array().unwrap();
        assert_eq!(stances.len(), 2);
        assert!(stances.iter().all(|s| s["name"].is_null()));
        assert!(anonymous_json.to_string().contains(ANONYMOUS_REASON));
        assert!(!anonymous_json.to_string().contains(member_name.as_str()));
        assert!(!decisions.iter().any(|d| d["id"] == hidden));
        assert!(!document.to_string().contains(HIDDEN_REASON));
        assert!(document["p2p"]["assessments"].is_array());
        assert!(document["measures"].is_array());
    }

    // A member of another team is refused everywhere; nobody signed out gets in.
    let other_team = app.team_in_another_region().await;
    let stranger = app
        .sign_in_person(app.holder(other_team, "member").await)
        .await;
    for path in [
        format!("/teams/{team}/export"),
        format!("/teams/{team}/export.json"),
        format!("/teams/{team}/export.csv?section=roster"),
        format!("/teams/{team}/summary"),
        format!("/api/v1/teams/{team}/export"),
    ] {
        let (status, _, body) = get(&stranger, &path).await;
        assert_eq!(status, 403, "{path}");
        assert!(
            !body.contains(member_name.as_str()),
            "{path} leaks the roster"
        );
        let (status, location, _) = get(&app.anonymous(), &path).await;
        if path.starts_with("/api/") {
            assert_eq!(status, 401, "{path}");
        } else {
            assert_eq!(status, 303, "{path}");
            assert!(location.starts_with("/signin"), "{path}: {location}");
        }
    }
    // A member of the team may take its records too.
    let (status, _, body) = get(&member, &format!("/teams/{team}/export.csv?section=roster")).await;
    assert_eq!(status, 200);
    assert!(body.contains(member_name.as_str()));
}

/// Text as the templates escape it.
fn esc(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#x27;")
}

async fn the_printable_summary_shows_the_level_and_who_leads(app: TestApp) {
    let team = app.showcase_team().await;
    let co_lead = app.sign_in("colead@example.org").await;
    let (status, page) = co_lead.page(&format!("/teams/{team}/summary")).await;
    assert_eq!(status, 200);
    let team_row = app.store.team(team).await.unwrap();
    assert!(page.contains(&format!("<h1>{}</h1>", esc(&team_row.name))));
    assert!(page.contains(&esc(&team_row.facility_name)));
    assert!(page.contains(&esc(&team_row.department_name)));
    for role in ["co_lead_management", "co_lead_labor"] {
        let name = app
            .store
            .person(app.holder(team, role).await)
            .await
            .unwrap()
            .name;
        assert!(
            page.contains(&esc(&name)),
            "the summary names the {role} {name}"
        );
    }
    let sponsor = app
        .store
        .roster(team)
        .await
        .unwrap()
        .into_iter()
        .find(|e| e.role.starts_with("sponsor"))
        .expect("the showcase team has a sponsor");
    assert!(
        page.contains(&esc(&sponsor.name)),
        "the summary names a sponsor"
    );

    // The level is the one the Path to Performance API gives.
    let (_, p2p) = co_lead.get_json(&format!("/api/v1/teams/{team}/p2p")).await;
    let level = p2p["level"].as_i64().expect("a level");
    assert!(
        page.contains(&format!("Level {level}")),
        "the summary shows level {level}"
    );

    // Open tasks are counted.
    let open: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM tasks WHERE team_id = $1 AND status = 'open'")
            .bind(team)
            .fetch_one(app.store.pool())
            .await
            .unwrap();
    let expected = if open == 1 {
        "1 open task".to_string()
    } else {
        format!("{open} open tasks")
    };
    assert!(page.contains(&expected), "{expected}");

    // Active projects are listed with their latest measure.
    let projects = app
        .store
        .team_projects(team, lmp_domain::PageRequest::new(None, Some(100)))
        .await
        .unwrap()
        .items;
    let active = projects
        .iter()
        .find(|p| p.status == "active")
        .expect("an active project");
    assert!(page.contains(&esc(&active.title)));
    let measures = app.store.measures(active.id).await.unwrap();
    if let Some(measure) = measures.first() {
        if !app.store.points(measure.id).await.unwrap().is_empty() {
            assert!(page.contains(&format!("{}: ", esc(&measure.name))));
        }
    }

    // The print stylesheet lays the summary out for paper.
    let (_, css) = co_lead.page("/static/app.css").await;
    let print = css
        .split("@media print")
        .skip(1)
        .any(|block| block.contains(".team-summary"));
    assert!(print, "app.css has print rules for the summary");

    // In Spanish too.
    co_lead.page(&format!("/teams/{team}/summary")).await;
    let response = co_lead
        .post_form(
            "/language",
            &[
                ("language", "es"),
                ("back", &format!("/teams/{team}/summary")),
            ],
        )
        .await;
    assert_eq!(response.status().as_u16(), 303);
    let (_, page) = co_lead.page(&format!("/teams/{team}/summary")).await;
    assert!(
        page.contains("Proyectos activos"),
        "the summary speaks Spanish"
    );
}

/// The new pages in a real browser: a co-lead follows the team page's links to the export page
/// and the summary, and turns the calendar feed on from the account page; axe-core checks
/// each page.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn export_summary_and_calendar_pages_work_in_a_browser() {
    let Some(browser) = lmp_tests::browser::Browser::start().await else {
        return;
    };
    let app = TestApp::spawn(lmp_store::Backend::Sqlite)
        .await
        .expect("server");
    let team = app.showcase_team().await;
    browser.sign_in(&app.base, "colead@example.org").await;
    browser.goto(&app.url(&format!("/teams/{team}"))).await;
    browser
        .click(&format!("a[href='/teams/{team}/export']"))
        .await;
    browser.wait_text("h1", "Export the records of").await;
    browser.check_accessibility("the export page").await;
    assert!(
        browser
            .exists(&format!(
                "a[href='/teams/{team}/export.csv?section=roster']"
            ))
            .await
    );
    browser
        .click(&format!("a[href='/teams/{team}/summary']"))
        .await;
    browser
        .wait_text("h2#summary-projects", "Active projects")
        .await;
    assert!(browser.text(".level-badge").await.starts_with("Level "));
    browser.check_accessibility("the printable summary").await;

    browser.goto(&app.url("/account")).await;
    browser.wait_text("h2#calendar", "Calendar feed").await;
    browser
        .click("#calendar-feed form[action='/account/calendar'] button")
        .await;
    browser.wait_text("#calendar-feed", "Feed address").await;
    let address = browser.value("#calendar-url").await;
    assert!(
        address.contains("/calendar/") && address.ends_with(".ics"),
        "{address}"
    );
    browser
        .check_accessibility("the account page with the feed on")
        .await;
    browser.finish().await;
}
