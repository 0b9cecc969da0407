//! The signed-in person's own account: the interface language and personal API tokens.

use crate::extract::Form;
use crate::extract::{Path, Query};
use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use lmp_domain::validation::required_text;
use lmp_domain::FieldErrors;
use lmp_store::accounts::ApiTokenInfo;
use serde::Deserialize;

use super::{render, render_with};
use crate::auth::session::new_secret;
use crate::auth::{CurrentUser, Session};
use crate::error::AppResult;
use crate::i18n::FormErrors;
use crate::state::AppState;
use crate::views::Layout;

#[derive(Template)]
#[template(path = "account.html")]
pub(crate) struct AccountPage {
    layout: Layout,
    email: String,
    tokens: Vec<(ApiTokenInfo, String)>,
    new_token: Option<String>,
    name: String,
    errors: FormErrors,
    /// The language code chosen on the account, empty when the browser decides.
    chosen_language: String,
    language_saved: bool,
    /// The calendar feed (`account_calendar.html`).
    pub(crate) calendar: super::calendar_feed::FeedPanel,
    /// Email choices per kind of notice (`account_email.html`).
    pub(crate) email_prefs: super::email_prefs::EmailPrefs,
}

/// The account page as it stands, for a handler elsewhere that answers with it.
pub(crate) async fn page_for(
    state: &AppState,
    session: &Session,
    user: &crate::auth::User,
) -> AppResult<AccountPage> {
    page(
        state,
        session,
        user,
        None,
        String::new(),
        FieldErrors::new(),
    )
    .await
}

async fn page(
    state: &AppState,
    session: &Session,
    user: &crate::auth::User,
    new_token: Option<String>,
    name: String,
    errors: FieldErrors,
) -> AppResult<AccountPage> {
    let tokens = state
        .store
        .api_tokens(user.person.id)
        .await?
        .into_iter()
        .map(|t| {
            let created = crate::names::date(session.lang, t.created_at);
            (t, created)
        })
        .collect();
    let layout = Layout::titled(session, "account-title", "account");
    Ok(AccountPage {
        errors: layout.errors(&errors),
        layout,
        email: user.person.email.clone(),
        tokens,
        new_token,
        name,
        chosen_language: user
            .language
            .map(|l| l.code().to_string())
            .unwrap_or_default(),
        language_saved: false,
        calendar: super::calendar_feed::panel(state, session.lang, user).await?,
        email_prefs: super::email_prefs::load(state, user.person.id).await?,
    })
}

#[derive(Deserialize, Default)]
pub struct Saved {
    #[serde(default)]
    saved: String,
}

pub async fn show(
    State(state): State<AppState>,
    session: Session,
    CurrentUser(user): CurrentUser,
    Query(saved): Query<Saved>,
) -> AppResult<Response> {
    let mut account = page(
        &state,
        &session,
        &user,
        None,
        String::new(),
        FieldErrors::new(),
    )
    .await?;
    account.language_saved = saved.saved == "language";
    account.email_prefs.saved = saved.saved == "email";
    render(&account)
}

#[derive(Deserialize)]
pub struct TokenForm {
    #[serde(default)]
    name: String,
}

pub async fn create_token(
    State(state): State<AppState>,
    session: Session,
    CurrentUser(user): CurrentUser,
    Form(form): Form<TokenForm>,
) -> AppResult<Response> {
    let mut errors = FieldErrors::new();
    let name = required_text(
        &mut errors,
        "name",
        "account-field-token-name",
        &form.name,
        80,
    );
    if !errors.is_empty() {
        return render_with(
            StatusCode::UNPROCESSABLE_ENTITY,
            &page(&state, &session, &user, None, form.name, errors).await?,
        );
    }
    let token = format!("lmp_{}", new_secret());
    state
        .store
        .create_api_token(user.person.id, &name, &token)
        .await?;
    state
        .store
        .audit(
            Some(user.person.id),
            "api_token.create",
            "person",
            Some(user.person.id),
            &name,
        )
        .await?;
    // Shown once, on this response only; the database keeps just its hash.
    render(
        &page(
            &state,
            &session,
            &user,
            Some(token),
            String::new(),
            FieldErrors::new(),
        )
        .await?,
    )
}

pub async fn revoke_token(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    Path(token_id): Path<i64>,
) -> AppResult<Response> {
    state
        .store
        .revoke_api_token(user.person.id, token_id)
        .await?;
    state
        .store
        .audit(
            Some(user.person.id),
            "api_token.revoke",
            "person",
            Some(user.person.id),
            &token_id.to_string(),
        )
        .await?;
    Ok(Redirect::to("/account").into_response())
}
