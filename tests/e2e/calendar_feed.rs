//! The personal calendar feed: a person turns it on from their account page, a calendar app
//! fetches the secret address without any cookie and gets their teams' meetings and their
//! open, dated tasks; resetting the address kills the old one at once, and so does turning
//! the feed off.

use lmp_tests::{on_both_databases, HttpSession, TestApp};

on_both_databases!(a_person_subscribes_to_their_meetings_and_due_tasks_and_can_reset_the_address);

/// Turns the feed on (or resets it) from the account page and returns the address shown.
async fn turn_on(session: &HttpSession) -> String {
    session.page("/account").await;
    let response = session.post_form("/account/calendar", &[]).await;
    assert_eq!(response.status().as_u16(), 200, "the account page answers");
    let page = response.text().await.unwrap();
    let start = page
        .find("id=\"calendar-url\"")
        .expect("the new address is shown");
    let value = &page[start..];
    let value = &value[value.find("value=\"").unwrap() + "value=\"".len()..];
    value[..value.find('"').unwrap()].to_string()
}

/// Fetches `url` as a calendar app would: no cookie, no session.
async fn fetch(url: &str) -> (u16, String, String) {
    let response = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
        .get(url)
        .send()
        .await
        .expect("GET the feed");
    let status = response.status().as_u16();
    let kind = response
        .headers()
        .get("content-type")
        .map(|v| v.to_str().unwrap().to_string())
        .unwrap_or_default();
    (status, kind, response.text().await.unwrap())
}

/// The calendar's events as lists of unfolded `NAME:value` lines, after checking the frame
/// RFC 5545 asks for (CRLF everywhere, lines of at most 75 octets, BEGIN/END balanced).
fn events(text: &str) -> Vec<Vec<String>> {
    assert!(text.starts_with("BEGIN:VCALENDAR\r\n"), "{text}");
    assert!(text.ends_with("END:VCALENDAR\r\n"), "{text}");
    assert_eq!(
        text.matches('\n').count(),
        text.matches("\r\n").count(),
        "every line ends CRLF"
    );
    for line in text.split("\r\n") {
        assert!(line.len() <= 75, "a long line is folded: {line:?}");
    }
    let unfolded = text.replace("\r\n ", "");
    let mut events = Vec::new();
    let mut current: Option<Vec<String>> = None;
    for line in unfolded.split("\r\n") {
        match line {
            "BEGIN:VEVENT" => {
                assert!(current.is_none(), "events do not nest");
                current = Some(Vec::new());
            }
            "END:VEVENT" => events.push(current.take().expect("an event was open")),
            _ => {
                if let Some(event) = current.as_mut() {
                    event.push(line.to_string());
                }
            }
        }
    }
    assert!(current.is_none(), "every event ends");
    events
}

fn find<'a>(events: &'a [Vec<String>], summary_start: &str) -> Option<&'a Vec<String>> {
    events.iter().find(|e| {
        e.iter()
            .any(|l| l.starts_with(&format!("SUMMARY:{summary_start}")))
    })
}

fn property<'a>(event: &'a [String], name: &str) -> Option<&'a str> {
    event
        .iter()
        .find_map(|l| l.strip_prefix(name).and_then(|rest| rest.strip_prefix(':')))
}

async fn a_person_subscribes_to_their_meetings_and_due_tasks_and_can_reset_the_address(
    app: TestApp,
) {
    let team = app.showcase_team().await;
    let member_id = app.person_id("member@example.org").await;
    let co_lead = app.sign_in("colead@example.org").await;
    let member = app.sign_in("member@example.org").await;

    // The co-lead plans a meeting a week from now, at 14:30 UTC.
    let day = lmp_domain::calendar::iso_date(lmp_store::now() + 7 * 86_400);
    co_lead.page(&format!("/teams/{team}/meetings")).await;
    let planned = co_lead
        .post_form(
            &format!("/teams/{team}/meetings"),
            &[
                ("template", "team_meeting"),
                ("title", "Weekend rota, safety; wins"),
                ("date", &day),
                ("time", "14:30"),
                ("location", "Room 4B, second floor"),
            ],
        )
        .await;
    assert_eq!(planned.status().as_u16(), 303, "the meeting is planned");

    // A meeting of a team the member is not on.
    let other_team = app.team_in_another_region().await;
    let other_lead = app.holder(other_team, "co_lead_labor").await;
    app.store
        .create_meeting(
            other_team,
            "Someone else's meeting",
            "team_meeting",
            lmp_store::now() + 86_400,
            60,
            "",
            other_lead,
            &[],
        )
        .await
        .unwrap();

    // Tasks for the member: one open with a due date, one done, one with no date.
    let task = |title: &str, due: Option<&str>| lmp_store::tasks::TaskInput {
        team_id: team,
        title: title.into(),
        owner_id: Some(member_id),
        due_on: due.map(str::to_string),
        source: "meeting".into(),
        source_id: None,
    };
    let co_lead_id = app.person_id("colead@example.org").await;
    let ids = app
        .store
        .create_tasks(
            &[
                task("Order toner for the label printer", Some("2027-02-28")),
                task("Finished already", Some("2027-01-20")),
                task("Someday, no date", None),
            ],
            co_lead_id,
        )
        .await
        .unwrap();
    app.store.set_task_status(ids[1], "done").await.unwrap();

    // Before it is turned on, the account page offers to.
    let (_, account) = member.page("/account").await;
    assert!(account.contains("action=\"/account/calendar\""));
    assert!(!account.contains("/account/calendar/off"));

    let address = turn_on(&member).await;
    assert!(
        address.starts_with(&format!("{}/calendar/", app.base)) && address.ends_with(".ics"),
        "a full address to paste: {address}"
    );
    let (_, account) = member.page("/account").await;
    assert!(
        account.contains("/account/calendar/off"),
        "the feed can be turned off"
    );
    assert!(!account.contains(&address), "the secret is shown only once");
    let secret = address
        .trim_start_matches(&format!("{}/calendar/", app.base))
        .trim_end_matches(".ics")
        .to_string();
    let stored: Vec<String> = sqlx::query_scalar("SELECT token_hash FROM calendar_feeds")
        .fetch_all(app.store.pool())
        .await
        .unwrap();
    assert_eq!(stored.len(), 1);
    assert_ne!(stored[0], secret, "only a hash is stored");
    assert_eq!(stored[0].len(), 64);

    let (status, kind, body) = fetch(&address).await;
    assert_eq!(status, 200, "{body}");
    assert!(kind.starts_with("text/calendar"), "{kind}");
    let list = events(&body);
    assert!(
        body.contains("\r\nX-WR-CALNAME:"),
        "the calendar has a name"
    );

    let meeting = find(&list, "Weekend rota\\, safety\\; wins").expect("the meeting is listed");
    assert_eq!(
        property(meeting, "DTSTART"),
        Some(format!("{}T143000Z", day.replace('-', "")).as_str())
    );
    assert_eq!(
        property(meeting, "LOCATION"),
        Some("Room 4B\\, second floor")
    );
    assert!(property(meeting, "UID").is_some_and(|u| u.starts_with("meeting-")));
    assert!(
        find(&list, "Someone else's meeting").is_none(),
        "only the person's own teams"
    );

    let due = list
        .iter()
        .find(|e| {
            e.iter().any(|l| {
                l.starts_with("SUMMARY:") && l.contains("Order toner for the label printer")
            })
        })
        .expect("the due task is listed");
    assert_eq!(property(due, "DTSTART;VALUE=DATE"), Some("20270228"));
    assert_eq!(property(due, "DTEND;VALUE=DATE"), Some("20270301"));
    assert!(
        !body.contains("Finished already"),
        "done tasks are left out"
    );
    assert!(
        !body.contains("Someday, no date"),
        "undated tasks are left out"
    );

    // Reset: the old address stops at once, the new one works.
    let renewed = turn_on(&member).await;
    assert_ne!(renewed, address);
    assert_eq!(fetch(&address).await.0, 404, "the old address is dead");
    let (status, _, body) = fetch(&renewed).await;
    assert_eq!(status, 200);
    assert!(body.contains("Order toner for the label printer"));

    // Unknown and malformed secrets are not found.
    assert_eq!(
        fetch(&app.url(&format!("/calendar/{}.ics", "ab".repeat(32))))
            .await
            .0,
        404
    );
    assert_eq!(fetch(&app.url("/calendar/not-a-secret.ics")).await.0, 404);
    assert_eq!(
        fetch(&renewed.replace(".ics", "")).await.0,
        404,
        "the address ends in .ics"
    );

    // Another person's reset does not touch this feed; turning it off kills it.
    let other = turn_on(&co_lead).await;
    assert_eq!(fetch(&renewed).await.0, 200);
    assert_eq!(fetch(&other).await.0, 200);
    member.page("/account").await;
    let off = member.post_form("/account/calendar/off", &[]).await;
    assert_eq!(off.status().as_u16(), 303);
    assert_eq!(fetch(&renewed).await.0, 404, "off means off");
    let (_, account) = member.page("/account").await;
    assert!(!account.contains("/account/calendar/off"));

    // Without a session nobody can turn a feed on.
    let anonymous = app.anonymous();
    anonymous.page("/signin").await;
    let refused = anonymous.post_form("/account/calendar", &[]).await;
    assert_eq!(refused.status().as_u16(), 303);
    assert!(refused.headers()["location"]
        .to_str()
        .unwrap()
        .starts_with("/signin"));
}
