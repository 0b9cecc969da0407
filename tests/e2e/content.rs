//! Content and search over HTTP: the starter pack on a fresh start, drafts invisible until
//! published, search in step with every change and limited to what the reader may see,
//! "was it helpful?" once per person, revisions with restore, and Markdown made safe.

use lmp_tests::{on_both_databases, HttpSession, TestApp};

on_both_databases!(
    a_fresh_hub_has_the_starter_pack_and_finds_it_with_typos,
    an_editor_drafts_publishes_and_restores_and_search_follows,
    helpful_counts_one_answer_per_person,
    search_shows_only_what_the_reader_may_see,
    a_scheduled_page_appears_once_its_time_has_come
);

async fn a_fresh_hub_has_the_starter_pack_and_finds_it_with_typos(app: TestApp) {
    let member = app.sign_in("member@example.org").await;
    let (status, library) = member.page("/content?page=1").await;
    assert_eq!(status, 200);
    assert!(library.contains("Consensus decision making"), "{library}");
    let total = app.store.all_content().await.unwrap().len();
    assert!(total >= 40, "the starter pack has {total} pages");

    let (status, page) = member.page("/content/consensus-decision-making").await;
    assert_eq!(status, 200);
    assert!(page.contains("<h2>"), "Markdown is rendered");
    assert!(page.contains("people found this helpful"));

    // A typo still finds the page, and the search says what it meant.
    let (_, results) = member.page("/search?q=concensus").await;
    assert!(
        results.contains("href=\"/content/consensus-decision-making\""),
        "{results}"
    );
    assert!(results.contains("Did you mean"), "{results}");
    // Stemming: a plural finds the singular.
    let (_, results) = member.page("/search?q=huddles").await;
    assert!(results.contains("/content/huddles"), "{results}");
    // A phrase, and a filter by kind of page.
    let (_, results) = member
        .page("/search?q=%22three+tests%22&kind=content")
        .await;
    assert!(
        results.contains("/content/consensus-decision-making"),
        "{results}"
    );
    let (_, courses) = member
        .page("/search?q=consensus&kind=content&type=course")
        .await;
    assert!(courses.contains("/content/course-consensus-decision-making"));
    assert!(!courses.contains("href=\"/content/consensus-decision-making\""));
    // Odd input is just words.
    let (status, _) = member.page("/search?q=%22unbalanced+AND+%3A*").await;
    assert_eq!(status, 200);
}

async fn publish(editor: &HttpSession, fields: &[(&str, &str)]) -> reqwest::Response {
    editor.page("/content/new").await;
    editor.post_form("/content/new", fields).await
}

async fn an_editor_drafts_publishes_and_restores_and_search_follows(app: TestApp) {
    let editor = app.sign_in("admin@example.org").await;
    let member = app.sign_in("member@example.org").await;
    let draft = [
        ("title", "Quiet hours on the ward"),
        ("kind", "article"),
        ("summary", "How one team cut night-time noise."),
        ("details", "issue: Winter 2026"),
        ("topics", "patient experience"),
        ("compass", "service"),
        ("audience", "frontline"),
        ("language", "en"),
        (
            "body",
            "## What changed\n\nThe team tried a zephyrine hush protocol.\n\n<script>alert('x')</script>",
        ),
        ("action", "draft"),
    ];
    // Members cannot write pages.
    member.page("/content").await;
    let refused = member.post_form("/content/new", &draft).await;
    assert_eq!(refused.status().as_u16(), 403);

    // A bad detail is named and what was typed stays.
    let mut bad = draft.to_vec();
    bad[3] = ("details", "issue Winter");
    let response = publish(&editor, &bad).await;
    assert_eq!(response.status().as_u16(), 422);
    let body = response.text().await.unwrap();
    assert!(body.contains("should be written key: value"), "{body}");
    assert!(body.contains("zephyrine hush protocol"));

    let response = publish(&editor, &draft).await;
    assert_eq!(response.status().as_u16(), 303);
    let slug = "quiet-hours-on-the-ward";
    let (status, _) = member.page(&format!("/content/{slug}")).await;
    assert_eq!(status, 404, "a draft is not shown to readers");
    let (_, results) = member.page("/search?q=zephyrine").await;
    assert!(!results.contains(slug), "a draft is not searchable");

    // Publishing makes it readable and searchable at once.
    editor.page(&format!("/content/{slug}/edit")).await;
    let mut published = draft.to_vec();
    published[9] = ("action", "publish");
    let response = editor
        .post_form(&format!("/content/{slug}/edit"), &published)
        .await;
    assert_eq!(response.status().as_u16(), 303);
    let (status, page) = member.page(&format!("/content/{slug}")).await;
    assert_eq!(status, 200);
    assert!(page.contains("Winter 2026"));
    assert!(!page.contains("<script>alert"), "the script is removed");
    let (_, results) = member.page("/search?q=zephyrine").await;
    assert!(results.contains(&format!("/content/{slug}")), "{results}");
    assert!(results.contains("<mark>"), "the found word is marked");

    // A second revision, the difference, and restoring the first.
    let mut changed = published.clone();
    changed[8] = (
        "body",
        "## What changed\n\nNight staff dim the corridor lights at ten.",
    );
    editor.page(&format!("/content/{slug}/edit")).await;
    editor
        .post_form(&format!("/content/{slug}/edit"), &changed)
        .await;
    let (_, revisions) = editor
        .page(&format!("/content/{slug}/revisions?number=1"))
        .await;
    assert!(revisions.contains("Restore revision 1"), "{revisions}");
    assert!(revisions.contains("class=\"removed\">- The team tried a zephyrine hush protocol."));
    assert!(revisions.contains("class=\"added\">+ Night staff dim the corridor lights at ten."));
    let (_, results) = member.page("/search?q=zephyrine").await;
    assert!(
        !results.contains(&format!("/content/{slug}")),
        "search follows the edit"
    );
    let restored = editor
        .post_form(&format!("/content/{slug}/revisions/1/restore"), &[])
        .await;
    assert_eq!(restored.status().as_u16(), 303);
    let (_, page) = member.page(&format!("/content/{slug}")).await;
    assert!(page.contains("zephyrine hush protocol"));
    let (_, revisions) = editor.page(&format!("/content/{slug}/revisions")).await;
    assert!(
        revisions.contains("restored revision 1"),
        "a restore is a new revision"
    );
    let (status, _) = member.page(&format!("/content/{slug}/revisions")).await;
    assert_eq!(status, 403);
}

async fn a_scheduled_page_appears_once_its_time_has_come(app: TestApp) {
    let editor = app.sign_in("admin@example.org").await;
    let member = app.sign_in("member@example.org").await;
    let scheduled = [
        ("title", "Spring rota changes"),
        ("kind", "article"),
        ("summary", "What changes on the rota in spring."),
        ("details", ""),
        ("topics", "staffing"),
        ("compass", "service"),
        ("audience", "frontline"),
        ("language", "en"),
        ("body", "The quillwort rota starts in March."),
        ("action", "schedule"),
        ("publish_date", "2999-03-01"),
        ("publish_time", "08:00"),
    ];
    let response = publish(&editor, &scheduled).await;
    assert_eq!(response.status().as_u16(), 303);
    let slug = "spring-rota-changes";
    let (status, _) = member.page(&format!("/content/{slug}")).await;
    assert_eq!(status, 404, "a page is hidden until its time");
    let (status, _) = member.page("/content").await;
    assert_eq!(status, 200);
    let (_, results) = member.page("/search?q=quillwort").await;
    assert!(!results.contains(slug), "not searchable before its time");

    // Its time comes (moved into the past rather than waiting for it): the next reader
    // publishes it, and search follows.
    sqlx::query("UPDATE content_pages SET publish_at = 1 WHERE slug = $1")
        .bind(slug)
        .execute(app.store.pool())
        .await
        .unwrap();
    let (status, page) = member.page(&format!("/content/{slug}")).await;
    assert_eq!(status, 200);
    assert!(page.contains("quillwort rota"), "{page}");
    let (_, results) = member.page("/search?q=quillwort").await;
    assert!(results.contains(&format!("/content/{slug}")), "{results}");
}

async fn helpful_counts_one_answer_per_person(app: TestApp) {
    let member = app.sign_in("member@example.org").await;
    let colead = app.sign_in("colead@example.org").await;
    let slug = "/content/interest-based-problem-solving";
    for session in [&member, &member] {
        session.page(slug).await;
        let response = session
            .post_form(&format!("{slug}/helpful"), &[("helpful", "yes")])
            .await;
        assert_eq!(response.status().as_u16(), 303);
    }
    let (_, page) = member.page(slug).await;
    assert!(page.contains("1 person found this helpful."), "{page}");
    colead.page(slug).await;
    colead
        .post_form(
            &format!("{slug}/helpful"),
            &[
                ("helpful", "yes"),
                ("comment", "The matrix example helped us."),
            ],
        )
        .await;
    let (_, page) = member.page(slug).await;
    assert!(page.contains("2 people found this helpful."));
    // Changing one's mind moves the count; it never adds a second answer.
    member
        .post_form(&format!("{slug}/helpful"), &[("helpful", "no")])
        .await;
    let (_, page) = member.page(slug).await;
    assert!(page.contains("1 person found this helpful."));

    // Editors see what helps and what people looked for in vain.
    member.page("/search?q=xylophone+repairs").await;
    let editor = app.sign_in("admin@example.org").await;
    let (_, report) = editor.page("/content/report").await;
    assert!(
        report.contains("Interest-based problem solving")
            || report.contains("interest-based-problem-solving")
    );
    assert!(report.contains("xylophone repairs"), "{report}");
    let (status, _) = member.page("/content/report").await;
    assert_eq!(status, 403);
}

async fn search_shows_only_what_the_reader_may_see(app: TestApp) {
    // A decision of the showcase team that is not shared.
    let team = app.showcase_team().await;
    let colead = app.sign_in("colead@example.org").await;
    colead.page(&format!("/teams/{team}/meetings")).await;
    let planned = colead
        .post_form(
            &format!("/teams/{team}/meetings"),
            &[
                ("template", "huddle"),
                ("date", "2026-12-03"),
                ("time", "08:00"),
            ],
        )
        .await;
    let meeting = planned.headers()["location"].to_str().unwrap().to_string();
    colead.page(&meeting).await;
    colead
        .post_form(
            &format!("{meeting}/proposals"),
            &[
                ("title", "Quokka parking rota for the night shift"),
                ("decider", "management"),
            ],
        )
        .await;
    let (_, own) = colead.page("/search?q=quokka").await;
    assert!(
        own.contains("Quokka parking rota"),
        "the team finds its own decision: {own}"
    );
    assert!(own.contains("1 result"), "{own}");

    // Someone from another team does not, and the count does not give it away either.
    let outsider_id = app.holder(team + 1, "co_lead_labor").await;
    let outsider = app.sign_in_person(outsider_id).await;
    let (_, theirs) = outsider.page("/search?q=quokka").await;
    assert!(!theirs.contains("Quokka"), "{theirs}");
    assert!(theirs.contains("0 results"), "{theirs}");
    // An administrator sees everything.
    let admin = app.sign_in("admin@example.org").await;
    let (_, all) = admin.page("/search?q=quokka").await;
    assert!(all.contains("Quokka parking rota"));
}
