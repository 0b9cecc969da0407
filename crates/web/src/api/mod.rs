//! The JSON API under `/api/v1`: the same things the pages do, for scripts and other systems.
//! Authenticated by session cookie (with the CSRF header for writes) or by a personal API
//! token; errors are `application/problem+json`. The OpenAPI document is generated from these
//! handlers' annotations and served at `/api/v1/openapi.json`.

pub mod decisions;
pub mod org;
pub mod p2p;
pub mod people;
pub mod team_export;
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
        team_export::get_team_export,
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
    modifiers(&SecurityAddon, &CommonResponses),
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

/// What every operation can answer but utoipa cannot see from one handler, so clients and API
/// checkers (schemathesis in `tests/api_fuzz.sh`) find the document true:
/// - errors are sent as `application/problem+json` (`error::render_errors`), while utoipa
///   documents every `body = Problem` response as `application/json`;
/// - every change (POST, PUT, PATCH, DELETE) may be refused with 429 and `Retry-After` by the
///   write limits in front of the handlers (`limits::writes`).
struct CommonResponses;

impl Modify for CommonResponses {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        use utoipa::openapi::header::Header;
        use utoipa::openapi::schema::{ObjectBuilder, Type};
        use utoipa::openapi::{ContentBuilder, Ref, RefOr, ResponseBuilder};
        let too_many = ResponseBuilder::new()
            .description(
                "Changes are arriving faster than the hub takes them: nothing was saved. Send it \
                 again after the seconds in `Retry-After`.",
            )
            .header(
                "Retry-After",
                Header::new(ObjectBuilder::new().schema_type(Type::Integer)),
            )
            .content(
                "application/problem+json",
                ContentBuilder::new()
                    .schema(Some(Ref::from_schema_name("Problem")))
                    .build(),
            )
            .build();
        for item in openapi.paths.paths.values_mut() {
            let changes = [
                &mut item.put,
                &mut item.post,
                &mut item.delete,
                &mut item.patch,
            ];
            for operation in changes.into_iter().flatten() {
                operation
                    .responses
                    .responses
                    .entry("429".to_string())
                    .or_insert_with(|| RefOr::T(too_many.clone()));
            }
            let operations = [
                &mut item.get,
                &mut item.put,
                &mut item.post,
                &mut item.delete,
                &mut item.patch,
            ];
            for operation in operations.into_iter().flatten() {
                for response in operation.responses.responses.values_mut() {
                    let RefOr::T(response) = response else {
                        continue;
                    };
                    let is_problem = response.content.get("application/json").is_some_and(|c| {
                        matches!(&c.schema, Some(RefOr::Ref(r)) if r.ref_location == "#/components/schemas/Problem")
                    });
                    if is_problem {
                        response.content = std::mem::take(&mut response.content)
                            .into_iter()
                            .map(|(media_type, content)| match media_type.as_str() {
                                "application/json" => {
                                    ("application/problem+json".to_string(), content)
                                }
                                _ => (media_type, content),
                            })
                            .collect();
                    }
                }
            }
        }
    }
}

/// `GET /api/v1/openapi.json`
pub async fn openapi_json() -> Response {
    Json(ApiDoc::openapi()).into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn problems_are_documented_as_problem_json_and_changes_may_get_429() {
        let doc = serde_json::to_value(ApiDoc::openapi()).expect("json");
        let mut checked = 0;
        for (path, item) in doc["paths"].as_object().expect("paths") {
            for (method, operation) in item.as_object().expect("item") {
                let responses = operation["responses"].as_object().expect("responses");
                for (status, response) in responses {
                    if status.starts_with('4') {
                        let content = response["content"].as_object().expect("content");
                        assert!(
                            content.contains_key("application/problem+json")
                                && !content.contains_key("application/json"),
                            "{method} {path} {status}: {content:?}"
                        );
                        checked += 1;
                    }
                }
                if method != "get" {
                    assert!(responses.contains_key("429"), "{method} {path}");
                }
            }
        }
        assert!(checked > 20, "only {checked} problem responses");
    }
}
