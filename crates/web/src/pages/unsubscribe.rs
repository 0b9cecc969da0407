//! One-click unsubscribe from the link every mail carries. The signed token names the person
//! and the kinds, so no sign-in is needed: GET shows a confirmation with a button, POST turns
//! the kinds off — also when a mail program POSTs `List-Unsubscribe=One-Click` (RFC 8058),
//! which is why this path, and only this one, is spared the CSRF check
//! (`email::is_unsubscribe_path`).

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use lmp_domain::notifications::{Delivery, NoticeKind};

use super::{render, render_with};
use crate::auth::Session;
use crate::email::{link_key, verify_unsubscribe};
use crate::error::AppResult;
use crate::extract::Path;
use crate::state::AppState;
use crate::views::Layout;

#[derive(Template)]
#[template(path = "unsubscribe.html")]
struct UnsubscribePage {
    layout: Layout,
    token: String,
    name: String,
    kinds: Vec<String>,
    valid: bool,
    done: bool,
}

async fn check(state: &AppState, token: &str) -> AppResult<Option<(i64, String, Vec<NoticeKind>)>> {
    let key = link_key(&state.store).await?;
    let Some((person_id, kinds)) = verify_unsubscribe(&key, token) else {
        return Ok(None);
    };
    let name = match state.store.person(person_id).await {
        Ok(person) => person.name,
        Err(lmp_store::StoreError::NotFound(_)) => return Ok(None),
        Err(e) => return Err(e.into()),
    };
    Ok(Some((person_id, name, kinds)))
}

fn page(
    session: &Session,
    token: String,
    found: Option<(String, Vec<NoticeKind>)>,
    done: bool,
) -> UnsubscribePage {
    let layout = Layout::titled(session, "unsubscribe-title", "account");
    let valid = found.is_some();
    let (name, kinds) = found.unwrap_or_default();
    let kinds = kinds
        .into_iter()
        .map(|k| layout.t(&crate::email::compose::kind_label_id(k)))
        .collect();
    UnsubscribePage {
        layout,
        token,
        name,
        kinds,
        valid,
        done,
    }
}

/// `GET /unsubscribe/{token}`: what the link would stop, and the button.
pub async fn confirm(
    State(state): State<AppState>,
    session: Session,
    Path(token): Path<String>,
) -> AppResult<Response> {
    match check(&state, &token).await? {
        Some((_, name, kinds)) => render(&page(&session, token, Some((name, kinds)), false)),
        None => render_with(StatusCode::NOT_FOUND, &page(&session, token, None, false)),
    }
}

/// `POST /unsubscribe/{token}`: turns the kinds off.
pub async fn unsubscribe(
    State(state): State<AppState>,
    session: Session,
    Path(token): Path<String>,
) -> AppResult<Response> {
    let Some((person_id, name, kinds)) = check(&state, &token).await? else {
        return render_with(StatusCode::NOT_FOUND, &page(&session, token, None, false));
    };
    for kind in &kinds {
        state
            .store
            .set_email_preference(person_id, kind.code(), Delivery::Off.code())
            .await?;
    }
    state
        .store
        .audit(
            Some(person_id),
            "email.unsubscribe",
            "person",
            Some(person_id),
            &kinds.iter().map(|k| k.code()).collect::<Vec<_>>().join(","),
        )
        .await?;
    render(&page(&session, token, Some((name, kinds)), true))
}
