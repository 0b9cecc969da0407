//! Improvement tools over HTTP: each kind of tool is created on an active project, filled in
//! and drawn as SVG with its list; members read but cannot change; bad input is refused with
//! the message beside the field; a PICK idea moves by form or by script and one to implement
//! becomes a PDSA cycle. A browser checks the pages with axe-core and drags an idea.

use lmp_store::Backend;
use lmp_tests::browser::Browser;
use lmp_tests::{on_both_databases, HttpSession, TestApp};

on_both_databases!(
    each_tool_is_drawn_with_its_items,
    a_pick_idea_moves_and_becomes_a_pdsa_cycle,
    members_read_tools_but_cannot_change_them_and_bad_input_is_refused,
);

async fn post(session: &HttpSession, path: &str, fields: &[(&str, &str)]) -> (u16, String) {
    let response = session.post_form(path, fields).await;
    let status = response.status().as_u16();
    let location = response
        .headers()
        .get("location")
        .map(|l| l.to_str().unwrap().to_string())
        .unwrap_or_default();
    let body = response.text().await.unwrap();
    (status, if status == 303 { location } else { body })
}

/// A co-lead's session and an active project of the showcase team.
async fn active_project(app: &TestApp, title: &str) -> (HttpSession, i64) {
    let team = app.showcase_team().await;
    let colead = app.sign_in("colead@example.org").await;
    colead.page(&format!("/teams/{team}/projects")).await;
    let (status, _) = post(
        &colead,
        &format!("/teams/{team}/projects"),
        &[("title", title)],
    )
    .await;
    assert_eq!(status, 303);
    let id = app
        .store
        .team_projects(team, lmp_domain::PageRequest::new(None, None))
        .await
        .unwrap()
        .items
        .iter()
        .find(|p| p.title == title)
        .expect("the idea is saved")
        .id;
    for (path, fields) in [
        (
            "edit",
            vec![
                ("title", title),
                ("aim_what", "Wait at the pharmacy window"),
                ("aim_how_much", "from 25 to 10 minutes"),
                ("aim_by_when", "2027-06-30"),
            ],
        ),
        ("scope", vec![("topic", "operations")]),
        ("status", vec![("status", "active")]),
    ] {
        let (status, _) = post(&colead, &format!("/projects/{id}/{path}"), &fields).await;
        assert_eq!(status, 303, "{path}");
    }
    assert_eq!(app.store.project(id).await.unwrap().status, "active");
    (colead, id)
}

/// Creates a tool from the project page's form and returns its page address and id.
async fn create_tool(
    session: &HttpSession,
    project: i64,
    kind: &str,
    title: &str,
) -> (String, i64) {
    session.page(&format!("/projects/{project}")).await;
    let (status, location) = post(
        session,
        &format!("/projects/{project}/tools"),
        &[("kind", kind), ("title", title)],
    )
    .await;
    assert_eq!(status, 303, "creating a {kind}");
    let path = location.split('?').next().unwrap().to_string();
    let id = path.rsplit('/').next().unwrap().parse().unwrap();
    (path, id)
}

/// The id of the tool's item with this text.
async fn item_id(app: &TestApp, tool: i64, text: &str) -> i64 {
    app.store
        .tool_items(tool)
        .await
        .unwrap()
        .into_iter()
        .find(|i| i.text == text)
        .unwrap_or_else(|| panic!("an item “{text}”"))
        .id
}

async fn each_tool_is_drawn_with_its_items(app: TestApp) {
    let (colead, project) = active_project(&app, "Shorter pick-up waits").await;

    // Fishbone: the six usual categories, a cause under one, the effect at the head.
    let (fishbone, id) = create_tool(&colead, project, "fishbone", "Why waits are long").await;
    let (status, page) = colead.page(&fishbone).await;
    assert_eq!(status, 200);
    for category in [
        "People",
        "Methods",
        "Equipment",
        "Materials",
        "Environment",
        "Measurement",
    ] {
        assert!(page.contains(category), "{category} is a starting category");
    }
    let (status, _) = post(
        &colead,
        &fishbone,
        &[
            ("title", "Why waits are long"),
            ("subject", "Patients wait <25 minutes> & more"),
        ],
    )
    .await;
    assert_eq!(status, 303);
    let people = item_id(&app, id, "People").await.to_string();
    let (status, _) = post(
        &colead,
        &format!("{fishbone}/items"),
        &[
            ("kind", "cause"),
            ("parent", &people),
            ("text", "Short-staffed at <lunch>"),
        ],
    )
    .await;
    assert_eq!(status, 303);
    // A category is renamed, and one is removed.
    let environment = item_id(&app, id, "Environment").await.to_string();
    let (status, _) = post(
        &colead,
        &format!("{fishbone}/items/{environment}"),
        &[("text", "Place")],
    )
    .await;
    assert_eq!(status, 303);
    let measurement = item_id(&app, id, "Measurement").await;
    let (status, _) = post(
        &colead,
        &format!("{fishbone}/items/{measurement}/remove"),
        &[],
    )
    .await;
    assert_eq!(status, 303);
    let (_, page) = colead.page(&fishbone).await;
    assert!(page.contains("<svg class=\"diagram\""));
    assert!(page.contains("role=\"img\""));
    assert!(page.contains("Fishbone diagram of the effect"));
    assert!(
        page.contains("Short-staffed at &lt;lunch&gt;"),
        "the cause is drawn and listed, escaped"
    );
    assert!(!page.contains("<lunch>"));
    assert!(
        page.contains("aria-label=\"Remove the cause “Short-staffed at &#60;lunch&#62;”\""),
        "labels are escaped once"
    );
    assert!(page.contains("Patients wait &lt;25 minutes&gt; &amp; more"));
    assert!(page.contains(">Place<"));
    assert!(!page.contains("Measurement"));
    assert!(page.contains("5 categories and 1 cause"));

    // Process map: ordered steps of three shapes, waste marked, reordered.
    let (process, id) = create_tool(&colead, project, "process", "Collecting a prescription").await;
    for (text, tag, waste) in [
        ("Take a ticket", "step", ""),
        ("Wait to be called", "wait", "waiting"),
        ("Is the prescription ready?", "decision", ""),
        ("Walk to the back store", "step", "motion"),
    ] {
        let (status, _) = post(
            &colead,
            &format!("{process}/items"),
            &[
                ("kind", "step"),
                ("text", text),
                ("tag", tag),
                ("waste", waste),
            ],
        )
        .await;
        assert_eq!(status, 303, "{text}");
    }
    let walk = item_id(&app, id, "Walk to the back store").await;
    let (status, _) = post(
        &colead,
        &format!("{process}/items/{walk}/move"),
        &[("direction", "up")],
    )
    .await;
    assert_eq!(status, 303);
    let order: Vec<String> = app
        .store
        .tool_items(id)
        .await
        .unwrap()
        .into_iter()
        .map(|i| i.text)
        .collect();
    assert_eq!(order[2], "Walk to the back store");
    assert_eq!(order[3], "Is the prescription ready?");
    let (_, page) = colead.page(&process).await;
    assert!(page.contains("Process map “Collecting a prescription”: 4 steps, 2 marked as waste"));
    assert!(page.contains("Waste: Waiting"));
    assert!(page.contains("Waste: Motion"));
    assert!(page.contains("<polygon"), "the decision is a diamond");
    assert!(page.contains("Wait or delay"));

    // Waste walk: observations grouped by waste with counts.
    let (walk_page, _) = create_tool(&colead, project, "waste_walk", "Tuesday walk").await;
    for (waste, note, text) in [
        (
            "inventory",
            "Corridor B",
            "Boxes of gloves stacked by the door",
        ),
        (
            "inventory",
            "Store room",
            "Three open boxes of the same syringes",
        ),
        (
            "motion",
            "Dispensary",
            "Labels printed at the far end of the room",
        ),
    ] {
        let (status, _) = post(
            &colead,
            &format!("{walk_page}/items"),
            &[
                ("kind", "observation"),
                ("waste", waste),
                ("note", note),
                ("text", text),
            ],
        )
        .await;
        assert_eq!(status, 303);
    }
    let (_, page) = colead.page(&walk_page).await;
    assert!(page.contains("3 observations by waste type"));
    assert!(page.contains("<h3 id=\"waste-inventory\">Inventory <span class=\"count\">(2)</span>"));
    assert!(page.contains("<h3 id=\"waste-motion\">Motion <span class=\"count\">(1)</span>"));
    assert!(page.contains("Corridor B"));
    assert!(page.contains("Inventory: 2, Motion: 1"));
    assert!(page.contains("<svg"));

    // Driver diagram: aim → primary → secondary → change ideas; removing a node removes its
    // branch.
    let (driver, id) = create_tool(&colead, project, "driver", "Driving waits down").await;
    let (status, _) = post(
        &colead,
        &driver,
        &[
            ("title", "Driving waits down"),
            ("subject", "Waits under 10 minutes by June"),
        ],
    )
    .await;
    assert_eq!(status, 303);
    post(
        &colead,
        &format!("{driver}/items"),
        &[("kind", "primary"), ("text", "Staffing matches demand")],
    )
    .await;
    let primary = item_id(&app, id, "Staffing matches demand")
        .await
        .to_string();
    post(
        &colead,
        &format!("{driver}/items"),
        &[
            ("kind", "secondary"),
            ("parent", &primary),
            ("text", "Lunch cover"),
        ],
    )
    .await;
    let secondary = item_id(&app, id, "Lunch cover").await.to_string();
    for text in ["Stagger lunches", "A float technician"] {
        let (status, _) = post(
            &colead,
            &format!("{driver}/items"),
            &[("kind", "change"), ("parent", &secondary), ("text", text)],
        )
        .await;
        assert_eq!(status, 303);
    }
    // A change idea cannot sit directly under a primary driver.
    let (status, _) = post(
        &colead,
        &format!("{driver}/items"),
        &[
            ("kind", "change"),
            ("parent", &primary),
            ("text", "Misplaced"),
        ],
    )
    .await;
    assert_eq!(status, 400);
    let (_, page) = colead.page(&driver).await;
    assert!(page.contains(
        "Driver diagram for the aim “Waits under 10 minutes by June”: 1 primary driver, 1 secondary driver and 2 change ideas"
    ));
    assert!(page.contains("Stagger lunches"));
    assert!(page.contains("class=\"tool-tree\""));
    let (status, _) = post(&colead, &format!("{driver}/items/{secondary}/remove"), &[]).await;
    assert_eq!(status, 303);
    assert_eq!(
        app.store.tool_items(id).await.unwrap().len(),
        1,
        "the secondary driver went with its change ideas"
    );

    // The project page lists the tools; the print view has the diagram and no forms.
    let (_, page) = colead.page(&format!("/projects/{project}")).await;
    for title in [
        "Why waits are long",
        "Collecting a prescription",
        "Tuesday walk",
        "Driving waits down",
    ] {
        assert!(page.contains(title), "{title} is listed on the project");
    }
    let (status, print) = colead.page(&format!("{fishbone}/print")).await;
    assert_eq!(status, 200);
    assert!(print.contains("<svg"));
    assert!(print.contains("Short-staffed at &lt;lunch&gt;"));
    assert!(!print.contains("<form"));
    assert!(!print.contains("<nav"));

    // Deleting a tool removes it from the project.
    let (_, tool_id) = create_tool(&colead, project, "pick", "Scratch").await;
    let (status, location) = post(
        &colead,
        &format!("/projects/{project}/tools/{tool_id}/delete"),
        &[],
    )
    .await;
    assert_eq!(status, 303);
    assert_eq!(location, format!("/projects/{project}#tools"));
    assert!(app.store.tool(tool_id).await.is_err());
}

async fn a_pick_idea_moves_and_becomes_a_pdsa_cycle(app: TestApp) {
    let (colead, project) = active_project(&app, "Faster discharge").await;
    let (pick, id) = create_tool(&colead, project, "pick", "Ideas from the huddle").await;
    for (text, payoff, effort) in [
        ("Print discharge papers the night before", "high", "easy"),
        ("A new pharmacy system", "high", "hard"),
        ("Colour the folders", "low", "easy"),
    ] {
        let (status, _) = post(
            &colead,
            &format!("{pick}/items"),
            &[
                ("kind", "idea"),
                ("text", text),
                ("payoff", payoff),
                ("effort", effort),
            ],
        )
        .await;
        assert_eq!(status, 303);
    }
    let items = app.store.tool_items(id).await.unwrap();
    let tag = |text: &str| {
        items
            .iter()
            .find(|i| i.text == text)
            .map(|i| i.tag.clone())
            .unwrap()
    };
    assert_eq!(tag("Print discharge papers the night before"), "implement");
    assert_eq!(tag("A new pharmacy system"), "challenge");
    assert_eq!(tag("Colour the folders"), "possible");
    let (_, page) = colead.page(&pick).await;
    assert!(page.contains("data-quadrant=\"implement\""));
    assert!(page.contains("<script src=\"/static/pick.js\" defer></script>"));
    assert!(page.contains("Test it in a PDSA cycle"));

    // Moved by the no-script form…
    let folders = item_id(&app, id, "Colour the folders").await;
    let (status, location) = post(
        &colead,
        &format!("{pick}/items/{folders}/move"),
        &[("quadrant", "kill")],
    )
    .await;
    assert_eq!(status, 303);
    assert!(location.starts_with(&pick));
    assert_eq!(app.store.tool_item(folders).await.unwrap().tag, "kill");
    // …and by the script, which sends the token in a header and asks for JSON.
    let system = item_id(&app, id, "A new pharmacy system").await;
    let response = colead
        .client
        .post(app.url(&format!("{pick}/items/{system}/move")))
        .header("x-csrf-token", colead.csrf())
        .header("accept", "application/json")
        .form(&[("quadrant", "implement")])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 200);
    let moved: serde_json::Value = response.json().await.unwrap();
    assert_eq!(moved["quadrant"], "implement");
    assert_eq!(moved["can_become_cycle"], true);
    assert_eq!(app.store.tool_item(system).await.unwrap().tag, "implement");
    // Without the token the move is refused.
    let response = colead
        .client
        .post(app.url(&format!("{pick}/items/{system}/move")))
        .header("accept", "application/json")
        .form(&[("quadrant", "kill")])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 403);
    // A quadrant that does not exist is refused with a message.
    let (status, body) = post(
        &colead,
        &format!("{pick}/items/{system}/move"),
        &[("quadrant", "someday")],
    )
    .await;
    assert_eq!(status, 422);
    assert!(body.contains("Choose Possible, Implement, Challenge or Kill."));

    // Only an idea to implement becomes a cycle.
    let (status, _) = post(&colead, &format!("{pick}/items/{folders}/cycle"), &[]).await;
    assert_eq!(status, 409);
    let papers = item_id(&app, id, "Print discharge papers the night before").await;
    let (status, location) = post(&colead, &format!("{pick}/items/{papers}/cycle"), &[]).await;
    assert_eq!(status, 303);
    let cycles = app.store.cycles(project).await.unwrap();
    assert_eq!(cycles.len(), 1);
    let cycle = &cycles[0];
    assert_eq!(location, format!("/projects/{project}/cycles/{}", cycle.id));
    assert_eq!(cycle.change_idea, "Print discharge papers the night before");
    assert!(cycle.prediction.is_empty());
    let month = lmp_domain::p2p::period::Month::from_unix(lmp_store::now()).code();
    assert!(
        cycle.started_on.starts_with(&month) && cycle.started_on.len() == 10,
        "started today: {}",
        cycle.started_on
    );
    let (status, page) = colead.page(&location).await;
    assert_eq!(status, 200);
    assert!(page.contains("Print discharge papers the night before"));
    // Asking again opens the same cycle; the chart links to it.
    let (status, again) = post(&colead, &format!("{pick}/items/{papers}/cycle"), &[]).await;
    assert_eq!((status, again), (303, location.clone()));
    assert_eq!(app.store.cycles(project).await.unwrap().len(), 1);
    let (_, page) = colead.page(&pick).await;
    assert!(page.contains(&format!("href=\"{location}\"")));
}

async fn members_read_tools_but_cannot_change_them_and_bad_input_is_refused(app: TestApp) {
    let (colead, project) = active_project(&app, "Label the supply shelves").await;
    let (fishbone, id) = create_tool(&colead, project, "fishbone", "Why supplies run out").await;
    let people = item_id(&app, id, "People").await.to_string();

    // A member reads the tool but changes nothing.
    let member = app.sign_in("member@example.org").await;
    let (status, page) = member.page(&fishbone).await;
    assert_eq!(status, 200);
    assert!(page.contains("<svg"));
    assert!(!page.contains("Add a cause"));
    for (path, fields) in [
        (
            format!("{fishbone}/items"),
            vec![
                ("kind", "cause"),
                ("parent", people.as_str()),
                ("text", "x"),
            ],
        ),
        (format!("{fishbone}/items/{people}/remove"), vec![]),
        (
            format!("{fishbone}/items/{people}"),
            vec![("text", "Staff")],
        ),
        (format!("{fishbone}/delete"), vec![]),
        (fishbone.clone(), vec![("title", "Mine now")]),
        (
            format!("/projects/{project}/tools"),
            vec![("kind", "pick"), ("title", "Mine")],
        ),
    ] {
        let (status, _) = post(&member, &path, &fields).await;
        assert_eq!(status, 403, "POST {path}");
    }
    assert_eq!(
        member
            .page(&format!("/projects/{project}/tools/new"))
            .await
            .0,
        403
    );

    // Bad input: the message is shown and what was typed is kept.
    colead.page(&format!("/projects/{project}")).await;
    let (status, body) = post(
        &colead,
        &format!("/projects/{project}/tools"),
        &[
            ("kind", "fishbone"),
            ("title", "  "),
            ("subject", "Shelves run empty"),
        ],
    )
    .await;
    assert_eq!(status, 422);
    assert!(body.contains("The title is required."));
    assert!(body.contains("Shelves run empty"));
    let (status, body) = post(
        &colead,
        &format!("/projects/{project}/tools"),
        &[("kind", "spreadsheet"), ("title", "A tool")],
    )
    .await;
    assert_eq!(status, 422);
    assert!(body.contains("Choose which tool to use."));

    let (status, body) = post(
        &colead,
        &format!("{fishbone}/items"),
        &[("kind", "cause"), ("parent", &people), ("text", "   ")],
    )
    .await;
    assert_eq!(status, 422);
    assert!(body.contains("The cause is required."));
    assert!(body.contains(&format!("id=\"add-text-{people}-error\"")));

    let (walk, _) = create_tool(&colead, project, "waste_walk", "Monday walk").await;
    let (status, body) = post(
        &colead,
        &format!("{walk}/items"),
        &[
            ("kind", "observation"),
            ("waste", ""),
            ("note", ""),
            ("text", "Nurses walking to the far store"),
        ],
    )
    .await;
    assert_eq!(status, 422);
    assert!(body.contains("Where is required."));
    assert!(body.contains("Choose which of the eight wastes this is."));
    assert!(
        body.contains("Nurses walking to the far store</textarea>"),
        "what was typed is kept"
    );

    let (pick, _) = create_tool(&colead, project, "pick", "Shelf ideas").await;
    let (status, body) = post(
        &colead,
        &format!("{pick}/items"),
        &[
            ("kind", "idea"),
            ("text", "Colour-coded bins"),
            ("effort", "easy"),
        ],
    )
    .await;
    assert_eq!(status, 422);
    assert!(body.contains("Say whether the payoff is high or low."));
    assert!(body.contains("value=\"Colour-coded bins\""));
    assert!(body.contains("id=\"add-effort-easy\" name=\"effort\" value=\"easy\" checked"));

    let (status, body) = post(
        &colead,
        &fishbone,
        &[("title", ""), ("subject", "Shelves run empty on Fridays")],
    )
    .await;
    assert_eq!(status, 422);
    assert!(body.contains("The title is required."));
    assert!(body.contains("Shelves run empty on Fridays"));

    // Someone from a team in another region reads the tools exactly when they may read the
    // project, and never changes them.
    let outsider = {
        app.sign_in_person(
            app.holder(app.team_in_another_region().await, "co_lead_labor")
                .await,
        )
        .await
    };
    let project_status = outsider.page(&format!("/projects/{project}")).await.0;
    assert_eq!(outsider.page(&fishbone).await.0, project_status);
    let (status, _) = post(
        &outsider,
        &format!("{fishbone}/items"),
        &[("kind", "cause"), ("parent", &people), ("text", "Not mine")],
    )
    .await;
    assert_eq!(status, 403);

    // A tool is only reached through its own project.
    let (_, other) = active_project(&app, "Another project").await;
    assert_eq!(
        colead
            .page(&format!("/projects/{other}/tools/{id}"))
            .await
            .0,
        404
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn tool_pages_pass_axe_and_an_idea_is_dragged_to_another_quadrant() {
    let Some(browser) = Browser::start().await else {
        return;
    };
    let app = TestApp::spawn(Backend::Sqlite).await.expect("server");
    let (colead, project) = active_project(&app, "Quicker handovers").await;
    let mut pages = Vec::new();
    for kind in ["fishbone", "pick", "process", "waste_walk", "driver"] {
        let (path, id) = create_tool(&colead, project, kind, &format!("A {kind}")).await;
        pages.push((kind, path, id));
    }
    let (_, fishbone, fishbone_id) = &pages[0];
    let people = item_id(&app, *fishbone_id, "People").await.to_string();
    post(
        &colead,
        &format!("{fishbone}/items"),
        &[
            ("kind", "cause"),
            ("parent", &people),
            ("text", "Handover at shift change"),
        ],
    )
    .await;
    let (_, pick, pick_id) = &pages[1];
    post(
        &colead,
        &format!("{pick}/items"),
        &[
            ("kind", "idea"),
            ("text", "A handover checklist"),
            ("payoff", "high"),
            ("effort", "hard"),
        ],
    )
    .await;
    let (_, process, _) = &pages[2];
    for (text, tag, waste) in [
        ("Find the chart", "step", "motion"),
        ("Is the patient stable?", "decision", ""),
        ("Wait for the doctor", "wait", "waiting"),
    ] {
        post(
            &colead,
            &format!("{process}/items"),
            &[
                ("kind", "step"),
                ("text", text),
                ("tag", tag),
                ("waste", waste),
            ],
        )
        .await;
    }
    let (_, walk, _) = &pages[3];
    post(
        &colead,
        &format!("{walk}/items"),
        &[
            ("kind", "observation"),
            ("text", "Charts left at the desk"),
            ("note", "Ward 3"),
            ("waste", "waiting"),
        ],
    )
    .await;
    let (_, driver, _) = &pages[4];
    post(
        &colead,
        &format!("{driver}/items"),
        &[("kind", "primary"), ("text", "Clear handover routine")],
    )
    .await;

    browser.sign_in(&app.base, "colead@example.org").await;
    browser
        .goto(&app.url(&format!("/projects/{project}")))
        .await;
    browser.wait_text("#tools", "Improvement tools").await;
    browser.check_accessibility("project page with tools").await;
    for (kind, path, _) in &pages {
        browser.goto(&app.url(path)).await;
        browser.wait_text("h1", &format!("A {kind}")).await;
        browser.check_accessibility(&format!("{kind} page")).await;
        browser.screenshot(&format!("tool-{kind}")).await;
        // And with every folded form open.
        browser
            .client
            .execute(
                "document.querySelectorAll('details').forEach(d => { d.open = true; });",
                vec![],
            )
            .await
            .expect("open the details");
        browser
            .check_accessibility(&format!("{kind} page, forms open"))
            .await;
        browser.goto(&app.url(&format!("{path}/print"))).await;
        browser.wait_text("h1", &format!("A {kind}")).await;
        browser
            .check_accessibility(&format!("{kind} print view"))
            .await;
    }
    browser
        .goto(&app.url(&format!("/projects/{project}/tools/new")))
        .await;
    browser.click("form.stack button[type=submit]").await;
    browser
        .wait_text(".notice.error", "Nothing was created")
        .await;
    browser
        .check_accessibility("new tool page with errors")
        .await;

    // Drag the idea from Challenge to Implement: pick.js posts the move and updates the page.
    browser.goto(&app.url(pick)).await;
    browser.wait_text("h1", "A pick").await;
    let idea = item_id(&app, *pick_id, "A handover checklist").await;
    browser
        .client
        .execute(
            r#"
            const item = document.querySelector('[data-item="' + arguments[0] + '"]');
            const target = document.querySelector('[data-quadrant="implement"]');
            const data = new DataTransfer();
            item.dispatchEvent(new DragEvent("dragstart", { bubbles: true, dataTransfer: data }));
            target.dispatchEvent(new DragEvent("dragover", { bubbles: true, cancelable: true, dataTransfer: data }));
            target.dispatchEvent(new DragEvent("drop", { bubbles: true, cancelable: true, dataTransfer: data }));
            item.dispatchEvent(new DragEvent("dragend", { bubbles: true, dataTransfer: data }));
            "#,
            vec![serde_json::json!(idea)],
        )
        .await
        .expect("drag");
    browser
        .wait_text("[data-quadrant=\"implement\"] [data-count]", "1")
        .await;
    assert!(
        browser
            .exists(&format!(
                "[data-quadrant=\"implement\"] [data-item=\"{idea}\"]"
            ))
            .await
    );
    assert_eq!(app.store.tool_item(idea).await.unwrap().tag, "implement");
    browser.check_accessibility("PICK chart after a drag").await;

    // The idea now becomes a cycle from its button.
    browser
        .click(&format!("#item-{idea} form[data-cycle] button"))
        .await;
    browser.wait_text("h1", "A handover checklist").await;
    assert_eq!(app.store.cycles(project).await.unwrap().len(), 1);
    browser.finish().await;
}
