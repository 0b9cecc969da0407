//! Learning over HTTP: tour and Dig Deeper progress kept per person, the history timeline and
//! the course catalogue, training records (checked by hand, imported all or nothing unless bad
//! lines are skipped, seen by the team's co-leads), the supervisor–steward checklist seen by
//! its two people only, and reflections that nobody else sees, totalled only from five people.

use lmp_domain::learning::parse_actions;

/// What a page shows instead of the answers of fewer than five people (learning.ftl).
const NOT_ENOUGH: &str = "Not enough answers to show without identifying anyone";
use lmp_tests::{on_both_databases, HttpSession, TestApp};

on_both_databases!(
    tour_and_dig_deeper_progress_is_saved_per_person_and_not_shared,
    history_and_courses_are_listed_in_order_and_filtered,
    training_records_are_checked_and_imported_all_or_nothing_and_co_leads_see_them,
    a_checklist_is_seen_and_ticked_by_its_two_people_only,
    reflections_are_private_and_totals_need_five_people,
);

fn status(response: &reqwest::Response) -> u16 {
    response.status().as_u16()
}

/// The text of a page as an HTTP client reads it, after `page` refreshed its CSRF token.
async fn read(session: &HttpSession, path: &str) -> String {
    let (code, body) = session.page(path).await;
    assert_eq!(code, 200, "GET {path}: {body}");
    body
}

async fn tour_and_dig_deeper_progress_is_saved_per_person_and_not_shared(app: TestApp) {
    let member = app.sign_in("member@example.org").await;
    let colead = app.sign_in("colead@example.org").await;

    let tour = read(&member, "/learning/tour").await;
    assert!(tour.contains("0 of 6 done"), "{tour}");
    assert!(tour.contains("Start with the first stop"));
    for stop in ["agreements", "history"] {
        let response = member
            .post_form(&format!("/learning/tour/{stop}"), &[("done", "1")])
            .await;
        assert_eq!(status(&response), 303, "{stop}");
        assert_eq!(
            response.headers()["location"],
            format!("/learning/tour#stop-{stop}").as_str()
        );
    }
    // Marking a stop twice changes nothing.
    member
        .post_form("/learning/tour/history", &[("done", "1")])
        .await;
    let tour = read(&member, "/learning/tour").await;
    assert!(tour.contains("2 of 6 done"), "{tour}");
    assert!(tour.contains(r#"<progress id="tour-progress" max="6" value="2">"#));
    assert!(tour.contains("Continue where you left off"));
    assert!(tour.contains("Next: 3. The Value Compass"));
    let overview = read(&member, "/learning").await;
    assert!(overview.contains("2 of 6 done"));
    assert!(overview.contains(r##"href="/learning/tour#stop-compass""##));

    // Somebody else's tour is their own.
    let other = read(&colead, "/learning/tour").await;
    assert!(other.contains("0 of 6 done"), "progress is not shared");

    // Undo, and the next stop moves back.
    let response = member
        .post_form("/learning/tour/history", &[("done", "0")])
        .await;
    assert_eq!(status(&response), 303);
    let tour = read(&member, "/learning/tour").await;
    assert!(tour.contains("1 of 6 done"));
    assert!(tour.contains("Next: 2. Our history"));
    assert_eq!(
        app.store
            .tour_done(app.person_id("member@example.org").await)
            .await
            .unwrap(),
        ["agreements"]
    );

    // Bad input is refused; a form without the CSRF token too.
    let response = member
        .post_form("/learning/tour/nowhere", &[("done", "1")])
        .await;
    assert_eq!(status(&response), 404);
    let response = member
        .post_form("/learning/tour/compass", &[("done", "yes")])
        .await;
    assert_eq!(status(&response), 400);
    let response = member
        .post_form_raw("/learning/tour/compass", &[("done", "1")])
        .await;
    assert_eq!(status(&response), 403);
    assert_eq!(
        app.store
            .tour_done(app.person_id("member@example.org").await)
            .await
            .unwrap()
            .len(),
        1
    );

    // Dig Deeper: the actions are the page's list items; ticks are per person.
    let body = app.store.content_page("dig-deeper").await.unwrap().body;
    let actions = parse_actions(&body);
    assert!(actions.len() >= 6);
    let total = actions.len();
    let page = read(&member, "/learning/dig-deeper").await;
    assert!(page.contains(&format!("0 of {total} done")));
    assert!(page.contains(&actions[0].text.replace('\'', "&#39;")));
    for action in &actions[..2] {
        let response = member
            .post_form(
                &format!("/learning/dig-deeper/{}", action.key),
                &[("done", "1")],
            )
            .await;
        assert_eq!(status(&response), 303);
    }
    let response = member
        .post_form(
            &format!("/learning/dig-deeper/{}", actions[0].key),
            &[("done", "0")],
        )
        .await;
    assert_eq!(status(&response), 303);
    let page = read(&member, "/learning/dig-deeper").await;
    assert!(page.contains(&format!("1 of {total} done")), "{page}");
    let page = read(&colead, "/learning/dig-deeper").await;
    assert!(page.contains(&format!("0 of {total} done")));
    let response = member
        .post_form("/learning/dig-deeper/0123456789abcdef", &[("done", "1")])
        .await;
    assert_eq!(status(&response), 404, "an action not on the page");
}

async fn history_and_courses_are_listed_in_order_and_filtered(app: TestApp) {
    let member = app.sign_in("member@example.org").await;
    let history = read(&member, "/learning/history").await;
    let eras = [
        "Era of Expansion",
        "Turbulent Times",
        "Commitment to Partnership",
        "Giant Steps",
        "Future Forward",
    ];
    let positions: Vec<usize> = eras
        .iter()
        .map(|era| history.find(era).unwrap_or_else(|| panic!("{era}")))
        .collect();
    assert!(
        positions.windows(2).all(|w| w[0] < w[1]),
        "eras by year: {positions:?}"
    );
    assert!(history.contains(r#"href="/content/history-giant-steps""#));
    assert!(history.contains("1995"));

    let all = read(&member, "/learning/courses").await;
    assert!(all.contains("Level 1: Pre-Team Climate"));
    assert!(all.contains("Co-lead workshop"));
    assert!(all.contains("RIM+ course"));
    let level_one = read(&member, "/learning/courses?level=1").await;
    assert!(level_one.contains("Co-lead workshop"));
    assert!(!level_one.contains("RIM+ course"));
    let frontline = read(&member, "/learning/courses?audience=frontline").await;
    assert!(frontline.contains("Team member training"));
    assert!(
        !frontline.contains("Co-lead workshop"),
        "the workshop is for co-leads"
    );
    let both = read(&member, "/learning/courses?level=2&audience=leader").await;
    assert!(both.contains("Leading in partnership"));
    assert!(!both.contains("Team member training"));
    let bad = read(&member, "/learning/courses?level=9&audience=aliens").await;
    assert!(bad.contains("is not a level"));
    assert!(bad.contains("is not one of the audiences"));
    assert!(
        bad.contains("Co-lead workshop"),
        "an unknown filter shows everything"
    );
}

async fn training_records_are_checked_and_imported_all_or_nothing_and_co_leads_see_them(
    app: TestApp,
) {
    let team = app.showcase_team().await;
    let member_id = app.person_id("member@example.org").await;
    let colead_id = app.person_id("colead@example.org").await;
    let member = app.sign_in("member@example.org").await;
    let colead = app.sign_in("colead@example.org").await;
    let admin = app.sign_in("admin@example.org").await;

    let page = read(&member, "/learning/training").await;
    assert!(page.contains("Nothing recorded yet"));
    // A date in the future and an unknown course are refused, and what was typed stays.
    let response = member
        .post_form(
            "/learning/training",
            &[
                ("course", "course-lmp-orientation"),
                ("completed_on", "2099-05-01"),
            ],
        )
        .await;
    assert_eq!(status(&response), 422);
    let body = response.text().await.unwrap();
    assert!(body.contains("in the future"), "{body}");
    assert!(body.contains(r#"value="2099-05-01""#));
    assert!(body.contains(r#"<option value="course-lmp-orientation" selected>"#));
    let response = member
        .post_form(
            "/learning/training",
            &[("course", "basket-weaving"), ("completed_on", "2026-02-30")],
        )
        .await;
    assert_eq!(status(&response), 422);
    let body = response.text().await.unwrap();
    assert!(body.contains("Choose a course from the list."));
    assert!(body.contains("is not a date"));
    assert!(app
        .store
        .training_records_of(member_id)
        .await
        .unwrap()
        .is_empty());

    let record = [
        ("course", "course-lmp-orientation"),
        ("completed_on", "2026-02-03"),
    ];
    let response = member.post_form("/learning/training", &record).await;
    assert_eq!(status(&response), 303);
    let page = read(&member, "/learning/training").await;
    assert!(page.contains("Partnership orientation"));
    assert!(page.contains("2026-02-03"));
    let response = member.post_form("/learning/training", &record).await;
    assert_eq!(status(&response), 422, "the same course on the same day");
    assert!(response
        .text()
        .await
        .unwrap()
        .contains("already recorded this course"));
    let courses = read(&member, "/learning/courses").await;
    assert!(courses.contains("Completed 2026-02-03"));

    // Only administrators import.
    let (code, _) = member.page("/learning/training/import").await;
    assert_eq!(code, 403);
    read(&admin, "/learning/training/import").await;
    let csv = "email,course,completed_on\n\
        colead@example.org,course-co-lead-workshop,2026-01-20\n\
        nobody@example.org,course-co-lead-workshop,2026-01-20\n\
        member@example.org,course-rapid-improvement-model,2099-01-01\n\
        member@example.org,course-team-member-training,2026-03-01\n";
    let response = admin
        .post_form("/learning/training/import", &[("csv", csv)])
        .await;
    assert_eq!(status(&response), 422);
    let body = response.text().await.unwrap();
    assert!(
        body.contains("Nothing was imported: 2 lines need attention"),
        "{body}"
    );
    assert!(body.contains("Line 3: nobody in the hub has the email nobody@example.org."));
    assert!(body.contains("Line 4:") && body.contains("future"));
    assert!(
        body.contains("colead@example.org,course-co-lead-workshop"),
        "the table is kept"
    );
    assert!(
        app.store
            .training_records_of(colead_id)
            .await
            .unwrap()
            .is_empty(),
        "all or nothing"
    );
    // The same file as an upload, skipping the bad lines.
    let response = admin
        .post_upload(
            "/learning/training/import",
            &[("skip_bad", "1")],
            ("file", "class.csv", csv.as_bytes().to_vec()),
            true,
        )
        .await;
    assert_eq!(status(&response), 303);
    let location = response.headers()["location"].to_str().unwrap().to_string();
    assert!(location.contains("added=2"), "{location}");
    assert!(location.contains("skipped=2"));
    let done = read(&admin, &location).await;
    assert!(done.contains("Imported: 2 records added, 2 bad lines skipped."));
    let colead_records = app.store.training_records_of(colead_id).await.unwrap();
    assert_eq!(colead_records.len(), 1);
    assert_eq!(colead_records[0].source, "import");
    assert_eq!(
        app.store
            .training_records_of(member_id)
            .await
            .unwrap()
            .len(),
        2
    );
    // Importing again adds nothing twice.
    let response = admin
        .post_form(
            "/learning/training/import",
            &[
                (
                    "csv",
                    "email,course,completed_on\ncolead@example.org,course-co-lead-workshop,2026-01-20\n",
                ),
            ],
        )
        .await;
    assert_eq!(status(&response), 303);
    assert!(response.headers()["location"]
        .to_str()
        .unwrap()
        .contains("added=0&already=1"));
    // A person cannot remove an imported record, nor somebody else's.
    let imported = app.store.training_records_of(colead_id).await.unwrap()[0].id;
    colead.page("/learning/training").await;
    let response = colead
        .post_form(&format!("/learning/training/{imported}/remove"), &[])
        .await;
    assert_eq!(status(&response), 403);
    let own = app
        .store
        .training_records_of(member_id)
        .await
        .unwrap()
        .into_iter()
        .find(|r| r.source == "self")
        .unwrap()
        .id;
    let response = colead
        .post_form(&format!("/learning/training/{own}/remove"), &[])
        .await;
    assert_eq!(status(&response), 403);

    // The co-lead sees who on the team completed what; members do not.
    let page = read(&colead, &format!("/learning/teams/{team}/training")).await;
    assert!(page.contains("Sam Delgado"));
    assert!(page.contains("2026-02-03"));
    assert!(page.contains("2026-01-20"));
    assert!(page.contains("Co-leads with the co-lead workshop: 1 of"));
    let (code, _) = member
        .page(&format!("/learning/teams/{team}/training"))
        .await;
    assert_eq!(code, 403);
    let summary = app.store.team_training_summary(team).await.unwrap();
    assert_eq!(summary.trained, 2, "{summary:?}");
    assert!(summary
        .courses
        .iter()
        .any(|(c, n)| c == "course-co-lead-workshop" && *n == 1));
    assert!(page.contains(&format!(
        "{} of {} people on the roster have completed at least one course",
        summary.trained, summary.people
    )));

    // The person removes their own record.
    member.page("/learning/training").await;
    let response = member
        .post_form(&format!("/learning/training/{own}/remove"), &[])
        .await;
    assert_eq!(status(&response), 303);
    assert_eq!(
        app.store
            .training_records_of(member_id)
            .await
            .unwrap()
            .len(),
        1
    );
}

async fn a_checklist_is_seen_and_ticked_by_its_two_people_only(app: TestApp) {
    let colead = app.sign_in("colead@example.org").await;
    let sponsor = app.sign_in("sponsor@example.org").await;
    let member = app.sign_in("member@example.org").await;
    let admin = app.sign_in("admin@example.org").await;

    read(&colead, "/learning/checklists").await;
    // Two labor people are not a supervisor and a steward; an unknown email is refused too.
    let response = colead
        .post_form("/learning/checklists", &[("partner", "member@example.org")])
        .await;
    assert_eq!(status(&response), 422);
    let body = response.text().await.unwrap();
    assert!(body.contains("one of you on the management side"), "{body}");
    assert!(body.contains(r#"value="member@example.org""#));
    let response = colead
        .post_form("/learning/checklists", &[("partner", "nobody@example.org")])
        .await;
    assert_eq!(status(&response), 422);
    assert!(response
        .text()
        .await
        .unwrap()
        .contains("Nobody in the hub has that email"));

    let response = colead
        .post_form(
            "/learning/checklists",
            &[("partner", "Sponsor@Example.org")],
        )
        .await;
    assert_eq!(status(&response), 303);
    let location = response.headers()["location"].to_str().unwrap().to_string();
    let id: i64 = location.rsplit('/').next().unwrap().parse().unwrap();

    // Both tick; each tick says who made it.
    read(&colead, &location).await;
    let response = colead
        .post_form(
            &format!("/learning/checklists/{id}/tick"),
            &[("item", "1.1"), ("done", "1")],
        )
        .await;
    assert_eq!(status(&response), 303);
    let page = read(&sponsor, &location).await;
    assert!(page.contains("Ticked by Jordan Rivera"), "{page}");
    let response = sponsor
        .post_form(
            &format!("/learning/checklists/{id}/tick"),
            &[("item", "7.4"), ("done", "1")],
        )
        .await;
    assert_eq!(status(&response), 303);
    let response = sponsor
        .post_form(
            &format!("/learning/checklists/{id}/notes"),
            &[
                ("principle", "7"),
                ("text", "Start each huddle with safety"),
            ],
        )
        .await;
    assert_eq!(status(&response), 303);
    let response = sponsor
        .post_form(
            &format!("/learning/checklists/{id}/notes"),
            &[("principle", "12"), ("text", "  ")],
        )
        .await;
    assert_eq!(status(&response), 422);
    let body = response.text().await.unwrap();
    assert!(body.contains("The note is required."));
    assert!(body.contains("Choose one of the seven principles"));
    let response = sponsor
        .post_form(
            &format!("/learning/checklists/{id}/tick"),
            &[("item", "9.9"), ("done", "1")],
        )
        .await;
    assert_eq!(status(&response), 400);
    let page = read(&colead, &location).await;
    assert!(page.contains("Ticked by Pat Okafor"));
    assert!(page.contains("Start each huddle with safety"));
    assert!(page.contains(r#"<progress id="checklist-progress" max="26" value="2">"#));
    let list = read(&sponsor, "/learning/checklists").await;
    assert!(list.contains(&format!("/learning/checklists/{id}")));
    assert!(list.contains("Jordan Rivera"));

    // A third person neither sees nor ticks it, and it is not in their list.
    let (code, body) = member.page(&location).await;
    assert_eq!(code, 403);
    assert!(!body.contains("Start each huddle with safety"));
    let list = read(&member, "/learning/checklists").await;
    assert!(!list.contains(&format!("/learning/checklists/{id}")));
    let response = member
        .post_form(
            &format!("/learning/checklists/{id}/tick"),
            &[("item", "2.1"), ("done", "1")],
        )
        .await;
    assert_eq!(status(&response), 403);
    let response = member
        .post_form(
            &format!("/learning/checklists/{id}/notes"),
            &[("principle", "0"), ("text", "Sneaky")],
        )
        .await;
    assert_eq!(status(&response), 403);
    assert_eq!(app.store.checklist_ticks(id).await.unwrap().len(), 2);
    assert_eq!(app.store.checklist_notes(id).await.unwrap().len(), 1);

    // An administrator may look, never tick.
    let page = read(&admin, &location).await;
    assert!(page.contains("You are looking as an administrator"));
    assert!(!page.contains("aria-label=\"Tick:"));
    let response = admin
        .post_form(
            &format!("/learning/checklists/{id}/tick"),
            &[("item", "2.1"), ("done", "1")],
        )
        .await;
    assert_eq!(status(&response), 403);

    // Unticking clears the tick.
    let response = colead
        .post_form(
            &format!("/learning/checklists/{id}/tick"),
            &[("item", "7.4"), ("done", "0")],
        )
        .await;
    assert_eq!(status(&response), 303);
    let ticks = app.store.checklist_ticks(id).await.unwrap();
    assert_eq!(ticks.len(), 1);
    assert_eq!(ticks[0].item, "1.1");
    assert_eq!(
        ticks[0].ticked_by,
        app.person_id("colead@example.org").await
    );
}

/// Submits a reflection: `answers[i]` for principle `i + 1`.
async fn reflect(session: &HttpSession, answers: [&str; 7]) -> reqwest::Response {
    session.page("/learning/reflection").await;
    let names = ["p1", "p2", "p3", "p4", "p5", "p6", "p7"];
    let fields: Vec<(&str, &str)> = names.iter().copied().zip(answers).collect();
    session.post_form("/learning/reflection", &fields).await
}

async fn reflections_are_private_and_totals_need_five_people(app: TestApp) {
    let team = app.showcase_team().await;
    let team_row = app.store.team(team).await.unwrap();
    let member_id = app.person_id("member@example.org").await;
    let member = app.sign_in("member@example.org").await;
    let colead = app.sign_in("colead@example.org").await;
    let admin = app.sign_in("admin@example.org").await;
    let leader = app.sign_in("leader@example.org").await;
    let sponsor = app.sign_in("sponsor@example.org").await;

    // A reflection with a missing answer is refused and keeps the answers given.
    let response = reflect(
        &member,
        [
            "never",
            "sometimes",
            "",
            "always",
            "always",
            "always",
            "always",
        ],
    )
    .await;
    assert_eq!(status(&response), 422);
    let body = response.text().await.unwrap();
    assert!(body.contains("Choose always, sometimes or never for principle 3."));
    assert!(body.contains(r#"id="p1-never" name="p1" value="never" checked"#));
    assert!(body.contains(r#"id="p2-sometimes" name="p2" value="sometimes" checked"#));
    assert!(app
        .store
        .own_reflections(member_id, 10)
        .await
        .unwrap()
        .is_empty());

    let mine = [
        "never",
        "sometimes",
        "never",
        "always",
        "always",
        "always",
        "always",
    ];
    let response = reflect(&member, mine).await;
    assert_eq!(status(&response), 303);
    let page = read(&member, "/learning/reflection").await;
    assert!(
        page.contains("Your last 1 reflection, oldest first"),
        "{page}"
    );
    assert!(page.contains("<td>Never</td><td>Sometimes</td><td>Never</td>"));

    // Nobody else sees it: not a co-lead, not the leader, not an administrator, on any page.
    let member_pages = [
        "/learning/reflection".to_string(),
        format!("/learning/reflection?person={member_id}"),
        format!("/people/{member_id}"),
        "/learning".to_string(),
    ];
    for (who, session) in [("co-lead", &colead), ("leader", &leader), ("admin", &admin)] {
        for path in &member_pages {
            let (_, body) = session.page(path).await;
            assert!(
                !body.contains("<td>Never</td><td>Sometimes</td>"),
                "{who} sees the member's answers on {path}"
            );
            assert!(!body.contains("Your last 1 reflection"), "{who} on {path}");
        }
        let own = read(session, "/learning/reflection").await;
        assert!(own.contains("You have not saved a reflection yet"), "{who}");
    }
    let (_, person_page) = admin.page(&format!("/admin/people/{member_id}")).await;
    assert!(!person_page.to_lowercase().contains("reflection"));

    // One answer in the team: the co-lead sees no totals.
    let summary = format!("/learning/reflection/summary?team={team}");
    let hidden = read(&colead, &summary).await;
    assert!(hidden.contains(NOT_ENOUGH));
    assert!(!hidden.contains("Answers of"));

    // Four different people on the team's roster: still hidden, even when one answers twice.
    let roster = app.store.roster(team).await.unwrap();
    let colead_id = app.person_id("colead@example.org").await;
    let mut others: Vec<i64> = roster
        .iter()
        .map(|e| e.person_id)
        .filter(|p| *p != member_id && *p != colead_id)
        .collect();
    others.sort();
    others.dedup();
    assert!(others.len() >= 3, "the showcase team has enough people");
    let all_always = ["always"; 7];
    assert_eq!(status(&reflect(&colead, all_always).await), 303);
    let mut people = Vec::new();
    for person in &others[..3] {
        people.push(app.sign_in_person(*person).await);
    }
    assert_eq!(status(&reflect(&people[0], all_always).await), 303);
    assert_eq!(status(&reflect(&people[1], all_always).await), 303);
    assert_eq!(status(&reflect(&people[1], all_always).await), 303);
    let hidden = read(&colead, &summary).await;
    assert!(hidden.contains(NOT_ENOUGH), "four people are not enough");
    let region = format!("/learning/reflection/summary?region={}", team_row.region_id);
    assert!(read(&leader, &region).await.contains(NOT_ENOUGH));

    // The fifth person: the totals appear, counting each person's latest reflection once.
    assert_eq!(status(&reflect(&people[2], all_always).await), 303);
    let shown = read(&colead, &summary).await;
    assert!(shown.contains("Answers of 5 people"), "{shown}");
    assert!(!shown.contains(NOT_ENOUGH));
    let principle_one = shown
        .split("<th scope=\"row\">1. ")
        .nth(1)
        .and_then(|rest| rest.split("</tr>").next())
        .unwrap();
    assert!(
        principle_one
            .contains(r#"<td class="num">4</td><td class="num">0</td><td class="num">1</td>"#),
        "{principle_one}"
    );
    let principle_two = shown
        .split("<th scope=\"row\">2. ")
        .nth(1)
        .and_then(|rest| rest.split("</tr>").next())
        .unwrap();
    assert!(principle_two
        .contains(r#"<td class="num">4</td><td class="num">1</td><td class="num">0</td>"#));
    // The leader sees the region; the admin any scope; neither sees who said what.
    let regional = read(&leader, &region).await;
    assert!(regional.contains("Answers of 5 people"));
    assert!(!regional.contains("Sam Delgado"));
    assert!(read(&admin, &summary).await.contains("Answers of 5 people"));
    assert!(read(&leader, &summary)
        .await
        .contains("Answers of 5 people"));

    // Members and sponsors do not see team totals; a leader not over the area sees none.
    let (code, _) = member.page(&summary).await;
    assert_eq!(code, 403);
    let (code, _) = sponsor.page(&summary).await;
    assert_eq!(code, 403);
    let (code, _) = member.page(&region).await;
    assert_eq!(code, 403);
    let (code, _) = colead.page("/learning/reflection/summary").await;
    assert_eq!(code, 400);

    // The member's own trend grows with each reflection; still nobody else sees it.
    assert_eq!(status(&reflect(&member, all_always).await), 303);
    let page = read(&member, "/learning/reflection").await;
    assert!(page.contains("Your last 2 reflections, oldest first"));
    assert!(page.contains("<svg class=\"chart\""));
    assert!(page.contains("from 9 to 14 out of 14"), "{page}");
    let own = read(&admin, "/learning/reflection").await;
    assert!(!own.contains("from 9 to 14"));
}
