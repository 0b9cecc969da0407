//! The hub as an attacker sees it: script in every text field, forged requests, SQL in every
//! filter, other people's ids, redirects to other sites, huge bodies, paths out of folders,
//! fixed session cookies, password guessing, and the headers and cookies that blunt what gets
//! through.

use std::collections::BTreeMap;

use lmp_tests::{on_both_databases, HttpSession, TestApp, PASSWORD};

use crate::access_matrix::{
    changed_tables, send, session_for, table, Body, Fingerprint, Fixture, Role, ROLES,
};

/// Who posts, to which address, with which fields.
type Attempt<'a> = (&'a HttpSession, String, Vec<(&'a str, String)>);

on_both_databases!(
    script_typed_into_any_field_is_served_as_text,
    script_in_addresses_is_not_reflected,
    every_change_without_the_csrf_token_is_refused_and_changes_nothing,
    sql_in_filters_and_search_finds_nothing_extra,
    changing_ids_reaches_no_other_teams_objects,
    no_redirect_leads_to_another_site,
    oversized_bodies_are_refused_with_413,
    paths_and_file_names_cannot_climb_out,
    a_session_cookie_chosen_before_sign_in_is_not_kept,
    password_guessing_is_limited_per_email_and_per_address,
    every_response_carries_the_protective_headers,
);

// ---------------------------------------------------------------------------------------------
// What "executable" means in served HTML.

/// Every way `html` could run script that the hub did not write itself: a `<script>` element
/// other than the hub's own files, an `on…=` attribute, a `javascript:` (or `data:text/html`)
/// URL in a link, frame, form or image, an `<iframe>`, `<object>` or `<embed>`.
pub fn executable_parts(html: &str) -> Vec<String> {
    let mut found = Vec::new();
    let bytes = html.as_bytes();
    let mut i = 0;
    while let Some(offset) = html[i..].find('<') {
        let start = i + offset;
        i = start + 1;
        let Some(&next) = bytes.get(start + 1) else {
            break;
        };
        if !next.is_ascii_alphabetic() {
            continue;
        }
        let end = html[start..]
            .find('>')
            .map_or(html.len(), |e| start + e + 1);
        let tag = &html[start..end];
        let lower = tag.to_ascii_lowercase();
        let name: String = lower[1..]
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect();
        let short = || tag.chars().take(120).collect::<String>();
        match name.as_str() {
            "script" => {
                let own = lower.contains("src=\"/static/");
                let empty = html[end..].trim_start().starts_with("</script>");
                if !(own && empty) {
                    found.push(format!("a script element: {}", short()));
                }
            }
            "iframe" | "object" | "embed" | "frame" | "base" => {
                found.push(format!("an embedding element: {}", short()));
            }
            _ => {}
        }
        // Attributes: split at whitespace outside quotes is enough to find `on…=` names.
        let mut in_quote: Option<char> = None;
        let mut word_start = true;
        for (k, c) in lower.char_indices() {
            match in_quote {
                Some(q) if c == q => in_quote = None,
                Some(_) => {}
                None if c == '"' || c == '\'' => in_quote = Some(c),
                None if c.is_whitespace() || c == '/' => word_start = true,
                None => {
                    if word_start && lower[k..].starts_with("on") {
                        let attr: String = lower[k..]
                            .chars()
                            .take_while(|c| c.is_ascii_alphanumeric())
                            .collect();
                        let after = lower[k + attr.len()..].trim_start();
                        if attr.len() > 2 && after.starts_with('=') {
                            found.push(format!("an event handler {attr}: {}", short()));
                        }
                    }
                    word_start = false;
                }
            }
        }
        let squeezed: String = lower.chars().filter(|c| !c.is_whitespace()).collect();
        for scheme in ["javascript:", "vbscript:", "data:text/html"] {
            for attr in ["href=", "src=", "action=", "formaction=", "xlink:href="] {
                for quote in ["\"", "'", ""] {
                    if squeezed.contains(&format!("{attr}{quote}{scheme}")) {
                        found.push(format!("a {scheme} URL: {}", short()));
                    }
                }
            }
        }
    }
    found
}

#[test]
fn the_checker_finds_what_it_looks_for() {
    assert!(executable_parts("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>").is_empty());
    assert!(executable_parts(r#"<script src="/static/app.js" defer></script>"#).is_empty());
    assert!(executable_parts(r#"<a href="/x" class="online">on=</a>"#).is_empty());
    assert_eq!(executable_parts("<script>alert(1)</script>").len(), 1);
    assert_eq!(executable_parts(r#"<img src=x onerror=alert(1)>"#).len(), 1);
    assert_eq!(executable_parts(r#"<svg/onload="alert(1)">"#).len(), 1);
    assert_eq!(
        executable_parts(r#"<a href=" JavaScript:alert(1)">x</a>"#).len(),
        1
    );
    assert_eq!(executable_parts(r#"<iframe src="/x"></iframe>"#).len(), 1);
}

const PAYLOADS: [&str; 6] = [
    "<script>alert('xss-1')</script>",
    "\"><img src=x onerror=alert('xss-2')>",
    "'><svg onload=alert('xss-3')>",
    "javascript:alert('xss-4')",
    "[click me](javascript:alert('xss-5'))",
    "<a href=\"javascript:alert('xss-6')\">link</a><iframe src=\"//evil.example\"></iframe>",
];

fn all_payloads() -> String {
    PAYLOADS.join(" ")
}

async fn assert_inert(session: &HttpSession, path: &str, problems: &mut Vec<String>) {
    let response = session
        .client
        .get(format!("{}{path}", session.base))
        .send()
        .await
        .unwrap();
    let status = response.status().as_u16();
    let kind = response
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_string();
    let body = response.text().await.unwrap_or_default();
    if status >= 500 {
        problems.push(format!("{path}: {status}"));
    }
    // JSON (sent with nosniff) is data to a browser; only HTML could run.
    if !kind.starts_with("text/html") {
        return;
    }
    for part in executable_parts(&body) {
        problems.push(format!("{path}: {part}"));
    }
}

async fn post_ok(session: &HttpSession, path: &str, fields: &[(&str, &str)]) -> u16 {
    let status = session.post_form(path, fields).await.status().as_u16();
    assert!(
        matches!(status, 200 | 303 | 422),
        "{path} took the submission: {status}"
    );
    status
}

async fn script_typed_into_any_field_is_served_as_text(app: TestApp) {
    let fixture = Fixture::build(&app).await;
    let team = fixture.team;
    let x = all_payloads();
    let x = x.as_str();
    let colead = session_for(&app, &fixture, Role::CoLead).await;
    let member = session_for(&app, &fixture, Role::Member).await;
    let admin = session_for(&app, &fixture, Role::Admin).await;
    let sponsor = session_for(&app, &fixture, Role::Sponsor).await;
    let meeting = &fixture.ids["meeting"];
    let item = &fixture.ids["agenda_item"];
    let ibps = &fixture.ids["ibps"];
    let project = &fixture.ids["project"];
    let tool = &fixture.ids["tool"];
    let tool_item = &fixture.ids["tool_item"];
    let huddle = &fixture.ids["huddle_item"];
    let checklist = &fixture.ids["checklist"];

    // The charter, every field.
    post_ok(
        &colead,
        &format!("/teams/{team}/charter"),
        &[
            ("purpose", x),
            ("meeting_cadence", x),
            ("ground_rules", x),
            ("decision_rules", x),
            ("quorum", "3"),
        ],
    )
    .await;
    // A meeting with a scripted title and place, agenda, notes, minutes and a proposal.
    post_ok(
        &colead,
        &format!("/teams/{team}/meetings"),
        &[
            ("template", "team_meeting"),
            ("title", x),
            ("date", "2026-12-03"),
            ("time", "14:30"),
            ("location", x),
        ],
    )
    .await;
    post_ok(
        &colead,
        &format!("/meetings/{meeting}/agenda"),
        &[("title", x), ("kind", "discussion"), ("minutes", "5")],
    )
    .await;
    post_ok(&colead, &format!("/agenda/{item}/notes"), &[("notes", x)]).await;
    post_ok(
        &colead,
        &format!("/meetings/{meeting}/minutes"),
        &[("kind", "note"), ("text", x)],
    )
    .await;
    post_ok(
        &colead,
        &format!("/meetings/{meeting}/proposals"),
        &[
            ("title", x),
            ("background", x),
            ("options", x),
            ("decider", "management"),
        ],
    )
    .await;
    let proposal = &fixture.ids["proposal"];
    post_ok(
        &member,
        &format!("/proposals/{proposal}/stance"),
        &[("stance", "support"), ("reason", x), ("behaviour", x)],
    )
    .await;
    // Huddle, problem solving, ideas and tools.
    post_ok(
        &member,
        &format!("/teams/{team}/huddle"),
        &[("category", "issue"), ("text", x)],
    )
    .await;
    post_ok(
        &colead,
        &format!("/huddle/{huddle}/escalate"),
        &[
            ("target", "sponsor"),
            ("question", x),
            ("answer_by", "2027-01-15"),
        ],
    )
    .await;
    post_ok(
        &sponsor,
        &format!("/huddle/{}/answer", fixture.ids["escalated_item"]),
        &[("answer", x)],
    )
    .await;
    post_ok(&member, &format!("/ibps/{ibps}/problem"), &[("problem", x)]).await;
    post_ok(
        &member,
        &format!("/ibps/{ibps}/interests"),
        &[("side", "labor"), ("text", x)],
    )
    .await;
    post_ok(&member, &format!("/ibps/{ibps}/options"), &[("text", x)]).await;
    post_ok(&member, &format!("/ibps/{ibps}/standards"), &[("text", x)]).await;
    post_ok(
        &member,
        &format!("/teams/{team}/projects"),
        &[("title", x), ("description", x)],
    )
    .await;
    post_ok(
        &colead,
        &format!("/projects/{project}/tools/{tool}"),
        &[("title", x), ("subject", x)],
    )
    .await;
    post_ok(
        &colead,
        &format!("/projects/{project}/tools/{tool}/items"),
        &[
            ("kind", "cause"),
            ("text", x),
            ("note", x),
            ("parent", tool_item),
        ],
    )
    .await;
    post_ok(
        &colead,
        &format!("/projects/{project}/cycles"),
        &[("change_idea", x), ("question", x), ("prediction", x)],
    )
    .await;
    post_ok(
        &sponsor,
        &format!("/teams/{team}/check-ins"),
        &[("held_on", "2026-11-02"), ("notes", x)],
    )
    .await;
    post_ok(
        &member,
        &format!("/learning/checklists/{checklist}/notes"),
        &[("principle", "1"), ("text", x)],
    )
    .await;
    post_ok(&member, "/account/tokens", &[("name", x)]).await;
    // Content: Markdown with raw HTML, script links and a scripted title.
    let status = post_ok(
        &admin,
        "/content/new",
        &[
            ("title", "Scripted page"),
            ("kind", "article"),
            ("summary", x),
            ("topics", "safety"),
            ("compass", "service"),
            ("audience", "frontline"),
            ("language", "en"),
            (
                "body",
                &format!("## Heading\n\n{x}\n\n<div onclick=\"alert(7)\">x</div>\n"),
            ),
            ("status", "published"),
        ],
    )
    .await;
    assert_eq!(status, 303, "the page is saved");
    let slug = app
        .store
        .all_content()
        .await
        .unwrap()
        .into_iter()
        .find(|p| p.title == "Scripted page")
        .expect("the scripted page")
        .slug;

    let mut problems = Vec::new();
    let mut pages = vec![
        format!("/teams/{team}"),
        format!("/teams/{team}/charter"),
        format!("/teams/{team}/meetings"),
        format!("/meetings/{meeting}"),
        format!("/meetings/{meeting}/part/agenda"),
        format!("/meetings/{meeting}/end"),
        format!("/proposals/{proposal}"),
        format!("/teams/{team}/decisions"),
        format!("/teams/{team}/huddle"),
        format!("/ibps/{ibps}"),
        format!("/teams/{team}/ibps"),
        format!("/teams/{team}/projects"),
        format!("/projects/{project}"),
        format!("/projects/{project}/tools/{tool}"),
        format!("/projects/{project}/tools/{tool}/print"),
        format!("/teams/{team}/check-ins"),
        format!("/learning/checklists/{checklist}"),
        format!("/content/{slug}"),
        format!("/content/{slug}/edit"),
        format!("/content/{slug}/revisions"),
        "/content".to_string(),
        "/account".to_string(),
        "/tasks".to_string(),
        "/escalations".to_string(),
        "/admin/audit".to_string(),
        format!("/search?q={}", "alert"),
    ];
    for meeting in app.store.team_meetings(team, 100).await.unwrap() {
        pages.push(format!("/meetings/{}", meeting.id));
    }
    for (session, who) in [(&colead, "co-lead"), (&admin, "admin"), (&member, "member")] {
        for page in &pages {
            let before = problems.len();
            assert_inert(session, page, &mut problems).await;
            for p in &mut problems[before..] {
                *p = format!("{who}: {p}");
            }
        }
    }
    // The API hands the text back as data, as JSON, never as HTML.
    for path in [
        format!("/api/v1/teams/{team}"),
        format!("/api/v1/meetings/{meeting}"),
    ] {
        let response = colead.client.get(app.url(&path)).send().await.unwrap();
        let kind = response.headers()["content-type"]
            .to_str()
            .unwrap()
            .to_string();
        assert!(kind.starts_with("application/json"), "{path}: {kind}");
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

async fn script_in_addresses_is_not_reflected(app: TestApp) {
    let member = app.sign_in("member@example.org").await;
    let admin = app.sign_in("admin@example.org").await;
    let anonymous = app.anonymous();
    let mut problems = Vec::new();
    for payload in PAYLOADS {
        let q: String = payload.bytes().map(|b| format!("%{b:02X}")).collect();
        let paths = [
            format!("/search?q={q}"),
            format!("/teams?q={q}&region={q}"),
            format!("/projects?q={q}"),
            format!("/decisions?q={q}"),
            format!("/people?q={q}"),
            format!("/practices?q={q}&compass={q}&topic={q}"),
            format!("/content?kind={q}&topic={q}&audience={q}"),
            format!("/learning/courses?level={q}&audience={q}"),
            format!("/learning/training?course={q}&done={q}"),
            format!("/p2p/rollup?scope={q}&quarter={q}"),
            format!("/help?from={q}"),
            format!("/teams/1?done={q}"),
            format!("/nowhere/{q}"),
            format!("/content/{q}"),
            format!("/teams/{q}"),
            format!("/api/v1/teams/{q}"),
        ];
        for path in &paths {
            assert_inert(&member, path, &mut problems).await;
        }
        for path in [
            format!("/admin/audit?action={q}&entity={q}&actor={q}&from={q}"),
            format!("/admin/people?q={q}"),
        ] {
            assert_inert(&admin, &path, &mut problems).await;
        }
        assert_inert(&anonymous, &format!("/signin?next={q}"), &mut problems).await;
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

// ---------------------------------------------------------------------------------------------
// Forged requests.

async fn every_change_without_the_csrf_token_is_refused_and_changes_nothing(app: TestApp) {
    let fixture = Fixture::build(&app).await;
    let fingerprint = Fingerprint::new(&app).await;
    let mut sessions = BTreeMap::new();
    for role in ROLES {
        sessions.insert(role, session_for(&app, &fixture, role).await);
    }
    let stranger = app.anonymous();
    stranger.page("/signin").await;
    let foreign_token = stranger.csrf();
    let mut problems = Vec::new();
    let mut checked = 0;
    for case in table() {
        if case.method == "GET" {
            continue;
        }
        // The one exemption, narrow and explicit: a mail's one-click unsubscribe link (RFC
        // 8058) is POSTed by mail programs without a session; its signed token is the
        // authority (tests/e2e/email.rs shows a forged token changes nothing).
        if case.route == "/unsubscribe/{token}" {
            continue;
        }
        // Someone who may do it: a refusal is then the token's doing.
        let role = ROLES
            .iter()
            .copied()
            .rev()
            .find(|r| case.allowed & (1 << *r as u16) != 0)
            .expect("someone may do it");
        let session = &sessions[&role];
        let url = fixture.fill(&app, case.url, role).await;
        let mut values = BTreeMap::new();
        match case.body {
            Body::Form(fields) => {
                for (_, v) in fields {
                    values.insert(v.to_string(), fixture.fill(&app, v, role).await);
                }
            }
            Body::Json(text) => {
                values.insert(text.to_string(), fixture.fill(&app, text, role).await);
            }
            Body::None | Body::Upload(..) => {}
        }
        let fill = |v: &str| values.get(v).cloned().unwrap_or_else(|| v.to_string());
        for attempt in ["no token", "another browser's token"] {
            let before = fingerprint.take(&app).await;
            let response = if attempt == "no token" {
                send(session, case.method, &url, &case.body, &fill, false).await
            } else {
                forged(
                    session,
                    case.method,
                    &url,
                    &case.body,
                    &fill,
                    &foreign_token,
                )
                .await
            };
            let status = response.status().as_u16();
            drop(response);
            let after = fingerprint.take(&app).await;
            if status != 403 {
                problems.push(format!(
                    "{} {url} as {role:?} with {attempt}: {status}, not 403",
                    case.method
                ));
            }
            let changed = changed_tables(&before, &after);
            if !changed.is_empty() {
                problems.push(format!(
                    "{} {url} as {role:?} with {attempt} changed {changed:?}",
                    case.method
                ));
            }
            checked += 1;
        }
    }
    assert!(checked > 150, "the table has the hub's changes: {checked}");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The request with a token that belongs to another cookie.
async fn forged(
    session: &HttpSession,
    method: &str,
    url: &str,
    body: &Body,
    fill: &dyn Fn(&str) -> String,
    token: &str,
) -> reqwest::Response {
    for _ in 0..200 {
        let method_value = reqwest::Method::from_bytes(method.as_bytes()).unwrap();
        let request = session
            .client
            .request(method_value, format!("{}{url}", session.base));
        let request = match body {
            Body::Form(fields) => {
                let mut all = vec![("csrf".to_string(), token.to_string())];
                all.extend(fields.iter().map(|(k, v)| (k.to_string(), fill(v))));
                request.form(&all)
            }
            Body::Json(text) => request
                .header("x-csrf-token", token)
                .header("content-type", "application/json")
                .body(fill(text)),
            Body::None => request.header("x-csrf-token", token),
            Body::Upload(fields, (name, file_name, bytes)) => {
                let mut form = reqwest::multipart::Form::new().text("csrf", token.to_string());
                for (k, v) in fields.iter() {
                    form = form.text(k.to_string(), fill(v));
                }
                form = form.part(
                    name.to_string(),
                    reqwest::multipart::Part::bytes(bytes.to_vec())
                        .file_name(file_name.to_string()),
                );
                request.multipart(form)
            }
        };
        let response = request.send().await.unwrap();
        if response.status().as_u16() != 429 {
            return response;
        }
        tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    }
    panic!("{method} {url} was still limited after many tries");
}

// ---------------------------------------------------------------------------------------------
// SQL in filters.

const INJECTIONS: [&str; 8] = [
    "%",
    "_",
    "' OR '1'='1",
    "' OR 1=1 --",
    "%' OR '%'='",
    "1; DROP TABLE people; --",
    "1 UNION SELECT email, password_hash FROM people --",
    "\" OR \"\"=\"",
];

/// How many rows a page shows (table rows, list items, cards).
fn rows(html: &str) -> usize {
    html.matches("<tr").count() + html.matches("<li").count() + html.matches("<article").count()
}

async fn sql_in_filters_and_search_finds_nothing_extra(app: TestApp) {
    let admin = app.sign_in("admin@example.org").await;
    let encode = |s: &str| -> String { s.bytes().map(|b| format!("%{b:02X}")).collect() };
    let filters = [
        "/search?q=",
        "/teams?q=",
        "/teams?region=",
        "/teams?facility=",
        "/teams?local=",
        "/projects?q=",
        "/decisions?q=",
        "/people?q=",
        "/practices?q=",
        "/practices?topic=",
        "/content?topic=",
        "/content?kind=",
        "/admin/people?q=",
        "/admin/audit?action=",
        "/admin/audit?actor=",
        "/admin/audit?entity=",
        "/learning/courses?level=",
        "/p2p/rollup?scope=",
        "/escalations?region=",
    ];
    let mut problems = Vec::new();
    for filter in filters {
        // A value that matches nothing: the page an injection must not beat.
        let (status, plain) = page(&admin, &format!("{filter}zzqxvnothing")).await;
        let baseline = rows(&plain);
        for injection in INJECTIONS {
            let path = format!("{filter}{}", encode(injection));
            let (code, body) = page(&admin, &path).await;
            if code >= 500 {
                problems.push(format!("{path}: {code}"));
                continue;
            }
            // Full-text search finds documents with any of the words: only no error there.
            if filter.starts_with("/search") {
                continue;
            }
            if code == 200 && status == 200 && rows(&body) > baseline {
                problems.push(format!(
                    "{path}: {} rows where a value matching nothing shows {baseline}",
                    rows(&body)
                ));
            }
        }
    }
    for injection in INJECTIONS {
        let (status, json) = admin
            .get_json(&format!("/api/v1/teams?q={}", encode(injection)))
            .await;
        assert!(status < 500, "API: {status}");
        if status == 200 {
            let count = json["items"].as_array().map_or(0, Vec::len);
            if count > 0 {
                problems.push(format!("/api/v1/teams?q={injection}: {count} teams"));
            }
        }
    }
    // The tables are all still there.
    assert!(app
        .store
        .person_by_email("member@example.org")
        .await
        .unwrap()
        .is_some());
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

async fn page(session: &HttpSession, path: &str) -> (u16, String) {
    let response = session
        .client
        .get(format!("{}{path}", session.base))
        .send()
        .await
        .unwrap();
    let status = response.status().as_u16();
    (status, response.text().await.unwrap_or_default())
}

// ---------------------------------------------------------------------------------------------
// Other teams' ids.

async fn changing_ids_reaches_no_other_teams_objects(app: TestApp) {
    let fixture = Fixture::build(&app).await;
    let store = &app.store;
    let other = app.team_in_another_region().await;
    let other_colead = app.holder(other, "co_lead_labor").await;
    let fingerprint = Fingerprint::new(&app).await;
    // The other team's objects.
    let meeting = store
        .create_meeting(
            other,
            "Theirs",
            "team_meeting",
            lmp_store::now(),
            60,
            "Away",
            other_colead,
            &[],
        )
        .await
        .unwrap();
    store
        .set_meeting_status(meeting, "in_progress")
        .await
        .unwrap();
    let item = store
        .add_agenda_item(
            meeting,
            &lmp_store::meetings::AgendaInput {
                title: "Theirs".into(),
                kind: "discussion".into(),
                owner_id: None,
                minutes: 5,
            },
            other_colead,
        )
        .await
        .unwrap();
    let proposal =
        crate::access_matrix::proposal_in(&app, other, meeting, other_colead, false, false).await;
    let huddle = store
        .add_huddle_item(other, "issue", "Theirs", None, other_colead)
        .await
        .unwrap();
    let ibps = store
        .create_ibps(other, "How might we help?", other_colead)
        .await
        .unwrap();
    let idea = store
        .create_idea(other, "Their idea", "Theirs", other_colead)
        .await
        .unwrap();
    let their_project = store
        .team_projects(other, lmp_domain::PageRequest::new(None, Some(50)))
        .await
        .unwrap()
        .items
        .into_iter()
        .find(|p| p.status == "active")
        .expect("an active project in the other team")
        .id;
    let their_tool = store
        .create_tool(
            their_project,
            "fishbone",
            "Theirs",
            "Theirs",
            other_colead,
            &[],
        )
        .await
        .unwrap();
    let their_item = store
        .add_tool_item(
            their_tool,
            None,
            &lmp_store::tools::ItemInput {
                kind: "category".into(),
                text: "Theirs".into(),
                note: String::new(),
                tag: String::new(),
                waste: String::new(),
            },
        )
        .await
        .unwrap();
    let their_cycle = store.cycles(their_project).await.unwrap()[0].id;
    let their_measure = store.measures(their_project).await.unwrap()[0].id;
    let entry = store.roster(other).await.unwrap()[0].id;
    let task = store
        .create_tasks(
            &[lmp_store::tasks::TaskInput {
                team_id: other,
                title: "Theirs".into(),
                owner_id: Some(other_colead),
                due_on: None,
                source: "meeting".into(),
                source_id: Some(meeting),
            }],
            other_colead,
        )
        .await
        .unwrap()[0];
    let colead_training = store
        .add_training_record(
            fixture.colead,
            "course-co-lead-workshop",
            "2025-05-05",
            "self",
            fixture.colead,
        )
        .await
        .unwrap();

    let own_project = &fixture.ids["project"];
    let own_tool = &fixture.ids["tool"];
    let attacker = session_for(&app, &fixture, Role::CoLead).await;
    let member = session_for(&app, &fixture, Role::Member).await;
    let attempts: Vec<Attempt> = vec![
        (
            &attacker,
            format!("/teams/{other}/charter"),
            vec![("purpose", "Mine now".into())],
        ),
        (
            &attacker,
            format!("/teams/{other}/roster/{entry}/remove"),
            vec![],
        ),
        (
            &attacker,
            format!("/teams/{}/roster/{entry}/remove", fixture.team),
            vec![],
        ),
        (
            &attacker,
            format!("/meetings/{meeting}/agenda"),
            vec![("title", "Mine".into()), ("kind", "discussion".into())],
        ),
        (
            &attacker,
            format!("/agenda/{item}/notes"),
            vec![("notes", "Mine".into())],
        ),
        (&attacker, format!("/meetings/{meeting}/start"), vec![]),
        (&attacker, format!("/meetings/{meeting}/end"), vec![]),
        (
            &attacker,
            format!("/proposals/{proposal}/close"),
            vec![("outcome", "consensus".into())],
        ),
        (
            &attacker,
            format!("/proposals/{proposal}/stance"),
            vec![("stance", "support".into())],
        ),
        (
            &attacker,
            format!("/huddle/{huddle}/close"),
            vec![("closed", "1".into())],
        ),
        (
            &attacker,
            format!("/ibps/{ibps}/problem"),
            vec![("problem", "How might we take over?".into())],
        ),
        (
            &attacker,
            format!("/projects/{idea}/edit"),
            vec![("title", "Mine".into())],
        ),
        (
            &attacker,
            format!("/projects/{their_project}/tools/{their_tool}/delete"),
            vec![],
        ),
        // Their object under our project's address.
        (
            &attacker,
            format!("/projects/{own_project}/tools/{their_tool}"),
            vec![("title", "Mine".into())],
        ),
        (
            &attacker,
            format!("/projects/{own_project}/tools/{their_tool}/delete"),
            vec![],
        ),
        (
            &attacker,
            format!("/projects/{own_project}/cycles/{their_cycle}"),
            vec![("change_idea", "Mine".into())],
        ),
        (
            &attacker,
            format!("/projects/{own_project}/tools/{own_tool}/items/{their_item}"),
            vec![("text", "Mine".into())],
        ),
        (
            &attacker,
            format!("/projects/{own_project}/tools/{own_tool}/items/{their_item}/remove"),
            vec![],
        ),
        (
            &attacker,
            format!("/measures/{their_measure}/points"),
            vec![("period", "2026-11-02".into()), ("value", "9".into())],
        ),
        (
            &attacker,
            format!("/tasks/{task}/status"),
            vec![("status", "done".into())],
        ),
        (
            &member,
            format!("/learning/training/{colead_training}/remove"),
            vec![],
        ),
    ];
    let mut problems = Vec::new();
    for (session, path, fields) in &attempts {
        let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let before = fingerprint.take(&app).await;
        let status = session.post_form(path, &fields).await.status().as_u16();
        let after = fingerprint.take(&app).await;
        if status != 403 && status != 404 {
            problems.push(format!("POST {path}: {status}, not 403 or 404"));
        }
        let changed = changed_tables(&before, &after);
        if !changed.is_empty() {
            problems.push(format!("POST {path} changed {changed:?}"));
        }
    }
    // The same through the API, ids in the address and in the body.
    let json_attempts = [
        (
            "PUT",
            format!("/api/v1/teams/{other}/charter"),
            serde_json::json!({"purpose": "Mine", "meeting_cadence": "", "ground_rules": "", "decision_rules": "", "quorum": 1}),
        ),
        (
            "DELETE",
            format!("/api/v1/teams/{other}/roster/{entry}"),
            serde_json::json!({}),
        ),
        (
            "DELETE",
            format!("/api/v1/teams/{}/roster/{entry}", fixture.team),
            serde_json::json!({}),
        ),
        (
            "PUT",
            format!("/api/v1/proposals/{proposal}/stance"),
            serde_json::json!({"stance": "support", "reason": ""}),
        ),
        (
            "POST",
            format!("/api/v1/teams/{other}/roster"),
            serde_json::json!({"person_id": fixture.colead, "role": "member"}),
        ),
    ];
    for (method, path, body) in &json_attempts {
        let before = fingerprint.take(&app).await;
        let status = attacker
            .send_json(
                reqwest::Method::from_bytes(method.as_bytes()).unwrap(),
                path,
                body,
            )
            .await
            .status()
            .as_u16();
        let after = fingerprint.take(&app).await;
        if status != 403 && status != 404 {
            problems.push(format!("{method} {path}: {status}, not 403 or 404"));
        }
        let changed = changed_tables(&before, &after);
        if !changed.is_empty() {
            problems.push(format!("{method} {path} changed {changed:?}"));
        }
    }
    // Reading by id: their idea, meeting, proposal and roster stay closed.
    for path in [
        format!("/projects/{idea}"),
        format!("/meetings/{meeting}"),
        format!("/proposals/{proposal}"),
        format!("/ibps/{ibps}"),
        format!("/tasks/{task}"),
        format!("/api/v1/teams/{other}"),
        format!("/api/v1/meetings/{meeting}"),
        format!("/api/v1/proposals/{proposal}"),
        format!("/projects/{own_project}/tools/{their_tool}"),
        format!("/projects/{own_project}/cycles/{their_cycle}"),
    ] {
        let (status, _) = page(&attacker, &path).await;
        if status != 403 && status != 404 {
            problems.push(format!("GET {path}: {status}, not 403 or 404"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

// ---------------------------------------------------------------------------------------------
// Redirects.

fn is_local(location: &str) -> bool {
    location.starts_with('/')
        && !location.starts_with("//")
        && !location.starts_with("/\\")
        && !location.chars().any(|c| c.is_control() || c == '\\')
}

async fn no_redirect_leads_to_another_site(app: TestApp) {
    let elsewhere = [
        "https://evil.example/",
        "//evil.example/",
        "/\\evil.example/",
        "\\\\evil.example",
        "/\t/evil.example/",
        "/\n/evil.example/",
        "https:evil.example",
        "javascript:alert(1)",
        " //evil.example",
        "%2F%2Fevil.example",
    ];
    let mut problems = Vec::new();
    for next in elsewhere {
        let visitor = app.anonymous();
        visitor.page("/signin").await;
        let response = visitor
            .post_form(
                "/signin",
                &[
                    ("email", "member@example.org"),
                    ("password", PASSWORD),
                    ("next", next),
                ],
            )
            .await;
        let location = response.headers()["location"]
            .to_str()
            .unwrap_or("")
            .to_string();
        if !is_local(&location) {
            problems.push(format!("sign-in with next={next:?} went to {location:?}"));
        }
        // The sign-in page keeps only a local `next` for its form.
        let encoded: String = next.bytes().map(|b| format!("%{b:02X}")).collect();
        let (_, form) = app
            .anonymous()
            .page(&format!("/signin?next={encoded}"))
            .await;
        if form.contains("evil.example") {
            problems.push(format!("the sign-in form keeps next={next:?}"));
        }
        // Choosing a language goes back, but only to this site.
        let signed = app.sign_in("member@example.org").await;
        signed.page("/").await;
        let response = signed
            .client
            .post(app.url("/language"))
            .header("referer", "https://evil.example/elsewhere")
            .form(&[
                ("csrf", signed.csrf().as_str()),
                ("language", "en"),
                ("back", next),
            ])
            .send()
            .await
            .unwrap();
        let location = response
            .headers()
            .get("location")
            .and_then(|v| v.to_str().ok())
            .unwrap_or("/")
            .to_string();
        if !is_local(&location) {
            problems.push(format!(
                "the language menu with back={next:?} went to {location:?}"
            ));
        }
    }
    // A signed-in person's redirect after a change stays here too.
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

// ---------------------------------------------------------------------------------------------
// Size.

async fn oversized_bodies_are_refused_with_413(app: TestApp) {
    let team = app.showcase_team().await;
    let colead = app.sign_in("colead@example.org").await;
    colead.page(&format!("/teams/{team}/charter")).await;
    let before = app.store.team(team).await.unwrap();
    let huge = "a".repeat(2 * 1024 * 1024);
    let mut problems = Vec::new();
    // A form, with the token in the form and in the header.
    let response = colead
        .post_form(
            &format!("/teams/{team}/charter"),
            &[("purpose", huge.as_str())],
        )
        .await;
    if response.status().as_u16() != 413 {
        problems.push(format!("a 2 MB form: {}", response.status()));
    }
    let response = colead
        .client
        .post(app.url(&format!("/teams/{team}/charter")))
        .header("x-csrf-token", colead.csrf())
        .form(&[("purpose", huge.as_str())])
        .send()
        .await
        .unwrap();
    if response.status().as_u16() != 413 {
        problems.push(format!(
            "a 2 MB form with the header token: {}",
            response.status()
        ));
    }
    // JSON.
    let response = colead
        .send_json(
            reqwest::Method::PUT,
            &format!("/api/v1/teams/{team}/charter"),
            &serde_json::json!({"purpose": huge, "meeting_cadence": "", "ground_rules": "", "decision_rules": "", "quorum": 3}),
        )
        .await;
    if response.status().as_u16() != 413 {
        problems.push(format!("a 2 MB JSON body: {}", response.status()));
    }
    // An upload (a measure's CSV file).
    let project = app
        .store
        .team_projects(team, lmp_domain::PageRequest::new(None, Some(50)))
        .await
        .unwrap()
        .items
        .into_iter()
        .find(|p| p.status == "active")
        .unwrap()
        .id;
    let measure = app.store.measures(project).await.unwrap()[0].id;
    let points_before = app.store.points(measure).await.unwrap().len();
    colead.page(&format!("/measures/{measure}")).await;
    let mut csv = String::from("period,value\n");
    while csv.len() < 1536 * 1024 {
        csv.push_str("2026-01-01,1\n");
    }
    let response = colead
        .post_upload(
            &format!("/measures/{measure}/import"),
            &[],
            ("file", "huge.csv", csv.into_bytes()),
            true,
        )
        .await;
    if response.status().as_u16() != 413 {
        problems.push(format!("a 1.5 MB upload: {}", response.status()));
    }
    assert_eq!(
        app.store.points(measure).await.unwrap().len(),
        points_before
    );
    assert_eq!(
        app.store.team(team).await.unwrap().purpose,
        before.purpose,
        "nothing saved"
    );
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

// ---------------------------------------------------------------------------------------------
// Paths and file names.

async fn paths_and_file_names_cannot_climb_out(app: TestApp) {
    let member = app.sign_in("member@example.org").await;
    let mut problems = Vec::new();
    for path in [
        "/static/../Cargo.toml",
        "/static/..%2F..%2F..%2FCargo.toml",
        "/static/%2e%2e/%2e%2e/%2e%2e/Cargo.toml",
        "/static/....//....//Cargo.toml",
        "/static/..\\..\\Cargo.toml",
        "/static/%2e%2e%5c%2e%2e%5cCargo.toml",
        "/static//etc/passwd",
        "/static/%2Fetc%2Fpasswd",
        "/content/..%2F..%2Fetc%2Fpasswd",
        "/media/..%2F1",
    ] {
        let response = member.client.get(app.url(path)).send().await.unwrap();
        let status = response.status().as_u16();
        let body = response.text().await.unwrap_or_default();
        if status == 200 || status >= 500 {
            problems.push(format!("{path}: {status}"));
        }
        if body.contains("[workspace]") || body.contains("root:x:0") {
            problems.push(format!("{path} served a file from outside"));
        }
    }
    // Download names come from what people typed: nothing in them may change the header.
    let team = app.showcase_team().await;
    let project = app
        .store
        .team_projects(team, lmp_domain::PageRequest::new(None, Some(50)))
        .await
        .unwrap()
        .items
        .into_iter()
        .find(|p| p.status == "active")
        .unwrap()
        .id;
    let measure = app
        .store
        .create_measure(
            project,
            "../../etc/passwd\"; x=\\..",
            "process",
            "count",
            "run",
            None,
            "up",
        )
        .await
        .unwrap();
    let colead = app.sign_in("colead@example.org").await;
    for path in [
        format!("/measures/{measure}/data.csv"),
        "/p2p/rollup.csv".to_string(),
    ] {
        let session = if path.starts_with("/p2p") {
            app.sign_in("admin@example.org").await
        } else {
            app.sign_in("colead@example.org").await
        };
        let response = session.client.get(app.url(&path)).send().await.unwrap();
        assert_eq!(response.status().as_u16(), 200, "{path}");
        if let Some(disposition) = response.headers().get("content-disposition") {
            let disposition = disposition.to_str().unwrap_or("");
            let name = disposition.split("filename=").nth(1).unwrap_or("");
            let inner = name.trim_matches('"');
            if inner.contains('/')
                || inner.contains('\\')
                || inner.contains("..")
                || inner.contains('"')
            {
                problems.push(format!("{path}: file name {disposition:?}"));
            }
        }
    }
    // An uploaded file's name is only a label: one that climbs folders is harmless.
    colead.page(&format!("/measures/{measure}")).await;
    let response = colead
        .post_upload(
            &format!("/measures/{measure}/import"),
            &[],
            (
                "file",
                "../../../../tmp/lmp-escape.csv",
                b"period,value\n2026-01-05,3\n".to_vec(),
            ),
            true,
        )
        .await;
    let status = response.status().as_u16();
    assert!(matches!(status, 303 | 422), "the upload is read: {status}");
    assert!(!std::path::Path::new("/tmp/lmp-escape.csv").exists());
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

// ---------------------------------------------------------------------------------------------
// Sessions and sign-in.

async fn a_session_cookie_chosen_before_sign_in_is_not_kept(app: TestApp) {
    let planted = "ab".repeat(32);
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let cookie = format!("lmp_sid={planted}");
    // The attacker's chosen cookie gets a sign-in page and a token bound to it.
    let response = client
        .get(app.url("/signin"))
        .header("cookie", &cookie)
        .send()
        .await
        .unwrap();
    let body = response.text().await.unwrap();
    let token = lmp_tests::http::csrf_from(&body).unwrap();
    let response = client
        .post(app.url("/signin"))
        .header("cookie", &cookie)
        .form(&[
            ("csrf", token.as_str()),
            ("email", "member@example.org"),
            ("password", PASSWORD),
            ("next", "/"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 303);
    let issued = response
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|v| v.starts_with("lmp_sid="))
        .expect("a new session cookie at sign-in")
        .to_string();
    let value = issued
        .trim_start_matches("lmp_sid=")
        .split(';')
        .next()
        .unwrap()
        .to_string();
    assert_ne!(
        value, planted,
        "the planted value is not the signed-in session"
    );
    // The planted value does not carry the sign-in.
    let response = client
        .get(app.url("/"))
        .header("cookie", &cookie)
        .send()
        .await
        .unwrap();
    assert_eq!(
        response.status().as_u16(),
        303,
        "the planted cookie is not signed in"
    );
    let response = client
        .get(app.url("/"))
        .header("cookie", format!("lmp_sid={value}"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 200, "the issued cookie is");
}

async fn password_guessing_is_limited_per_email_and_per_address(app: TestApp) {
    // Per email: from several addresses' worth of fresh browsers, one account.
    let mut statuses = Vec::new();
    for _ in 0..7 {
        statuses.push(
            app.anonymous()
                .sign_in("colead@example.org", "guess")
                .await
                .status()
                .as_u16(),
        );
    }
    assert_eq!(&statuses[..5], &[401; 5], "{statuses:?}");
    assert!(statuses[5..].iter().all(|s| *s == 429), "{statuses:?}");
    // Per address: spread over many accounts, the address itself runs out.
    let mut last = 0;
    let mut refused_at = None;
    for n in 0..40 {
        let email = format!("nobody{n}@example.org");
        last = app
            .anonymous()
            .sign_in(&email, "guess")
            .await
            .status()
            .as_u16();
        if last == 429 && refused_at.is_none() {
            refused_at = Some(n);
        }
    }
    assert_eq!(last, 429, "the address is limited");
    let at = refused_at.unwrap();
    assert!((20..=31).contains(&at), "refused from attempt {at} on");
    // Even the right password of an untouched account waits, from this address.
    let response = app
        .anonymous()
        .sign_in("sponsor@example.org", PASSWORD)
        .await;
    assert_eq!(response.status().as_u16(), 429);
}

// ---------------------------------------------------------------------------------------------
// Headers and cookies.

fn check_headers(path: &str, headers: &reqwest::header::HeaderMap, problems: &mut Vec<String>) {
    let get = |name: &str| {
        headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .to_string()
    };
    let csp = get("content-security-policy");
    let directive = |name: &str| -> Option<String> {
        csp.split(';')
            .map(str::trim)
            .find(|d| d.starts_with(&format!("{name} ")))
            .map(str::to_string)
    };
    let scripts = directive("script-src").or_else(|| directive("default-src"));
    match scripts {
        Some(d)
            if !d.contains("'unsafe-inline'")
                && !d.contains("'unsafe-eval'")
                && !d.contains('*')
                && !d.contains("data:") => {}
        other => problems.push(format!("{path}: scripts are not locked down: {other:?}")),
    }
    if directive("frame-ancestors").as_deref() != Some("frame-ancestors 'none'") {
        problems.push(format!("{path}: no frame-ancestors 'none' in {csp:?}"));
    }
    if directive("object-src").as_deref() != Some("object-src 'none'") {
        problems.push(format!("{path}: plugins allowed"));
    }
    if directive("base-uri").is_none() {
        problems.push(format!("{path}: no base-uri"));
    }
    if get("x-frame-options") != "DENY" {
        problems.push(format!(
            "{path}: X-Frame-Options {:?}",
            get("x-frame-options")
        ));
    }
    if get("x-content-type-options") != "nosniff" {
        problems.push(format!("{path}: no nosniff"));
    }
    let referrer = get("referrer-policy");
    if ![
        "same-origin",
        "no-referrer",
        "strict-origin",
        "strict-origin-when-cross-origin",
    ]
    .contains(&referrer.as_str())
    {
        problems.push(format!("{path}: Referrer-Policy {referrer:?}"));
    }
}

async fn every_response_carries_the_protective_headers(app: TestApp) {
    let member = app.sign_in("member@example.org").await;
    let anonymous = app.anonymous();
    let mut problems = Vec::new();
    for (session, path) in [
        (&member, "/"),
        (&member, "/teams/1"),
        (&member, "/api/v1/me"),
        (&member, "/nowhere"),
        (&member, "/admin"),
        (&member, "/static/app.js"),
        (&anonymous, "/"),
        (&anonymous, "/signin"),
        (&anonymous, "/api/v1/teams"),
        (&anonymous, "/healthz"),
    ] {
        let response = session.client.get(app.url(path)).send().await.unwrap();
        check_headers(path, response.headers(), &mut problems);
        let is_html = response
            .headers()
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.starts_with("text/html"));
        if is_html {
            let cache = response
                .headers()
                .get("cache-control")
                .and_then(|v| v.to_str().ok())
                .unwrap_or("");
            if !cache.contains("no-store") {
                problems.push(format!("{path}: a page may be cached: {cache:?}"));
            }
        }
    }
    // A refused change and a sign-in response carry them too.
    let response = member.post_form_raw("/teams/1/charter", &[]).await;
    check_headers("POST without token", response.headers(), &mut problems);

    // Cookies: HttpOnly and SameSite, not Secure on plain HTTP...
    let response = app
        .anonymous()
        .client
        .get(app.url("/signin"))
        .send()
        .await
        .unwrap();
    let cookies: Vec<String> = response
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok().map(str::to_string))
        .collect();
    assert!(!cookies.is_empty(), "a session cookie is set");
    for cookie in &cookies {
        assert!(cookie.contains("HttpOnly"), "{cookie}");
        assert!(
            cookie.contains("SameSite=Lax") || cookie.contains("SameSite=Strict"),
            "{cookie}"
        );
    }
    member.page("/").await;
    let response = member
        .client
        .post(app.url("/language"))
        .form(&[("csrf", member.csrf().as_str()), ("language", "es")])
        .send()
        .await
        .unwrap();
    for cookie in response
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
    {
        if !cookie.contains("SameSite") {
            problems.push(format!("the language cookie has no SameSite: {cookie}"));
        }
    }
    // ...and Secure, with HSTS, when the hub is served over HTTPS.
    let db = lmp_store::testing::TestDatabase::sqlite().await;
    let store = db.open().await.unwrap();
    let config = lmp_web::Config {
        secure_cookies: true,
        ..lmp_web::Config::default()
    };
    let state = lmp_web::AppState::new(store, config).await.unwrap();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    tokio::spawn(lmp_web::serve(state, listener, std::future::pending()));
    let response = reqwest::Client::new()
        .get(format!("http://{address}/signin"))
        .send()
        .await
        .unwrap();
    let cookie = response.headers()["set-cookie"]
        .to_str()
        .unwrap()
        .to_string();
    assert!(cookie.contains("; Secure"), "{cookie}");
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite"),
        "{cookie}"
    );
    let hsts = response
        .headers()
        .get("strict-transport-security")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    assert!(hsts.contains("max-age="), "HSTS: {hsts:?}");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
