//! Single sign-on in a real browser against a real OpenID Connect provider (tests/oidc): a
//! person clicks "Sign in with…", logs in on the provider's page, agrees to share their
//! details, and lands on My work signed in as themselves, with the site role their groups
//! give; signing in again is the same person; an answer with a wrong state is refused with a
//! page that says so. axe-core checks the sign-in page and the refusal.

use lmp_domain::SiteRole;
use lmp_store::Backend;
use lmp_tests::browser::Browser;
use lmp_tests::oidc::{free_port, hub_config, Provider};
use lmp_tests::TestApp;

/// From the hub's sign-in page through the provider and back to My work.
async fn sign_in_through_provider(browser: &Browser, app: &TestApp) {
    browser.goto(&app.url("/signin")).await;
    browser
        .wait_text("#sso-start", "Sign in with Partnership ID")
        .await;
    browser.click("#sso-start").await;
    // The provider's pages: its login form the first time, its consent page when it asks;
    // once it remembers the person, it may send the browser straight back.
    for _ in 0..100 {
        if browser.exists("input[name=login]").await {
            browser.fill("input[name=login]", "casey").await;
            browser.fill("input[name=password]", "any password").await;
            browser.click("button[type=submit]").await;
            tokio::time::sleep(std::time::Duration::from_millis(300)).await;
        } else if browser.exists("input[name=prompt][value=consent]").await {
            browser.click("button[type=submit]").await;
            tokio::time::sleep(std::time::Duration::from_millis(300)).await;
        } else if browser
            .client
            .current_url()
            .await
            .is_ok_and(|u| u.as_str().starts_with(&app.base))
            && browser.exists("main h1").await
            && browser.text("main h1").await.contains("My work")
        {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    panic!(
        "never reached My work; the page says {:?}",
        browser.body_text().await
    );
}

async fn sign_in_with_the_provider(backend: Backend) {
    if !Provider::available() {
        return;
    }
    let Some(browser) = Browser::start().await else {
        return;
    };
    let provider_port = free_port();
    let Some(app) = TestApp::spawn_with(backend, |base| hub_config(base, provider_port)).await
    else {
        return;
    };
    let _provider = Provider::start(provider_port, &app.url("/auth/oidc/callback"), &[]);

    browser.goto(&app.url("/signin")).await;
    browser
        .check_accessibility("the sign-in page with single sign-on")
        .await;
    sign_in_through_provider(&browser, &app).await;
    assert_eq!(browser.text("a[href='/account']").await, "Casey Rivera");
    let casey = app
        .store
        .person_by_email("casey.rivera@example.org")
        .await
        .expect("query")
        .expect("created on first sign-in");
    let roles: Vec<_> = app
        .store
        .site_roles(casey.id)
        .await
        .expect("roles")
        .iter()
        .filter_map(|g| g.site_role())
        .collect();
    assert_eq!(
        roles,
        vec![SiteRole::ContentEditor],
        "the hub-editors group"
    );
    browser.goto(&app.url("/content/new")).await;
    browser.wait_text("main h1", "").await;
    assert!(browser.exists("#title").await, "an editor may write a page");

    // Signing in again is the same person.
    browser.sign_out().await;
    sign_in_through_provider(&browser, &app).await;
    assert_eq!(browser.text("a[href='/account']").await, "Casey Rivera");
    let again = app
        .store
        .person_by_email("casey.rivera@example.org")
        .await
        .expect("query")
        .expect("still there");
    assert_eq!(again.id, casey.id);

    // An answer that does not belong to this browser's sign-in is refused, clearly.
    browser.sign_out().await;
    browser
        .goto(&app.url("/auth/oidc/callback?code=stolen&state=not-ours"))
        .await;
    browser.wait_text("h1", "Sign-in did not finish").await;
    assert!(browser
        .text("#sso-error")
        .await
        .contains("does not belong to a sign-in started in this browser"));
    browser
        .check_accessibility("the single sign-on refusal")
        .await;
    browser.goto(&app.url("/")).await;
    browser.wait_text("h1", "Sign in").await;
    browser.finish().await;
}

mod sqlite {
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn sign_in_with_the_provider() {
        super::sign_in_with_the_provider(lmp_store::Backend::Sqlite).await;
    }
}

mod postgres {
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn sign_in_with_the_provider() {
        super::sign_in_with_the_provider(lmp_store::Backend::Postgres).await;
    }
}
