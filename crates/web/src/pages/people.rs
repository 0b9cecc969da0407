//! The people directory and a person's page, open to everyone signed in.

use crate::extract::{Path, Query};
use askama::Template;
use axum::extract::State;
use axum::response::Response;
use lmp_domain::{Page, PageRequest, Side};
use lmp_store::people::Person;
use lmp_store::roster::Membership;
use serde::Deserialize;

use super::render;
use crate::auth::{CurrentUser, Session};
use crate::error::AppResult;
use crate::state::AppState;
use crate::views::{query_string, Layout, Pager};

#[derive(Deserialize)]
pub struct PeopleQuery {
    #[serde(default)]
    pub q: String,
    pub page: Option<u32>,
}

#[derive(Template)]
#[template(path = "people.html")]
pub struct PeoplePage {
    pub layout: Layout,
    pub path: &'static str,
    pub link_base: &'static str,
    pub q: String,
    pub page: Page<Person>,
    pub pager: Pager,
}

/// The people list, at `path`, linking each person to `link_base` + id.
pub async fn people_page(
    state: &AppState,
    session: &Session,
    query: PeopleQuery,
    path: &'static str,
    link_base: &'static str,
    section: &'static str,
) -> AppResult<PeoplePage> {
    let q: String = query.q.chars().take(100).collect();
    let page = state
        .store
        .search_people(&q, PageRequest::new(query.page, None))
        .await?;
    let pager = Pager::new(&page, path, &query_string(&[("q", q.clone())]));
    Ok(PeoplePage {
        layout: Layout::titled(session, "people-title", section),
        path,
        link_base,
        q,
        page,
        pager,
    })
}

pub async fn list(
    State(state): State<AppState>,
    session: Session,
    CurrentUser(_user): CurrentUser,
    Query(query): Query<PeopleQuery>,
) -> AppResult<Response> {
    render(&people_page(&state, &session, query, "/people", "/people/", "people").await?)
}

#[derive(Template)]
#[template(path = "person.html")]
struct PersonPage {
    layout: Layout,
    person: Person,
    side_label: String,
    memberships: Vec<Membership>,
    can_admin: bool,
}

pub async fn show(
    State(state): State<AppState>,
    session: Session,
    CurrentUser(user): CurrentUser,
    Path(person_id): Path<i64>,
) -> AppResult<Response> {
    let person = state.store.person(person_id).await?;
    let memberships = state.store.memberships(person_id).await?;
    render(&PersonPage {
        layout: Layout::new(&session, person.name.clone(), "people"),
        side_label: Side::parse(&person.side)
            .map(|side| crate::names::side(session.lang, side))
            .unwrap_or_default(),
        person,
        memberships,
        can_admin: user.actor.can_administer(),
    })
}
