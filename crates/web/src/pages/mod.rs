//! Server-rendered pages, one module per area of the site.

pub mod account;
pub mod admin;
pub mod audit;
pub mod calendar_feed;
pub mod content;
pub mod decisions;
pub mod email_prefs;
pub mod help;
pub mod home;
pub mod huddle;
pub mod ibps;
pub mod language;
pub mod learning;
pub mod media;
pub mod meetings;
pub mod next_steps;
pub mod p2p;
pub mod people;
pub mod practices;
pub mod projects;
pub mod push;
pub mod pwa;
pub mod roster_import;
pub mod search;
pub mod signin;
pub mod sso;
pub mod tasks;
pub mod team_export;
pub mod team_summary;
pub mod teams;
pub mod tools;
pub mod unsubscribe;

use askama::Template;
use axum::response::{Html, IntoResponse, Response};

use crate::error::AppResult;

/// Renders a template as an HTML response.
pub fn render(template: &impl Template) -> AppResult<Response> {
    Ok(Html(template.render()?).into_response())
}

/// Renders a template with a status other than 200 (a form shown again with its errors).
pub fn render_with(
    status: axum::http::StatusCode,
    template: &impl Template,
) -> AppResult<Response> {
    Ok((status, Html(template.render()?)).into_response())
}

/// Parses an optional id from a query or form value; anything that is not a positive number
/// counts as "not given".
pub fn parse_id(value: &str) -> Option<i64> {
    value.trim().parse::<i64>().ok().filter(|v| *v > 0)
}
