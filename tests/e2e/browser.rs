//! Through a real browser: sign in, open a team, change its roster, see an error, be refused
//! an administration page; axe-core checks every page on the way.

use lmp_store::Backend;
use lmp_tests::browser::Browser;
use lmp_tests::{TestApp, PASSWORD};

async fn sign_in(browser: &Browser, app: &TestApp, email: &str) {
    browser.goto(&app.url("/signin")).await;
    browser.fill("#email", email).await;
    browser.fill("#password", PASSWORD).await;
    browser.click("form.stack button[type=submit]").await;
    browser.wait_text("h1", "My work").await;
}

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

    sign_in(&browser, &app, "colead@example.org").await;
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
    browser.click("header form button").await;
    browser.wait_text("h1", "Sign in").await;
    sign_in(&browser, &app, "member@example.org").await;
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
