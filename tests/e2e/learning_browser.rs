//! Learning in a real browser: a member walks the tour (two stops done, still two after a
//! reload), fills in the reflection (a refused attempt keeps the answers) and sees it in the
//! trend; every learning page passes axe-core.

use lmp_store::Backend;
use lmp_tests::browser::Browser;
use lmp_tests::TestApp;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_member_walks_the_tour_and_keeps_a_private_reflection() {
    let Some(browser) = Browser::start().await else {
        return;
    };
    let app = TestApp::spawn(Backend::Sqlite).await.expect("server");
    let team = app.showcase_team().await;
    browser.sign_in(&app.base, "member@example.org").await;

    // From the main navigation to the overview and the tour.
    browser.click("header.site nav a[href='/learning']").await;
    browser.wait_text("h1", "Learning").await;
    assert!(browser.body_text().await.contains("0 of 6 done"));
    browser.check_accessibility("learning overview").await;
    browser.screenshot("learning-overview").await;
    browser.click("a[href='/learning/tour']").await;
    browser.wait_text("h1", "The Learning Roadmap tour").await;
    assert_eq!(browser.text("#tour-progress-text").await, "0 of 6 done");
    browser.check_accessibility("tour, nothing done").await;

    // Two stops done; the page says so and still does after a reload.
    browser
        .click("#stop-agreements form button[type=submit]")
        .await;
    browser
        .wait_text("#tour-progress-text", "1 of 6 done")
        .await;
    browser
        .click("#stop-history form button[type=submit]")
        .await;
    browser
        .wait_text("#tour-progress-text", "2 of 6 done")
        .await;
    browser.goto(&app.url("/learning/tour")).await;
    assert_eq!(browser.text("#tour-progress-text").await, "2 of 6 done");
    assert_eq!(
        browser.text("#stop-history h2 .tag").await,
        "Done",
        "the stop is marked done"
    );
    assert!(browser
        .text(".tour-status")
        .await
        .contains("Next: 3. The Value Compass"));
    let value = browser
        .client
        .execute(
            "return document.querySelector('#tour-progress').value;",
            vec![],
        )
        .await
        .expect("progress value");
    assert_eq!(value.as_f64(), Some(2.0));
    browser.check_accessibility("tour, two stops done").await;
    browser.screenshot("learning-tour").await;
    // "Continue where you left off" goes to the first stop not done.
    browser.click(".tour-status a.button").await;
    let url = browser.client.current_url().await.expect("url");
    assert_eq!(url.fragment(), Some("stop-compass"));

    // The other learning pages, each checked by axe-core.
    for (path, heading) in [
        ("/learning/history", "History timeline"),
        ("/learning/courses?level=2", "Courses"),
        ("/learning/training", "My training"),
        ("/learning/dig-deeper", "Dig Deeper"),
        ("/learning/checklists", "Supervisor and steward checklists"),
    ] {
        browser.goto(&app.url(path)).await;
        browser.wait_text("h1", heading).await;
        browser.check_accessibility(path).await;
    }
    // A training record refused, then accepted.
    browser.goto(&app.url("/learning/training")).await;
    browser.select("#course", "course-lmp-orientation").await;
    browser
        .client
        .execute(
            "document.querySelector('#completed_on').value = '2099-01-01';",
            vec![],
        )
        .await
        .expect("set the date");
    browser
        .click("form[action='/learning/training'] button[type=submit]")
        .await;
    browser.wait_text(".field-error", "in the future").await;
    assert_eq!(browser.value("#course").await, "course-lmp-orientation");
    browser.check_accessibility("training, refused").await;
    browser
        .client
        .execute(
            "document.querySelector('#completed_on').value = '2026-02-03';",
            vec![],
        )
        .await
        .expect("set the date");
    browser
        .click("form[action='/learning/training'] button[type=submit]")
        .await;
    browser.wait_text(".notice.success", "recorded").await;
    assert!(browser
        .body_text()
        .await
        .contains("Partnership orientation"));

    // Dig Deeper: tick one action.
    browser.goto(&app.url("/learning/dig-deeper")).await;
    browser.click("ul.checklist li form button").await;
    browser.wait_text("#dig-progress-text", "1 of").await;
    browser.check_accessibility("dig deeper, one done").await;

    // The reflection: a missing answer is refused and the answers given are kept.
    browser.goto(&app.url("/learning/reflection")).await;
    browser.wait_text("h1", "Do you act in partnership?").await;
    assert!(browser
        .body_text()
        .await
        .contains("You have not saved a reflection yet"));
    browser.check_accessibility("reflection, empty").await;
    let answers = [
        "always",
        "sometimes",
        "always",
        "never",
        "always",
        "sometimes",
        "always",
    ];
    for (i, answer) in answers.iter().enumerate().take(6) {
        browser
            .click(&format!("label[for='p{}-{answer}']", i + 1))
            .await;
    }
    browser
        .click("form[action='/learning/reflection'] button[type=submit]")
        .await;
    browser.wait_text("#q-7 .field-error", "principle 7").await;
    assert!(browser
        .client
        .execute(
            "return document.querySelector('#p4-never').checked;",
            vec![]
        )
        .await
        .expect("checked")
        .as_bool()
        .unwrap_or(false));
    browser.check_accessibility("reflection, refused").await;
    browser.click("label[for='p7-always']").await;
    browser
        .click("form[action='/learning/reflection'] button[type=submit]")
        .await;
    browser
        .wait_text(".notice.success", "Only you can see it")
        .await;
    let trend = browser.text("#trend table").await;
    assert!(trend.contains("Sometimes"), "{trend}");
    assert!(trend.ends_with("10"), "score 2+1+2+0+2+1+2: {trend}");
    browser
        .check_accessibility("reflection, with the trend")
        .await;

    // A second reflection: the trend has two rows and a chart.
    for i in 1..=7 {
        browser.click(&format!("label[for='p{i}-always']")).await;
    }
    browser
        .click("form[action='/learning/reflection'] button[type=submit]")
        .await;
    browser
        .wait_text("#trend caption", "last 2 reflections")
        .await;
    assert!(browser.exists("#trend svg.chart").await);
    browser
        .check_accessibility("reflection, two in the trend")
        .await;
    browser.screenshot("learning-reflection").await;

    // The co-lead's view of the team's training, in the browser too.
    browser.click("header.site .account form button").await;
    browser.wait_text("h1", "Sign in").await;
    browser.sign_in(&app.base, "colead@example.org").await;
    browser
        .goto(&app.url(&format!("/learning/teams/{team}/training")))
        .await;
    browser.wait_text("h1", "Training in").await;
    assert!(browser.body_text().await.contains("Sam Delgado"));
    browser.check_accessibility("team training").await;
    // And a checklist with the sponsor.
    browser.goto(&app.url("/learning/checklists")).await;
    browser.fill("#partner", "sponsor@example.org").await;
    browser
        .click("form[action='/learning/checklists'] button[type=submit]")
        .await;
    browser.wait_text("h1", "Principles checklist").await;
    browser.click("#item-1-1 form button").await;
    browser
        .wait_text("#item-1-1", "Ticked by Jordan Rivera")
        .await;
    browser.check_accessibility("checklist").await;
    browser.screenshot("learning-checklist").await;
    browser.finish().await;
}
