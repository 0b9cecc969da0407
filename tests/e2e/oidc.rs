//! Single sign-on over HTTP against a real OpenID Connect provider (`oidc-provider` run by
//! node, tests/oidc/provider.js): the hub sends the browser there, its login and consent pages
//! are filled in like a person would, and the provider sends the browser back with a code.
//! First sign-in creates the person (no team) with the role their groups give; the next one
//! finds the same person, takes back a role no group gives any more, and still finds them after
//! their email changed at the provider (whose signing key changed too, as it restarted). A
//! callback meant for another browser, a tampered one, a replayed one, a refusal at the
//! provider and an unconfirmed email each get a page that says so.

use lmp_domain::access::Scope;
use lmp_domain::SiteRole;
use lmp_store::Backend;
use lmp_tests::oidc::{free_port, hub_config, Provider};
use lmp_tests::{HttpSession, TestApp};
use reqwest::{StatusCode, Url};

/// Where a response sends the browser, made absolute against the address it answered.
fn location(from: &Url, response: &reqwest::Response) -> Option<Url> {
    let to = response.headers().get("location")?.to_str().ok()?;
    from.join(to).ok()
}

/// Follows the hub's start of a sign-in through the provider's login (as `login`) and consent
/// pages, until the provider sends the browser back to the hub's callback; returns that
/// address without visiting it. With `abort`, cancels at the provider's login page instead.
async fn through_provider(browser: &HttpSession, start: &str, login: &str, abort: bool) -> Url {
    let mut url = Url::parse(&format!("{}{start}", browser.base)).expect("url");
    let mut form: Option<Vec<(&str, &str)>> = None;
    for _ in 0..20 {
        if url.path() == "/auth/oidc/callback" {
            return url;
        }
        let response = match form.take() {
            Some(fields) => browser.client.post(url.clone()).form(&fields).send().await,
            None => browser.client.get(url.clone()).send().await,
        }
        .expect("request");
        if response.status().is_redirection() {
            url = location(&url, &response).expect("a redirect says where");
            continue;
        }
        assert_eq!(response.status(), StatusCode::OK, "{url}");
        let body = response.text().await.expect("body");
        if body.contains("name=\"prompt\" value=\"login\"") {
            if abort {
                url = Url::parse(&format!("{}/abort", url.as_str().trim_end_matches('/')))
                    .expect("abort url");
                continue;
            }
            form = Some(vec![
                ("prompt", "login"),
                ("login", login),
                ("password", "whatever"),
            ]);
        } else if body.contains("name=\"prompt\" value=\"consent\"") {
            form = Some(vec![("prompt", "consent")]);
        } else {
            panic!("unexpected page at {url}: {body}");
        }
    }
    panic!("the provider never sent the browser back to the hub");
}

/// Visits the callback; returns the status, where it sends the browser, and the page.
async fn visit(browser: &HttpSession, callback: &Url) -> (StatusCode, String, String) {
    let response = browser
        .client
        .get(callback.clone())
        .send()
        .await
        .expect("callback");
    let status = response.status();
    let to = response
        .headers()
        .get("location")
        .and_then(|l| l.to_str().ok())
        .unwrap_or_default()
        .to_string();
    (status, to, response.text().await.unwrap_or_default())
}

fn state_of(callback: &Url) -> String {
    callback
        .query_pairs()
        .find(|(k, _)| k == "state")
        .map(|(_, v)| v.to_string())
        .expect("the callback carries state")
}

async fn national_roles(app: &TestApp, person: i64) -> Vec<SiteRole> {
    let mut roles: Vec<SiteRole> = app
        .store
        .site_roles(person)
        .await
        .expect("roles")
        .iter()
        .filter(|g| g.scope() == Scope::National)
        .filter_map(|g| g.site_role())
        .collect();
    roles.sort_by_key(|r| r.code());
    roles
}

async fn single_sign_on_end_to_end(backend: Backend) {
    if !Provider::available() {
        return;
    }
    let provider_port = free_port();
    let Some(app) = TestApp::spawn_with(backend, |base| hub_config(base, provider_port)).await
    else {
        return;
    };
    let callback_address = app.url("/auth/oidc/callback");
    let mut provider = Provider::start(provider_port, &callback_address, &[]);

    // The sign-in page offers the provider.
    let (status, page) = app.anonymous().page("/signin?next=/tasks").await;
    assert_eq!(status, 200);
    assert!(page.contains("Sign in with Partnership ID"), "{page}");
    assert!(
        page.contains("href=\"/auth/oidc/start?next=%2Ftasks\""),
        "{page}"
    );

    // First sign-in: a new person, no team, with the role the hub-editors group gives.
    let browser = app.anonymous();
    let callback = through_provider(&browser, "/auth/oidc/start?next=/tasks", "casey", false).await;
    assert!(callback.query_pairs().any(|(k, _)| k == "code"));

    // The same answer in another browser (login CSRF), or with its state changed, is refused.
    let other = app.anonymous();
    let (status, _, page) = visit(&other, &callback).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(
        page.contains("does not belong to a sign-in started in this browser"),
        "{page}"
    );
    let mut tampered = callback.clone();
    let bad_state = format!("{}0", state_of(&callback));
    tampered
        .query_pairs_mut()
        .clear()
        .append_pair("code", "x")
        .append_pair("state", &bad_state);
    let (status, _, _) = visit(&browser, &tampered).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(app
        .store
        .person_by_email("casey.rivera@example.org")
        .await
        .expect("query")
        .is_none());

    let (status, to, _) = visit(&browser, &callback).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(to, "/tasks");
    let (status, home) = browser.page("/").await;
    assert_eq!(status, 200);
    assert!(
        home.contains("Casey Rivera"),
        "signed in as the provider's person"
    );
    let casey = app
        .store
        .person_by_email("casey.rivera@example.org")
        .await
        .expect("query")
        .expect("created on first sign-in");
    assert_eq!(casey.name, "Casey Rivera");
    assert!(app
        .store
        .memberships(casey.id)
        .await
        .expect("teams")
        .is_empty());
    assert_eq!(
        national_roles(&app, casey.id).await,
        vec![SiteRole::ContentEditor]
    );
    let (status, _) = browser.page("/content/new").await;
    assert_eq!(status, 200, "an editor may write pages");

    // Replayed: in the same browser (its sign-in is over), and even with the state cookie put
    // back by hand (the sign-in was used up).
    let (status, _, _) = visit(&browser, &callback).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    let replay = browser
        .client
        .get(callback.clone())
        .header("cookie", format!("lmp_oidc_state={}", state_of(&callback)))
        .send()
        .await
        .expect("replay");
    assert_eq!(replay.status(), StatusCode::BAD_REQUEST);
    assert!(replay
        .text()
        .await
        .expect("body")
        .contains("already been used or took too long"));

    // Second sign-in: the same person; an administrator role no group gives is taken back
    // (and written in the audit log), the editor role stays.
    app.store
        .grant_site_role(casey.id, SiteRole::Administrator, Scope::National)
        .await
        .expect("grant");
    let again = app.anonymous();
    let callback = through_provider(&again, "/auth/oidc/start", "casey", false).await;
    let (status, to, _) = visit(&again, &callback).await;
    assert_eq!((status, to.as_str()), (StatusCode::SEE_OTHER, "/"));
    let (_, home) = again.page("/").await;
    assert!(home.contains("Casey Rivera"));
    assert_eq!(
        national_roles(&app, casey.id).await,
        vec![SiteRole::ContentEditor]
    );
    let audit = app.store.audit_of("person", casey.id).await.expect("audit");
    let role_lines: Vec<_> = audit
        .iter()
        .filter(|a| a.action == "site_role.sso")
        .collect();
    assert_eq!(
        role_lines.len(),
        2,
        "granted at the first sign-in, taken back at the second"
    );
    assert!(
        role_lines[1].detail.contains("removed [admin]"),
        "{}",
        role_lines[1].detail
    );

    // The provider restarts (a new signing key) and Casey's email has changed there, now in
    // the administrators' group: the link by subject still finds the same person.
    drop(provider);
    provider = Provider::start(
        provider_port,
        &callback_address,
        &[
            ("OIDC_EMAIL", "casey.r@example.org"),
            ("OIDC_GROUPS", "hub-admins"),
        ],
    );
    let third = app.anonymous();
    let callback = through_provider(&third, "/auth/oidc/start", "casey", false).await;
    let (status, _, _) = visit(&third, &callback).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert!(app
        .store
        .person_by_email("casey.r@example.org")
        .await
        .expect("query")
        .is_none());
    assert_eq!(
        national_roles(&app, casey.id).await,
        vec![SiteRole::Administrator]
    );
    let (status, _) = third.page("/admin/audit").await;
    assert_eq!(status, 200, "now an administrator");

    // The person cancels at the provider: the provider's refusal is shown, not an error.
    let cancelled = app.anonymous();
    let callback = through_provider(&cancelled, "/auth/oidc/start", "casey", true).await;
    assert!(callback
        .query_pairs()
        .any(|(k, v)| k == "error" && v == "access_denied"));
    let (status, _, page) = visit(&cancelled, &callback).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert!(page.contains("did not sign you in"), "{page}");
    let (_, page) = cancelled.page("/").await;
    assert!(!page.contains("Casey Rivera"), "not signed in");

    // A provider that says the email is not confirmed: refused, nobody created.
    drop(provider);
    let _provider = Provider::start(
        provider_port,
        &callback_address,
        &[
            ("OIDC_SUBJECT", "sam"),
            ("OIDC_EMAIL", "sam@example.org"),
            ("OIDC_EMAIL_VERIFIED", "false"),
        ],
    );
    let unconfirmed = app.anonymous();
    let callback = through_provider(&unconfirmed, "/auth/oidc/start", "sam", false).await;
    let (status, _, page) = visit(&unconfirmed, &callback).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert!(
        page.contains("has not confirmed your email address"),
        "{page}"
    );
    assert!(app
        .store
        .person_by_email("sam@example.org")
        .await
        .expect("query")
        .is_none());
}

mod sqlite {
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn single_sign_on_end_to_end() {
        super::single_sign_on_end_to_end(lmp_store::Backend::Sqlite).await;
    }
}

mod postgres {
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn single_sign_on_end_to_end() {
        super::single_sign_on_end_to_end(lmp_store::Backend::Postgres).await;
    }
}
