//! Choosing the interface language from the menu at the foot of every page or on the account
//! page. A signed-in person's choice is kept on their account (every device follows it); a
//! cookie keeps it for the sign-in page and for anyone not signed in.

use axum::extract::State;
use axum::http::{header, HeaderMap, HeaderValue};
use axum::response::{IntoResponse, Redirect, Response};
use lmp_domain::Msg;
use serde::Deserialize;

use crate::auth::session::LANGUAGE_COOKIE;
use crate::auth::Session;
use crate::error::{AppError, AppResult};
use crate::extract::Form;
use crate::i18n::Lang;
use crate::state::AppState;

#[derive(Deserialize, Default)]
pub struct LanguageForm {
    /// A language code, or empty to follow the browser.
    #[serde(default)]
    language: String,
    /// Where to go afterwards: a path on this site.
    #[serde(default)]
    back: String,
}

/// A path on this site to return to: the form's `back`, else the path of the page the menu was
/// on (from `Referer`, keeping only its path so no other site can be reached), else My work.
fn return_path(back: &str, headers: &HeaderMap) -> String {
    // Browsers drop tabs and line breaks inside a URL: `/\t/evil` would be `//evil`.
    let local = |p: &str| {
        p.starts_with('/')
            && !p.starts_with("//")
            && !p.contains('\\')
            && !p.contains(char::is_control)
    };
    if local(back) {
        return back.to_string();
    }
    headers
        .get(header::REFERER)
        .and_then(|v| v.to_str().ok())
        .and_then(|r| r.split_once("://").map(|(_, rest)| rest))
        .and_then(|rest| rest.find('/').map(|i| rest[i..].to_string()))
        .filter(|p| local(p))
        .unwrap_or_else(|| "/".to_string())
}

pub async fn choose(
    State(state): State<AppState>,
    session: Session,
    headers: HeaderMap,
    Form(form): Form<LanguageForm>,
) -> AppResult<Response> {
    let code = form.language.trim();
    let lang = if code.is_empty() {
        None
    } else {
        Some(Lang::parse(code).ok_or_else(|| {
            AppError::BadRequest(Msg::new("language-refuse-unknown").text("code", code))
        })?)
    };
    if let Some(user) = &session.user {
        state
            .store
            .set_preferred_language(user.person.id, lang.map(Lang::code))
            .await?;
        // Every device of the person on this node at once; other nodes within the cache's
        // few seconds.
        state.caches.forget_person(user.person.id);
    }
    // Signed in, the account holds the choice (a cookie would outvote it on this device later);
    // "as my browser" also clears a cookie left from before signing in.
    let cookie = match (lang, session.user.is_some()) {
        (Some(l), false) => Some(format!(
            "{LANGUAGE_COOKIE}={}; Path=/; SameSite=Lax; Max-Age=31536000",
            l.code()
        )),
        (None, _) => Some(format!(
            "{LANGUAGE_COOKIE}=; Path=/; SameSite=Lax; Max-Age=0"
        )),
        (Some(_), true) => None,
    };
    let mut response = Redirect::to(&return_path(&form.back, &headers)).into_response();
    if let Some(cookie) = cookie {
        response.headers_mut().append(
            header::SET_COOKIE,
            HeaderValue::from_str(&cookie).expect("cookie is ASCII"),
        );
    }
    Ok(response)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_way_back_never_leaves_the_site() {
        let mut headers = HeaderMap::new();
        assert_eq!(
            return_path("/account?saved=language", &headers),
            "/account?saved=language"
        );
        assert_eq!(return_path("//evil.example/x", &headers), "/");
        assert_eq!(return_path("https://evil.example/", &headers), "/");
        headers.insert(
            header::REFERER,
            HeaderValue::from_static("https://hub.example.org/content/value-compass?x=1"),
        );
        assert_eq!(return_path("", &headers), "/content/value-compass?x=1");
        headers.insert(
            header::REFERER,
            HeaderValue::from_static("https://evil.example//x"),
        );
        assert_eq!(return_path("", &headers), "/");
    }
}
