//! "My work": the signed-in person's teams and roles, coming meetings and open tasks.

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
    awaiting: Vec<(i64, String, String, String)>,
    sponsors_teams: bool,
    can_rollup: bool,
    meetings: Vec<(i64, String, String)>,
    open_tasks: i64,
    escalations: Vec<crate::pages::huddle::Card>,
    /// "Your next steps" for co-leads and sponsors (`None`: the person is neither).
    next_steps: Option<Vec<crate::pages::next_steps::Step>>,
}

pub async fn show(
    State(state): State<AppState>,
    session: Session,
    CurrentUser(user): CurrentUser,
) -> AppResult<Response> {
    let memberships = state.store.memberships(user.person.id).await?;
    let sponsors_teams = memberships.iter().any(|m| {
        m.roles
            .iter()
            .any(|r| matches!(r, lmp_domain::TeamRole::Sponsor(_)))
    });
    let awaiting = if sponsors_teams {
        state
            .store
            .awaiting_sign_off(user.person.id)
            .await?
            .into_iter()
            .map(|a| {
                let label = lmp_domain::p2p::period::Month::parse(&a.month)
                    .map(|m| crate::names::month(session.lang, m))
                    .unwrap_or_else(|| a.month.clone());
                (a.team_id, a.team_name, a.month, label)
            })
            .collect()
    } else {
        Vec::new()
    };
    let meetings = state
        .store
        .upcoming_meetings(user.person.id, lmp_store::now(), 5)
        .await?
        .into_iter()
        .map(|m| (m.id, m.title, crate::names::when(session.lang, m.starts_at)))
        .collect();
    let open_tasks = state
        .store
        .person_tasks(
            user.person.id,
            lmp_store::tasks::Whose::AssignedTo,
            true,
            lmp_domain::PageRequest::new(None, Some(1)),
        )
        .await?
        .total;
    let escalations = if sponsors_teams {
        let today = crate::views::date_input(lmp_store::now());
        state
            .store
            .escalations_for_sponsor(user.person.id)
            .await?
            .into_iter()
            .map(|row| crate::pages::huddle::card(row, None, &user, &today))
            .collect()
    } else {
        Vec::new()
    };
    let leads_or_sponsors = memberships.iter().any(|m| {
        m.roles.iter().any(|r| {
            matches!(
                r,
                lmp_domain::TeamRole::CoLead(_) | lmp_domain::TeamRole::Sponsor(_)
            )
        })
    });
    let next_steps = if leads_or_sponsors {
        let language = session.lang.code();
        Some(crate::pages::next_steps::top_steps(&state, &user, language).await?)
    } else {
        None
    };
    render(&HomePage {
        next_steps,
        escalations,
        meetings,
        open_tasks,
        can_rollup: crate::p2p::oversees_teams(&user),
        sponsors_teams,
        awaiting,
        layout: Layout::titled(&session, "home-title", "home"),
        name: user.person.name.clone(),
        memberships,
        site_roles: user
            .site_roles
            .iter()
            .map(|g| crate::names::site_role_grant(session.lang, g))
            .collect(),
    })
}
