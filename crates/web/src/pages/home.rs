//! "My work": the signed-in person's teams and roles.

use askama::Template;
use axum::extract::State;
use axum::response::Response;
use lmp_store::roster::Membership;

use super::render;
use crate::auth::{CurrentUser, Session};
use crate::error::AppResult;
use crate::state::AppState;
use crate::views::Layout;

#[derive(Template)]
#[template(path = "home.html")]
struct HomePage {
    layout: Layout,
    name: String,
    memberships: Vec<Membership>,
    site_roles: Vec<String>,
}

pub async fn show(
    State(state): State<AppState>,
    session: Session,
    CurrentUser(user): CurrentUser,
) -> AppResult<Response> {
    let memberships = state.store.memberships(user.person.id).await?;
    render(&HomePage {
        layout: Layout::new(&session, "My work", "home"),
        name: user.person.name.clone(),
        memberships,
        site_roles: user.site_roles.iter().map(|g| g.describe()).collect(),
    })
}
