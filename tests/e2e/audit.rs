//! The audit log for administrators: changes appear with who made them, when, and each changed
//! field's old and new value; filters narrow the list; nobody else may read it; nothing in the
//! product changes it; anonymous stances name nobody; passwords leave no hash behind.

use std::time::{SystemTime, UNIX_EPOCH};

use lmp_domain::PageRequest;
use lmp_store::audit::{AuditFilter, AuditRow};
use lmp_tests::{on_both_databases, HttpSession, TestApp};

on_both_databases!(
    administrators_read_a_filtered_audit_log_that_only_grows,
    a_charter_edit_shows_the_old_and_new_value_with_who_and_when,
    a_roster_removal_shows_the_removed_entry_as_before,
    a_content_edit_shows_the_changed_title,
    person_edits_and_site_roles_show_before_and_after_and_a_password_leaves_no_hash,
    an_anonymous_stance_names_nobody_and_a_named_one_shows_the_change,
);

fn unix_now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .expect("clock")
        .as_secs() as i64
}

/// "5 Mar 2026, 09:07" for a unix time (UTC), worked out here from the calendar rules rather
/// than by the hub's own formatting.
fn day_and_minute(unix: i64) -> String {
    let days = unix.div_euclid(86_400);
    let seconds = unix.rem_euclid(86_400);
    // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    let names = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    format!(
        "{day} {} {year}, {:02}:{:02}",
        names[(month - 1) as usize],
        seconds / 3600,
        seconds % 3600 / 60
    )
}

/// The texts of every `<tag>…</tag>` in `html`, with markup inside removed and the hidden
/// "was"/"now" words for screen readers left out.
fn marked(html: &str, tag: &str) -> Vec<String> {
    let (open, close) = (format!("<{tag}"), format!("</{tag}>"));
    let mut found = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find(&open) {
        let after = &rest[start + open.len()..];
        if !after.starts_with(['>', ' ']) {
            rest = after;
            continue;
        }
        let after = &after[after.find('>').expect("tag ends") + 1..];
        let end = after.find(&close).expect("closed tag");
        let inner = &after[..end];
        let mut text = String::new();
        let mut in_tag = false;
        for c in inner
            .replace("was </span>", "</span>")
            .replace("now </span>", "</span>")
            .chars()
        {
            match c {
                '<' => in_tag = true,
                '>' => in_tag = false,
                c if !in_tag => text.push(c),
                _ => {}
            }
        }
        found.push(text);
        rest = &after[end..];
    }
    found
}

/// The newest line of the log with this action, read from the database.
async fn newest(app: &TestApp, action: &str) -> AuditRow {
    app.store
        .audit_page(
            &AuditFilter {
                action: action.into(),
                ..Default::default()
            },
            PageRequest::new(None, Some(1)),
        )
        .await
        .expect("log")
        .items
        .into_iter()
        .next()
        .unwrap_or_else(|| panic!("a {action} line"))
}

async fn log_total(app: &TestApp) -> i64 {
    app.store
        .audit_page(&Default::default(), PageRequest::new(None, None))
        .await
        .unwrap()
        .total
}

async fn administrators_read_a_filtered_audit_log_that_only_grows(app: TestApp) {
    let colead = app.sign_in("colead@example.org").await;
    let team = app.showcase_team().await;
    // Two changes by the co-lead: a charter edit and a meeting.
    colead.page(&format!("/teams/{team}/charter")).await;
    colead
        .post_form(
            &format!("/teams/{team}/charter"),
            &[
                ("purpose", "Safe, timely care"),
                ("meeting_cadence", "Weekly"),
                ("ground_rules", "One conversation at a time"),
                ("decision_rules", "Consensus"),
                ("quorum", "4"),
            ],
        )
        .await;
    colead.page(&format!("/teams/{team}/meetings")).await;
    colead
        .post_form(
            &format!("/teams/{team}/meetings"),
            &[
                ("template", "huddle"),
                ("title", "Tuesday huddle"),
                ("date", "2026-12-01"),
                ("time", "07:30"),
            ],
        )
        .await;

    let admin = app.sign_in("admin@example.org").await;
    let (status, log) = admin.page("/admin/audit").await;
    assert_eq!(status, 200);
    assert!(log.contains("meeting.plan"), "{log}");
    assert!(log.contains("Tuesday huddle"));
    let colead_name = app
        .store
        .person(app.person_id("colead@example.org").await)
        .await
        .unwrap()
        .name;
    assert!(log.contains(&colead_name), "the actor is named: {log}");
    let (_, only_meetings) = admin.page("/admin/audit?action=meeting.").await;
    assert!(only_meetings.contains("meeting.plan"));
    assert!(!only_meetings.contains("charter"), "{only_meetings}");
    let (_, only_charters) = admin.page("/admin/audit?entity=team").await;
    assert!(only_charters.contains("charter.update"));
    assert!(!only_charters.contains("meeting.plan"), "{only_charters}");
    let (_, none) = admin.page("/admin/audit?from=2099-01-01").await;
    assert!(none.contains("No line matches"));
    let (_, bad) = admin.page("/admin/audit?from=tomorrow").await;
    assert!(bad.contains("Give dates as YYYY-MM-DD"));
    let (status, _) = admin.page("/admin/audit/999999999").await;
    assert_eq!(status, 404, "a line that does not exist");

    // Nobody else reads the log or a line of it: not a member, not a co-lead.
    let line = newest(&app, "charter.update").await;
    let member = app.sign_in("member@example.org").await;
    for (who, session) in [("member", &member), ("co-lead", &colead)] {
        for path in [
            "/admin/audit".to_string(),
            format!("/admin/audit/{}", line.id),
        ] {
            let (status, body) = session.page(&path).await;
            assert_eq!(status, 403, "{who} reads {path}");
            assert!(!body.contains("charter.update"), "{who}: {body}");
        }
    }

    // No route changes or removes a line, whatever the method.
    let before = log_total(&app).await;
    admin.page("/admin/audit").await;
    for path in [
        "/admin/audit".to_string(),
        format!("/admin/audit/{}", line.id),
    ] {
        for method in [
            reqwest::Method::POST,
            reqwest::Method::DELETE,
            reqwest::Method::PUT,
            reqwest::Method::PATCH,
        ] {
            let response = admin
                .client
                .request(method.clone(), app.url(&path))
                .header("x-csrf-token", admin.csrf())
                .form(&[("detail", "rewritten"), ("csrf", admin.csrf().as_str())])
                .send()
                .await
                .unwrap();
            let status = response.status().as_u16();
            assert!(
                status == 405 || status == 404,
                "{method} {path} answered {status}"
            );
        }
    }
    assert_eq!(before, log_total(&app).await);
    let again = app.store.audit_entry(line.id).await.unwrap();
    assert_eq!(
        (again.detail, again.before, again.after, again.at),
        (line.detail, line.before, line.after, line.at),
        "the line is as it was"
    );
}

async fn a_charter_edit_shows_the_old_and_new_value_with_who_and_when(app: TestApp) {
    let team = app.showcase_team().await;
    let old = app.store.team(team).await.unwrap();
    let colead = app.sign_in("colead@example.org").await;
    let colead_name = app
        .store
        .person(app.person_id("colead@example.org").await)
        .await
        .unwrap()
        .name;
    let new_purpose = "Fewer missed follow-up calls after discharge";
    // Long ground rules: the list shows their start, the line's own page all of them.
    let long_rules = format!(
        "{} Last of all: we end on time.",
        "We listen to each other and speak one at a time. ".repeat(6)
    );
    let quorum = (old.quorum + 1).to_string();
    colead.page(&format!("/teams/{team}/charter")).await;
    let started = unix_now();
    let response = colead
        .post_form(
            &format!("/teams/{team}/charter"),
            &[
                ("description", old.description.as_str()),
                ("purpose", new_purpose),
                ("meeting_cadence", old.meeting_cadence.as_str()),
                ("ground_rules", long_rules.as_str()),
                ("decision_rules", old.decision_rules.as_str()),
                ("quorum", quorum.as_str()),
            ],
        )
        .await;
    assert_eq!(response.status().as_u16(), 303, "the charter is saved");
    let finished = unix_now();

    let admin = app.sign_in("admin@example.org").await;
    let (status, log) = admin.page("/admin/audit?action=charter.update").await;
    assert_eq!(status, 200);
    let was = marked(&log, "del");
    let now = marked(&log, "ins");
    assert!(was.contains(&old.purpose), "old purpose shown: {was:?}");
    assert!(now.contains(&new_purpose.to_string()), "{now:?}");
    assert!(was.contains(&old.quorum.to_string()), "{was:?}");
    assert!(now.contains(&quorum), "{now:?}");
    assert!(log.contains(&colead_name), "who: {log}");
    // Only the fields that changed are listed.
    assert!(!log.contains("meeting cadence"), "{log}");
    assert!(!log.contains("decision rules"), "{log}");
    // The long text is cut in the list …
    assert!(!log.contains("we end on time"), "{log}");
    assert!(
        now.iter()
            .any(|v| v.starts_with("We listen to each other") && v.ends_with('…')),
        "{now:?}"
    );
    assert!(log.contains("See the whole change"));

    // … and whole on the line's own page, with who and when.
    let line = newest(&app, "charter.update").await;
    assert!(
        (started..=finished).contains(&line.at),
        "written at the time of the change"
    );
    let (status, entry) = admin.page(&format!("/admin/audit/{}", line.id)).await;
    assert_eq!(status, 200);
    assert!(entry.contains("Last of all: we end on time."), "{entry}");
    assert!(entry.contains(new_purpose));
    assert!(entry.contains(&old.purpose));
    assert!(entry.contains(&colead_name));
    assert!(
        entry.contains(&day_and_minute(line.at)),
        "when: {} in {entry}",
        day_and_minute(line.at)
    );
    assert!(log.contains(&day_and_minute(line.at)), "the list says when");

    // The API records the same way.
    let response = admin
        .client
        .put(app.url(&format!("/api/v1/teams/{team}/charter")))
        .header("x-csrf-token", admin.csrf())
        .json(&serde_json::json!({
            "description": old.description,
            "purpose": "Calls made within two days",
            "meeting_cadence": old.meeting_cadence,
            "ground_rules": long_rules,
            "decision_rules": old.decision_rules,
            "quorum": old.quorum + 1,
        }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 200);
    let line = newest(&app, "charter.update").await;
    assert_eq!(line.detail, "api");
    let (_, entry) = admin.page(&format!("/admin/audit/{}", line.id)).await;
    assert_eq!(
        marked(&entry, "th").into_iter().skip(3).collect::<Vec<_>>(),
        vec!["purpose".to_string()],
        "only the purpose changed: {entry}"
    );
    assert!(entry.contains(new_purpose) && entry.contains("Calls made within two days"));
}

async fn a_roster_removal_shows_the_removed_entry_as_before(app: TestApp) {
    let team = app.showcase_team().await;
    let member_id = app.person_id("member@example.org").await;
    let member = app.store.person(member_id).await.unwrap();
    let entry = app
        .store
        .roster(team)
        .await
        .unwrap()
        .into_iter()
        .find(|e| e.person_id == member_id)
        .expect("the member is on the roster");
    let colead = app.sign_in("colead@example.org").await;
    colead.page(&format!("/teams/{team}")).await;
    let response = colead
        .post_form(
            &format!("/teams/{team}/roster/{}/remove", entry.id),
            &[("confirm", "yes")],
        )
        .await;
    assert_eq!(response.status().as_u16(), 303);

    let admin = app.sign_in("admin@example.org").await;
    let (_, log) = admin.page("/admin/audit?action=roster.remove").await;
    let was = marked(&log, "del");
    assert!(
        was.iter().any(|v| v.contains(&member.name)),
        "the removed person is the before: {was:?}"
    );
    assert!(was.contains(&entry.role), "and their role: {was:?}");
    assert!(marked(&log, "ins").is_empty(), "nothing after a removal");
    let line = newest(&app, "roster.remove").await;
    let (_, page) = admin.page(&format!("/admin/audit/{}", line.id)).await;
    assert!(
        page.contains(&member.name) && page.contains("(none)"),
        "{page}"
    );

    // Adding them back shows them as the after.
    colead.page(&format!("/teams/{team}")).await;
    let response = colead
        .post_form(
            &format!("/teams/{team}/roster"),
            &[("person", member.email.as_str()), ("role", "member")],
        )
        .await;
    assert_eq!(response.status().as_u16(), 303);
    let (_, log) = admin.page("/admin/audit?action=roster.add").await;
    assert!(marked(&log, "ins").iter().any(|v| v.contains(&member.name)));
}

async fn a_content_edit_shows_the_changed_title(app: TestApp) {
    let editor = app.sign_in("admin@example.org").await;
    let mut fields = vec![
        ("title", "Quiet hours on the ward"),
        ("kind", "article"),
        ("summary", "How one team cut night-time noise."),
        ("topics", "patient experience"),
        ("compass", "service"),
        ("audience", "frontline"),
        ("language", "en"),
        ("body", "Night staff dim the corridor lights at ten."),
        ("action", "publish"),
    ];
    editor.page("/content/new").await;
    let response = editor.post_form("/content/new", &fields).await;
    assert_eq!(response.status().as_u16(), 303);
    let slug = "quiet-hours-on-the-ward";
    let created = newest(&app, "content.save").await;

    fields[0] = ("title", "Quiet nights on the ward");
    editor.page(&format!("/content/{slug}/edit")).await;
    let response = editor
        .post_form(&format!("/content/{slug}/edit"), &fields)
        .await;
    assert_eq!(response.status().as_u16(), 303);
    let edited = newest(&app, "content.save").await;
    assert_ne!(created.id, edited.id);

    let (_, page) = editor.page(&format!("/admin/audit/{}", edited.id)).await;
    assert_eq!(
        marked(&page, "th").into_iter().skip(3).collect::<Vec<_>>(),
        vec!["title".to_string()],
        "only the title changed: {page}"
    );
    assert!(page.contains("Quiet hours on the ward") && page.contains("Quiet nights on the ward"));
    let (_, log) = editor
        .page("/admin/audit?entity=content&action=content.save")
        .await;
    assert!(marked(&log, "del").contains(&"Quiet hours on the ward".to_string()));
    assert!(marked(&log, "ins").contains(&"Quiet nights on the ward".to_string()));
    // The first save had nothing before it: its fields show as new.
    let (_, first) = editor.page(&format!("/admin/audit/{}", created.id)).await;
    assert!(first.contains("Night staff dim the corridor lights at ten."));

    // Restoring the first revision brings the old title back, and the log says so.
    editor.page(&format!("/content/{slug}/revisions")).await;
    let response = editor
        .post_form(&format!("/content/{slug}/revisions/1/restore"), &[])
        .await;
    assert_eq!(response.status().as_u16(), 303);
    let (_, log) = editor.page("/admin/audit?action=content.restore").await;
    assert_eq!(marked(&log, "del"), vec!["Quiet nights on the ward"]);
    assert_eq!(marked(&log, "ins"), vec!["Quiet hours on the ward"]);
}

async fn person_edits_and_site_roles_show_before_and_after_and_a_password_leaves_no_hash(
    app: TestApp,
) {
    let admin = app.sign_in("admin@example.org").await;
    let id = app.person_id("member@example.org").await;
    let person = app.store.person(id).await.unwrap();
    admin.page(&format!("/admin/people/{id}")).await;
    let local = person.local_id.map(|l| l.to_string()).unwrap_or_default();
    let facility = person
        .facility_id
        .map(|f| f.to_string())
        .unwrap_or_default();
    let response = admin
        .post_form(
            &format!("/admin/people/{id}"),
            &[
                ("name", person.name.as_str()),
                ("email", person.email.as_str()),
                ("side", person.side.as_str()),
                ("local", local.as_str()),
                ("job_title", "Night charge nurse"),
                ("facility", facility.as_str()),
            ],
        )
        .await;
    assert_eq!(response.status().as_u16(), 303);
    let (_, log) = admin.page("/admin/audit?action=person.update").await;
    assert_eq!(marked(&log, "del"), vec![person.job_title.clone()]);
    assert_eq!(marked(&log, "ins"), vec!["Night charge nurse"]);

    // A site role: none before, one after.
    admin.page(&format!("/admin/people/{id}")).await;
    let response = admin
        .post_form(
            &format!("/admin/people/{id}/roles"),
            &[("role", "editor"), ("scope", "")],
        )
        .await;
    assert_eq!(response.status().as_u16(), 303);
    let (_, log) = admin.page("/admin/audit?action=site_role.").await;
    let now = marked(&log, "ins");
    assert_eq!(now.len(), 1, "{log}");
    assert!(now[0].contains("Content editor"), "{now:?}");

    // A new password: the log says it changed and holds no hash of it anywhere.
    admin.page(&format!("/admin/people/{id}")).await;
    let response = admin
        .post_form(
            &format!("/admin/people/{id}/password"),
            &[("password", "a-new-long-password-for-sam")],
        )
        .await;
    assert_eq!(response.status().as_u16(), 303);
    let hash = app
        .store
        .credentials(&person.email)
        .await
        .unwrap()
        .and_then(|c| c.password_hash)
        .expect("a password is set");
    let line = newest(&app, "person.password").await;
    let stored = format!("{} {:?} {:?}", line.detail, line.before, line.after);
    assert!(line.after.is_some(), "the change is recorded");
    for secret in [hash.as_str(), "argon2", "a-new-long-password-for-sam"] {
        assert!(!stored.contains(secret), "{secret} in {stored}");
    }
    let (_, page) = admin.page(&format!("/admin/audit/{}", line.id)).await;
    assert!(page.contains("password"));
    assert!(!page.contains(&hash) && !page.contains("a-new-long-password-for-sam"));
}

async fn people(app: &TestApp) -> (HttpSession, HttpSession, [i64; 2]) {
    let ids = [
        app.person_id("colead@example.org").await,
        app.person_id("member@example.org").await,
    ];
    (
        app.sign_in("colead@example.org").await,
        app.sign_in("member@example.org").await,
        ids,
    )
}

async fn give_stance(who: &HttpSession, proposal: i64, stance: &str, reason: &str) {
    who.page(&format!("/proposals/{proposal}")).await;
    let response = who
        .post_form(
            &format!("/proposals/{proposal}/stance"),
            &[("stance", stance), ("reason", reason), ("behaviour", "")],
        )
        .await;
    assert_eq!(response.status().as_u16(), 303);
}

async fn an_anonymous_stance_names_nobody_and_a_named_one_shows_the_change(app: TestApp) {
    let team = app.showcase_team().await;
    let (colead, member, ids) = people(&app).await;
    colead.page(&format!("/teams/{team}/meetings")).await;
    let response = colead
        .post_form(
            &format!("/teams/{team}/meetings"),
            &[
                ("template", "team_meeting"),
                ("title", "December team meeting"),
                ("date", "2026-12-03"),
                ("time", "14:30"),
            ],
        )
        .await;
    let meeting: i64 = response.headers()["location"]
        .to_str()
        .unwrap()
        .trim_start_matches("/meetings/")
        .parse()
        .expect("a meeting id");
    colead.page(&format!("/meetings/{meeting}")).await;
    colead
        .post_form(&format!("/meetings/{meeting}/start"), &[])
        .await;
    for person in ids {
        let response = colead
            .post_form(
                &format!("/meetings/{meeting}/attendance"),
                &[("person", &person.to_string()), ("present", "1")],
            )
            .await;
        assert_eq!(response.status().as_u16(), 303);
    }
    let open = |title: &'static str, anonymous: bool| {
        let colead = &colead;
        async move {
            let mut fields = vec![
                ("title", title),
                ("background", "Mornings are rushed."),
                ("decider", "management"),
            ];
            if anonymous {
                fields.push(("anonymous", "1"));
            }
            colead.page(&format!("/meetings/{meeting}")).await;
            let response = colead
                .post_form(&format!("/meetings/{meeting}/proposals"), &fields)
                .await;
            assert_eq!(response.status().as_u16(), 303);
        }
    };
    open("Rotate who opens the front desk", true).await;
    let anonymous = app.store.meeting_proposals(meeting).await.unwrap()[0].id;
    give_stance(&member, anonymous, "support", "Fair to everyone").await;
    give_stance(&colead, anonymous, "reservations", "Cover for holidays").await;
    give_stance(&member, anonymous, "live_with", "On reflection, fine").await;

    let names: Vec<String> = {
        let mut names = Vec::new();
        for id in ids {
            names.push(app.store.person(id).await.unwrap().name);
        }
        names
    };
    let lines: Vec<_> = app
        .store
        .audit_of("proposal", anonymous)
        .await
        .unwrap()
        .into_iter()
        .filter(|e| e.action == "proposal.stance")
        .collect();
    assert_eq!(lines.len(), 3);
    for line in &lines {
        assert_eq!(line.actor_id, None, "no author");
        let stored = format!("{} {:?} {:?}", line.detail, line.before, line.after);
        for id in ids {
            assert!(!stored.contains(&id.to_string()), "person {id} in {stored}");
        }
        for name in &names {
            assert!(!stored.contains(name.as_str()), "{name} in {stored}");
        }
        for reason in ["Fair to everyone", "Cover for holidays", "reservations"] {
            assert!(!stored.contains(reason), "{reason} in {stored}");
        }
    }
    let admin = app.sign_in("admin@example.org").await;
    let (_, log) = admin.page("/admin/audit?action=proposal.stance").await;
    for name in &names {
        assert!(!log.contains(name.as_str()), "{name} named in the log");
    }

    // In a named round the change of stance is shown with its author.
    open("Post the lunch rota on Fridays", false).await;
    let named = app
        .store
        .meeting_proposals(meeting)
        .await
        .unwrap()
        .into_iter()
        .find(|p| p.id != anonymous)
        .expect("the second proposal")
        .id;
    give_stance(&member, named, "discuss", "What about weekends?").await;
    give_stance(&member, named, "support", "Weekends are covered").await;
    let line = newest(&app, "proposal.stance").await;
    assert_eq!(line.entity_id, Some(named));
    assert_eq!(line.actor_id, Some(ids[1]));
    let (_, page) = admin.page(&format!("/admin/audit/{}", line.id)).await;
    let was = marked(&page, "pre");
    assert!(was.contains(&"What about weekends?".to_string()), "{page}");
    assert!(was.contains(&"Weekends are covered".to_string()));
    assert!(page.contains(&names[1]));
}
