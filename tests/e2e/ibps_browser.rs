//! Interest-based problem solving in a real browser, from the question to tasks with owners:
//! the gentle checks on the question, interests of two parties with a shared one, options,
//! standards and scores, the chosen option, and an action plan that becomes tasks. Every step
//! is refused until the one before it is done, and axe-core checks each page.

use lmp_store::Backend;
use lmp_tests::browser::Browser;
use lmp_tests::TestApp;

/// Sets a date field as the browser's date picker would (the typed format depends on the
/// browser's locale).
async fn set_date(browser: &Browser, css: &str, date: &str) {
    browser
        .client
        .execute(
            "document.querySelector(arguments[0]).value = arguments[1];",
            vec![css.into(), date.into()],
        )
        .await
        .expect("set the date");
}

async fn next_step(browser: &Browser, label: &str) {
    browser.click("form[action$='/step'] button").await;
    browser.wait_text("nav.steps li.current", label).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_team_works_a_problem_through_five_steps_to_tasks_with_owners() {
    let Some(browser) = Browser::start().await else {
        return;
    };
    let app = TestApp::spawn(Backend::Sqlite).await.expect("server");
    let team = app.showcase_team().await;
    let member = app.person_id("member@example.org").await;
    let colead = app.person_id("colead@example.org").await;
    browser.sign_in(&app.base, "colead@example.org").await;

    // From the team page to a new workspace. A yes/no question that names a solution is
    // accepted but questioned.
    browser.goto(&app.url(&format!("/teams/{team}"))).await;
    browser
        .click(&format!("a[href='/teams/{team}/ibps']"))
        .await;
    browser.wait_text("h1", "Problem solving together").await;
    browser.check_accessibility("problem-solving list").await;
    // The scope check comes first: a contract matter is not the team's to solve.
    browser
        .fill("#problem", "How might we get paid for the extra shifts?")
        .await;
    browser.click("#topic-contract").await;
    browser
        .click("form[action$='/ibps'] button[type=submit]")
        .await;
    browser.wait_text(".notice.warning", "Take it to").await;
    assert_eq!(
        browser.value("#problem").await,
        "How might we get paid for the extra shifts?",
        "what was typed is kept"
    );
    browser
        .check_accessibility("problem-solving list, out of scope")
        .await;
    browser
        .fill("#problem", "Should we hire another receptionist?")
        .await;
    browser.click("#topic-operations").await;
    browser
        .click("form[action$='/ibps'] button[type=submit]")
        .await;
    let warning = browser.wait_text("#step-problem", "yes or no").await;
    assert!(warning.contains("How might we"), "{warning}");
    browser.click("#step-problem details summary").await;
    browser
        .fill(
            "#step-problem textarea[name=problem]",
            "How might we check every patient in within ten minutes of arriving?",
        )
        .await;
    browser
        .click("#step-problem form button[type=submit]")
        .await;
    browser
        .wait_text("h1", "How might we check every patient in")
        .await;
    assert!(
        !browser.exists("#step-problem .notice.warning").await,
        "no more warnings"
    );
    browser
        .check_accessibility("problem-solving workspace, step 1")
        .await;

    // Step 2: interests of two parties; the next step waits for a shared one.
    next_step(&browser, "2. ").await;
    for (party, text) in [
        ("management", "Patients are seen on time"),
        ("labor", "Front-desk staff get their breaks"),
        ("labor", "Patients are seen on time"),
    ] {
        browser.select("#party", party).await;
        browser.fill("#interest", text).await;
        browser
            .click("form[action$='/interests'] button[type=submit]")
            .await;
        browser.wait_text("#step-interests", text).await;
    }
    browser.click("form[action$='/step'] button").await;
    let refused = browser.wait_text(".notice.error", "cannot start yet").await;
    assert!(refused.contains("in common"), "{refused}");
    browser
        .click("#step-interests form[action$='/common'] button")
        .await;
    browser
        .wait_text("#step-interests", "Shared by the parties")
        .await;
    browser
        .check_accessibility("problem-solving workspace, step 2")
        .await;

    // Step 3: options.
    next_step(&browser, "3. ").await;
    for (text, source) in [
        (
            "Self check-in kiosk for returning patients",
            "best_practice",
        ),
        (
            "Stagger the front-desk breaks around the morning rush",
            "brainstorm",
        ),
        (
            "Pre-register patients by text the day before",
            "expert_panel",
        ),
    ] {
        browser.fill("#option", text).await;
        browser.select("#source", source).await;
        browser
            .click("form[action$='/options'] button[type=submit]")
            .await;
        browser.wait_text("#step-options", text).await;
    }

    // Step 4: standards, scores, the choice. The plan waits for every score and a choice.
    next_step(&browser, "4. ").await;
    for text in ["Costs nothing extra", "Staff still get their breaks"] {
        browser.fill("#standard", text).await;
        browser
            .click("form[action$='/standards'] button[type=submit]")
            .await;
        browser.wait_text("#step-selection", text).await;
    }
    browser.click("form[action$='/step'] button").await;
    browser
        .wait_text(".notice.error", "Score every option")
        .await;
    let selects = browser
        .client
        .find_all(fantoccini::Locator::Css("table.matrix select"))
        .await
        .expect("score cells");
    assert_eq!(selects.len(), 6, "three options by two standards");
    // Staggered breaks scores 5 and 5; the kiosk 1 and 3; texting 4 and 4.
    let scores = ["1", "3", "5", "5", "4", "4"];
    for (select, score) in selects.iter().zip(scores) {
        select.select_by_value(score).await.expect("score");
    }
    browser
        .click("form[action$='/scores'] button[type=submit]")
        .await;
    browser.wait_text("table.matrix .total", "").await;
    let rows = browser
        .client
        .execute(
            "return Array.from(document.querySelectorAll('table.matrix tbody tr')).map(tr => \
             [tr.querySelector('th').textContent.trim(), tr.querySelector('.total').textContent.trim(), \
              tr.querySelector('.rank').textContent.trim()]);",
            vec![],
        )
        .await
        .expect("the ranking");
    assert_eq!(
        rows,
        serde_json::json!([
            [
                "Stagger the front-desk breaks around the morning rush",
                "10",
                "1"
            ],
            ["Pre-register patients by text the day before", "8", "2"],
            ["Self check-in kiosk for returning patients", "4", "3"]
        ]),
        "ranked by total, best first"
    );
    browser
        .check_accessibility("problem-solving workspace, step 4")
        .await;
    browser
        .click(
            "button[aria-label='Chosen: “Stagger the front-desk breaks around the morning rush”']",
        )
        .await;
    browser.wait_text("ul.option-status", "Chosen").await;

    // Step 5: an action without an owner is refused; two with owners become tasks.
    next_step(&browser, "5. ").await;
    browser
        .fill("#what", "Draft the staggered break rota")
        .await;
    set_date(&browser, "#due", "2026-12-10").await;
    browser
        .click("form[action$='/actions'] button[type=submit]")
        .await;
    browser
        .wait_text(".notice.error", "Name who is accountable")
        .await;
    for (what, owner, due) in [
        ("Draft the staggered break rota", member, "2026-12-10"),
        ("Measure check-in times for two weeks", colead, "2026-12-24"),
    ] {
        browser.fill("#what", what).await;
        browser.select("#owner", &owner.to_string()).await;
        set_date(&browser, "#due", due).await;
        browser
            .click("form[action$='/actions'] button[type=submit]")
            .await;
        browser.wait_text("#step-action_plan table", what).await;
    }
    browser
        .click("form[action$='/tasks'] button[type=submit]")
        .await;
    browser
        .wait_text("#step-action_plan table", "Task created")
        .await;
    browser
        .check_accessibility("problem-solving workspace, step 5")
        .await;

    // The tasks carry their owners and dates, and show in the owners' lists.
    let tasks = app.store.tasks_from("ibps", 1).await.expect("tasks");
    let owners: Vec<(Option<i64>, Option<String>)> = tasks
        .iter()
        .map(|t| (t.owner_id, t.due_on.clone()))
        .collect();
    assert_eq!(
        owners,
        vec![
            (Some(member), Some("2026-12-10".into())),
            (Some(colead), Some("2026-12-24".into()))
        ]
    );
    browser.goto(&app.url("/tasks")).await;
    let mine = browser.wait_text("main", "My tasks").await;
    assert!(
        mine.contains("Measure check-in times for two weeks"),
        "{mine}"
    );
    assert!(
        !mine.contains("Draft the staggered break rota"),
        "the member's task is theirs"
    );
    browser.check_accessibility("my tasks").await;
    browser.goto(&app.url("/tasks?whose=created")).await;
    browser
        .wait_text("table.tasks", "Draft the staggered break rota")
        .await;
    browser.finish().await;
}
