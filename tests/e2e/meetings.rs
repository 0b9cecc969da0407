//! Meetings and decisions over HTTP: planning and running a meeting whose minutes become tasks,
//! decisions and PDSA updates; the consensus rules (quorum, blocks, the three tests, the
//! fallback); and that hidden results and anonymous stances leak through no page, API, live
//! message or log.

use std::time::Duration;

use lmp_tests::{on_both_databases, HttpSession, TestApp};

on_both_databases!(
    a_meeting_is_planned_run_and_its_minutes_become_tasks_and_decisions,
    consensus_needs_the_quorum_and_no_block_and_a_failed_round_falls_back_to_one_side,
    hidden_results_and_anonymous_stances_are_revealed_nowhere
);

/// The showcase team's two co-leads (management signed in by id) and a member.
async fn people(app: &TestApp) -> (HttpSession, HttpSession, HttpSession, [i64; 3]) {
    let team = app.showcase_team().await;
    let management_id = app.holder(team, "co_lead_management").await;
    let management = app.sign_in_person(management_id).await;
    let labor = app.sign_in("colead@example.org").await;
    let member = app.sign_in("member@example.org").await;
    let ids = [
        management_id,
        app.person_id("colead@example.org").await,
        app.person_id("member@example.org").await,
    ];
    (management, labor, member, ids)
}

/// Plans a team meeting for the showcase team as `co_lead` and returns its id.
async fn plan_meeting(app: &TestApp, co_lead: &HttpSession) -> i64 {
    let team = app.showcase_team().await;
    co_lead.page(&format!("/teams/{team}/meetings")).await;
    let response = co_lead
        .post_form(
            &format!("/teams/{team}/meetings"),
            &[
                ("template", "team_meeting"),
                ("title", "November team meeting"),
                ("date", "2026-12-03"),
                ("time", "14:30"),
                ("location", "Room 4B"),
            ],
        )
        .await;
    assert_eq!(response.status().as_u16(), 303);
    let location = response.headers()["location"].to_str().unwrap().to_string();
    location
        .trim_start_matches("/meetings/")
        .parse()
        .expect("a meeting id")
}

/// Sets the charter's quorum to `quorum` through the charter page.
async fn set_quorum(app: &TestApp, co_lead: &HttpSession, quorum: &str) {
    let team = app.showcase_team().await;
    co_lead.page(&format!("/teams/{team}/charter")).await;
    let response = co_lead
        .post_form(
            &format!("/teams/{team}/charter"),
            &[
                ("purpose", "Safe, timely care at the front desk"),
                ("meeting_cadence", "Every other week"),
                ("ground_rules", "One conversation at a time"),
                (
                    "decision_rules",
                    "Consensus, with the continuum as fallback",
                ),
                ("quorum", quorum),
            ],
        )
        .await;
    assert_eq!(response.status().as_u16(), 303, "the charter is saved");
}

async fn start_with(co_lead: &HttpSession, meeting: i64, present: &[i64]) {
    co_lead.page(&format!("/meetings/{meeting}")).await;
    let response = co_lead
        .post_form(&format!("/meetings/{meeting}/start"), &[])
        .await;
    assert_eq!(response.status().as_u16(), 303);
    for person in present {
        let response = co_lead
            .post_form(
                &format!("/meetings/{meeting}/attendance"),
                &[("person", &person.to_string()), ("present", "1")],
            )
            .await;
        assert_eq!(response.status().as_u16(), 303);
    }
}

async fn open_proposal(
    app: &TestApp,
    co_lead: &HttpSession,
    meeting: i64,
    extra: &[(&str, &str)],
) -> i64 {
    let mut fields = vec![
        ("title", "Rotate who opens the front desk each week"),
        (
            "background",
            "Mornings are rushed when the same two people always open.",
        ),
        ("decider", "management"),
    ];
    fields.extend_from_slice(extra);
    let response = co_lead
        .post_form(&format!("/meetings/{meeting}/proposals"), &fields)
        .await;
    assert_eq!(response.status().as_u16(), 303);
    app.store.meeting_proposals(meeting).await.unwrap()[0].id
}

async fn stance(
    who: &HttpSession,
    proposal: i64,
    stance: &str,
    reason: &str,
    behaviour: &str,
) -> u16 {
    who.page(&format!("/proposals/{proposal}")).await;
    who.post_form(
        &format!("/proposals/{proposal}/stance"),
        &[
            ("stance", stance),
            ("reason", reason),
            ("behaviour", behaviour),
        ],
    )
    .await
    .status()
    .as_u16()
}

async fn close(who: &HttpSession, proposal: i64, outcome: &str, text: &str) -> (u16, String) {
    who.page(&format!("/proposals/{proposal}")).await;
    let response = who
        .post_form(
            &format!("/proposals/{proposal}/close"),
            &[
                ("outcome", outcome),
                ("outcome_text", text),
                ("review_on", "2027-03-01"),
            ],
        )
        .await;
    let status = response.status().as_u16();
    (status, response.text().await.unwrap_or_default())
}

async fn a_meeting_is_planned_run_and_its_minutes_become_tasks_and_decisions(app: TestApp) {
    let (management, labor, member, ids) = people(&app).await;
    let team = app.showcase_team().await;

    // A member may see the meetings but not plan one.
    member.page(&format!("/teams/{team}/meetings")).await;
    let refused = member
        .post_form(
            &format!("/teams/{team}/meetings"),
            &[
                ("template", "huddle"),
                ("date", "2026-12-03"),
                ("time", "08:00"),
            ],
        )
        .await;
    assert_eq!(refused.status().as_u16(), 403);

    // A bad date is explained and what was typed stays.
    management.page(&format!("/teams/{team}/meetings")).await;
    let bad = management
        .post_form(
            &format!("/teams/{team}/meetings"),
            &[
                ("template", "team_meeting"),
                ("title", "Planning day"),
                ("date", "3 December"),
                ("time", "14:30"),
            ],
        )
        .await;
    assert_eq!(bad.status().as_u16(), 422);
    let body = bad.text().await.unwrap();
    assert!(body.contains("YYYY-MM-DD"), "{body}");
    assert!(body.contains("value=\"Planning day\""));

    // The charter's cadence (every other week for the showcase team) suggests a series.
    let (_, planning) = management.page(&format!("/teams/{team}/meetings")).await;
    assert!(
        planning.contains("<option value=\"2\" selected>Every two weeks"),
        "{planning}"
    );
    let before = app.store.team_meetings(team, 100).await.unwrap().len();
    let series = management
        .post_form(
            &format!("/teams/{team}/meetings"),
            &[
                ("template", "huddle"),
                ("date", "2027-01-04"),
                ("time", "07:45"),
                ("repeat", "2"),
                ("count", "3"),
            ],
        )
        .await;
    assert_eq!(series.status().as_u16(), 303);
    let planned = app.store.team_meetings(team, 100).await.unwrap();
    assert_eq!(planned.len(), before + 3);
    let mut starts: Vec<i64> = planned
        .iter()
        .filter(|m| m.template == "huddle")
        .map(|m| m.starts_at)
        .collect();
    starts.sort();
    assert_eq!(starts[1] - starts[0], 14 * 86_400, "two weeks apart");
    assert_eq!(starts[2] - starts[1], 14 * 86_400);

    let meeting = plan_meeting(&app, &management).await;
    let (status, page) = member.page(&format!("/meetings/{meeting}")).await;
    assert_eq!(status, 200);
    assert!(
        page.contains("Safety first"),
        "the template's agenda is there"
    );
    assert!(page.contains("Thu 3 Dec 2026, 14:30 (UTC)"), "{page}");

    // The calendar file.
    let ics = member
        .client
        .get(app.url(&format!("/meetings/{meeting}/calendar.ics")))
        .send()
        .await
        .unwrap();
    assert!(ics.headers()["content-type"]
        .to_str()
        .unwrap()
        .starts_with("text/calendar"));
    let ics = ics.text().await.unwrap();
    assert!(ics.contains("DTSTART:20261203T143000Z\r\n"), "{ics}");
    assert!(
        ics.contains("DTEND:20261203T153000Z\r\n"),
        "an hour-long agenda"
    );
    assert!(ics.contains("LOCATION:Room 4B\r\n"));

    // Both co-leads build the agenda; a member cannot.
    labor.page(&format!("/meetings/{meeting}")).await;
    let added = labor
        .post_form(
            &format!("/meetings/{meeting}/agenda"),
            &[
                ("title", "Break-room fridge"),
                ("kind", "discussion"),
                ("owner", &ids[1].to_string()),
                ("minutes", "5"),
            ],
        )
        .await;
    assert_eq!(added.status().as_u16(), 303);
    let too_long = labor
        .post_form(
            &format!("/meetings/{meeting}/agenda"),
            &[
                ("title", "Everything else"),
                ("kind", "discussion"),
                ("minutes", "500"),
            ],
        )
        .await;
    assert_eq!(too_long.status().as_u16(), 422);
    let body = too_long.text().await.unwrap();
    assert!(
        body.contains("value=\"Everything else\""),
        "what was typed is kept"
    );
    assert!(body.contains("value=\"500\""));
    // A problem to solve goes on the agenda only after the scope check.
    for (topic, expected) in [
        ("", "Say what the problem is about"),
        ("contract", "Take it to:"),
    ] {
        let refused = labor
            .post_form(
                &format!("/meetings/{meeting}/agenda"),
                &[
                    ("title", "Overtime pay for the holiday rota"),
                    ("kind", "problem_solving"),
                    ("minutes", "15"),
                    ("topic", topic),
                ],
            )
            .await;
        assert_eq!(refused.status().as_u16(), 422);
        let body = refused.text().await.unwrap();
        assert!(body.contains(expected), "{body}");
    }
    let checked = labor
        .post_form(
            &format!("/meetings/{meeting}/agenda"),
            &[
                ("title", "Holiday rota handovers"),
                ("kind", "problem_solving"),
                ("minutes", "15"),
                ("topic", "operations"),
            ],
        )
        .await;
    assert_eq!(checked.status().as_u16(), 303);
    // Without a leader chosen, whoever adds the item leads it.
    let added = labor
        .post_form(
            &format!("/meetings/{meeting}/agenda"),
            &[
                ("title", "Parking"),
                ("kind", "information"),
                ("minutes", "3"),
            ],
        )
        .await;
    assert_eq!(added.status().as_u16(), 303);
    let refused = member
        .post_form(
            &format!("/meetings/{meeting}/agenda"),
            &[("title", "Mine"), ("kind", "discussion"), ("minutes", "5")],
        )
        .await;
    assert_eq!(refused.status().as_u16(), 403);
    let agenda = app.store.agenda(meeting).await.unwrap();
    assert_eq!(agenda[7].title, "Break-room fridge");
    assert_eq!(agenda[8].title, "Holiday rota handovers");
    assert_eq!(agenda.last().unwrap().owner_id, Some(ids[1]));
    assert_eq!(agenda.len(), 10);

    // Run it: attendance, then minutes with a task, a decision and a note.
    start_with(&management, meeting, &ids).await;
    for (kind, text, owner, due) in [
        (
            "task",
            "Ask facilities about the fridge",
            ids[2].to_string(),
            "2026-12-10",
        ),
        (
            "decision",
            "The fridge is cleared every Friday at 4 pm",
            String::new(),
            "",
        ),
        (
            "note",
            "Everyone agreed the kitchen matters",
            String::new(),
            "",
        ),
    ] {
        let response = management
            .post_form(
                &format!("/meetings/{meeting}/minutes"),
                &[
                    ("kind", kind),
                    ("text", text),
                    ("owner", &owner),
                    ("due", due),
                ],
            )
            .await;
        assert_eq!(response.status().as_u16(), 303, "{kind}");
    }
    let bad = management
        .post_form(
            &format!("/meetings/{meeting}/minutes"),
            &[
                ("kind", "task"),
                ("text", "Order a new fridge"),
                ("due", "2026-13-40"),
            ],
        )
        .await;
    assert_eq!(bad.status().as_u16(), 422, "a date that does not exist");

    // The end page says what will be created; ending creates it once.
    let (_, confirm) = management.page(&format!("/meetings/{meeting}/end")).await;
    assert!(confirm.contains("Task: Ask facilities about the fridge"));
    assert!(confirm.contains("Decision: The fridge is cleared every Friday at 4 pm"));
    let ended = management
        .post_form(&format!("/meetings/{meeting}/end"), &[])
        .await;
    assert_eq!(ended.status().as_u16(), 303);
    let again = management
        .post_form(&format!("/meetings/{meeting}/end"), &[])
        .await;
    assert_eq!(again.status().as_u16(), 409, "an ended meeting stays ended");
    let tasks = app.store.tasks_from("meeting", meeting).await.unwrap();
    assert_eq!(tasks.len(), 1);
    assert_eq!(tasks[0].owner_id, Some(ids[2]));

    // The member finds the task assigned to them; the team finds the decision.
    let (_, mine) = member.page("/tasks").await;
    assert!(mine.contains("Ask facilities about the fridge"), "{mine}");
    let (_, decisions) = member
        .page(&format!("/teams/{team}/decisions?q=fridge"))
        .await;
    assert!(decisions.contains("The fridge is cleared every Friday at 4 pm"));
    assert!(decisions.contains("Noted in the minutes"));
    let (_, none) = member
        .page(&format!("/teams/{team}/decisions?q=parking"))
        .await;
    assert!(none.contains("No decision matches"));

    // The member marks the task done; it moves to the closed list.
    let done = member
        .post_form(
            &format!("/tasks/{}/status", tasks[0].id),
            &[("status", "done")],
        )
        .await;
    assert_eq!(done.status().as_u16(), 303);
    let (_, closed) = member.page("/tasks?state=closed").await;
    assert!(closed.contains("Ask facilities about the fridge"));

    // Another team's member cannot read the meeting.
    let outsider_team = team + 1;
    let outsider_id = app.holder(outsider_team, "co_lead_labor").await;
    let outsider = app.sign_in_person(outsider_id).await;
    let (status, _) = outsider.page(&format!("/meetings/{meeting}")).await;
    assert_eq!(status, 403);
}

async fn consensus_needs_the_quorum_and_no_block_and_a_failed_round_falls_back_to_one_side(
    app: TestApp,
) {
    let (management, labor, member, ids) = people(&app).await;
    set_quorum(&app, &labor, "3").await;
    let meeting = plan_meeting(&app, &labor).await;
    start_with(&labor, meeting, &ids[..2]).await;
    // A proposal without its text is refused and the rest of what was typed stays.
    labor.page(&format!("/meetings/{meeting}")).await;
    let refused = labor
        .post_form(
            &format!("/meetings/{meeting}/proposals"),
            &[
                ("title", " "),
                ("background", "Mornings are rushed"),
                ("hidden", "1"),
            ],
        )
        .await;
    assert_eq!(refused.status().as_u16(), 422);
    let body = refused.text().await.unwrap();
    assert!(body.contains(">Mornings are rushed</textarea>"), "{body}");
    assert!(body.contains("id=\"p-hidden\" name=\"hidden\" value=\"1\" checked"));
    let proposal = open_proposal(&app, &labor, meeting, &[]).await;

    // Two present, quorum three: consensus cannot be recorded.
    assert_eq!(
        stance(
            &management,
            proposal,
            "support",
            "",
            "I will draw up the rota"
        )
        .await,
        303
    );
    assert_eq!(
        stance(
            &labor,
            proposal,
            "support",
            "",
            "I will tell the evening shift"
        )
        .await,
        303
    );
    let (status, body) = close(&labor, proposal, "consensus", "We rotate").await;
    assert_eq!(status, 422);
    assert!(body.contains("at least 3 people"), "{body}");
    // The member was not marked present, so does not take part yet.
    assert_eq!(stance(&member, proposal, "support", "", "").await, 403);

    labor
        .post_form(
            &format!("/meetings/{meeting}/attendance"),
            &[("person", &ids[2].to_string()), ("present", "1")],
        )
        .await;
    // A block needs a reason, and then stops consensus.
    assert_eq!(stance(&member, proposal, "block", "", "").await, 422);
    assert_eq!(
        stance(
            &member,
            proposal,
            "block",
            "Evening staff cannot open at 7",
            ""
        )
        .await,
        303
    );
    let (status, body) = close(&labor, proposal, "consensus", "We rotate").await;
    assert_eq!(status, 422);
    assert!(body.contains("1 person blocks it"), "{body}");

    // The block is talked through; with everyone supporting but one not naming what they
    // will do, the third test still fails.
    assert_eq!(
        stance(&member, proposal, "reservations", "Only the day staff", "").await,
        303
    );
    let (status, body) = close(&labor, proposal, "consensus", "We rotate").await;
    assert_eq!(status, 422);
    assert!(body.contains("not said what they will do"), "{body}");
    assert_eq!(
        stance(
            &member,
            proposal,
            "reservations",
            "Only the day staff",
            "I will swap with evenings"
        )
        .await,
        303
    );
    // A review date in the past is refused.
    labor.page(&format!("/proposals/{proposal}")).await;
    let past = labor
        .post_form(
            &format!("/proposals/{proposal}/close"),
            &[
                ("outcome", "consensus"),
                ("outcome_text", "We rotate"),
                ("review_on", "2020-01-01"),
            ],
        )
        .await;
    assert_eq!(past.status().as_u16(), 422);
    assert!(past.text().await.unwrap().contains("from today on"));
    // Only co-leads record outcomes.
    let (status, _) = close(&member, proposal, "consensus", "We rotate").await;
    assert_eq!(status, 403);
    let (status, _) = close(
        &labor,
        proposal,
        "consensus",
        "Day staff rotate opening weekly",
    )
    .await;
    assert_eq!(status, 303);
    let (_, json) = member
        .get_json(&format!("/api/v1/proposals/{proposal}"))
        .await;
    assert_eq!(json["outcome"], "consensus");
    assert_eq!(json["outcome_text"], "Day staff rotate opening weekly");
    assert_eq!(json["review_on"], "2027-03-01");
    assert_eq!(
        stance(&member, proposal, "block", "Too late", "").await,
        409
    );

    // A second round fails; the deciding side (management) records the decision, labor cannot.
    let second = {
        labor
            .post_form(
                &format!("/meetings/{meeting}/proposals"),
                &[
                    ("title", "Close the front desk at lunch"),
                    ("decider", "management"),
                ],
            )
            .await;
        app.store.meeting_proposals(meeting).await.unwrap()[1].id
    };
    assert_eq!(
        stance(&member, second, "block", "Patients arrive at lunch", "").await,
        303
    );
    let (status, _) = close(&labor, second, "no_consensus", "").await;
    assert_eq!(status, 303);
    labor.page(&format!("/proposals/{second}")).await;
    let refused = labor
        .post_form(
            &format!("/proposals/{second}/fallback"),
            &[("decision", "Stay open"), ("action", "Nothing")],
        )
        .await;
    assert_eq!(
        refused.status().as_u16(),
        403,
        "only the deciding side records it"
    );
    let (_, page) = management.page(&format!("/proposals/{second}")).await;
    assert!(page.contains("As the deciding side"));
    let recorded = management
        .post_form(
            &format!("/proposals/{second}/fallback"),
            &[
                (
                    "decision",
                    "The desk stays open; one person covers lunch on a rota",
                ),
                ("action", "The manager posts the lunch rota by Friday"),
            ],
        )
        .await;
    assert_eq!(recorded.status().as_u16(), 303);
    let (_, page) = member.page(&format!("/proposals/{second}")).await;
    assert!(page.contains("Not a consensus decision."), "{page}");
    assert!(page.contains("management decided"));
    let (_, json) = member
        .get_json(&format!("/api/v1/proposals/{second}"))
        .await;
    assert_eq!(json["outcome"], "fallback");
}

/// Reads the live stream of a meeting for `seconds` and returns everything it sent.
async fn listen(client: reqwest::Client, base: String, meeting: i64, seconds: u64) -> String {
    let mut response = client
        .get(format!("{base}/meetings/{meeting}/live"))
        .send()
        .await
        .expect("live stream");
    assert_eq!(response.status().as_u16(), 200);
    let mut seen = String::new();
    let deadline = tokio::time::Instant::now() + Duration::from_secs(seconds);
    while let Ok(Ok(Some(chunk))) = tokio::time::timeout_at(deadline, response.chunk()).await {
        seen.push_str(&String::from_utf8_lossy(&chunk));
    }
    seen
}

async fn hidden_results_and_anonymous_stances_are_revealed_nowhere(app: TestApp) {
    let (management, labor, member, ids) = people(&app).await;
    let admin = app.sign_in("admin@example.org").await;
    set_quorum(&app, &labor, "3").await;
    let meeting = plan_meeting(&app, &labor).await;
    start_with(&labor, meeting, &ids).await;
    let proposal = open_proposal(
        &app,
        &labor,
        meeting,
        &[("anonymous", "1"), ("hidden", "1")],
    )
    .await;

    // The co-lead listens while the management co-lead blocks with a reason nobody else may
    // see yet.
    let secret = "Zanzibar-reason-for-blocking";
    let listeners = tokio::spawn(listen(labor.client.clone(), app.base.clone(), meeting, 3));
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert_eq!(
        stance(&management, proposal, "block", secret, "").await,
        303
    );
    assert_eq!(
        stance(&member, proposal, "support", "Good idea", "I draw the rota").await,
        303
    );
    let live = listeners.await.unwrap();
    assert!(
        live.contains(&format!("proposal-{proposal}")),
        "the change is announced: {live}"
    );
    assert!(
        !live.contains(secret) && !live.contains("block"),
        "no content on the wire: {live}"
    );

    // Before closing: no page, fragment or API shows the tally or the reason — not to the
    // facilitator, not to an administrator.
    for (who, session) in [
        ("co-lead", &labor),
        ("member", &member),
        ("administrator", &admin),
    ] {
        let (status, page) = session.page(&format!("/meetings/{meeting}")).await;
        assert_eq!(status, 200, "{who}");
        assert!(!page.contains(secret), "{who} sees the hidden reason");
        assert!(!page.contains("I block it</td>"), "{who} sees a tally");
        assert!(
            page.contains("2 of 3</strong>"),
            "{who} sees how many answered"
        );
        let (_, part) = session
            .page(&format!("/meetings/{meeting}/part/proposal-{proposal}"))
            .await;
        assert!(!part.contains(secret), "{who}: the live fragment");
        assert!(
            !part.contains("blocks it"),
            "{who}: a blocker message reveals the block"
        );
        let (_, json) = session
            .get_json(&format!("/api/v1/proposals/{proposal}"))
            .await;
        assert_eq!(json["tally"], serde_json::Value::Null, "{who}: API tally");
        assert_eq!(
            json["stances"],
            serde_json::Value::Null,
            "{who}: API stances"
        );
        assert!(!json.to_string().contains(secret), "{who}: API");
        let (_, json) = session
            .get_json(&format!("/api/v1/meetings/{meeting}"))
            .await;
        assert!(!json.to_string().contains(secret), "{who}: meeting API");
    }
    // Recording an outcome before the results are shown is refused.
    let (status, _) = close(&labor, proposal, "no_consensus", "").await;
    assert_eq!(status, 409);

    // The co-lead closes the stances: now everyone sees them, never with a name.
    labor.page(&format!("/meetings/{meeting}")).await;
    let shown = labor
        .post_form(&format!("/proposals/{proposal}/reveal"), &[])
        .await;
    assert_eq!(shown.status().as_u16(), 303);
    let names: Vec<String> = {
        let mut names = Vec::new();
        for id in ids {
            names.push(app.store.person(id).await.unwrap().name);
        }
        names
    };
    for (who, session) in [
        ("co-lead", &labor),
        ("member", &member),
        ("administrator", &admin),
    ] {
        let (_, part) = session
            .page(&format!("/meetings/{meeting}/part/proposal-{proposal}"))
            .await;
        assert!(part.contains(secret), "{who} sees the reason once closed");
        for name in &names {
            assert!(
                !part.contains(name.as_str()),
                "{who} sees the name {name} in an anonymous round"
            );
        }
        let (_, json) = session
            .get_json(&format!("/api/v1/proposals/{proposal}"))
            .await;
        let stances = json["stances"].as_array().expect("stances shown");
        assert_eq!(stances.len(), 2);
        assert!(stances.iter().all(|s| s["name"].is_null()), "{who}: {json}");
        for name in &names {
            assert!(
                !json.to_string().contains(name.as_str()),
                "{who}: API names {name}"
            );
        }
    }
    // The audit log keeps no author for an anonymous stance.
    let authors: Vec<Option<i64>> = app
        .store
        .audit_of("proposal", proposal)
        .await
        .unwrap()
        .into_iter()
        .filter(|e| e.action == "proposal.stance")
        .map(|e| e.actor_id)
        .collect();
    assert_eq!(authors, vec![None, None]);
}
