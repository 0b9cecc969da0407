//! Content and search in a real browser: a search with a typo finds the consensus page from
//! the box on every page; an editor publishes an article which search finds at once; a member
//! marks it helpful and the count rises once, not twice. axe-core checks each page.

use lmp_store::Backend;
use lmp_tests::browser::Browser;
use lmp_tests::TestApp;

async fn search_from_the_header(browser: &Browser, words: &str) {
    browser.fill("#site-search", words).await;
    browser.click("form.site-search button").await;
    browser.wait_text("h1", "Search").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_typo_finds_consensus_an_article_is_found_at_once_and_helpful_counts_once() {
    let Some(browser) = Browser::start().await else {
        return;
    };
    let app = TestApp::spawn(Backend::Sqlite).await.expect("server");

    // A member searches with a typo from the box on the page they are on.
    browser.sign_in(&app.base, "member@example.org").await;
    search_from_the_header(&browser, "concensus desicion").await;
    browser
        .wait_text(".search-hits", "Consensus decision making")
        .await;
    assert!(browser.text("main").await.contains("Did you mean"));
    browser.check_accessibility("search results").await;
    browser
        .click("a[href='/content/consensus-decision-making']")
        .await;
    browser.wait_text("h1", "Consensus decision making").await;
    browser.check_accessibility("a content page").await;
    browser.sign_out().await;

    // An editor writes and publishes an article.
    browser.sign_in(&app.base, "admin@example.org").await;
    browser.goto(&app.url("/content/new")).await;
    browser.check_accessibility("the editor").await;
    browser
        .fill("#title", "Night shift handovers that stick")
        .await;
    browser.select("#kind", "article").await;
    browser
        .fill(
            "#summary",
            "A ward's new handover card, and what it changed.",
        )
        .await;
    browser.fill("#details", "issue: Winter 2026").await;
    browser.fill("#topics", "handover, safety").await;
    browser.click("#compass-quality").await;
    browser.click("#audience-frontline").await;
    browser
        .fill(
            "#body",
            "## The card\n\nEach nurse fills a marigold handover card before leaving.",
        )
        .await;
    browser.click("button[value=preview]").await;
    browser.wait_text("#h-preview", "Preview").await;
    assert!(browser
        .text(".prose")
        .await
        .contains("marigold handover card"));
    browser.click("button[value=publish]").await;
    browser
        .wait_text("h1", "Night shift handovers that stick")
        .await;
    browser.sign_out().await;

    // The member finds it at once and marks it helpful, twice; it counts once.
    browser.sign_in(&app.base, "member@example.org").await;
    search_from_the_header(&browser, "marigold").await;
    browser
        .wait_text(".search-hits", "Night shift handovers that stick")
        .await;
    browser
        .click("a[href='/content/night-shift-handovers-that-stick']")
        .await;
    browser.wait_text("#helpful-count", "0 people").await;
    for _ in 0..2 {
        browser.click("#helpful-yes").await;
        browser.click("#helpful form button[type=submit]").await;
        browser
            .wait_text("#helpful-count", "1 person found this helpful")
            .await;
    }
    assert_eq!(
        browser.text("#helpful-count").await,
        "1 person found this helpful."
    );
    browser
        .check_accessibility("a content page after answering")
        .await;
    browser.finish().await;
}
