//! The interface in Spanish or English: chosen by the browser's `Accept-Language`, by the menu
//! at the foot of every page (a cookie for someone not signed in), or on the account (every
//! device follows it); and Help, reachable from every page, pointing at the guide for the page
//! the reader came from.

use lmp_store::Backend;
use lmp_tests::browser::Browser;
use lmp_tests::{on_both_databases, HttpSession, TestApp};

/// GETs `path` with an `Accept-Language` header.
pub(crate) async fn page_in(session: &HttpSession, path: &str, accept: &str) -> (u16, String) {
    let response = session
        .client
        .get(format!("{}{path}", session.base))
        .header("Accept-Language", accept)
        .send()
        .await
        .expect("GET");
    let status = response.status().as_u16();
    (status, response.text().await.expect("body"))
}

/// The text of the page's first heading.
pub(crate) fn h1(html: &str) -> String {
    let start = html.find("<h1").expect("an h1");
    let open_end = start + html[start..].find('>').expect("h1 tag") + 1;
    let end = open_end + html[open_end..].find("</h1>").expect("h1 end");
    html[open_end..end].trim().to_string()
}

on_both_databases!(
    the_browser_language_chooses_spanish_until_the_person_decides,
    a_choice_on_the_account_follows_the_person_to_every_device,
    a_language_the_hub_does_not_speak_is_refused_and_nothing_changes,
    help_is_linked_from_every_page_and_starts_with_the_guide_for_it,
);

async fn the_browser_language_chooses_spanish_until_the_person_decides(app: TestApp) {
    let visitor = app.anonymous();
    let (status, html) = page_in(&visitor, "/signin", "es-MX,es;q=0.9,en;q=0.5").await;
    assert_eq!(status, 200);
    assert!(
        html.contains("<html lang=\"es\">"),
        "the page says it is Spanish"
    );
    assert_eq!(h1(&html), "Iniciar sesión");
    assert!(html.contains("Contraseña"));

    // A browser that prefers English, or a language the hub does not speak, gets English.
    let (_, html) = page_in(&visitor, "/signin", "en-GB,es;q=0.3").await;
    assert_eq!(h1(&html), "Sign in");
    let (_, html) = page_in(&visitor, "/signin", "fr-FR,de;q=0.8").await;
    assert_eq!(h1(&html), "Sign in");

    // The menu at the foot of the page keeps the choice in a cookie, over the browser's.
    let (_, html) = visitor.page("/signin").await;
    assert!(
        html.contains("id=\"language-choice\""),
        "the menu is on the page"
    );
    let response = visitor
        .post_form("/language", &[("language", "es"), ("back", "/signin")])
        .await;
    assert_eq!(response.status().as_u16(), 303);
    assert_eq!(
        response.headers()["location"].to_str().expect("location"),
        "/signin"
    );
    let (_, html) = page_in(&visitor, "/signin", "en").await;
    assert_eq!(h1(&html), "Iniciar sesión");

    // Signed in, a wrong password is explained in Spanish too, and what was typed is kept.
    visitor.page("/signin").await;
    let response = visitor
        .post_form(
            "/signin",
            &[
                ("email", "member@example.org"),
                ("password", "not the password"),
            ],
        )
        .await;
    assert_eq!(response.status().as_u16(), 401);
    let html = response.text().await.expect("body");
    assert!(
        html.contains("no corresponden a ninguna cuenta"),
        "the refusal is in Spanish"
    );
    assert!(html.contains("value=\"member@example.org\""));
}

async fn a_choice_on_the_account_follows_the_person_to_every_device(app: TestApp) {
    let phone = app.sign_in("member@example.org").await;
    let (_, html) = page_in(&phone, "/", "en-US").await;
    assert_eq!(h1(&html), "My work");

    phone.page("/account").await;
    let response = phone
        .post_form(
            "/language",
            &[("language", "es"), ("back", "/account?saved=language")],
        )
        .await;
    assert_eq!(response.status().as_u16(), 303);
    let (_, html) = page_in(&phone, "/account?saved=language", "en-US").await;
    assert_eq!(h1(&html), "Su cuenta");
    assert!(html.contains("Guardado."), "the saved notice shows");
    assert!(
        html.contains("id=\"lang-es\" name=\"language\" value=\"es\" checked"),
        "Spanish is shown as the choice"
    );

    // Another device, with an English browser and no cookie: the account decides.
    let desktop = app.sign_in("member@example.org").await;
    let (_, html) = page_in(&desktop, "/", "en-US").await;
    assert_eq!(h1(&html), "Mi trabajo");
    assert!(html.contains(">Mis equipos</h2>"));
    let (_, html) = page_in(&desktop, "/tasks", "en-US").await;
    assert_eq!(h1(&html), "Mis tareas");
    let team = app.showcase_team().await;
    let (_, html) = page_in(&desktop, &format!("/teams/{team}/huddle"), "en-US").await;
    assert_eq!(h1(&html), "Tablero de huddle");
    assert!(
        html.contains(">Seguridad <span"),
        "the board's columns are in Spanish"
    );
    assert!(
        html.contains("¿Qué salió bien"),
        "and the questions they ask"
    );
    let (_, html) = page_in(&desktop, "/content", "en-US").await;
    assert_eq!(h1(&html), "Guías, herramientas e historias");
    assert!(
        html.contains("Guía práctica"),
        "kinds of page are named in Spanish"
    );
    let (_, html) = page_in(&desktop, "/search?q=consenso", "en-US").await;
    assert!(
        html.contains(" resultado"),
        "the result count is in Spanish"
    );

    // Someone else is not affected.
    let colead = app.sign_in("colead@example.org").await;
    let (_, html) = page_in(&colead, "/", "en-US").await;
    assert_eq!(h1(&html), "My work");

    // Back to following the browser.
    desktop.page("/account").await;
    let response = desktop
        .post_form("/language", &[("language", ""), ("back", "/")])
        .await;
    assert_eq!(response.status().as_u16(), 303);
    let (_, html) = page_in(&phone, "/", "en-US").await;
    assert_eq!(h1(&html), "My work", "the phone follows the account too");
    let (_, html) = page_in(&phone, "/", "es").await;
    assert_eq!(h1(&html), "Mi trabajo");
}

async fn a_language_the_hub_does_not_speak_is_refused_and_nothing_changes(app: TestApp) {
    let member = app.sign_in("member@example.org").await;
    member.page("/account").await;
    let response = member
        .post_form("/language", &[("language", "klingon"), ("back", "/")])
        .await;
    assert_eq!(response.status().as_u16(), 400);
    let html = response.text().await.expect("body");
    assert!(html.contains("klingon"), "the message names what was sent");
    let (_, html) = page_in(&member, "/", "en").await;
    assert_eq!(h1(&html), "My work");

    // Without the CSRF token nothing is changed.
    let response = member
        .post_form_raw("/language", &[("language", "es")])
        .await;
    assert_eq!(response.status().as_u16(), 403);
    let (_, html) = page_in(&member, "/", "en").await;
    assert_eq!(h1(&html), "My work");

    // The way back never leads to another site.
    let response = member
        .post_form(
            "/language",
            &[("language", "en"), ("back", "//evil.example/")],
        )
        .await;
    assert_eq!(
        response.headers()["location"].to_str().expect("location"),
        "/"
    );
}

async fn help_is_linked_from_every_page_and_starts_with_the_guide_for_it(app: TestApp) {
    let team = app.showcase_team().await;
    let member = app.sign_in("member@example.org").await;
    for path in [
        "/".to_string(),
        format!("/teams/{team}"),
        format!("/teams/{team}/huddle"),
        "/content".to_string(),
        "/learning".to_string(),
        "/tasks".to_string(),
    ] {
        let (status, html) = member.page(&path).await;
        assert_eq!(status, 200, "{path}");
        let encoded = path.replace('/', "%2F");
        assert!(
            html.contains(&format!("href=\"/help?from={encoded}\"")),
            "{path} links to help for itself"
        );
    }

    let (status, html) = member
        .page(&format!("/help?from=%2Fteams%2F{team}%2Fhuddle"))
        .await;
    assert_eq!(status, 200);
    let first_section = &html[html.find("id=\"h-this-page\"").expect("help for the page")..];
    let first_link = &first_section[..first_section.find("</section>").expect("section end")];
    assert!(
        first_link.contains("href=\"/content/using-the-huddle-board\""),
        "the huddle board's guide comes first: {first_link}"
    );
    assert!(
        html.contains("href=\"/content/using-search\""),
        "all hub guides are listed"
    );

    // In Spanish, the Spanish version of a guide is offered where there is one.
    let (_, html) = page_in(&member, "/help?from=%2Fsearch", "es").await;
    assert_eq!(h1(&html), "Ayuda");
    assert!(html.contains("href=\"/content/using-search-es\""), "{html}");
    assert!(!html.contains("href=\"/content/using-search\""));

    // Help is for people who are signed in, like the guides it links to.
    let (status, _) = app.anonymous().page("/help").await;
    assert_eq!(status, 303);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn in_a_browser_the_footer_menu_switches_the_whole_page_to_spanish() {
    let Some(browser) = Browser::start().await else {
        return;
    };
    let app = TestApp::spawn(Backend::Sqlite).await.expect("server");
    browser.sign_in(&app.base, "colead@example.org").await;
    browser.goto(&app.url("/content")).await;
    browser.wait_text("h1", "Guides, tools and stories").await;
    browser.select("#language-choice", "es").await;
    browser
        .click("footer form.language-menu button[type=submit]")
        .await;
    browser
        .wait_text("h1", "Guías, herramientas e historias")
        .await;
    assert!(browser.text("header.site nav").await.contains("Mi trabajo"));
    browser.check_accessibility("library in Spanish").await;
    browser.goto(&app.url("/help?from=%2Fcontent")).await;
    browser.wait_text("h1", "Ayuda").await;
    browser.check_accessibility("help in Spanish").await;
    browser.click("header.site nav a[href^='/help']").await;
    browser.wait_text("h1", "Ayuda").await;
    browser.goto(&app.url("/")).await;
    browser.wait_text("h1", "Mi trabajo").await;
    browser.check_accessibility("my work in Spanish").await;
    browser.finish().await;
}
