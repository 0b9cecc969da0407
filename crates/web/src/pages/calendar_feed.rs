//! A person's calendar feed: turned on, reset and off on the account page, and read by a
//! calendar app at `/calendar/{secret}.ics` without a session. The secret is shown once, when
//! it is made; the database keeps only its SHA-256 (`store::calendar_feeds`). The feed lists
//! the meetings of the person's teams (recent and upcoming) as timed events and their open
//! tasks with a due date as all-day events (`lmp_domain::decisions::ics`).

use axum::extract::State;
use axum::http::{header, HeaderMap};
use axum::response::{IntoResponse, Redirect, Response};
use lmp_domain::decisions::ics::{self, IcsAllDay, IcsCalendar, IcsEvent};
use lmp_domain::Msg;

use super::{account, render};
use crate::auth::session::new_secret;
use crate::auth::{CurrentUser, Session, User};
use crate::error::{AppError, AppResult};
use crate::extract::Path;
use crate::i18n::{self, Arg, Lang};
use crate::state::AppState;

/// How far back and ahead the feed reaches.
const RECENT_SECS: i64 = 60 * 86_400;
const AHEAD_SECS: i64 = 400 * 86_400;

/// What the account page shows of the feed.
#[derive(Debug, Clone, Default)]
pub struct FeedPanel {
    /// The date the feed was turned on or last reset; `None` when it is off.
    pub on_since: Option<String>,
    /// The full address, only on the response that made it.
    pub new_url: Option<String>,
}

pub async fn panel(state: &AppState, lang: Lang, user: &User) -> AppResult<FeedPanel> {
    Ok(FeedPanel {
        on_since: state
            .store
            .calendar_feed_since(user.person.id)
            .await?
            .map(|at| crate::names::date(lang, at)),
        new_url: None,
    })
}

/// The hub's own address as the browser reached it, for a link a calendar app can follow.
/// Only characters a host may have are kept.
fn origin(state: &AppState, headers: &HeaderMap) -> String {
    let host: String = headers
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .unwrap_or("localhost")
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':' | '[' | ']'))
        .take(255)
        .collect();
    let scheme = if state.config.secure_cookies {
        "https"
    } else {
        "http"
    };
    format!("{scheme}://{host}")
}

/// Turns the feed on, or gives it a new secret address (the old one stops working at once),
/// and shows the address once.
pub async fn turn_on(
    State(state): State<AppState>,
    session: Session,
    CurrentUser(user): CurrentUser,
    headers: HeaderMap,
) -> AppResult<Response> {
    let was_on = state
        .store
        .calendar_feed_since(user.person.id)
        .await?
        .is_some();
    let secret = new_secret();
    state
        .store
        .set_calendar_feed(user.person.id, &secret)
        .await?;
    state
        .store
        .audit(
            Some(user.person.id),
            if was_on {
                "calendar_feed.reset"
            } else {
                "calendar_feed.on"
            },
            "person",
            Some(user.person.id),
            "",
        )
        .await?;
    let mut page = account::page_for(&state, &session, &user).await?;
    page.calendar.new_url = Some(format!(
        "{}/calendar/{secret}.ics",
        origin(&state, &headers)
    ));
    render(&page)
}

/// Turns the feed off: its address stops working.
pub async fn turn_off(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
) -> AppResult<Response> {
    if state.store.delete_calendar_feed(user.person.id).await? {
        state
            .store
            .audit(
                Some(user.person.id),
                "calendar_feed.off",
                "person",
                Some(user.person.id),
                "",
            )
            .await?;
    }
    Ok(Redirect::to("/account#calendar").into_response())
}

/// `/calendar/{secret}.ics`: the person's calendar, for anyone holding the address (calendar
/// apps send no cookie). An unknown, reset or malformed secret is "not found".
pub async fn feed(State(state): State<AppState>, Path(file): Path<String>) -> AppResult<Response> {
    let not_found = || AppError::NotFound(Msg::new("calendar-refuse-no-feed"));
    let secret = file.strip_suffix(".ics").ok_or_else(not_found)?;
    if secret.len() != 64 || !secret.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(not_found());
    }
    let person_id = state
        .store
        .calendar_feed_person(secret)
        .await?
        .ok_or_else(not_found)?;
    let person = state.store.person(person_id).await?;
    let lang = state
        .store
        .preferred_language(person_id)
        .await?
        .as_deref()
        .and_then(Lang::parse)
        .unwrap_or_default();
    let now = lmp_store::now();
    let meetings = state
        .store
        .feed_meetings(person_id, now - RECENT_SECS, now + AHEAD_SECS)
        .await?;
    let tasks = state.store.feed_tasks(person_id).await?;
    let calendar = IcsCalendar {
        name: i18n::message(
            lang,
            "calendar-feed-name",
            &[("name", Arg::Text(&person.name))],
        ),
        events: meetings
            .into_iter()
            .map(|m| IcsEvent {
                // The same UID as the meeting's own invitation.
                uid: format!("meeting-{}@partnership-hub", m.id),
                sequence: 0,
                stamp: m.updated_at,
                start: m.starts_at,
                end: m.starts_at + m.duration_minutes * 60,
                summary: format!("{} — {}", m.title, m.team_name),
                description: String::new(),
                location: m.location,
                url: None,
            })
            .collect(),
        all_day: tasks
            .into_iter()
            .map(|t| IcsAllDay {
                uid: format!("task-{}@partnership-hub", t.id),
                stamp: t.updated_at,
                date: t.due_on,
                summary: i18n::message(
                    lang,
                    "calendar-feed-task",
                    &[("title", Arg::Text(&t.title))],
                ),
                description: i18n::message(
                    lang,
                    "calendar-feed-task-team",
                    &[("name", Arg::Text(&t.team_name))],
                ),
                url: None,
            })
            .collect(),
    };
    Ok((
        [
            (header::CONTENT_TYPE, "text/calendar; charset=utf-8"),
            (
                header::CONTENT_DISPOSITION,
                "inline; filename=\"calendar.ics\"",
            ),
            (header::CACHE_CONTROL, "private, max-age=300"),
        ],
        ics::feed(&calendar),
    )
        .into_response())
}
