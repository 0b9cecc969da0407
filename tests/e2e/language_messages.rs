//! What the hub says when it refuses something is in the reader's language too: a field left
//! empty, a page that is not theirs to see, an address with nothing at it. The API's problem
//! documents stay English whatever the person chose.

use lmp_tests::{on_both_databases, HttpSession, TestApp};

on_both_databases!(refusals_and_field_problems_are_in_the_readers_language);

async fn choose(session: &HttpSession, language: &str) {
    session.page("/account").await;
    let response = session
        .post_form("/language", &[("language", language), ("back", "/")])
        .await;
    assert_eq!(response.status().as_u16(), 303, "language {language}");
}

async fn refusals_and_field_problems_are_in_the_readers_language(app: TestApp) {
    let member = app.sign_in("member@example.org").await;
    let team = app.showcase_team().await;
    choose(&member, "es").await;

    // A field left empty: the board comes back with the problem beside the field, in Spanish.
    member.page(&format!("/teams/{team}/huddle")).await;
    let response = member
        .post_form(
            &format!("/teams/{team}/huddle"),
            &[("category", "issue"), ("text", "  ")],
        )
        .await;
    assert_eq!(response.status().as_u16(), 422);
    let html = response.text().await.expect("body");
    assert!(html.contains("Falta el campo «Qué»."), "{html}");
    assert!(!html.contains("is required"), "no English problem is left");

    // A page for administrators only: the refusal from the access rules, in Spanish.
    let (status, html) = member.page("/admin").await;
    assert_eq!(status, 403);
    assert!(
        html.contains("Esta página es para los administradores del hub."),
        "{html}"
    );
    assert!(!html.contains("This page is for administrators"));

    // An address with nothing at it.
    let (status, html) = member.page("/no-such-page").await;
    assert_eq!(status, 404);
    assert!(html.contains("<html lang=\"es\">"), "{html}");
    assert!(!html.contains("There is nothing at this address"));

    // The API answers in English for the same person.
    let (status, problem) = member.get_json("/api/v1/teams/999999999").await;
    assert_eq!(status, 404, "{problem}");
    assert_eq!(problem["title"], "Not found");
    assert!(
        problem["detail"]
            .as_str()
            .is_some_and(|d| d.starts_with("No such")),
        "{problem}"
    );

    // Back in English, the same empty field says so in English.
    choose(&member, "en").await;
    member.page(&format!("/teams/{team}/huddle")).await;
    let response = member
        .post_form(
            &format!("/teams/{team}/huddle"),
            &[("category", "issue"), ("text", "")],
        )
        .await;
    let html = response.text().await.expect("body");
    assert!(html.contains("The item is required."), "{html}");
}
