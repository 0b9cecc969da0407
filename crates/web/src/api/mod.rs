//! The JSON API under `/api/v1`: the same things the pages do, for scripts and other systems.
//! Authenticated by session cookie (with the CSRF header for writes) or by a personal API
//! token; errors are `application/problem+json`. The OpenAPI document is generated from these
//! handlers' annotations and served at `/api/v1/openapi.json`.

pub mod decisions;
pub mod org;
pub mod p2p;
pub mod people;
pub mod teams;

use axum::response::{IntoResponse, Response};
use axum::Json;
use utoipa::openapi::security::{ApiKey, ApiKeyValue, HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi};

use crate::error::Problem;

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Partnership Hub API",
        description = "Teams, rosters, people and the organisation of a labor–management partnership. \
                       Authenticate with a personal API token (`Authorization: Bearer …`, created on \
                       your account page) or a browser session; writes with a session also need the \
                       `X-CSRF-Token` header.",
        version = "1"
    ),
    paths(
        teams::list_teams,
        teams::get_team,
        teams::add_roster_entry,
        teams::remove_roster_entry,
        teams::update_charter,
        people::get_person,
        people::get_me,
        org::get_org,
        p2p::get_criteria,
        p2p::get_team_p2p,
        p2p::submit_assessment,
        p2p::sign_off,
        p2p::get_rollup,
        crate::measures::chart_json,
        decisions::get_proposal,
        decisions::put_stance,
        decisions::get_meeting,
    ),
    components(schemas(Problem)),
    modifiers(&SecurityAddon),
    tags((name = "teams"), (name = "people"), (name = "organisation"), (name = "path to performance"), (name = "improvement"), (name = "decisions"))
)]
pub struct ApiDoc;

struct SecurityAddon;

impl Modify for SecurityAddon {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "token",
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Bearer)
                    .description(Some("A personal API token from the account page."))
                    .build(),
            ),
        );
        components.add_security_scheme(
            "session",
            SecurityScheme::ApiKey(ApiKey::Cookie(ApiKeyValue::new(
                crate::auth::session::COOKIE,
            ))),
        );
    }
}

/// `GET /api/v1/openapi.json`
pub async fn openapi_json() -> Response {
    Json(ApiDoc::openapi()).into_response()
}
