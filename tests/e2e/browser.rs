//! Through a real browser: sign in, open a team, change its roster, see an error, be refused
//! an administration page; axe-core checks every page on the way.

use lmp_store::Backend;
use lmp_tests::browser::Browser;
use lmp_tests::TestApp;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_co_lead_manages_the_roster_and_a_member_is_refused_administration() {
    let Some(browser) = Browser::start().await else {
        return;
    };
    let app = TestApp::spawn(Backend::Sqlite).await.expect("server");
    let showcase = app.store.team(app.showcase_team().await).await.unwrap();

    browser.goto(&app.url("/")).await;
    assert_eq!(
        browser.text("h1").await,
        "Sign in",
        "anonymous visitors are asked to sign in"
    );
    browser.check_accessibility("sign-in page").await;

    browser.sign_in(&app.base, "colead@example.org").await;
    browser.check_accessibility("My work").await;
    browser.screenshot("my-work").await;

    browser
        .click(&format!("a[href='/teams/{}']", showcase.id))
        .await;
    browser.wait_text("h1", &showcase.name).await;
    assert!(browser.body_text().await.contains("Jordan Rivera"));
    browser.check_accessibility("team page").await;

    // Bad input: an address that is not an email and no role. The page explains and keeps it.
    browser.fill("#person", "pat at example").await;
    browser
        .click("#add-person ~ form button[type=submit]")
        .await;
    browser
        .wait_text("#person-error", "Enter an email address")
        .await;
    assert!(browser.text("#role-error").await.contains("Choose a role"));
    assert_eq!(browser.value("#person").await, "pat at example");
    browser.check_accessibility("team page with errors").await;

    // Add someone from elsewhere as a member, then remove them again.
    let newcomer = app
        .store
        .person(app.person_id("leader@example.org").await)
        .await
        .unwrap();
    browser.fill("#person", &newcomer.email).await;
    browser.select("#role", "member").await;
    browser
        .click("#add-person ~ form button[type=submit]")
        .await;
    browser
        .wait_text(".notice.success", "Added to the roster")
        .await;
    let remove = format!("button[aria-label='Remove {} as Member']", newcomer.name);
    browser.click(&remove).await;
    browser
        .wait_text(".notice.success", "Removed from the roster")
        .await;
    assert!(!browser.body_text().await.contains(&newcomer.name));

    browser.goto(&app.url("/teams")).await;
    assert_eq!(browser.text("h1").await, "Team directory");
    browser.check_accessibility("team directory").await;
    browser.screenshot("team-directory").await;

    // Typing in the filter narrows the list without pressing the button (htmx, same page
    // served with and without JavaScript).
    let expected = app
        .store
        .team_directory(
            &lmp_store::teams::TeamFilter {
                text: "pharm".into(),
                ..Default::default()
            },
            lmp_domain::PageRequest::new(None, None),
        )
        .await
        .unwrap()
        .total;
    assert!(expected > 0 && expected < 40);
    browser.fill("#q", "pharm").await;
    browser
        .wait_text("#results .pager p", &format!("of {expected} "))
        .await;
    let url = browser.client.current_url().await.unwrap();
    assert!(
        url.as_str().contains("q=pharm"),
        "the address follows the filter: {url}"
    );

    // A member signs in and tries the administration page directly.
    browser.click("form[action='/signout'] button").await;
    browser.wait_text("h1", "Sign in").await;
    browser.sign_in(&app.base, "member@example.org").await;
    assert!(
        !browser.body_text().await.contains("Administration"),
        "no link for members"
    );
    browser.goto(&app.url("/admin")).await;
    browser.wait_text("h1", "Not allowed").await;
    assert!(browser
        .text("[role=alert]")
        .await
        .contains("for administrators"));
    browser.check_accessibility("refusal page").await;

    browser.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_self_assessment_goes_from_co_lead_to_sponsors_to_a_new_level() {
    let Some(browser) = Browser::start().await else {
        return;
    };
    let app = TestApp::spawn(Backend::Sqlite).await.expect("server");
    let team = app.showcase_team().await;
    let month = lmp_domain::p2p::period::Month::from_unix(lmp_store::now());
    let year = app.store.current_p2p_year().await.unwrap();
    let criteria = app.store.p2p_criteria(year.id).await.unwrap();

    browser.sign_in(&app.base, "colead@example.org").await;
    browser.goto(&app.url(&format!("/teams/{team}"))).await;
    browser.click(&format!("a[href='/teams/{team}/p2p']")).await;
    browser.wait_text("h1", "Path to Performance").await;
    browser
        .check_accessibility("team's Path to Performance")
        .await;
    browser
        .click(&format!(
            "form[action='/teams/{team}/p2p/{}/open'] button",
            month.code()
        ))
        .await;
    browser
        .wait_text("h1", &format!("Self-assessment for {}", month.label()))
        .await;

    // Completed: every written criterion of levels 1 and 2; nothing above.
    for c in criteria.iter().filter(|c| c.placeholder == 0) {
        browser
            .set_checked(&format!("#met-{}", c.id), c.level <= 2)
            .await;
    }
    browser.check_accessibility("self-assessment grid").await;
    browser.screenshot("self-assessment").await;
    browser.click("button[value=submit]").await;
    browser
        .wait_text(".notice.success", "Sent to the sponsors")
        .await;
    browser.sign_out().await;

    // The management sponsor finds it on My work and approves.
    browser.sign_in(&app.base, "sponsor@example.org").await;
    browser
        .click(&format!("a[href='/teams/{team}/p2p/{}']", month.code()))
        .await;
    browser
        .wait_text("#decide", "Your decision as sponsor")
        .await;
    browser.click("button[value=approve]").await;
    browser
        .wait_text(".notice.success", "other side still need to approve")
        .await;
    browser.sign_out().await;

    // The labor sponsor (and a physician sponsor where the team has one) approve too.
    let roster = app.store.roster(team).await.unwrap();
    for role in ["sponsor_labor", "sponsor_physician"] {
        let Some(sponsor) = roster.iter().find(|e| e.role == role) else {
            continue;
        };
        let session = app.sign_in_person(sponsor.person_id).await;
        drop(session);
        let email = app.store.person(sponsor.person_id).await.unwrap().email;
        browser.sign_in(&app.base, &email).await;
        browser
            .goto(&app.url(&format!("/teams/{team}/p2p/{}", month.code())))
            .await;
        browser.click("button[value=approve]").await;
        browser.wait_text("h1", "").await;
        browser.sign_out().await;
    }

    // Everyone on the team sees the new level and what is missing for the next.
    browser.sign_in(&app.base, "member@example.org").await;
    browser.goto(&app.url(&format!("/teams/{team}"))).await;
    browser.wait_text(".standing .level-badge", "Level 2").await;
    assert!(browser
        .body_text()
        .await
        .contains("Still to do for level 3"));
    browser.goto(&app.url(&format!("/teams/{team}/p2p"))).await;
    browser
        .wait_text("#next-step", "What is missing for level 3")
        .await;
    browser.screenshot("path-to-performance").await;
    // A member reads the assessment but cannot change or approve it.
    browser
        .goto(&app.url(&format!("/teams/{team}/p2p/{}", month.code())))
        .await;
    browser.wait_text(".status", "approved").await;
    assert!(!browser.exists("button[value=submit]").await);
    assert!(!browser.exists("button[value=approve]").await);
    browser
        .check_accessibility("approved assessment as a member")
        .await;

    browser.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_project_goes_from_idea_to_run_chart_to_a_practice_another_team_adopts() {
    let Some(browser) = Browser::start().await else {
        return;
    };
    let app = TestApp::spawn(Backend::Sqlite).await.expect("server");
    let team = app.showcase_team().await;
    browser.sign_in(&app.base, "colead@example.org").await;

    browser
        .goto(&app.url(&format!("/teams/{team}/projects")))
        .await;
    browser
        .fill("#title", "Shorter waits at the pharmacy window")
        .await;
    browser
        .fill(
            "#description",
            "Members wait too long to pick up prescriptions.",
        )
        .await;
    browser.click("#raise ~ form button[type=submit]").await;
    browser.wait_text(".notice.success", "Idea raised").await;
    browser.check_accessibility("improvement work").await;
    browser.click("table.list a").await;
    browser.wait_text("h1", "Shorter waits").await;

    // Scope check, aim, start.
    browser.click("#topic-operations").await;
    browser.click("form[action$='/scope'] button").await;
    browser
        .wait_text(".notice.success", "Scope check recorded")
        .await;
    browser.click("a[href$='/edit']").await;
    browser
        .fill("#aim_what", "Time from arrival to pick-up")
        .await;
    browser.fill("#aim_how_much", "from 25 to 10 minutes").await;
    browser.fill("#aim_by_when", "2027-06-30").await;
    browser.click("#compass-service").await;
    browser.click("form.stack button[type=submit]").await;
    browser.wait_text(".notice.success", "Saved").await;
    browser.click("button[value=active]").await;
    browser.wait_text(".status", "Active").await;
    browser.check_accessibility("active project").await;

    // Two PDSA cycles, the second adapted from the first.
    for (i, idea) in [
        "A second window at lunch",
        "A second window at lunch and at 5 pm",
    ]
    .iter()
    .enumerate()
    {
        if i == 0 {
            browser.click("a[href$='/cycles/new']").await;
        } else {
            browser.click("a[href*='/cycles/new?follows=']").await;
        }
        browser.wait_text("h1", "Plan a new PDSA cycle").await;
        browser.fill("#change_idea", idea).await;
        browser
            .fill("#prediction", "Waits drop under 15 minutes")
            .await;
        browser.fill("#do_notes", "Ran it for two weeks").await;
        browser
            .fill("#study_notes", "Waits fell to 12 minutes")
            .await;
        browser
            .select("#act_decision", if i == 0 { "adapt" } else { "adopt" })
            .await;
        if i == 0 {
            browser.check_accessibility("PDSA cycle form").await;
        }
        browser.click("form.stack button[type=submit]").await;
        browser.wait_text("h1", &format!("Cycle {}", i + 1)).await;
    }
    browser
        .goto(&app.url(&format!("/teams/{team}/projects")))
        .await;
    browser.click("table.list a").await;
    browser.wait_text("#cycles ~ ol", "Cycle 2").await;

    // A measure, its data pasted, and the run chart with the note on it.
    browser
        .fill("#m-name", "Minutes from arrival to pick-up")
        .await;
    browser.fill("#m-unit", "minutes").await;
    browser.click("form[action$='/measures'] button").await;
    browser
        .wait_text("h1", "Minutes from arrival to pick-up")
        .await;
    let mut csv = String::from("period,value,note\n");
    for week in 1..=20 {
        let value = if week <= 10 {
            24 + week % 3
        } else {
            12 + week % 2
        };
        csv.push_str(&format!(
            "2026-W{week:02},{value},{}\n",
            if week == 11 {
                "Second window opened"
            } else {
                ""
            }
        ));
    }
    browser.fill("#csv", &csv).await;
    browser.click("form[action$='/import'] button").await;
    browser.wait_text(".notice.success", "Data imported").await;
    let chart = browser.text("figure").await;
    assert!(
        chart.contains("Second window opened"),
        "the annotation is on the chart: {chart}"
    );
    assert!(
        browser.body_text().await.contains("a run of"),
        "the shift is called out"
    );
    browser.check_accessibility("measure with run chart").await;
    browser.screenshot("run-chart").await;

    // The project is done: it becomes a team-tested practice.
    browser.click(".breadcrumb a").await;
    browser.wait_text("h1", "Shorter waits").await;
    browser.click("button[value=done]").await;
    browser.wait_text(".status", "Done").await;
    browser.click("a[href$='/practice']").await;
    browser.wait_text("h1", "Write it up").await;
    browser
        .fill(
            "#results",
            "Waits fell from about 25 to about 12 minutes in ten weeks.",
        )
        .await;
    browser.check_accessibility("practice write-up").await;
    browser.click("form.stack button[type=submit]").await;
    browser
        .wait_text(".notice.success", "Sent to the editors")
        .await;
    browser.sign_out().await;

    // An editor (here the administrator) publishes it.
    browser.sign_in(&app.base, "admin@example.org").await;
    browser.goto(&app.url("/practices/review")).await;
    browser.wait_text("#review", "Review").await;
    browser.click("button[value=publish]").await;
    browser.wait_text(".notice.success", "Published").await;
    browser.sign_out().await;

    // A co-lead of another team finds it in the library and adopts it.
    let other_team = app
        .store
        .team_directory(
            &Default::default(),
            lmp_domain::PageRequest::new(None, Some(5)),
        )
        .await
        .unwrap()
        .items
        .into_iter()
        .find(|t| t.id != team)
        .unwrap()
        .id;
    // The demo already credits some teams with practices; count from where they stand.
    let adopted_before = app
        .store
        .practices_spread_or_adopted(other_team)
        .await
        .unwrap();
    let spread_before = app.store.practices_spread_or_adopted(team).await.unwrap();
    let other_colead = app.holder(other_team, "co_lead_management").await;
    drop(app.sign_in_person(other_colead).await);
    let email = app.store.person(other_colead).await.unwrap().email;
    browser.sign_in(&app.base, &email).await;
    // The library also holds the demo's practices; search for this one.
    browser
        .goto(&app.url("/practices?compass=service&q=shorter+waits"))
        .await;
    browser.check_accessibility("practice library").await;
    browser.click(".cards a").await;
    browser.wait_text("h1", "Shorter waits").await;
    browser.click("#adopt ~ form button[type=submit]").await;
    browser.wait_text(".notice.success", "Adopted").await;
    assert!(browser
        .body_text()
        .await
        .contains("Adopted from the team-tested practice"));
    let adopted = app
        .store
        .practices_spread_or_adopted(other_team)
        .await
        .unwrap();
    let spread = app.store.practices_spread_or_adopted(team).await.unwrap();
    assert_eq!(
        (adopted, spread),
        (adopted_before + 1, spread_before + 1),
        "both teams get the credit"
    );
    browser.finish().await;
}
